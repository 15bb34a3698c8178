import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, sampleText, tempPlans, type RunResult } from '../helpers.js';
import { makeZip } from '../zip.js';

/** `plan sheet export|import`: the Excel 填报表 round trip. */

const AS_OF = '2026-11-25';
const env = { PLAN_AS_OF: AS_OF };
const ZH = { ...env, LANG: 'zh_CN.UTF-8' };

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function leftovers(dir: string): string[] {
  return readdirSync(join(dir, 'plans')).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'));
}

/** Exports one unit's sheet into the temp folder and returns its path. */
async function exportSheet(dir: string, unit: string, e: Record<string, string> = ZH): Promise<string> {
  const r = await runCli(['sheet', 'export', '--dept', unit, '--out', 'sheets'], { cwd: dir, env: e });
  expect(r.stderr).toMatch(/wrote|已写入/);
  expect(r.code).toBe(0);
  const file = join(dir, 'sheets', `${unit}-2026-11填报表.xlsx`);
  expect(existsSync(file)).toBe(true);
  return file;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Columns of the data sheet, by letter: what a person fills in, and what they must leave. */
const C = { no: 'A', id: 'B', task: 'C', target: 'D', lead: 'E', units: 'F', due: 'G', expected: 'H', last: 'I', value: 'J', rate: 'K', note: 'L', problems: 'M', next: 'N', evidence: 'O' } as const;

/** The row number of a target id in the data sheet. */
function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(`B${r}`).value === id) return r;
  throw new Error(`no row for ${id}`);
}

/** The row of a footer field (填报单位, 填报人, 联系电话, 审核人（单位负责人）, 填报日期): its label in C, its value in D. */
function footerRow(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(`C${r}`).value === label) return r;
  throw new Error(`no footer line ${label}`);
}

type Fills = Record<string, Partial<Record<'value' | 'note' | 'problems' | 'next' | 'evidence' | 'id' | 'target', ExcelJS.CellValue>>>;

/** Sets the footer's 填报日期 and 填报人. */
function sign(ws: ExcelJS.Worksheet, footer: { date?: ExcelJS.CellValue; person?: ExcelJS.CellValue }): void {
  if (footer.date !== undefined) ws.getCell(`D${footerRow(ws, '填报日期')}`).value = footer.date;
  if (footer.person !== undefined) ws.getCell(`D${footerRow(ws, '填报人')}`).value = footer.person;
}

/** Fills a sheet the way a clerk does (programmatically), optionally edits it further, saves it as `out`. */
async function fill(src: string, out: string, fills: Fills, edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, write: Partial<ExcelJS.XlsxWriteOptions> = {}): Promise<string> {
  const wb = await open(src);
  const ws = wb.worksheets[0]!;
  for (const [id, cells] of Object.entries(fills)) {
    const r = rowOf(ws, id);
    for (const [k, v] of Object.entries(cells)) ws.getCell(`${C[k as keyof typeof C]}${r}`).value = v;
  }
  edit?.(ws, wb);
  await wb.xlsx.writeFile(out, write);
  return out;
}

function importSheets(dir: string, files: string[], extra: string[] = [], e: Record<string, string> = env): Promise<RunResult> {
  return runCli(['sheet', 'import', ...files, ...extra], { cwd: dir, env: e });
}

describe('plan sheet export', () => {
  it('writes one .xlsx for the unit: title, frozen header, locked and unlocked columns, validation, hidden fingerprint', async () => {
    const { dir } = tempPlans();
    const file = await exportSheet(dir, '法律工作部');
    const wb = await open(file);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['填报表', 'visible'],
      ['_plan', 'hidden'],
    ]);
    expect(wb.subject).toBe('union-2026');
    expect(wb.keywords).toMatch(/^plan-sheet\/2 union-2026 [0-9a-f]{16}$/);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('xx市总工会2026年工作要点 填报表');
    expect(ws.getCell('A2').text).toContain('填报单位：法律工作部');
    expect(ws.getCell('A2').text).toContain('数据截至：2026-11-25');
    expect(ws.getRow(3).values).toEqual([undefined, '序号', '编号', '工作任务', '目标', '牵头单位', '责任单位', '完成时限', '序时目标', '上次累计', '本次累计', '完成率', '进展情况', '存在问题', '下步计划', '佐证材料']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    // Protected without a password: no hash to remember, the locked cells stay put.
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');

    const ids = [];
    for (let r = 4; r <= 10; r++) ids.push(ws.getCell(`B${r}`).value);
    expect(ids).toEqual(['4', '5', '10.1', '10.2', '10.3', '11.1', '14']);
    const r101 = rowOf(ws, '10.1');
    expect([C.no, C.id, C.task, C.target, C.lead, C.units, C.due, C.last].map((c) => ws.getCell(`${c}${r101}`).value)).toEqual([3, '10.1', '市级和谐企业(累计)（10 着力构建和谐劳动关系）（牵头）', 800, '法律工作部', '女职工部', new Date('2026-12-31T00:00:00Z'), 690]);
    expect(ws.getCell(`${C.expected}${r101}`).value).toBeCloseTo(768.7, 1);
    // The target shows its unit, and stays a number the rate formula divides by.
    expect(ws.getCell(`${C.target}${r101}`).numFmt).toBe('#,##0.##"家"');
    expect(ws.getCell(`${C.rate}${r101}`).value).toEqual({ formula: `IF(J${r101}="","",J${r101}/D${r101})` });
    expect(ws.getCell(`${C.rate}${r101}`).numFmt).toBe('0.0%');
    // An item without targets: its title, the milestone in percent.
    expect(ws.getCell(`${C.task}${rowOf(ws, '14')}`).value).toBe('积极参与市域治理现代化');
    for (const c of [C.no, C.id, C.target, C.lead, C.rate]) expect(ws.getCell(`${c}${r101}`).protection?.locked ?? true).toBe(true);
    for (const c of [C.value, C.note, C.problems, C.next, C.evidence]) expect(ws.getCell(`${c}${r101}`).protection).toMatchObject({ locked: false });
    expect(ws.getCell(`${C.value}${r101}`).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(ws.getCell(`${C.value}${rowOf(ws, '14')}`).dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    // The footer: 填报单位 filled in, the others for the unit to fill; the date prefilled with the as-of date.
    const labels = ['填报单位', '填报人', '联系电话', '审核人（单位负责人）', '填报日期'];
    expect(labels.map((l) => footerRow(ws, l))).toEqual([12, 13, 14, 15, 16]);
    // The labels in the wide 工作任务 column, so 审核人（单位负责人） is whole; the values beside them, merged for room.
    expect(ws.getCell('C15').value).toBe('审核人（单位负责人）');
    expect(ws.getCell('D15').isMerged && ws.getCell('F15').isMerged).toBe(true);
    expect(ws.getCell(`${C.no}${r101}`).alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('D12').value).toBe('法律工作部');
    expect(ws.getCell('D12').protection?.locked ?? true).toBe(true);
    for (const r of [13, 14, 15, 16]) expect(ws.getCell(`D${r}`).protection).toMatchObject({ locked: false });
    expect(ws.getCell('D16').value).toEqual(new Date('2026-11-25T00:00:00Z'));
    expect(ws.getCell('D16').dataValidation).toMatchObject({ type: 'date', operator: 'between' });
    // Chinese text is twice as wide as its length: the columns are sized for it.
    expect(ws.getColumn(C.task).width).toBeGreaterThanOrEqual(20);
    expect(ws.getColumn(C.note).width).toBeGreaterThanOrEqual(30);

    const meta = wb.getWorksheet('_plan')!;
    const kv = new Map<string, unknown>();
    meta.eachRow((row) => kv.set(row.getCell(1).text, row.getCell(2).value));
    expect(kv.get('plan')).toBe('union-2026');
    expect(kv.get('unit')).toBe('法律工作部');
    expect(wb.keywords.endsWith(String(kv.get('fingerprint')))).toBe(true);
  });

  it('--all writes a sheet per unit, named after the unit and the month', async () => {
    const { dir } = tempPlans();
    const r = await runCli(['sheet', 'export', '--all', '--out', 'out', '--format', 'json'], { cwd: dir, env });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { files: { file: string; unit: string; rows: number }[] };
    expect(json.files).toHaveLength(15);
    expect(json.files[0]).toMatchObject({ file: 'out/办公室-2026-11填报表.xlsx', unit: '办公室', rows: 17 });
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(json.files.map((f) => f.file.slice(4)).sort());
  });

  it('the same plan and as-of date give the same bytes (the zip entries carry the as-of date, not the clock)', async () => {
    const { dir } = tempPlans();
    const first = readFileSync(await exportSheet(dir, '法律工作部'));
    const again = await runCli(['sheet', 'export', '--dept', '法律工作部', '--out', 'again.xlsx'], { cwd: dir, env: ZH });
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again.xlsx')).equals(first)).toBe(true);
  });

  it('an alias exports the unit under its registry name; --out FILE names the file', async () => {
    const { dir } = tempPlans();
    const r = await runCli(['sheet', 'export', '--dept', '服务中心', '--out', 'x.xlsx'], { cwd: dir, env });
    expect(r.code).toBe(0);
    const wb = await open(join(dir, 'x.xlsx'));
    expect(wb.worksheets[0]!.getCell('A2').text).toContain('Unit: 职工服务中心');
  });

  it.each([
    [['sheet', 'export'], /give --dept NAME for one unit or --all/],
    [['sheet', 'export', '--dept', '法律工作'], /did you mean 法律工作部/],
    [['sheet', 'export', '--all', '--out', 'all.xlsx'], /one .xlsx file holds one unit/],
  ])('usage errors: %j', async (argv, message) => {
    const { dir } = tempPlans();
    const r = await runCli(argv, { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('plan sheet import', () => {
  it('records the readings of all sheets, and the plan equals the one plan progress makes from the same readings', async () => {
    const { dir, file } = tempPlans();
    const econ = await exportSheet(dir, '经济工作部');
    const law = await exportSheet(dir, '法律工作部');
    const a = await fill(
      econ,
      join(dir, 'econ.xlsx'),
      {
        '5': { value: 70, note: '志愿服务队伍组建完成' },
        '7.2': { value: '18' },
        '7.3': { value: 36, note: '更正：三季度多报1场' },
        '7.4': { value: 1300, note: '四季度', problems: '场地不足', next: '十二月办市级决赛', evidence: 'docs/7.4-四季度.pdf' },
      },
      (ws) => sign(ws, { date: new Date('2026-11-20T00:00:00Z'), person: '李四' }),
    );
    const b = await fill(law, join(dir, 'law.xlsx'), { '10.1': { value: 750, note: '三季度' }, '14': { value: 40, note: '网格化管理试点' } });
    const r = await importSheets(dir, [a, b], [], ZH);
    expect(r.stderr).toBe(`已录入 6 条到 plans/union-2026.yaml\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('经济工作部（econ.xlsx）：录入 4 条，未填报 7 行');
    expect(r.stdout).toContain('7.4 各级技能竞赛活动:1150场次 → 1300场次');
    expect(r.stdout).toContain('法律工作部（law.xlsx）：录入 2 条，未填报 5 行');
    expect(r.stdout).toContain('未填报：4、5、10.2、10.3、11.1');

    const { dir: dir2, file: file2 } = tempPlans();
    const runs = [
      ['5', '--percent', '70', '--note', '志愿服务队伍组建完成', '--date', '2026-11-20', '--by', '经济工作部', '--person', '李四'],
      ['7.2', '--value', '18', '--date', '2026-11-20', '--by', '经济工作部', '--person', '李四'],
      ['7.3', '--value', '36', '--note', '更正：三季度多报1场', '--correction', '--date', '2026-11-20', '--by', '经济工作部', '--person', '李四'],
      ['7.4', '--value', '1300', '--note', '四季度', '--problems', '场地不足', '--next', '十二月办市级决赛', '--evidence', 'docs/7.4-四季度.pdf', '--date', '2026-11-20', '--by', '经济工作部', '--person', '李四'],
      ['10.1', '--value', '750', '--note', '三季度', '--by', '法律工作部'],
      ['14', '--percent', '40', '--note', '网格化管理试点', '--by', '法律工作部'],
    ];
    for (const args of runs) {
      const p = await runCli(['progress', ...args], { cwd: dir2, env });
      expect(p.stderr, args.join(' ')).toMatch(/recorded in/);
    }
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(file2, 'utf8'));
    expect(readFileSync(file, 'utf8')).not.toBe(sampleText());
    expect(leftovers(dir)).toEqual([]);
  });

  it('a sheet with some rows filled records those and lists the rest as 未填报 (json)', async () => {
    const { dir } = tempPlans();
    const law = await exportSheet(dir, '法律工作部');
    const a = await fill(law, join(dir, 'a.xlsx'), { '10.1': { value: 720 } });
    const r = await importSheets(dir, [a], ['--format', 'json']);
    expect(r.code).toBe(0);
    interface Json {
      sheets: { unit: string; recorded: { target: unknown }[]; empty: { row: number; id: string; item: string; metric: string }[] }[];
    }
    const json = JSON.parse(r.stdout) as Json;
    expect(json).toMatchObject({ plan: 'union-2026', as_of: AS_OF, written: true });
    expect(json.sheets).toHaveLength(1);
    const s = json.sheets[0]!;
    expect(s.unit).toBe('法律工作部');
    expect(s.recorded).toEqual([
      expect.objectContaining({ row: 6, id: '10.1', item: '10', reading: { date: AS_OF, value: 720, by: '法律工作部' }, before: { actual: 690, status: 'behind' } }),
    ]);
    expect(s.recorded[0]!.target).toMatchObject({ id: '10.1', actual: 720, last_reading: AS_OF, stale: false });
    expect(s.empty.map((x) => x.id)).toEqual(['4', '5', '10.2', '10.3', '11.1', '14']);
    expect(s.empty[0]).toEqual({ row: 4, id: '4', item: '4', metric: '强化线上宣传引导' });
  });

  it('--dry-run checks and prints, writes nothing', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const law = await exportSheet(dir, '法律工作部');
    const a = await fill(law, join(dir, 'a.xlsx'), { '10.1': { value: 720 } });
    const r = await importSheets(dir, [a], ['--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('10.1 市级和谐企业(累计): 690家 → 720家');
    expect(r.stderr).toBe('dry run: 1 reading checked, plans/union-2026.yaml not changed\n');
    expect(sha(file)).toBe(before);
  });

  it('importing the same sheet twice records its readings once', async () => {
    const { dir, file } = tempPlans();
    const law = await exportSheet(dir, '法律工作部');
    const a = await fill(law, join(dir, 'a.xlsx'), { '10.1': { value: 720 }, '14': { value: 30, note: '试点推进中' } });
    expect((await importSheets(dir, [a])).code).toBe(0);
    const once = sha(file);
    const r = await importSheets(dir, [a]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('already recorded, not added again: 10.1, 14');
    expect(r.stderr).toBe('no row was filled in: nothing to record\n');
    expect(sha(file)).toBe(once);
  });

  it('cells as other programs save them: numbers as text, serial and text dates, rich text, percent formats, inline strings', async () => {
    const { dir, file } = tempPlans();
    const econ = await exportSheet(dir, '经济工作部');
    const a = await fill(
      econ,
      join(dir, 'a.xlsx'),
      {
        '5': { value: 0.8, note: '八成' },
        '7.1': { value: '１２' },
        '7.2': { value: { richText: [{ text: '1' }, { font: { bold: true }, text: '6' }] }, note: { richText: [{ text: '新增' }, { text: '4家' }] } },
        '7.4': { value: ' 1,300 ' },
        '8.1': { value: { formula: '2+3', result: 5 } },
      },
      (ws) => {
        // exceljs shares style objects between cells: give these cells their own.
        const v = ws.getCell(`${C.value}${rowOf(ws, '5')}`);
        v.style = { ...v.style, numFmt: '0%' };
        // The footer's date as a serial number in a General cell; the person as a link.
        sign(ws, { date: 46346, person: { text: '王五', hyperlink: 'mailto:w@example.org' } });
        const d = ws.getCell(`D${footerRow(ws, '填报日期')}`);
        d.style = { ...d.style, numFmt: 'General' };
      },
      { useSharedStrings: false },
    );
    const r = await importSheets(dir, [a], ['--format', 'json']);
    expect(r.stderr, r.stdout).toMatch(/recorded 5 readings/);
    expect(r.code).toBe(0);
    const readings = (JSON.parse(r.stdout).sheets[0].recorded as { id: string; reading: unknown }[]).map((x) => [x.id, x.reading]);
    expect(readings).toEqual([
      ['5', { date: '2026-11-20', value: 80, by: '经济工作部', person: '王五', note: '八成', recorded: AS_OF }],
      ['7.1', { date: '2026-11-20', value: 12, by: '经济工作部', person: '王五', recorded: AS_OF }],
      ['7.2', { date: '2026-11-20', value: 16, by: '经济工作部', person: '王五', note: '新增4家', recorded: AS_OF }],
      ['7.4', { date: '2026-11-20', value: 1300, by: '经济工作部', person: '王五', recorded: AS_OF }],
      ['8.1', { date: '2026-11-20', value: 5, by: '经济工作部', person: '王五', recorded: AS_OF }],
    ]);
    expect(readFileSync(file, 'utf8')).toContain('- { date: 2026-11-20, value: 1300, by: 经济工作部, person: 王五, recorded: 2026-11-25 }');
  });

  it('a workbook in the 1904 date system (old Mac Excel): serial dates are read in it', async () => {
    const { dir } = tempPlans();
    const law = await exportSheet(dir, '法律工作部');
    const a = await fill(law, join(dir, 'a.xlsx'), { '10.1': { value: 720 } }, (ws, wb) => {
      wb.properties.date1904 = true;
      sign(ws, { date: 46346 - 1462 });
      const d = ws.getCell(`D${footerRow(ws, '填报日期')}`);
      d.style = { ...d.style, numFmt: 'General' };
    });
    const r = await importSheets(dir, [a], ['--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0].recorded[0].reading).toEqual({ date: '2026-11-20', value: 720, by: '法律工作部', recorded: AS_OF });
  });

  const refusals: [string, Fills, ((ws: ExcelJS.Worksheet) => void) | undefined, RegExp][] = [
    ['a wrong id', { '10.1': { value: 720 }, '10.2': { id: '10.9' } }, undefined, /^a\.xlsx row 7: the ID was changed to 10\.9; this row was exported as 10\.2$/m],
    ['a changed target', { '10.1': { value: 720, target: 700 } }, undefined, /^a\.xlsx row 6: 10\.1: the column Target was changed \(800 → 700\)/m],
    [
      'an added row',
      { '10.1': { value: 720 } },
      (ws) => {
        ws.getRow(11).values = [8, '15.1', '新指标', 10, '办公室', null, '2026-12-31', null, null, 5];
      },
      /^a\.xlsx row 11: a row was added \(15\.1\); rows are filled in, never added or removed$/m,
    ],
    ['a removed row', { '10.1': { value: 720 } }, (ws) => ws.spliceRows(5, 1), /^a\.xlsx row 5: the row of 5 was removed/m],
    ['text in a number cell', { '10.1': { value: '七百二' } }, undefined, /^a\.xlsx row 6: Total now must be a number \(e\.g\. 1200 or 1,200\); got "七百二"$/m],
    ['a decrease without a note', { '10.1': { value: 600 } }, undefined, /^a\.xlsx row 6: value 600 is lower than 690 reported on 2026-06-30; a cumulative count cannot fall/m],
    ['a percent over 100 for a milestone', { '14': { value: 120, note: '超额' } }, undefined, /^a\.xlsx row 10: a milestone is reported as percent done, 0–100; got 120$/m],
    ['an item without a number and no progress in words', { '14': { value: 50 } }, undefined, /^a\.xlsx row 10: an item without a number is reported in words: fill in Progress$/m],
    ['a date that is no date', { '10.1': { value: 720 } }, (ws) => sign(ws, { date: '下周一' }), /^a\.xlsx row 6: Date must be a date YYYY-MM-DD; got "下周一"$/m],
  ];

  it.each(refusals)('refuses %s: the row named, nothing written', async (_what, fills, edit, message) => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const law = await exportSheet(dir, '法律工作部');
    const a = await fill(law, join(dir, 'a.xlsx'), fills, edit);
    const r = await importSheets(dir, ['a.xlsx']);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^plan: nothing was recorded: (1 problem|([2-9]|\d\d+) problems);/);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(sha(file)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
    expect(a).toBe(join(dir, 'a.xlsx'));
  });

  it('refuses a sheet from another plan', async () => {
    const other = tempPlans(sampleText().replace('id: union-2026', 'id: union-2025'));
    const sheet = await exportSheet(other.dir, '法律工作部');
    const { dir, file } = tempPlans();
    const before = sha(file);
    const a = await fill(sheet, join(dir, 'a.xlsx'), { '10.1': { value: 720 } });
    const r = await importSheets(dir, [a], [], ZH);
    expect(r.stderr).toBe('a.xlsx: 此表属于计划 union-2025，不是 union-2026\nplan: 未录入任何数据：发现 1 个问题，请修正填报表后重新导入\n');
    expect(r.code).toBe(1);
    expect(sha(file)).toBe(before);
  });

  it('refuses a sheet whose targets changed in the plan since the export', async () => {
    const { dir, file } = tempPlans();
    const law = await exportSheet(dir, '法律工作部');
    const a = await fill(law, join(dir, 'a.xlsx'), { '10.1': { value: 720 } });
    writeFileSync(file, sampleText().replace('            target: 800\n', '            target: 850\n'));
    const before = sha(file);
    const r = await importSheets(dir, [a]);
    expect(r.stderr).toMatch(/^a\.xlsx row 6: 10\.1: the Target changed in the plan since the sheet was exported \(800 → 850\): export a new sheet$/m);
    expect(r.code).toBe(1);
    expect(sha(file)).toBe(before);
  });

  it('all or nothing: one bad row in one of two sheets, and neither is recorded; every problem listed', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const law = await exportSheet(dir, '法律工作部');
    const econ = await exportSheet(dir, '经济工作部');
    const good = await fill(econ, join(dir, 'good.xlsx'), { '7.4': { value: 1300 } });
    await fill(law, join(dir, 'bad.xlsx'), { '10.1': { value: 'abc' }, '11.1': { value: -2 }, '14': { value: 100 } });
    writeFileSync(join(dir, 'notes.xlsx'), 'not a workbook');
    const r = await importSheets(dir, ['good.xlsx', 'bad.xlsx', 'notes.xlsx'], [], ZH);
    expect(r.stderr.split('\n')).toEqual([
      'bad.xlsx 第6行: 本次累计须为数字（如 1200 或 1,200），实为“abc”',
      'bad.xlsx 第9行: 本次累计不能为负数，实为 -2',
      'bad.xlsx 第10行: 此事项没有量化指标，请在进展情况中写明进展',
      'notes.xlsx: 不是可读取的 .xlsx 工作簿（not a zip file）；请另存为 Excel 工作簿（.xlsx）后重试',
      'plan: 未录入任何数据：发现 4 个问题，请修正填报表后重新导入',
      '',
    ]);
    expect(r.code).toBe(1);
    expect(sha(file)).toBe(before);
    expect(good).toContain('good.xlsx');
  });

  it.each(['honest', 'lying'])('refuses a zip bomb (%s sizes in its headers) before unpacking it: one line, nothing written', async (headers) => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    // 200 MB of zeros deflate to about 200 KB: far under the 20 MB file limit, far over any report form.
    writeFileSync(join(dir, 'bomb.xlsx'), makeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024), ...(headers === 'lying' ? { size: 100 } : {}) }]));
    const r = await importSheets(dir, ['bomb.xlsx']);
    expect(r.stderr.split('\n')[0]).toBe('bomb.xlsx: xl/worksheets/sheet1.xml in the file unpacks to more than 8 MB (a zip bomb?); it was not read');
    expect(r.code).toBe(1);
    expect(sha(file)).toBe(before);
  });

  it('problems as JSON with --format json, exit 1', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const law = await exportSheet(dir, '法律工作部');
    await fill(law, join(dir, 'a.xlsx'), { '10.1': { value: 'x' } });
    const r = await importSheets(dir, ['a.xlsx', 'missing.xlsx'], ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      schema: 1,
      plan: 'union-2026',
      as_of: AS_OF,
      file: 'plans/union-2026.yaml',
      written: false,
      problems: [
        { file: 'a.xlsx', row: 6, message: 'Total now must be a number (e.g. 1200 or 1,200); got "x"' },
        { file: 'missing.xlsx', row: null, message: 'cannot read the file (no such file)' },
      ],
    });
    expect(sha(file)).toBe(before);
  });

  it('picks the plan the sheets belong to when the folder holds several', async () => {
    const { dir, file } = tempPlans();
    writeFileSync(join(dir, 'plans', 'other.yaml'), sampleText().replace('id: union-2026', 'id: other-2026'));
    const r0 = await runCli(['sheet', 'export', '--dept', '法律工作部', '--plan', 'union-2026', '--out', 'sheets'], { cwd: dir, env });
    expect(r0.code).toBe(0);
    const a = await fill(join(dir, 'sheets', '法律工作部-2026-11填报表.xlsx'), join(dir, 'a.xlsx'), { '10.1': { value: 720 } });
    const r = await importSheets(dir, [a]);
    expect(r.stderr).toBe('recorded 1 reading in plans/union-2026.yaml\n');
    expect(readFileSync(file, 'utf8')).toContain('value: 720');
  });
});

describe('plan sheet: text rows, the units\u2019 reasons, and who reports a figure', () => {
  it('a filled 填报表 with text-only rows and 存在问题 imports, and the next bulletin quotes those reasons', async () => {
    const { dir, file } = tempPlans();
    const law = await exportSheet(dir, '法律工作部');
    const women = await exportSheet(dir, '女职工部');
    // The lead unit gives a figure with its reason; an item without a number gets words only.
    const a = await fill(
      law,
      join(dir, 'law.xlsx'),
      {
        '10.1': { value: 700, note: '第七批创建评审中', problems: '部分企业申报材料不全，评审推迟' },
        '11.1': { problems: '法院系统场地协调未落实', next: '十二月与市中院会商' },
        '14': { note: '网格化管理模式在两个街道试点', problems: '基层工会人手不足' },
      },
      (ws) => sign(ws, { person: '张三', date: new Date('2026-11-20T00:00:00Z') }),
    );
    // A co-unit reports on a target it joins in words alone.
    const b = await fill(women, join(dir, 'women.xlsx'), { '10.3': { note: '配合开展女职工专项集体合同签订', problems: '部分企业尚未建立女职工委员会' } }, (ws) => sign(ws, { person: '李梅' }));
    // The summary shows a text report by its words, the figure as it was.
    const dry = await importSheets(dir, [a, b], ['--dry-run']);
    expect(dry.stdout).toMatch(/^ {2}11\.1 [^\n]*: in words "法院系统场地协调未落实" /m);
    expect(dry.stdout).toMatch(/^ {2}10\.1 [^\n]*→ 700家/m);
    const r = await importSheets(dir, [a, b], ['--format', 'json']);
    expect(r.stderr).toBe('recorded 4 readings in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('- { date: 2026-11-20, by: 法律工作部, person: 张三, problems: 法院系统场地协调未落实, next: 十二月与市中院会商, recorded: 2026-11-25 }');
    expect(text).toContain('- { date: 2026-11-25, by: 女职工部, person: 李梅, note: 配合开展女职工专项集体合同签订, problems: 部分企业尚未建立女职工委员会 }');
    expect((await runCli(['validate', '--as-of', AS_OF], { cwd: dir, env })).code).toBe(0);

    const md = (await runCli(['report', '--as-of', AS_OF], { cwd: dir, env: { LANG: undefined } })).stdout;
    expect(md).toMatch(/10\.1“市级和谐企业\(累计\)”（牵头单位：法律工作部；责任单位：女职工部）：完成700家，[^\n]*。单位反映：部分企业申报材料不全，评审推迟。/);
    expect(md).toMatch(/11\.1“法院系统工会工作室”[^\n]*：至今未报送进展。单位反映：法院系统场地协调未落实。/);
    expect(md).toMatch(/第14项“积极参与市域治理现代化”[^\n]*单位反映：基层工会人手不足。/);
    expect(md).toMatch(/10\.3“工资专项集体合同签订率”[^\n]*单位反映：部分企业尚未建立女职工委员会。/);
    // The text reports count as reporting: 11.1 and 14 are no longer 未报送 in 附件2.
    const annex = md.split('## 附件2')[1]!;
    expect(annex).toMatch(/\| 11\.1 \|[^\n]*\| 2026年11月20日 \|/);
  });

  it('two units, one target, one day, two different figures: refused with both named, nothing written', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const econ = await exportSheet(dir, '经济工作部');
    const office = await exportSheet(dir, '办公室');
    const a = await fill(econ, join(dir, 'a.xlsx'), { '7.2': { value: 14 } });
    const b = await fill(office, join(dir, 'b.xlsx'), { '7.2': { value: 15 } });
    const r = await importSheets(dir, [a, b]);
    expect(r.stderr).toMatch(/^b\.xlsx row \d+: 7\.2 on 2026-11-25: 经济工作部 reported 14, 办公室 reports 15; two figures for one day are refused/m);
    expect(r.code).toBe(1);
    expect(sha(file)).toBe(before);
  });
});
