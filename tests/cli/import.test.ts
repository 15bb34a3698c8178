import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SEED } from '../helpers.js';
import { run } from '../../src/cli.js';
import { width } from '../../src/render/text.js';
import { viewerCopy } from '../unit/import/score.js';
import { encodeAs, utf16le } from '../encode.js';
import { makeZip } from '../zip.js';

interface ListJson {
  items: { id: string; section: string; departments: string[]; targets: { id: string; kind: string; target: number; unit: string }[] }[];
}

const AS_OF = ['--as-of', '2026-07-01'];

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (fmt: string, text: string) => `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl('chineseCounting', '%1、')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl('decimal', '%1.')}</w:abstractNum>`;
const num = (id: number, abs: number, start?: number) =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abs}"/>${start === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride>`}</w:num>`;
const p = (text: string, numId?: number) => `<w:p>${numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;
/** Imports a .docx of these paragraphs and numbering (two abstract lists, 0: 一、 and 1: 1., then the test's w:num instances). */
async function importDocx(body: string, numbering: string) {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
  const dir = mkdtempSync(join(tmpdir(), 'plan-import-docx-'));
  writeFileSync(join(dir, '工作要点.docx'), makeZip([{ name: 'word/document.xml', data: document }, { name: 'word/numbering.xml', data: numbering }]));
  return runCli(['import', '工作要点.docx', '--format', 'json'], { cwd: dir });
}

describe('plan import', () => {
  it('turns the seed into a plan that validates and lists like the sample plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    // plans/ does not exist yet: import makes it.
    const ok = await runCli(['import', SEED, '--period', '2026', '--id', 'union-2026', '--alias', '服务中心=职工服务中心', '--out', 'plans/imported.yaml', '--lang', 'zh'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toMatch(/已导入 6 个部分、19 项事项、15 个单位、17 项指标/);
    expect(ok.stderr).toMatch(/第 \d+ 行:/);
    const validate = await runCli(['validate', ...AS_OF], { cwd: dir });
    expect(validate.code, validate.stdout).toBe(0);

    const imported = JSON.parse((await runCli(['list', '--json', ...AS_OF], { cwd: dir })).stdout) as ListJson;
    const sample = JSON.parse((await runCli(['list', '--json', ...AS_OF])).stdout) as ListJson;
    expect(imported.items.map((i) => [i.id, i.section, i.departments])).toEqual(sample.items.map((i) => [i.id, i.section, i.departments]));
    const targets = (j: ListJson) => j.items.flatMap((i) => i.targets.filter((t) => t.id.includes('.')).map((t) => `${t.id} ${t.kind} ${t.target} ${t.unit}`)).sort();
    expect(targets(imported)).toEqual(targets(sample));
    const again = await runCli(['import', SEED, '--period', '2026', '--out', 'plans/imported.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; use --force/);
    expect((await runCli(['import', SEED, '--period', '2026', '--out', 'plans/imported.yaml', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('drops the page numbers a document viewer prints mid-sentence (2 / 3、 / - 4 - / 第 5 页), keeping the item numbers', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const copied = viewerCopy(seed);
    expect(copied).toMatch(/\n\d+、\n[^]*\n\d+\n[^]*\n- \d+ -\n/);
    const items = async (text: string) => {
      const r = await runCli(['import', '-', '--format', 'json', '--period', '2026'], { stdin: Buffer.from(text) });
      expect(r.code, r.stderr).toBe(0);
      const plan = JSON.parse(r.stdout) as { sections: { items: { id: string; title: string; departments: string[] }[] }[] };
      return plan.sections.flatMap((s) => s.items.map((i) => [i.id, i.title, i.departments]));
    };
    const want = await items(seed);
    expect(want).toHaveLength(19);
    expect(await items(copied)).toEqual(want);
  });

  it('reads a saved web page\'s article box only: the numbered 热点 sidebar and the footer do not become items', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const paras = seed.split('\n').filter((l) => l.trim() !== '').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    const page = `<html><body><div class="menu"><a>首页</a><a>工会动态</a></div>
<div class="side"><h3>热点排行</h3><p>1.市总工会召开2024年第一次主席办公会议，研究部署全年工作</p><p>2.全市职工技能竞赛决赛举行，共有1200名职工参赛</p></div>
<div class="article">${paras.join('\n')}</div>
<div class="footer"><p>主办：xx市总工会&#12288;地址：人民路1号&#12288;电话：0571-12345678</p></div></body></html>`;
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-html-'));
    writeFileSync(join(dir, '工作要点.html'), page);
    const items = async (file: string) => {
      const r = await runCli(['import', file, '--format', 'json', '--period', '2026'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const plan = JSON.parse(r.stdout) as { sections: { items: { id: string; title: string }[] }[] };
      return plan.sections.flatMap((s) => s.items.map((i) => `${i.id} ${i.title}`));
    };
    writeFileSync(join(dir, 'seed.txt'), seed);
    const want = await items('seed.txt');
    expect(want).toHaveLength(19);
    expect(await items('工作要点.html')).toEqual(want);
  });

  it('numbers a .docx list the way Word shows it when a list is restarted (w:startOverride 1) or set to a value (5)', async () => {
    const numbering = `${NUMBERING_HEAD}${num(1, 0)}${num(2, 1)}${num(3, 1, 1)}${num(4, 1, 5)}</w:numbering>`;
    const body = [
      p('xx区总工会2026年工作要点'),
      p('强化思想政治引领', 1),
      p('开展主题宣讲不少于20场。（责任单位：宣传教育部）', 2),
      p('举办职工读书活动。（责任单位：宣传教育部）', 2),
      p('强化维权服务', 1),
      p('走访慰问困难职工不少于300户。（责任单位：权益保障部）', 3),
      p('开展法律援助。（责任单位：法律工作部）', 3),
      p('深化工会改革', 1),
      p('新建基层工会10家。（责任单位：组织部）', 4),
      p('培训工会干部500人次。（责任单位：组织部）', 4),
    ].join('');
    const r = await importDocx(body, numbering);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { sections: { id: string; items: { id: string; departments: string[] }[] }[] };
    expect(plan.sections.map((s) => [s.id, s.items.map((i) => i.id)])).toEqual([
      ['一', ['一-1', '一-2']],
      ['二', ['二-1', '二-2']],
      ['三', ['三-5', '三-6']],
    ]);
  });

  it('says where a warning stands as Word shows it: the paragraph (those with text counted) or the table and its row, in both languages', async () => {
    const numbering = `${NUMBERING_HEAD}${num(1, 0)}${num(2, 1)}</w:numbering>`;
    const cells = (...texts: string[]) => `<w:tr>${texts.map((x) => `<w:tc><w:p><w:r><w:t>${x}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`;
    const body = [
      p('xx区总工会2026年工作要点'),
      p(''),
      p('2026年全区工会工作的总体要求是:坚持稳中求进。'),
      p('强化思想政治引领', 1),
      p('开展主题宣讲不少于20场。（责任单位：宣传教育部）', 2),
      p('开展职工读书活动。', 2),
      p('强化维权服务', 1),
      `<w:tbl>${cells('序号', '工作任务', '责任单位')}${cells('1', '走访慰问困难职工不少于300户', '权益保障部')}${cells('2', '开展法律援助', '')}</w:tbl>`,
    ].join('');
    const r = await importDocx(body, numbering);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('  ') && !l.startsWith('  hint'));
    expect(warnings).toEqual([
      expect.stringMatching(/^ {2}paragraph 2: not imported \(text before the first item\)/),
      expect.stringMatching(/^ {2}paragraph 5: item 一-2: no 责任单位/),
      expect.stringMatching(/^ {2}table 1, row 3: item 二-2: no 责任单位/),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-docx-'));
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
    writeFileSync(join(dir, '工作要点.docx'), makeZip([{ name: 'word/document.xml', data: document }, { name: 'word/numbering.xml', data: numbering }]));
    const zh = await runCli(['import', '工作要点.docx', '--lang', 'zh'], { cwd: dir });
    expect(zh.stderr).toMatch(/^ {2}第 2 段:未导入/m);
    expect(zh.stderr).toMatch(/^ {2}第 5 段:事项 一-2:未找到责任单位/m);
    expect(zh.stderr).toMatch(/^ {2}第 1 个表格第 3 行:事项 二-2:未找到责任单位/m);
  });

  it('says where a warning stands in a .csv (the row a spreadsheet shows) and on a page (the paragraph, the table and its row), in both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-places-'));
    // Row 3 is empty and row 5 goes on row 4's task (no 序号), as Excel saves a sheet: the text made of it has
    // neither, so its line 4 is the spreadsheet's row 6.
    const csv = '\uFEFF序号,工作任务,责任单位,完成时限\r\n一、城市建设,,,\r\n,,,\r\n1,"推进老旧小区改造，\r\n惠及居民3200户",城建办,年底前\r\n,改造管网12公里,,\r\n2,开展法律援助,,6月底前\r\n';
    writeFileSync(join(dir, '任务分解.csv'), csv);
    const page = [
      '<html><head><title>xx区总工会</title></head><body><div class="nav"><a href="/">首页</a> <a href="/gh">工会动态</a></div>',
      '<h1>xx区总工会2026年工作要点</h1><div class="TRS_Editor">',
      '<p>2026年全区工会工作的总体要求是:坚持稳中求进。</p><p>一、强化思想政治引领</p>',
      '<p>1.开展主题宣讲不少于20场。（责任单位：宣传教育部）</p><p>2.开展职工读书活动。</p><p>二、强化维权服务</p>',
      '<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr><tr><td>1</td><td>走访慰问困难职工不少于300户</td><td>权益保障部</td></tr>',
      '<tr><td>2</td><td>开展法律援助</td><td></td></tr></table></div></body></html>',
    ].join('\n');
    writeFileSync(join(dir, '工作要点.html'), page);
    const warnings = async (file: string, lang: string) =>
      (await runCli(['import', file, '--period', '2026', '--lang', lang], { cwd: dir })).stderr.split('\n').filter((l) => /^ {2}(?!hint|提示)/.test(l));
    expect(await warnings('任务分解.csv', 'zh')).toEqual(['  第 6 行:事项 2:未找到责任单位,departments 留空,请补填']);
    expect(await warnings('任务分解.csv', 'en')).toEqual(['  row 6: item 2: no 责任单位 found; departments left empty: fill them in']);
    expect(await warnings('工作要点.html', 'zh')).toEqual([
      '  第 2 段:未导入(第一项之前的文字):"2026年全区工会工作的总体要求是:坚持稳中求进。"',
      '  第 5 段:事项 一-2:未找到责任单位,departments 留空,请补填',
      '  第 1 个表格第 3 行:事项 二-2:未找到责任单位,departments 留空,请补填',
    ]);
    expect(await warnings('工作要点.html', 'en')).toEqual([
      '  paragraph 2: not imported (text before the first item): "2026年全区工会工作的总体要求是:坚持稳中求进。"',
      '  paragraph 5: item 一-2: no 责任单位 found; departments left empty: fill them in',
      '  table 1, row 3: item 二-2: no 责任单位 found; departments left empty: fill them in',
    ]);
  });

  it('numbers a list whose definition is a list style (w:numStyleLink to a numbering style, as a 多级列表 saved as a style is written)', async () => {
    // abstractNum 2 holds no levels: it links to the style SectionList, whose numbering (numId 5) is
    // abstractNum 0 (一、). Lists 1 and 7 both use it: one running count, as Word shows them.
    const numbering = `${NUMBERING_HEAD}<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="SectionList"/></w:abstractNum>${num(1, 2)}${num(7, 2)}${num(5, 0)}${num(2, 1)}</w:numbering>`;
    const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="numbering" w:styleId="SectionList"><w:name w:val="Section List"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>`;
    const body = [
      p('xx区总工会2026年工作要点'),
      p('强化思想政治引领', 1),
      p('开展主题宣讲不少于20场。（责任单位：宣传教育部）', 2),
      p('强化维权服务', 7),
      p('走访慰问困难职工不少于300户。（责任单位：权益保障部）', 2),
    ].join('');
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-docx-'));
    writeFileSync(join(dir, '工作要点.docx'), makeZip([{ name: 'word/document.xml', data: document }, { name: 'word/numbering.xml', data: numbering }, { name: 'word/styles.xml', data: styles }]));
    const r = await runCli(['import', '工作要点.docx', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { sections: { id: string; title: string; items: { id: string }[] }[] };
    expect(plan.sections.map((s) => [s.id, s.title, s.items.map((i) => i.id)])).toEqual([
      ['一', '强化思想政治引领', ['1']],
      ['二', '强化维权服务', ['2']],
    ]);
  });

  it('reads a draft with track changes as it reads once they are accepted: deleted and moved-away text left out, inserted and moved-in text kept', async () => {
    const numbering = `${NUMBERING_HEAD}${num(1, 0)}${num(2, 1)}</w:numbering>`;
    const run = (t: string) => `<w:r><w:t>${t}</w:t></w:r>`;
    const rev = 'w:id="1" w:author="办公室" w:date="2026-02-01T09:00:00Z"';
    const body = [
      p('xx区总工会2026年工作要点'),
      p('强化思想政治引领', 1),
      // Item 2 moved above item 1 with track changes on: its old place (w:moveFrom) and its new one (w:moveTo).
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:moveTo ${rev}>${run('举办职工读书活动。（责任单位：宣传教育部）')}</w:moveTo></w:p>`,
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>${run('开展主题宣讲不少于')}<w:del ${rev}><w:r><w:delText>10</w:delText></w:r></w:del><w:ins ${rev}>${run('20')}</w:ins>${run('场。（责任单位：宣传教育部）')}</w:p>`,
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:rPr><w:moveFrom ${rev}/></w:rPr></w:pPr><w:moveFrom ${rev}>${run('举办职工读书活动。（责任单位：宣传教育部）')}</w:moveFrom></w:p>`,
      // A whole item deleted, its paragraph mark too: gone, and not counted.
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:rPr><w:del ${rev}/></w:rPr></w:pPr><w:del ${rev}><w:r><w:delText>开展法律援助。（责任单位：法律工作部）</w:delText></w:r></w:del></w:p>`,
      p('新建基层工会10家。（责任单位：组织部）', 2),
    ].join('');
    const r = await importDocx(body, numbering);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { sections: { items: { id: string; title: string; targets?: { target: number }[] }[] }[] };
    expect(plan.sections.flatMap((s) => s.items.map((i) => [i.id, i.title, (i.targets ?? []).map((t) => t.target)]))).toEqual([
      ['1', '举办职工读书活动', []],
      ['2', '开展主题宣讲不少于20场', [20]],
      ['3', '新建基层工会10家', [10]],
    ]);
  });

  it('continues one count across the w:num instances of one w:abstractNum (Word\'s rule), restarting only where a w:startOverride says so', async () => {
    // Word keeps the running count on the abstract numbering (ECMA-376 §17.9): a list pasted in or
    // continued after a heading often gets a new w:num on the same w:abstractNum, and goes on 3, 4.
    const numbering = `${NUMBERING_HEAD}${num(1, 0)}${num(7, 0)}${num(2, 1)}${num(5, 1)}${num(6, 1)}${num(9, 1, 1)}</w:numbering>`;
    const body = [
      p('xx区总工会2026年工作要点'),
      p('强化思想政治引领', 1),
      p('开展主题宣讲不少于20场。（责任单位：宣传教育部）', 2),
      p('举办职工读书活动。（责任单位：宣传教育部）', 2),
      p('强化维权服务', 7),
      p('走访慰问困难职工不少于300户。（责任单位：权益保障部）', 5),
      p('开展法律援助。（责任单位：法律工作部）', 6),
      p('深化工会改革', 1),
      p('新建基层工会10家。（责任单位：组织部）', 2),
      p('培训工会干部500人次。（责任单位：组织部）', 9),
      p('建设职工之家5个。（责任单位：组织部）', 2),
    ].join('');
    const r = await importDocx(body, numbering);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { sections: { id: string; items: { id: string; title: string }[] }[] };
    // numId 7 goes on from numId 1 (二); 5 and 6 from 2 (3, 4); 2 again goes on (5); 9 restarts at 1 and
    // the list goes on from there, whichever w:num the next paragraph uses (2).
    expect(plan.sections.map((s) => [s.id, s.items.map((i) => [i.id, i.title])])).toEqual([
      ['一', [['一-1', '开展主题宣讲不少于20场'], ['一-2', '举办职工读书活动']]],
      ['二', [['二-3', '走访慰问困难职工不少于300户'], ['二-4', '开展法律援助']]],
      ['三', [['三-5', '新建基层工会10家'], ['三-1', '培训工会干部500人次'], ['三-2', '建设职工之家5个']]],
    ]);
  });

  it('says what a zip is when it is not a .docx or .xlsx (an .odt, a 附件 bundle, a .pptx, an .ofd, anything else), what a saved .mht page is, and a WPS .et', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-zip-'));
    const files: Array<[string, Buffer]> = [
      ['工作要点.odt', makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true }, { name: 'content.xml', data: '<office:document-content/>' }])],
      ['附件.zip', makeZip([{ name: '附件/1.工作要点.docx', data: 'x' }, { name: '附件/2.任务分解表.xlsx', data: 'x' }, { name: '附件/', data: '' }])],
      ['汇报.docx', makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'ppt/presentation.xml', data: '<p:presentation/>' }])],
      ['坏的.docx', makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'docProps/app.xml', data: '<Properties/>' }])],
      ['公文.ofd', makeZip([{ name: 'OFD.xml', data: '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>' }, { name: 'Doc_0/Document.xml', data: '<ofd:Document/>' }])],
      ['工作要点.doc', Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n------=_NextPart_01\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<html></html>\r\n')],
      ['任务分解表.et', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)])],
    ];
    const said: string[] = [];
    for (const [file, bytes] of files) {
      writeFileSync(join(dir, file), bytes);
      const r = await runCli(['import', file, '--lang', 'zh'], { cwd: dir });
      expect(r.code, file).toBe(1);
      expect(r.stdout).toBe('');
      said.push(r.stderr);
    }
    expect(said).toEqual([
      'plan: 无法导入:工作要点.odt 是 OpenDocument 文本(.odt,WPS 或 LibreOffice 所存):请另存为 .docx 后再导入\n',
      'plan: 无法导入:附件.zip 是一个含 2 个文件的压缩包(1.工作要点.docx, 2.任务分解表.xlsx):请先解压,再导入计划本身的文件\n',
      'plan: 无法导入:汇报.docx 是 PowerPoint 演示文稿(.pptx),不是计划文件:请导入计划的 Word 或 Excel 文件\n',
      'plan: 无法导入:坏的.docx 是 zip 压缩文件,但不是 Word 或 Excel 文件:其中没有 word/document.xml,也没有 xl/workbook.xml\n',
      'plan: 无法导入:公文.ofd 是 OFD 版式文件(公文常用的版式格式):请用 OFD 阅读器(数科、福昕等)另存为 .docx,或复制其中文字后再导入\n',
      'plan: 无法导入:工作要点.doc 是网页归档文件(.mht/.mhtml,整页存成的单个文件):请用浏览器或 Word 打开,另存为 .html 或 .docx 后再导入\n',
      'plan: 无法导入:任务分解表.et 是 WPS Office 文件(.wps/.et):请在 WPS 中另存为 .docx 或 .xlsx 后再导入\n',
    ]);
    const en = await runCli(['import', '坏的.docx', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe('plan: cannot import: 坏的.docx is a zip file, but not a Word or Excel file: it holds no word/document.xml and no xl/workbook.xml\n');
  });

  it('reads standard input, writes JSON; reads GBK and UTF-16 (as Windows saves them) saying so, refuses other non-UTF-8 and binary input', async () => {
    const seed = readFileSync(SEED);
    const json = await runCli(['import', '-', '--format', 'json', '--period', '2026'], { stdin: seed });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { sections: unknown[] }).sections).toHaveLength(6);
    // A real page's text as Notepad saves it on Chinese Windows (ANSI: GBK), and the seed as "Unicode" (UTF-16).
    const dongyang = readFileSync(join(ROOT, 'tests/fixtures/import/real/dongyang-2023.txt'), 'utf8');
    const utf8 = await runCli(['import', '-', '--format', 'json', '--lang', 'en'], { stdin: Buffer.from(dongyang) });
    const r1 = await runCli(['import', '-', '--format', 'json', '--lang', 'en'], { stdin: encodeAs(dongyang, 'gbk') });
    expect(r1.code, r1.stderr).toBe(0);
    expect(r1.stdout).toBe(utf8.stdout);
    expect(r1.stderr).toBe(`${utf8.stderr}read (stdin) as GBK (it is not UTF-8)\n`);
    const r2 = await runCli(['import', '-', '--format', 'json', '--period', '2026', '--lang', 'zh'], { stdin: utf16le(seed.toString('utf8')) });
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stdout).toBe(json.stdout);
    expect(r2.stderr.trimEnd().split('\n').pop()).toBe('已按 UTF-16 编码读取 (stdin)(不是 UTF-8)');
    // The same without its byte order mark (told by where the NUL bytes stand).
    const r2b = await runCli(['import', '-', '--format', 'json', '--period', '2026', '--lang', 'zh'], { stdin: Buffer.from(seed.toString('utf8'), 'utf16le') });
    expect([r2b.code, r2b.stdout, r2b.stderr]).toEqual([0, json.stdout, r2.stderr]);
    // Latin-1 is neither UTF-8 nor GBK: the UTF-8 message, with where.
    const r4 = await runCli(['import', '-'], { stdin: Buffer.from('Caf\xe9 na\xefve\n', 'latin1') });
    expect(r4.code).toBe(1);
    expect(r4.stderr).toBe('(stdin):1:4: (stdin) is not valid UTF-8; save it as UTF-8\n');
    const r3 = await runCli(['import', '-'], { stdin: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]) });
    expect(r3.code).toBe(1);
    // PK\x03\x04: a zip by its magic bytes, and a broken one.
    expect(r3.stderr).toBe('plan: cannot import: (stdin) is a damaged zip file (no end of central directory): save it again as .docx or .xlsx\n');
    for (const r of [r3, r4]) expect(r.stdout).toBe('');
    const none = await runCli(['import', '-'], { stdin: '这是一段没有编号事项的文字。\n' });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^plan: cannot import: /);
    const bad = await runCli(['import', SEED, '--alias', '服务中心']);
    expect(bad.code).toBe(2);
  });

  const fixtures = readdirSync(join(ROOT, 'tests/fixtures/import')).filter((f) => f.endsWith('.txt'));

  it('says its warnings and hints in Chinese for a Chinese user', async () => {
    for (const file of [SEED, ...fixtures.map((f) => join(ROOT, 'tests/fixtures/import', f))]) {
      const r = await runCli(['import', file, '--period', '2026', '--lang', 'zh']);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stderr.trim().split('\n').slice(1);
      expect(lines.length).toBeGreaterThan(0);
      // Whatever is left in English sits only inside the quotes (the document's own text).
      for (const line of lines) expect(line.replace(/"[^"]*"/g, '""'), line).not.toMatch(/\b(item|section|not|imported|unit|deadline|title)\b/);
    }
  });
  it('says why a document cannot be imported in the user\'s language, from the parser\'s key', async () => {
    const zh = await runCli(['import', SEED, '--id', 'bad id', '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe('plan: 无法导入:无效的计划编号 "bad id":只能用字母、数字、"."、"_" 和 "-"(如 union-2026)\n');
    const en = await runCli(['import', SEED, '--id', 'bad id', '--lang', 'en']);
    expect(en.stderr).toBe('plan: cannot import: invalid plan id "bad id": use letters, digits, ".", "_" and "-" (e.g. union-2026)\n');
  });

  it('refuses a text that is no plan in Chinese (this README came out as 16 items, 15 units and 20 targets), saying why, in both languages', async () => {
    const readme = await runCli(['import', join(ROOT, 'README.md'), '--lang', 'zh']);
    expect(readme.code).toBe(1);
    expect(readme.stdout).toBe('');
    expect(readme.stderr).toMatch(/^plan: 无法导入:这不是中文的计划文本:中文字只占字词的 \d+%\(计划以中文写成\),像是说明文档或外文材料;请导入计划本身\(工作要点、任务分解表等\)\n$/);
    const examples = await runCli(['import', join(ROOT, 'examples/README.md'), '--lang', 'en']);
    expect(examples.code).toBe(1);
    expect(examples.stderr).toMatch(/^plan: cannot import: this is not a plan in Chinese: Chinese characters are only \d+% of its words/);
    // A real page with a mirror's pinyin and English navigation is still a plan (the fewest Chinese characters a word in real/).
    expect((await runCli(['import', join(ROOT, 'tests/fixtures/import/real/jiangbei-ningbo-2023.txt')])).code).toBe(0);
  });

  it('speaks the imported plan\'s language when none is named, even in a folder with no plan yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-lang-'));
    const wuhu = join(ROOT, 'tests/fixtures/import/real/wuhu-edu-2024.txt');
    const unnamed = await runCli(['import', wuhu, '--out', 'plans/wuhu-2024.yaml'], { cwd: dir, env: { LANG: 'C.UTF-8' } });
    expect(unnamed.code).toBe(0);
    expect(unnamed.stderr).toMatch(/^已导入 1 个部分、2 项事项/);
    expect(unnamed.stderr).toContain('已写入 plans/wuhu-2024.yaml');
    // A language the user names still wins over the document's.
    const named = await runCli(['import', wuhu], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(named.stderr).toMatch(/^imported 1 section, 2 items/);
  });

  it.each(fixtures)('the %s layout imports to a plan that validates', async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'plans'));
    const text = readFileSync(join(ROOT, 'tests/fixtures/import', name));
    writeFileSync(join(dir, 'in.txt'), text);
    const r = await runCli(['import', 'in.txt', '--period', '2026', '--out', 'plans/p.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const v = await runCli(['validate', '--as-of', '2026-12-31'], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
  });
});

describe('plan import: every warning says what, where and what to do', () => {
  // The seed, as published: item 13's 按要求完成企业100家以上、职工5000人以上乡镇(街道)专职工作人员配备
  // holds two conditions; the second was quoted from the 、 that joined it ("、职工5000人以上"), and
  // the warning said what was not imported but not what to do about it.
  it('quotes the piece of the document without the 、 before it, and says how to track it', async () => {
    const zh = await runCli(['import', SEED, '--period', '2026'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.code, zh.stderr).toBe(0);
    const conditions = zh.stderr.split('\n').filter((l) => l.includes('条件性表述'));
    expect(conditions).toEqual(
      ['职工25人以上', '按要求完成企业100家以上', '职工5000人以上'].map((q) => `  第 59 行:事项 13:条件性表述(说明适用范围,不是要完成的目标),未作为指标导入(如需跟踪请手工添加指标):"${q}"`),
    );
    for (const l of zh.stderr.split('\n').slice(1)) if (l) expect(l, l).toMatch(/^ {2}(第 \d+(–\d+)? 行:|提示:)/);
    expect(zh.stderr).not.toMatch(/"[、,，;；]/);
    const en = await runCli(['import', SEED, '--period', '2026'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.stderr).toContain('  line 59: item 13: a condition (whom the item applies to, not a result to reach), not imported as a target (add one by hand to track it): "职工5000人以上"\n');
  });
});

describe('plan import: what is true of the whole plan is said once', () => {
  it('a real news page naming no unit and leading with six paragraphs: two warnings, not thirteen, in both languages', async () => {
    const file = join(ROOT, 'tests/fixtures/import/real/hospital-2024.txt');
    const zh = (await runCli(['import', file, '--lang', 'zh'])).stderr.split('\n').filter((l) => /^ {2}第/.test(l));
    expect(zh).toEqual([
      '  第 1–6 行:未导入(第一项之前的 6 段文字,自"3月12日下午,华人策略研究手机版召开2024年工作会议,总…"起)',
      '  第 7 行:全文未找到任何责任单位:7 项事项的 departments 均留空,请逐项补填(plan validate 会以 no-unit 列出每一项)',
    ]);
    const en = (await runCli(['import', file, '--lang', 'en'])).stderr.split('\n').filter((l) => /^ {2}line/.test(l));
    expect(en).toEqual([
      '  lines 1–6: not imported (6 paragraphs before the first item, from "3月12日下午,华人策略研究手机版召开2024年工作会议,总…")',
      '  line 7: no 责任单位 found anywhere in the plan: the departments of all 7 items are left empty; fill them in (plan validate lists each as no-unit)',
    ]);
  });
});

describe('plan import: the text before the first item', () => {
  it('joins a preamble the page broke over several lines, as item text is joined, and names it once with all its lines', async () => {
    // The seed's 总体要求 paragraph broken twice mid-clause, blank lines between, as a scraped page breaks it.
    const seed = readFileSync(SEED, 'utf8');
    const whole = ' 20xx 年,全市工会工作的总体要求是:高举习近平新时代中国特色社会主义思想伟大旗帜,全面贯彻市委和省总决策部署,更加突出政治属性,更加紧贴中心大局,';
    expect(seed).toContain(whole);
    const broken = seed.replace(whole, ' 20xx 年,全市工会工作的总体要求是:高举习近平新时代中国特色社\n\n会主义思想伟大旗帜,全面贯彻市委和省总决策部署,更加突出政治属性,\n\n更加紧贴中心大局,');
    const r = await runCli(['import', '-', '--period', '2026', '--lang', 'zh'], { stdin: broken });
    expect(r.code, r.stderr).toBe(0);
    const before = r.stderr.split('\n').filter((l) => l.includes('第一项之前'));
    expect(before).toEqual(['  第 13–17 行:未导入(第一项之前的文字):"20xx年,全市工会工作的总体要求是:高举习近平新时代中国特…"']);
    // The plan is the one the unbroken seed gives.
    const plain = await runCli(['import', SEED, '--period', '2026', '--lang', 'zh']);
    expect(r.stdout).toBe(plain.stdout);
  });

  it('does not join a title line with the text under it', async () => {
    // A title long enough to pass for a line of prose, and no full stop after it.
    const text = 'xx区卫生健康局2026年全区卫生健康系统重点工作要点\n为推动卫生健康事业高质量发展,结合我区实际,现提出如下任务:\n一、强化公共卫生\n1.开展健康教育讲座不少于20场。(责任单位:疾控科)\n';
    const r = await runCli(['import', '-', '--lang', 'zh', '--format', 'json'], { stdin: text });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe('xx区卫生健康局2026年全区卫生健康系统重点工作要点');
    expect(r.stderr).toMatch(/^ {2}第 2 行:未导入\(第一项之前的文字\):"为推动卫生健康事业高质量发展,结合我区实际,现提出如下任务:"$/m);
  });
  it('names every line it leaves out but the title: a sentence with a title word (工作安排如下:) is not a title; the plan\'s title written again is', async () => {
    const text = 'xx区卫生健康局2026年工作要点\n为推动卫生健康事业高质量发展,结合我区实际,现就今年工作安排如下:\n一、强化公共卫生\n1.开展健康教育讲座不少于20场。(责任单位:疾控科)\n';
    const r = await runCli(['import', '-', '--lang', 'zh'], { stdin: text });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^ {2}第 2 行:未导入\(第一项之前的文字\):"为推动卫生健康事业高质量发展,结合我区实际,现就今年工作安排…"$/m);
    // The real 嘉兴 page: the notice names the title, the plan writes it again over two lines (9, 10).
    const jiaxing = await runCli(['import', join(ROOT, 'tests/fixtures/import/real/jiaxing-2025.txt'), '--lang', 'zh']);
    expect(jiaxing.code, jiaxing.stderr).toBe(0);
    expect(jiaxing.stdout).toMatch(/^title: 嘉兴市推动经济高质量发展若干政策\(2025年版\)$/m);
    expect(jiaxing.stderr).not.toMatch(/第 (9|10) 行/);
    expect(jiaxing.stderr).toMatch(/第 11 行:未导入/);
  });
});

describe('plan import: setting up', () => {
  it('names the plan after the --out file, else after the title and year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    const named = await runCli(['import', SEED, '--period', '2026', '--out', 'plans/shi-union-2026.yaml'], { cwd: dir });
    expect(named.code, named.stderr).toBe(0);
    expect(readFileSync(join(dir, 'plans/shi-union-2026.yaml'), 'utf8')).toMatch(/^id: shi-union-2026$/m);
    const derived = await runCli(['import', SEED, '--period', '2026']);
    expect(derived.stdout).toMatch(/^id: union-2026$/m);
    const text = 'xx区人民政府办公室关于印发《xx区2023年重点工作任务分解方案》的通知\n1.推进工作。（责任单位：区发改局）\n';
    expect((await runCli(['import', '-'], { stdin: text })).stdout).toMatch(/^id: gov-tasks-2023$/m);
  });

  it('says why it cannot write --out, without claiming a file was unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    writeFileSync(join(dir, 'plans'), 'a file, not a folder');
    const r = await runCli(['import', SEED, '--period', '2026', '--out', 'plans/x.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write plans\/x\.yaml: .*nothing was written/);
    expect(r.stderr).not.toMatch(/unchanged/);
  });

  it('points $schema at a schema file that exists from where the plan is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    // A project with the package installed (under its old and its new name).
    for (const pkg of ['plan', 'duban']) {
      mkdirSync(join(dir, 'node_modules', pkg, 'schemas'), { recursive: true });
      writeFileSync(join(dir, 'node_modules', pkg, 'schemas', 'plan.schema.json'), '{}');
      writeFileSync(join(dir, 'node_modules', pkg, 'package.json'), JSON.stringify({ name: pkg }));
    }
    for (const out of ['plans/p.yaml', 'p2.yaml', 'deep/er/p3.yaml']) {
      const r = await runCli(['import', SEED, '--period', '2026', '--out', out], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const ref = /\$schema=(\S+)/.exec(readFileSync(join(dir, out), 'utf8'))?.[1] ?? '';
      expect(ref).toMatch(/node_modules\/\w+\/schemas\/plan\.schema\.json$/);
      expect(existsSync(resolve(dirname(join(dir, out)), ref)), `${out}: ${ref}`).toBe(true);
    }
  });

  it('leaves an item without units empty (no 待定), which validate warns about as no-unit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    const text = 'xx局2026年工作要点\n1.推进工作。\n2.落实责任。（责任单位：办公室）\n';
    const r = await runCli(['import', '-', '--out', 'plans/p.yaml'], { cwd: dir, stdin: text });
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'plans/p.yaml'), 'utf8');
    expect(yaml).toMatch(/departments: \[\]/);
    expect(yaml).not.toMatch(/待定/);
    const v = await runCli(['validate', '--as-of', '2026-07-01'], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
    expect(v.stdout).toMatch(/warning\s+no-unit\s+item 1 has no unit yet/);
  });

  it('makes item ids like 一-一 reachable: plan progress 一 suggests them, 一.一 finds one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    const text = 'xx局2026年工作要点\n一、甲\n（一）甲一。（责任单位：办公室）\n（二）甲二。（责任单位：办公室）\n二、乙\n（一）乙一。（责任单位：办公室）\n';
    expect((await runCli(['import', '-', '--out', 'plans/p.yaml'], { cwd: dir, stdin: text })).code).toBe(0);
    expect(readFileSync(join(dir, 'plans/p.yaml'), 'utf8')).toMatch(/id: "一-一"/);
    const r = await runCli(['progress', '一', '--percent', '50', '--dry-run', '--as-of', '2026-07-01'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean 一-一, 一-二\?/);
    const ok = await runCli(['progress', '一.二', '--percent', '50', '--dry-run', '--as-of', '2026-07-01'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
  });
});

describe('plan import: Word and Excel files', () => {
  it('imports a .docx (Word numbering) and an .xlsx 任务分解表, and says in Chinese why a PDF cannot be read', async () => {
    const { AlignmentType, Document, LevelFormat, Packer, Paragraph } = await import('docx');
    const ExcelJS = (await import('exceljs')).default;
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-'));
    const word = new Document({
      numbering: { config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }, { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: [
            new Paragraph('xx区卫生健康局2026年工作要点'),
            new Paragraph({ text: '提升医疗服务能力', numbering: { reference: 'n', level: 0 } }),
            new Paragraph({ text: '新增家庭医生签约服务不少于3000人。（责任科室：基层卫生科）', numbering: { reference: 'n', level: 1 } }),
            new Paragraph({ text: '人均预期寿命达82.4岁。（责任科室：规划发展科）', numbering: { reference: 'n', level: 1 } }),
          ],
        },
      ],
    });
    writeFileSync(join(dir, '工作要点.docx'), await Packer.toBuffer(word));
    const r = await runCli(['import', '工作要点.docx', '--out', 'plans/health-2026.yaml', '--lang', 'zh'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'plans/health-2026.yaml'), 'utf8');
    expect(yaml).toMatch(/- id: 一\n\s+title: 提升医疗服务能力/);
    expect(yaml).toMatch(/departments: \[基层卫生科\]/);
    expect(yaml).toMatch(/target: 3000\n\s+unit: 人/);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('任务分解');
    ws.addRow(['xx区2026年重点工作任务分解表']);
    ws.addRow(['序号', '工作任务', '牵头单位', '配合单位', '责任领导', '完成时限']);
    ws.addRow([1, '新建公共停车泊位不少于500个', '区住建局', '区交通局', '王五', '2026年9月底前']);
    ws.addRow([2, '整治背街小巷20条', '区城管局', '', '赵六', '2026年11月底前']);
    writeFileSync(join(dir, '任务分解表.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const x = await runCli(['import', '任务分解表.xlsx', '--format', 'json'], { cwd: dir });
    expect(x.code, x.stderr).toBe(0);
    const plan = JSON.parse(x.stdout) as { sections: { items: { id: string; lead?: string[]; leaders?: string[]; targets?: { target: number; due?: string }[] }[] }[] };
    expect(plan.sections[0]!.items.map((i) => [i.id, i.lead, i.leaders, i.targets?.map((t) => [t.target, t.due])])).toEqual([
      ['1', ['区住建局'], ['王五'], [[500, '2026-09-30']]],
      ['2', ['区城管局'], ['赵六'], [[20, '2026-11-30']]],
    ]);

    writeFileSync(join(dir, '方案.pdf'), Buffer.from('%PDF-1.7\n%âãÏÓ\n'));
    const pdf = await runCli(['import', '方案.pdf', '--lang', 'zh'], { cwd: dir });
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(/^plan: 无法导入:方案\.pdf 是 PDF 文件/);
    expect(pdf.stdout).toBe('');
  });
  it('names the sheet and the row Excel shows in a warning about a workbook, not a line of the text made of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-rows-'));
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('任务分解');
    ws.addRow(['xx区2026年重点工作任务分解表']);
    ws.addRow([]);
    ws.addRow(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
    ws.addRow([1, '新建公共停车泊位不少于500个', '区住建局', '区交通局', '2026年9月底前']);
    ws.addRow([2, '整治背街小巷20条', '', '', '2026年11月底前']);
    ws.addRow(['', '（续）完成雨污分流改造', '', '', '']);
    ws.addRow([3, '开展职工技能竞赛', '区总工会', '', '2027年3月底前']);
    writeFileSync(join(dir, '任务分解表.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const zh = await runCli(['import', '任务分解表.xlsx', '--lang', 'zh'], { cwd: dir });
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stderr.split('\n').slice(1, 3)).toEqual([
      '  工作表“任务分解”第 5 行:事项 2:未找到责任单位,departments 留空,请补填',
      '  工作表“任务分解”第 7 行:事项 3:期限 2027-03-31 不在计划期内,未使用(请核对期限,或用 --period 指定计划年度)',
    ]);
    const en = await runCli(['import', '任务分解表.xlsx', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toMatch(/^ {2}sheet "任务分解" row 5: item 2: no 责任单位 found/m);
  });
});

describe('plan import: the 印发通知 wrapper', () => {
  it('does not take the notice\'s own numbered requirements for the plan: the notice alone says the plan is missing (real 盘锦 notice, Traditional)', async () => {
    // A real 印发通知 as a page published it (http://xyexam.com/html/2509/2021-05-25/content-93597.html): the notice
    // only, whose "并就…通知如下" is followed by its own 1. 2. 3. (明確任務,壓實責任 …), not by the 方案.
    const text = readFileSync(join(ROOT, 'tests/fixtures/import/notice-only/panjin-2021.txt'));
    const zh = await runCli(['import', '-', '--lang', 'zh'], { stdin: text });
    expect(zh.code).toBe(1);
    expect(zh.stdout).toBe('');
    // The title that quotes a title is named whole, as written.
    expect(zh.stderr).toBe('plan: 无法导入:这段文字只是《2021年市〈政府工作報告〉任務分解和責任分工方案》的印发通知,其中编号的要求不是计划事项;请导入计划本身(附件:它的 .docx,或从计划标题起的正文)\n');
    const en = await runCli(['import', '-', '--lang', 'en', '--period', '2021'], { stdin: text });
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/^plan: cannot import: the text is only the 印发通知 of 《2021年市〈政府工作報告〉任務分解和責任分工方案》: .*import the plan itself/);
    // With text after the notice (the plan, here without numbers), the notice is not what is missing.
    const withPlan = Buffer.concat([text, Buffer.from('\n2021年市〈政府工作報告〉任務分解和責任分工方案\n全年地區生產總值增長6%左右。\n', 'utf8')]);
    const other = await runCli(['import', '-', '--lang', 'en'], { stdin: withPlan });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/^plan: cannot import: no numbered items found/);
  });

  it('leaves out the notice\'s requirements (一、…四、) between "现印发给你们" and the plan, and says so once (real 锦州 2025)', async () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/import/real/jinzhou-2025.txt'));
    const r = await runCli(['import', '-', '--lang', 'zh', '--format', 'json'], { stdin: text });
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { title: string; sections: Array<{ id: string; title: string; items: Array<{ id: string; leaders?: string[] }> }> };
    expect(plan.title).toBe('2025年市《政府工作报告》任务分解和责任分工方案');
    expect(plan.sections.map((s) => [s.id, s.title, s.items.map((i) => [i.id, i.leaders])])).toEqual([['一', '今年经济社会发展的主要预期目标', [['1', ['刘希明']]]]]);
    expect(r.stderr).toMatch(/^ {2}第 1–6 行:印发通知本身\(主送单位、印发语及通知的要求\),不是计划正文,未导入$/m);
    expect(r.stderr).not.toMatch(/就高不就低|督考办/);
  });

  it('takes the title from 《》, the issuer and 文号 into bulletin.basis, and drops the notice furniture', async () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/import/real/lishan-2023.txt'));
    const r = await runCli(['import', '-', '--lang', 'zh'], { stdin: text });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^title: 立山区政府2023年重点工作任务分解和责任分工方案$/m);
    expect(r.stdout).toMatch(/^organization: 立山区政府$/m);
    expect(r.stdout).toMatch(/^ {2}basis: 《立山区人民政府关于印发〈立山区政府2023年重点工作任务分解和责任分工方案〉的通知》（鞍立政发〔2023〕2号）$/m);
    expect(r.stderr).not.toMatch(/此件公开发布|人民政府文件|鞍立政发/);
    expect(r.stderr).toMatch(/事项 7:未找到责任单位,departments 留空,请补填/);
  });

  it('reads a 文号 written in Traditional characters (…〔2021〕54號) into bulletin.basis, and the year from it when the title names none', async () => {
    // A real 實施意見 as the page gave it (http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html):
    // its 文号 on the first line, the title without a year, a 號 in a citation too (粵府〔2021〕13號).
    const text = readFileSync(join(ROOT, 'tests/fixtures/import/docno/dongguan-2021.txt'));
    const r = await runCli(['import', '-', '--lang', 'zh'], { stdin: text });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ {2}basis: 《[^》\n]+》（東府〔2021〕54號）$/m);
    expect(r.stdout).toMatch(/^period: \{ start: 2021-01-01, end: 2021-12-31 \}$/m);
    expect(r.stdout).not.toMatch(/粵府〔2021〕13號）$/m);
  });
});

describe('plan import on a terminal: the notes fit its width', () => {
  // At 60 columns tmux broke the summary mid-word (…(不超过 1、保 / 持 7)): it and every warning now wrap by
  // display width, the summary after a 、 (a comma in English), a warning under its own indent.
  const DOCX = join(ROOT, 'examples/任务分解方案.docx');
  /** Runs plan import with stderr a terminal of `columns` (as run(argv, ctx) is given it by the real process). */
  async function onTerminal(argv: string[], columns: number): Promise<string> {
    let stderr = '';
    const ctx = {
      cwd: ROOT,
      env: { LANG: 'en_US.UTF-8' },
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => (stderr += s), isTTY: true, columns },
      now: () => new Date('2026-11-25T09:00:00'),
    };
    expect(await run(argv, ctx)).toBe(0);
    return stderr;
  }
  /** The notes, each on its first line (a wrapped note goes on indented two more), with the text they say. */
  const notes = (s: string) => s.split('\n').filter((l) => /^ {2}\S/.test(l)).map((l) => l.slice(0, 6));
  const said = (s: string) => s.replace(/\s+/g, '');

  it.each([60, 80, 120])('at %i columns, in both languages, the summary, warnings and hints fit and say what they said on one line', async (cols) => {
    for (const lang of ['zh', 'en']) {
      for (const argv of [['import', DOCX, '--lang', lang], ['import', SEED, '--period', '2026', '--lang', lang]]) {
        const flat = (await runCli(argv)).stderr;
        const out = await onTerminal(argv, cols);
        for (const l of out.split('\n')) expect(width(l), l).toBeLessThanOrEqual(cols);
        expect(said(out)).toBe(said(flat));
        if (cols === 60) expect(out.split('\n').length).toBeGreaterThan(flat.split('\n').length);
        expect(notes(out)).toEqual(notes(flat));
        // COLUMNS says the width as a terminal does.
        expect((await runCli(argv, { env: { COLUMNS: String(cols) } })).stderr).toBe(out);
      }
    }
    const summary = (await onTerminal(['import', DOCX, '--lang', 'zh'], cols)).split('\n').slice(0, 2);
    if (cols === 60) expect(summary).toEqual(['已导入 2 个部分、12 项事项、13 个单位、', '8 项指标(不超过 1、保持 7)']);
    else expect(summary[0]).toBe('已导入 2 个部分、12 项事项、13 个单位、8 项指标(不超过 1、保持 7)');
    const en = (await onTerminal(['import', DOCX, '--lang', 'en'], cols)).split('\n').slice(0, 2);
    if (cols === 60) expect(en).toEqual(['imported 2 sections, 12 items, 13 units,', '8 targets (at most 1, level 7)']);
    else expect(en[0]).toBe('imported 2 sections, 12 items, 13 units, 8 targets (at most 1, level 7)');
  });
});
