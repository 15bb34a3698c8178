import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { Lexer, marked, type Tokens } from 'marked';
import { describe, expect, it, vi } from 'vitest';
import { expectGolden } from '../golden.js';
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
  expect(all.length).toBeGreaterThan(3);
  for (const t of all) {
    for (const row of t.rows) expect(row.length).toBe(t.header.length);
    // marked pads short rows with empty cells: check the source lines too.
    for (const line of t.raw.trim().split('\n')) expect(line.replace(/\\\\|\\\|/g, '').split('|').length - 2).toBe(t.header.length);
  }
}

describe('plan report (Markdown)', () => {
  it.each(['2026-07-01', '2026-09-30'])('golden: the Chinese bulletin of the sample as of %s', async (asOf) => {
    const md = await report(['--as-of', asOf]);
    expectGolden(`report-${asOf}.md`, md);
    expect(md.startsWith('# xx市总工会2026年工作要点督查通报\n')).toBe(true);
    for (const h of ['## 一、总体情况', '## 二、分项进展', '## 三、滞后事项', '### 未按期填报事项', '## 四、单位情况', '```mermaid', 'pie showData']) expect(md).toContain(h);
    expect(md).toContain(`数据截至 ${asOf}`);
    expect(md).toContain('数据来源：plans/union-2026.yaml');
    expect(md).not.toContain('git 提交');
    expectWellFormed(md);
  });

  it('is deterministic: same plan and as-of date, same bytes', async () => {
    const a = await report(['--as-of', '2026-09-30']);
    const b = await report(['--as-of', '2026-09-30'], { ...ZH, env: { LANG: undefined, PLAN_AS_OF: '2026-09-30' } });
    expect(b).toBe(a);
    expect(await report([], { ...ZH, env: { LANG: undefined, PLAN_AS_OF: '2026-09-30' } })).toBe(a);
  });

  it.each(['2026-07-01', '2026-09-30'])('the lagging list as of %s is exactly `plan behind`, in the same order', async (asOf) => {
    const behind = JSON.parse((await runCli(['behind', '--as-of', asOf, '--format', 'json'], ZH)).stdout) as { targets: { id: string; last_reading: string | null }[] };
    expect(behind.targets.length).toBeGreaterThan(5);
    const md = await report(['--as-of', asOf]);
    const lag = tableAfter(md, '三、滞后事项');
    const col = (name: string) => lag.header.findIndex((h) => h.text === name);
    expect(lag.rows.map((r) => r[col('编号')]!.text)).toEqual(behind.targets.map((t) => t.id));
    expect(lag.rows.map((r) => r[col('序号')]!.text)).toEqual(behind.targets.map((_, i) => String(i + 1)));
    expect(lag.rows.map((r) => r[col('最近填报')]!.text)).toEqual(behind.targets.map((t) => t.last_reading ?? '从未填报'));
    // The same list in the report's data.
    const data = JSON.parse(await report(['--as-of', asOf, '--format', 'json'])) as { lagging: { id: string }[] };
    expect(data.lagging.map((t) => t.id)).toEqual(behind.targets.map((t) => t.id));
  });

  it('--dept narrows every part to the unit, and its lagging list is `plan behind --dept`', async () => {
    const md = await report(['--as-of', '2026-09-30', '--dept', '法律工作部']);
    expect(md.split('\n')[0]).toBe('# xx市总工会2026年工作要点督查通报（法律工作部）');
    const behind = JSON.parse((await runCli(['behind', '--as-of', '2026-09-30', '--json', '--dept', '法律工作部'], ZH)).stdout) as { targets: { id: string }[] };
    expect(tableAfter(md, '三、滞后事项').rows.map((r) => r[1]!.text)).toEqual(behind.targets.map((t) => t.id));
    const units = tableAfter(md, '四、单位情况');
    expect(units.rows.map((r) => r[0]!.text)).toEqual(['法律工作部']);
    const data = JSON.parse(await report(['--as-of', '2026-09-30', '--dept', '法律工作部', '--json'])) as { sections: { items: { id: string }[] }[] };
    expect(data.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['4', '5', '10', '11', '14']);
    const bad = await runCli(['report', '--dept', '法律工作'], ZH);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('lights are emoji by default, words alone with --no-emoji', async () => {
    const md = await report(['--as-of', '2026-09-30']);
    expect(md).toContain('| 🔴 逾期 · 未填报 |');
    expect(md).toContain('| 🟡 预警 |');
    const plain = await report(['--as-of', '2026-09-30', '--no-emoji']);
    expect(plain).not.toMatch(/[🔴🟡🟢⚪✅]/u);
    expect(plain).toContain('| 逾期 · 未填报 |');
    expectWellFormed(plain);
  });

  it('speaks the language the user chose; unset (or LANG=C), the plan title decides', async () => {
    const heading = (md: string) => md.split('\n').find((l) => l.startsWith('## '));
    expect(heading(await report(['--as-of', '2026-09-30']))).toBe('## 一、总体情况');
    expect(heading(await report(['--as-of', '2026-09-30'], { ...ZH, env: { LANG: 'C.UTF-8' } }))).toBe('## 一、总体情况');
    expect(heading(await report(['--as-of', '2026-09-30', '--lang', 'en']))).toBe('## 1. Overview');
    expect(heading(await report(['--as-of', '2026-09-30'], { ...ZH, env: { PLAN_LANG: 'en' } }))).toBe('## 1. Overview');
    expect(heading(await report(['--as-of', '2026-09-30'], { ...ZH, env: { LANG: 'en_US.UTF-8' } }))).toBe('## 1. Overview');
    const en = await report(['--as-of', '2026-09-30', '--lang', 'en']);
    expect(en).toContain('# xx市总工会2026年工作要点: progress bulletin');
    expectWellFormed(en);
  });

  it('names the git commit of the plan, and says when the file has uncommitted changes', async () => {
    const { dir, file } = tempPlans();
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    if (git('init', '-q').status !== 0) return; // no git here: the footer's git line is covered where git exists
    git('add', '.');
    git('commit', '-q', '-m', 'plan');
    const head = git('rev-parse', 'HEAD').stdout.trim();
    const footer = async () => (await report(['--as-of', '2026-09-30'], { cwd: dir, env: { LANG: undefined, PATH: process.env.PATH } })).trimEnd().split('\n').at(-3);
    expect(await footer()).toBe(`数据来源：plans/union-2026.yaml（git 提交 ${head.slice(0, 12)}）`);
    writeFileSync(file, sampleText() + '\n# changed\n');
    expect(await footer()).toBe(`数据来源：plans/union-2026.yaml（git 提交 ${head.slice(0, 12)}，含未提交的修改）`);
  });
});

describe('plan report --format html', () => {
  it.each(['2026-07-01', '2026-09-30'])('golden: one self-contained printable page as of %s', async (asOf) => {
    const html = await report(['--as-of', asOf, '--format', 'html']);
    expectGolden(`report-${asOf}.html`, html);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toContain('<svg viewBox="0 0 100 100"');
    // Nothing to run, nothing to fetch.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:\/\//i);
    for (const h of ['<h2>一、总体情况</h2>', '<h2>二、分项进展</h2>', '<h2>三、滞后事项</h2>', '<h3>未按期填报事项</h3>', '<h2>四、单位情况</h2>']) expect(html).toContain(h);
  });

  it('holds the same lagging list as the Markdown', async () => {
    const html = await report(['--as-of', '2026-09-30', '--format', 'html']);
    const md = await report(['--as-of', '2026-09-30']);
    const lagHtml = html.split('<h2>三、滞后事项</h2>')[1]!.split('</table>')[0]!;
    const ids = [...lagHtml.matchAll(/<tr><td class="num">\d+<\/td><td class="nowrap">([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(ids).toEqual(tableAfter(md, '三、滞后事项').rows.map((r) => r[1]!.text));
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
    expect(readFileSync(join(dir, '督查通报.md'), 'utf8')).toContain('数据截至 2026-07-01');
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

  it('writes a Word document with the headings, the tables, the units and the targets', async () => {
    const { dir } = tempPlans();
    const out = join(dir, '督查通报.docx');
    const r = await runCli(['report', '--as-of', '2026-09-30', '--out', out], { cwd: dir, env: { LANG: undefined } });
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    for (const h of ['<h1>一、总体情况</h1>', '<h1>二、分项进展</h1>', '<h1>三、滞后事项</h1>', '<h2>未按期填报事项</h2>', '<h1>四、单位情况</h1>']) expect(html).toContain(h);
    expect(html).toContain('<table>');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('xx市总工会2026年工作要点督查通报');
    expect(text).toContain('法律工作部★');
    expect(text).toContain('网上职工之家网站发布信息');
    expect(text).toContain('● 滞后 · 未填报');
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
    // (GFM makes the bare URL inside the brackets a link of its own: the plan's own text.)
    expect(html).toContain('a|b &lt;script&gt;alert(1)&lt;/script&gt; `code` *bold* _x_ [link](');
    expect(html).toContain(') \\<br>line2 \\x1B[31mred');
    expect(md).toContain('\\\\x1B\\[31mred'); // the ESC shown, escaped for Markdown
    const row = tableAfter(md, '（一）强化思想政治引领,始终保持工会工作正确政治方向').rows.find((r) => r[0]!.text === '3.1')!;
    // GFM reads the cell back as the literal text (the newline as a <br>).
    expect(row[1]!.text.startsWith('a|b ')).toBe(true);
    expect(row[2]!.text.startsWith('| a|b ')).toBe(true);
    expect(row).toHaveLength(9);
    expect(tableAfter(md, '三、滞后事项').rows.every((r) => r.length === 9)).toBe(true);
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
    const bundle = readFileSync(join(ROOT, 'dist/plan-core.cjs'), 'utf8');
    // Bundled apart in dist/docx.cjs: users install no docx (nor its Node 22 dependencies).
    expect(bundle).toMatch(/require\("\.\/docx\.cjs"\)/);
    expect(bundle).not.toContain('class Packer');
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
