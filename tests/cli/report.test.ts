import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { Lexer, marked, type Tokens } from 'marked';
import { describe, expect, it, vi } from 'vitest';
import { expectGolden } from '../golden.js';
import { unzipText } from '../unzip.js';
import { ROOT, runCli, sampleText, tempPlans } from '../helpers.js';

/** The sample plan copied outside any git repository, so the footer has no commit line. */
const sample = tempPlans();
/** No LANG: a Chinese plan gets a Chinese bulletin. */
const ZH = { cwd: sample.dir, env: { LANG: undefined } };

async function report(args: string[], opts: Parameters<typeof runCli>[1] = ZH) {
  const r = await runCli(['report', ...args], opts);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** Every table of a Markdown text, as GitHub's parser (marked, GFM) reads it. */
function tables(md: string): Tokens.Table[] {
  const found: Tokens.Table[] = [];
  const walk = (tokens: unknown[]) => {
    for (const t of tokens as { type: string; tokens?: unknown[] }[]) {
      if (t.type === 'table') found.push(t as unknown as Tokens.Table);
      if (t.tokens) walk(t.tokens);
    }
  };
  walk(new Lexer({ gfm: true }).lex(md));
  return found;
}

/** The table right after the heading with this text. */
function tableAfter(md: string, heading: string): Tokens.Table {
  const tokens = new Lexer({ gfm: true }).lex(md);
  const at = tokens.findIndex((t) => t.type === 'heading' && (t as Tokens.Heading).text === heading);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const table = tokens.slice(at).find((t) => t.type === 'table');
  expect(table, `a table after ${heading}`).toBeDefined();
  return table as Tokens.Table;
}

function expectWellFormed(md: string): void {
  const all = tables(md);
  expect(all.length).toBe(2); // 附件1 and 附件2
  for (const t of all) {
    for (const row of t.rows) expect(row.length).toBe(t.header.length);
    // marked pads short rows with empty cells: check the source lines too.
    for (const line of t.raw.trim().split('\n')) expect(line.replace(/\\\\|\\\|/g, '').split('|').length - 2).toBe(t.header.length);
  }
}

/** The body of the bulletin: everything before 附件1 (the annex tables hold dates too). */
const bodyOf = (md: string) => md.split('## 附件1')[0]!;

describe('plan report (Markdown): the 督查通报 as a 公文', () => {
  it.each(['2026-07-01', '2026-09-30'])('golden: the Chinese bulletin of the sample as of %s', async (asOf) => {
    const md = await report(['--as-of', asOf]);
    expectGolden(`report-${asOf}.md`, md);
    expectWellFormed(md);
  });

  it('reads from 报头 to 版记 in the order of a real bulletin, every date written 2026年9月30日', async () => {
    const md = await report(['--as-of', '2026-09-30']);
    const order = [
      '**督查通报**',
      '第3期',
      'xx市总工会\u3000\u30002026年9月30日',
      '# 关于xx市总工会2026年工作要点1—9月落实情况的通报',
      '各责任单位：',
      '为推动《xx市总工会2026年工作要点》各项任务落到实处',
      '现将有关情况通报如下：',
      '## 一、总体情况',
      '截至2026年9月30日，计划期已过74.7%。19项事项共分解为27项指标，其中：已完成2项，占7.4%；正常推进4项，占14.8%；预警8项，占29.6%；滞后12项，占44.5%；逾期1项，占3.7%。',
      '即为未达序时进度，下同。',
      '## 二、存在问题',
      '### （一）部分任务未达序时进度',
      '6.1“网络招聘会、志愿者网络招募活动”（牵头单位：保障工作部；责任单位：经济工作部、财务与资产管理部、职工服务中心）：已于2026年6月30日到期，完成26场次，目标30场次，尚未完成。',
      '### （二）部分任务存在滞后风险',
      '### （三）部分单位未按时报送进展',
      '组织与基层工作部（13，从未报送）',
      '## 三、下步工作要求',
      '一是压实工作责任。',
      '二是加快滞后事项整改。',
      '三是严格按时报送。',
      'xx市总工会将持续跟踪督办',
      '附件：1\\. 滞后事项清单',
      '2\\. 全部指标推进情况一览表',
      '<p align="right">xx市总工会</p>',
      '<p align="right">2026年9月30日</p>',
      '## 附件1',
      '**滞后事项清单**',
      '## 附件2',
      '**全部指标推进情况一览表**',
      'xx市总工会\u3000\u30002026年9月30日印发',
    ];
    let at = 0;
    for (const part of order) {
      const found = md.indexOf(part, at);
      expect(found, part).toBeGreaterThanOrEqual(at);
      at = found + part.length;
    }
    // The 序时进度 rule is stated once; no ISO date and no tool footer in the body.
    expect(md.split('即为未达序时进度，下同').length).toBe(2);
    expect(bodyOf(md)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(md).not.toContain('plans/union-2026.yaml');
    expect(md).not.toContain('plan report');
  });

  it('the status shares have one decimal and add up to 100.0', async () => {
    const data = JSON.parse(await report(['--as-of', '2026-09-30', '--format', 'json'])) as { shares: Record<string, number>; counts: Record<string, number> };
    const sum = Object.values(data.shares).reduce((a, b) => a + b, 0);
    expect(Math.round(sum * 10)).toBe(1000);
    for (const v of Object.values(data.shares)) expect(Math.round(v * 10)).toBeCloseTo(v * 10, 6);
  });

  it('--issue and --period-label go into the 报头 and the title', async () => {
    const md = await report(['--as-of', '2026-09-30', '--issue', '７', '--period-label', '第三季度']);
    expect(md).toContain('第7期');
    expect(md).toContain('# 关于xx市总工会2026年工作要点第三季度落实情况的通报');
    const r = await runCli(['report', '--issue', '0'], { cwd: ZH.cwd }); // English named: under no LANG the plan's Chinese now speaks
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--issue is the issue number, a whole number 1–999; got "0"/);
  });

  it('the period runs to the last complete month: 1—6月 as of 1 July', async () => {
    expect(await report(['--as-of', '2026-07-01'])).toContain('# 关于xx市总工会2026年工作要点1—6月落实情况的通报');
  });

  it('the plan\u2019s bulletin block sets 报头, 主送, 文号, method, requirements and 抄送', async () => {
    const text = sampleText().replace(
      /\nsections:\n/,
      '\nbulletin:\n  publication: 督查专报\n  issuer: xx市总工会办公室\n  to: 机关各部室、直属各单位\n  cc: [市委督查室, 市政府督查室]\n  basis: { title: xx市总工会2026年工作要点, doc_no: x工〔2026〕3号 }\n  method: 采取查阅台账、实地核查等方式\n  requirements:\n    - 提高政治站位。各单位要把工作要点落实作为重要任务。\n    - 强化结果运用。督查结果纳入年度考核。\nsections:\n',
    );
    const { dir } = tempPlans(text);
    const md = await report(['--as-of', '2026-09-30'], { cwd: dir, env: { LANG: undefined } });
    expect(md).toContain('**督查专报**');
    expect(md).toContain('xx市总工会办公室\u3000\u30002026年9月30日');
    expect(md).toContain('机关各部室、直属各单位：');
    expect(md).toContain('为推动《xx市总工会2026年工作要点》（x工〔2026〕3号）各项任务落到实处，xx市总工会办公室采取查阅台账、实地核查等方式，对截至2026年9月30日的落实情况进行了督查。');
    expect(md).toContain('一是提高政治站位。');
    expect(md).toContain('二是强化结果运用。');
    expect(md).not.toContain('三是');
    expect(md).toContain('抄送：市委督查室、市政府督查室。');
  });

  it('a unit\u2019s own 存在问题 is quoted beside its lagging target', async () => {
    const { dir } = tempPlans();
    const opts = { cwd: dir, env: { LANG: undefined, PLAN_AS_OF: '2026-09-30' } };
    expect((await runCli(['progress', '3.2', '--value', '600', '--date', '2026-09-20', '--problems', '网站改版期间暂停发布。', '--by', '办公室'], opts)).code).toBe(0);
    const md = await report([], opts);
    expect(md).toMatch(/3\.2“网上职工之家网站发布信息”（牵头单位：办公室；责任单位：宣传教育部）：完成600条，[^。]*。单位反映：网站改版期间暂停发布。/);
    expect(tableAfter(md, '附件1').rows.find((r) => r[1]!.text === '3.2')!.at(-1)!.text).toBe('网站改版期间暂停发布。');
  });

  it('is deterministic: same plan and as-of date, same bytes', async () => {
    const a = await report(['--as-of', '2026-09-30']);
    const b = await report(['--as-of', '2026-09-30'], { ...ZH, env: { LANG: undefined, PLAN_AS_OF: '2026-09-30' } });
    expect(b).toBe(a);
    expect(await report([], { ...ZH, env: { LANG: undefined, PLAN_AS_OF: '2026-09-30' } })).toBe(a);
  });

  it.each(['2026-07-01', '2026-09-30'])('附件1 as of %s is exactly `plan behind`, in the same order', async (asOf) => {
    const behind = JSON.parse((await runCli(['behind', '--as-of', asOf, '--format', 'json'], ZH)).stdout) as { targets: { id: string; last_reading: string | null }[] };
    expect(behind.targets.length).toBeGreaterThan(5);
    const md = await report(['--as-of', asOf]);
    const lag = tableAfter(md, '附件1');
    const col = (name: string) => lag.header.findIndex((h) => h.text === name);
    expect(lag.rows.map((r) => r[col('编号')]!.text)).toEqual(behind.targets.map((t) => t.id));
    expect(lag.rows.map((r) => r[col('序号')]!.text)).toEqual(behind.targets.map((_, i) => String(i + 1)));
    const data = JSON.parse(await report(['--as-of', asOf, '--format', 'json'])) as { lagging: { id: string }[] };
    expect(data.lagging.map((t) => t.id)).toEqual(behind.targets.map((t) => t.id));
  });

  it('--dept narrows every part to the unit, and its 附件1 is `plan behind --dept`', async () => {
    const md = await report(['--as-of', '2026-09-30', '--dept', '法律工作部']);
    expect(md).toContain('# 关于xx市总工会2026年工作要点（法律工作部）1—9月落实情况的通报');
    const behind = JSON.parse((await runCli(['behind', '--as-of', '2026-09-30', '--json', '--dept', '法律工作部'], ZH)).stdout) as { targets: { id: string }[] };
    expect(tableAfter(md, '附件1').rows.map((r) => r[1]!.text)).toEqual(behind.targets.map((t) => t.id));
    const data = JSON.parse(await report(['--as-of', '2026-09-30', '--dept', '法律工作部', '--json'])) as { department: string; sections: { items: { id: string }[] }[]; departments: { name: string }[] };
    expect(data.department).toBe('法律工作部');
    expect(data.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['4', '5', '10', '11', '14']);
    expect(data.departments.map((d) => d.name)).toEqual(['法律工作部']);
    const bad = await runCli(['report', '--dept', '法律工作'], ZH);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('speaks the language the user chose; unset (or LANG=C), the plan title decides', async () => {
    const heading = (md: string) => md.split('\n').find((l) => l.startsWith('## '));
    expect(heading(await report(['--as-of', '2026-09-30']))).toBe('## 一、总体情况');
    expect(heading(await report(['--as-of', '2026-09-30'], { ...ZH, env: { LANG: 'C.UTF-8' } }))).toBe('## 一、总体情况');
    expect(heading(await report(['--as-of', '2026-09-30', '--lang', 'en']))).toBe('## 1. Overview');
    expect(heading(await report(['--as-of', '2026-09-30'], { ...ZH, env: { PLAN_LANG: 'en' } }))).toBe('## 1. Overview');
    expect(heading(await report(['--as-of', '2026-09-30'], { ...ZH, env: { LANG: 'en_US.UTF-8' } }))).toBe('## 1. Overview');
    const en = await report(['--as-of', '2026-09-30', '--lang', 'en']);
    expect(en).toContain('# Progress on xx市总工会2026年工作要点, January–September');
    expect(en).toContain('30 September 2026');
    // English numbering throughout: (1) and 1., never （一） or 一是 in an English bulletin.
    expect(en).toMatch(/^### \(1\) Targets behind schedule$/m);
    expect(en).toMatch(/^1\\\. Own the work\./m);
    expect(en).toContain('In the September 2026 round, ');
    expect(en).not.toMatch(/[（(][一二三四五][）)]|^[一二三四五][:：是]/m);
    expectWellFormed(en);
  });

  it('provenance (plan file, git commit) only with --provenance in the body; always in the HTML meta tag', async () => {
    const { dir, file } = tempPlans();
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    if (git('init', '-q').status !== 0) return; // no git here: the commit line is covered where git exists
    git('add', '.');
    git('commit', '-q', '-m', 'plan');
    const head = git('rev-parse', 'HEAD').stdout.trim();
    const opts = { cwd: dir, env: { LANG: undefined, PATH: process.env.PATH } };
    expect(await report(['--as-of', '2026-09-30'], opts)).not.toContain(head.slice(0, 12));
    const last = async () => (await report(['--as-of', '2026-09-30', '--provenance'], opts)).trimEnd().split('\n').at(-1);
    expect(await last()).toBe(`<sub>数据来源：plans/union-2026.yaml（git 提交 ${head.slice(0, 12)}），由 plan 0.0.0-dev 生成</sub>`);
    writeFileSync(file, sampleText() + '\n# changed\n');
    expect(await last()).toContain(`（git 提交 ${head.slice(0, 12)}，含未提交的修改）`);
    const html = await report(['--as-of', '2026-09-30', '--format', 'html'], opts);
    expect(html).toContain(`<meta name="plan-source" content="数据来源：plans/union-2026.yaml（git 提交 ${head.slice(0, 12)}，含未提交的修改）`);
    expect(html.split('<body>')[1]).not.toContain('plans/union-2026.yaml');
  });
});

describe('plan report --format json: the one JSON contract', () => {
  it('snake_case keys everywhere, "schema": 1, "plan" the id, departments not units, implicit milestones marked', async () => {
    const data = JSON.parse(await report(['--as-of', '2026-09-30', '--format', 'json'])) as Record<string, unknown> & {
      sections: { items: { id: string; implicit: boolean; targets: { id: string; implicit: boolean }[] }[] }[];
    };
    expect(data).toMatchObject({ schema: 1, plan: 'union-2026', as_of: '2026-09-30', title: 'xx市总工会2026年工作要点' });
    expect(data).toHaveProperty('departments');
    expect(data).not.toHaveProperty('units');
    const keys: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          // counts and shares are keyed by status, the escalations' keys by plan ids.
          keys.push(k);
          walk(x);
        }
    };
    walk(data);
    expect(keys.filter((k) => /[A-Z]/.test(k))).toEqual([]);
    const items = data.sections.flatMap((s) => s.items);
    const four = items.find((i) => i.id === '4')!;
    expect(four.implicit).toBe(true);
    expect(four.targets).toEqual([expect.objectContaining({ id: '4', implicit: true })]);
    const seven = items.find((i) => i.id === '7')!;
    expect(seven.implicit).toBe(false);
    expect(seven.targets.every((t) => !t.implicit)).toBe(true);
  });
});

describe('plan report --format html', () => {
  it.each(['2026-07-01', '2026-09-30'])('golden: one self-contained printable page as of %s', async (asOf) => {
    const html = await report(['--as-of', asOf, '--format', 'html']);
    expectGolden(`report-${asOf}.html`, html);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('@page{size:A4 portrait;margin:37mm 26mm 35mm 28mm;');
    expect(html).toContain('@page annex{size:A4 landscape;');
    expect(html).toContain('content:"— " counter(page) " —"');
    expect(html).toContain('thead{display:table-header-group}');
    // Nothing to run, nothing to fetch.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:\/\//i);
    for (const h of ['<h2>一、总体情况</h2>', '<h2>二、存在问题</h2>', '<h2>三、下步工作要求</h2>', '<p class="label">附件1</p>', '<p class="label">附件2</p>']) expect(html).toContain(h);
  });

  it('says what the Markdown says: the same paragraphs, the same 附件1', async () => {
    const html = await report(['--as-of', '2026-09-30', '--format', 'html']);
    const md = await report(['--as-of', '2026-09-30']);
    const mdParas = md
      .split('\n\n')
      .filter((p) => p.startsWith('\u3000\u3000'))
      .map((p) => p.slice(2).replace(/\\(.)/g, '$1').replace(/ {2}\n.*/s, ''));
    const htmlText = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
    for (const p of mdParas) expect(htmlText).toContain(p.replace(/\n.*/s, ''));
    const annex = html.split('<p class="label">附件1</p>')[1]!.split('</table>')[0]!;
    const ids = [...annex.matchAll(/<tr><td class="num">\d+<\/td><td>([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(ids).toEqual(tableAfter(md, '附件1').rows.map((r) => r[1]!.text));
  });
});

describe('plan report --out', () => {
  it('writes the file atomically (no temp file left) and picks the format from the extension', async () => {
    const { dir } = tempPlans();
    const opts = { cwd: dir, env: { LANG: undefined } };
    const r = await runCli(['report', '--as-of', '2026-09-30', '--out', '督查通报.md'], opts);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, '督查通报.md'), 'utf8')).toBe(await report(['--as-of', '2026-09-30'], opts));
    expect((await runCli(['report', '--as-of', '2026-09-30', '--out', 'b.html'], opts)).code).toBe(0);
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toBe(await report(['--as-of', '2026-09-30', '--format', 'html'], opts));
    // Overwrites an earlier bulletin.
    expect((await runCli(['report', '--as-of', '2026-07-01', '--out', '督查通报.md'], opts)).code).toBe(0);
    expect(readFileSync(join(dir, '督查通报.md'), 'utf8')).toContain('截至2026年7月1日');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write over a plan file, or any YAML, or onto a folder (exit 2, nothing written)', async () => {
    const { dir, file } = tempPlans();
    const before = readFileSync(file, 'utf8');
    for (const out of ['plans/union-2026.yaml', join(dir, 'plans/union-2026.yaml'), 'new.yml', 'plans/other.yaml']) {
      const r = await runCli(['report', '--out', out], { cwd: dir });
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain('plan file');
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'new.yml'))).toBe(false);
    const folder = await runCli(['report', '--out', 'plans'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a folder');
  });
});

describe('plan report --format docx', () => {
  it('refuses to print a Word file on a terminal: exit 2, use --out', async () => {
    const r = await runCli(['report', '--format', 'docx'], { cwd: sample.dir, tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--out');
  });

  it('writes a Word 公文 with the parts of the bulletin, the annex tables and no tool footer', async () => {
    const { dir } = tempPlans();
    const out = join(dir, '督查通报.docx');
    const r = await runCli(['report', '--as-of', '2026-09-30', '--out', out], { cwd: dir, env: { LANG: undefined } });
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const part of ['督查通报', '第3期', '关于xx市总工会2026年工作要点1—9月落实情况的通报', '各责任单位：', '现将有关情况通报如下：', '一、总体情况', '即为未达序时进度，下同。', '二、存在问题', '（一）部分任务未达序时进度', '三、下步工作要求', '一是压实工作责任', '附件：1. 滞后事项清单', '附件1', '滞后事项清单', '附件2', '全部指标推进情况一览表', '2026年9月30日印发']) {
      expect(text, part).toContain(part);
    }
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain('plans/union-2026.yaml');
    // No bar glyphs, no lights in the Word tables.
    expect(text).not.toMatch(/[█░▏▎▍▌▋▊▉●🔴🟡🟢]/u);
  });

  it('meets GB/T 9704-2012: A4, the 156 × 225 mm text block, fonts and sizes, page numbers, landscape annexes', async () => {
    const { dir } = tempPlans();
    const out = join(dir, 'g.docx');
    expect((await runCli(['report', '--as-of', '2026-09-30', '--out', out], { cwd: dir, env: { LANG: undefined } })).code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    const doc = unzipText(bytes, 'word/document.xml')!;
    const styles = unzipText(bytes, 'word/styles.xml')!;
    const sections = [...doc.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/g)].map((m) => m[1]!);
    expect(sections).toHaveLength(4); // the body, 附件1, 附件2, the 版记 page
    const [body, annex1, annex2, colophon] = sections as [string, string, string, string];
    // A4 in twips, top 37 mm = 2098, left 28 mm = 1587; text block 156 mm (8844) × 225 mm (12756).
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margin = (sec: string): Record<string, number> => Object.fromEntries([...sec.match(/<w:pgMar ([^/]*)\/>/)![1]!.matchAll(/w:(\w+)="(\d+)"/g)].map((x) => [x[1]!, Number(x[2])]));
    const m = margin(body);
    expect(m).toMatchObject({ top: 2098, left: 1587 });
    expect(11906 - m.left! - m.right!).toBe(8844);
    expect(16838 - m.top! - m.bottom!).toBe(12756);
    // 22 lines: a line pitch of 12756 / 22 twips, the body's exact line spacing.
    expect(body).toContain('w:linePitch="579"');
    expect(styles).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
    // Body 3号 (16 pt = 32 half-points) 仿宋_GB2312, 28 characters a line: 16 pt − 0.25 pt each, 28 × 15.75 pt ≤ 156 mm.
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"\/><w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
    expect(28 * (16 - 0.25) * 20).toBeLessThanOrEqual(8844);
    expect(29 * (16 - 0.25) * 20).toBeGreaterThan(8844);
    // Title 2号 (22 pt) 方正小标宋简体, level-1 headings 黑体, level-2 楷体_GB2312, all 3号.
    expect(doc).toMatch(/w:eastAsia="方正小标宋简体" w:hAnsi="Times New Roman"\/><w:snapToGrid w:val="false"\/><w:sz w:val="44"\/>.*?关于xx市总工会/);
    expect(doc).toMatch(/w:eastAsia="黑体"[^>]*\/><\/w:rPr><w:t xml:space="preserve">一、总体情况</);
    expect(doc).toMatch(/w:eastAsia="楷体_GB2312"[^>]*\/><\/w:rPr><w:t xml:space="preserve">（一）部分任务未达序时进度</);
    // Fallbacks named for machines without the official fonts.
    const fonts = unzipText(bytes, 'word/fontTable.xml')!;
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    // What Word matches a missing font by: the PANOSE class and family Word itself writes for 仿宋_GB2312.
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/><w:family w:val="modern"/>');
    // Chinese text marked zh-CN: Simplified glyph forms and Chinese line breaking wherever it is opened.
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>.*<\/w:rPrDefault>/);
    // A break allowed after 、 before a figure (LibreOffice finds none in 1、3.2、5 and spreads the line before it).
    expect(doc).toContain('办公室（1、\u200b3.2、\u200b5、\u200b7.1');
    expect(doc).not.toMatch(/、\u200b[^0-9A-Za-z]/);
    // Page numbers "— 1 —" in 4号 (14 pt), odd pages right and even pages left.
    expect(unzipText(bytes, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => unzipText(bytes, `word/footer${n}.xml`)).filter((x): x is string => x !== undefined);
    expect(footers.some((f) => /<w:jc w:val="right"\/>.*<w:sz w:val="28"\/>.*— .*PAGE.*—/s.test(f))).toBe(true);
    expect(footers.some((f) => /<w:jc w:val="left"\/>.*<w:sz w:val="28"\/>.*— .*PAGE.*—/s.test(f))).toBe(true);
    for (const sec of sections) expect(sec).toMatch(/<w:footerReference w:type="default"/);
    // The annexes on landscape pages, their header rows repeated; the 版记 at the foot of a portrait page.
    for (const sec of [annex1, annex2]) {
      expect(sec).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
      expect(16838 - margin(sec).left! - margin(sec).right!).toBe(12756);
    }
    expect(colophon).toContain('w:orient="portrait"');
    // The 版记 on an even page, the back of the last sheet (a blank page before it when the annexes end on one).
    expect(colophon).toContain('<w:type w:val="evenPage"/>');
    // A title too long for a line breaks at a boundary of meaning, not inside 落实情况.
    expect(doc).toMatch(/<w:t xml:space="preserve">关于xx市总工会2026年工作要点<\/w:t><\/w:r><w:r><w:rPr>[^]*?<\/w:rPr><w:br\/><w:t xml:space="preserve">1—9月落实情况的通报<\/w:t>/);
    expect(colophon).toContain('<w:vAlign w:val="bottom"/>');
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    // The annex tables fill the landscape line exactly.
    for (const grid of [...doc.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].slice(0, 2)) {
      expect([...grid[1]!.matchAll(/w:w="(\d+)"/g)].reduce((a, x) => a + Number(x[1]), 0)).toBe(12756);
    }
    // Provenance in the document properties, not the body.
    expect(unzipText(bytes, 'docProps/core.xml')).toContain('<dc:description>数据来源：plans/union-2026.yaml');
    expect(unzipText(bytes, 'docProps/custom.xml')).toMatch(/name="plan-source".*plans\/union-2026\.yaml/s);
    expect(doc).not.toContain('union-2026.yaml');
  });

  it('the same plan and as-of date give the same bytes, whatever the clock says', async () => {
    const { dir } = tempPlans();
    const bytesAt = async (clock: string, name: string) => {
      vi.setSystemTime(new Date(clock));
      try {
        const r = await runCli(['report', '--as-of', '2026-09-30', '--out', join(dir, name)], { cwd: dir, env: { LANG: undefined } });
        expect(r.code).toBe(0);
      } finally {
        vi.useRealTimers();
      }
      return readFileSync(join(dir, name));
    };
    const a = await bytesAt('2026-10-08T09:15:02Z', 'a.docx');
    const b = await bytesAt('2027-03-01T17:44:59Z', 'b.docx');
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).not.toContain('2026-10-08');
  });
});

describe('plan report with hostile plan text', () => {
  const HOSTILE = 'a|b <script>alert(1)</script> `code` *bold* _x_ [link](http://x) \\\nline2 \x1b[31mred';
  const yamlText = sampleText()
    .replace('        title: 强化舆论引导\n', `        title: ${JSON.stringify(HOSTILE)}\n`)
    .replace('            metric: 微信公众号年发布信息\n', `            metric: ${JSON.stringify(`| ${HOSTILE}`)}\n`);
  const { dir } = tempPlans(yamlText);
  const opts = { cwd: dir, env: { LANG: undefined } };

  it('the plan is valid and really holds the hostile title', async () => {
    const r = await runCli(['list', '--json'], opts);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { items: { id: string; title: string }[] }).items.find((i) => i.id === '3')!.title).toBe(HOSTILE);
  });

  it('Markdown: every table keeps its shape; no raw HTML, no escape character', async () => {
    const md = await report(['--as-of', '2026-09-30'], opts);
    expectWellFormed(md);
    expect(md).not.toContain('\x1b');
    expect(md).not.toMatch(/(?<!\\)<script/);
    // Rendered as GitHub would, the title is text: no element, no link, no emphasis.
    const html = marked.parse(md, { gfm: true, async: false });
    expect(html).not.toMatch(/<script|>link<\/a>|<em>|<strong>bold|<code>code/);
    expect(html).toContain('a|b &lt;script&gt;alert(1)&lt;/script&gt; `code` *bold* _x_ [link](');
    expect(md).toContain('\\\\x1B\\[31mred'); // the ESC shown, escaped for Markdown
    const all = tableAfter(md, '附件2');
    const row = all.rows.find((r) => r[1]!.text === '3.1')!;
    // GFM reads the cell back as the literal text.
    expect(row[2]!.text.startsWith('| a|b ')).toBe(true);
    expect(row).toHaveLength(12);
    expect(tableAfter(md, '附件1').rows.every((r) => r.length === 11)).toBe(true);
  });

  it('HTML: plan text is escaped, never markup', async () => {
    const html = await report(['--as-of', '2026-09-30', '--format', 'html'], opts);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('a|b &lt;script&gt;alert(1)&lt;/script&gt; `code` *bold*');
    expect(html).not.toContain('\x1b');
  });

  it('Word: the document is well-formed XML and shows the text', async () => {
    const out = join(dir, 'h.docx');
    expect((await runCli(['report', '--as-of', '2026-09-30', '--out', out], opts)).code).toBe(0);
    const { value: text } = await mammoth.extractRawText({ path: out });
    expect(text).toContain('a|b <script>alert(1)</script>');
    expect(text).not.toContain('\x1b');
  });
});

describe('loading', () => {
  it('the bundle leaves the Word library out, and only `plan report --format docx` loads it', () => {
    // The bulletin is one of the commands bundled apart (dist/plan-rest.cjs), the Word writer apart from it.
    const bundle = readFileSync(join(ROOT, 'dist/plan-rest.cjs'), 'utf8');
    // Bundled apart in dist/docx.cjs: users install no docx (nor its Node 22 dependencies).
    expect(bundle).toMatch(/require\("\.\/docx\.cjs"\)/);
    expect(bundle).not.toContain('class Packer');
    expect(readFileSync(join(ROOT, 'dist/plan-core.cjs'), 'utf8')).not.toContain('class Packer');
    expect(readFileSync(join(ROOT, 'dist/docx.cjs'), 'utf8')).toContain('class Packer');
    // NODE_DEBUG=esm,module makes node name every module file it loads.
    const loads = (args: string[]) => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/plan.js'), ...args], { cwd: sample.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE_DEBUG: 'esm,module' } });
      expect(r.status, r.stderr.slice(-500)).toBe(0);
      return /dist[\\/]docx\.cjs/.test(r.stderr);
    };
    expect(loads(['list', '--as-of', '2026-09-30'])).toBe(false);
    expect(loads(['report', '--as-of', '2026-09-30'])).toBe(false);
    expect(loads(['report', '--as-of', '2026-09-30', '--out', join(sample.dir, 'x.docx')])).toBe(true);
  });
});
