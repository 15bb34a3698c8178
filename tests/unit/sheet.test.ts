import { describe, expect, it } from 'vitest';
import type { PlanFile } from '../../src/core/model.js';
import { normalizeDate } from '../../src/core/dates.js';
import { PlanModel } from '../../src/core/plan.js';
import {
  align,
  checkSheets,
  col,
  fingerprint,
  problemText,
  serialDate,
  sheetData,
  sheetFileName,
  type GridRow,
  type RowKey,
  type SheetCell,
  type SheetGrid,
} from '../../src/core/sheet.js';
import { sheetLayout, type LayoutCell } from '../../src/render/sheet.js';
import { readCell } from '../../src/store/xlsx.js';
import { analyzePlan } from '../../src/yaml/analyze.js';
import { sampleText } from '../helpers.js';

/** The Excel 填报表 without the file format: rows, fingerprint, cells read back, checks. */

const AS_OF = '2026-11-25';
const model = () => new PlanModel(analyzePlan(sampleText()).data as PlanFile);

/** The grid `plan sheet export` would write for a unit, as a reader hands it back (no xlsx involved). */
function exported(m: PlanModel, unit: string, asOf = AS_OF): SheetGrid {
  const layout = sheetLayout(sheetData(m, unit, asOf), 'zh');
  const toCell = (v: LayoutCell): SheetCell =>
    v === undefined ? { type: 'empty' } : typeof v === 'number' ? { type: 'number', value: v, percent: false } : typeof v === 'string' ? { type: 'text', text: v } : 'date' in v ? { type: 'date', date: v.date } : { type: 'empty' };
  const footer = layout.footer.map((f, k): GridRow => {
    const cells: SheetCell[] = Array.from({ length: layout.footerCol + 2 }, () => ({ type: 'empty' }));
    cells[layout.footerCol] = { type: 'text', text: f.label };
    cells[layout.footerCol + 1] = toCell(f.value);
    return { row: layout.footerRow + k, cells };
  });
  const rows: GridRow[] = [
    { row: 1, cells: [{ type: 'text', text: layout.title }] },
    { row: 2, cells: [{ type: 'text', text: layout.subtitle }] },
    { row: 3, cells: layout.headers.map((h) => ({ type: 'text', text: h })) },
    ...layout.rows.map((r, i) => ({ row: 4 + i, cells: r.cells.map(toCell) })),
    ...footer,
  ];
  return { rows, meta: layout.meta, keywords: layout.properties.keywords, date1904: false };
}

/** The data row of a target id in a grid. */
function rowOf(grid: SheetGrid, id: string): GridRow {
  const r = grid.rows.find((x) => x.row > 3 && x.cells[col('id')]?.type === 'text' && (x.cells[col('id')] as { text: string }).text === id);
  expect(r, `row of ${id}`).toBeDefined();
  return r!;
}

type Fill = Partial<Record<'value' | 'note' | 'problems' | 'next' | 'evidence' | 'date' | 'person', SheetCell>>;

/** Fills a row; `date` and `person` go into the footer (填报日期, 填报人), as the sheet has them. */
function fill(grid: SheetGrid, id: string, cells: Fill): void {
  const r = rowOf(grid, id);
  for (const [k, v] of Object.entries(cells)) {
    if (k === 'date' || k === 'person') {
      const label = k === 'date' ? '填报日期' : '填报人';
      const f = grid.rows.find((x) => x.cells[col('task')]?.type === 'text' && (x.cells[col('task')] as { text: string }).text === label)!;
      f.cells[col('task') + 1] = v;
    } else r.cells[col(k as 'value')] = v;
  }
}

const num = (value: number, percent = false): SheetCell => ({ type: 'number', value, percent });
const text = (s: string): SheetCell => ({ type: 'text', text: s });

describe('rows of a unit', () => {
  it('one row per target of the items the unit leads or joins; items without targets as milestones', () => {
    const data = sheetData(model(), '法律工作部', AS_OF);
    expect(data.rows.map((r) => [r.id, r.item, r.kind, r.role])).toEqual([
      ['4', '4', 'milestone', 'joined'],
      ['5', '5', 'milestone', 'joined'],
      ['10.1', '10', 'at_least', 'lead'],
      ['10.2', '10', 'level', 'lead'],
      ['10.3', '10', 'level', 'lead'],
      ['11.1', '11', 'at_least', 'lead'],
      ['14', '14', 'milestone', 'joined'],
    ]);
    const r101 = data.rows[2]!;
    expect(r101).toMatchObject({ target: 800, unit: '家', due: '2026-12-31', last: { date: '2026-06-30', value: 690 }, status: 'behind', stale: true });
    expect(r101.expected).toBeCloseTo(768.7, 1);
  });

  it('an alias names the same unit (服务中心 = 职工服务中心)', () => {
    const m = model();
    expect(sheetData(m, '职工服务中心', AS_OF).rows.map((r) => r.id)).toEqual(sheetData(m, '服务中心', AS_OF).rows.map((r) => r.id));
  });

  it.each([
    ['法律工作部', '2026-11-25', '法律工作部-2026-11填报表.xlsx'],
    ['组织与基层工作部', '2026-01-05', '组织与基层工作部-2026-01填报表.xlsx'],
    ['a/b:c', '2026-03-31', 'a_b_c-2026-03填报表.xlsx'],
    ['..', '2026-03-31', '_-2026-03填报表.xlsx'],
    // Bidi and zero-width controls are dropped (U+202E would show xslx.… reversed), C1 controls and lone surrogates too.
    ['法律\u202e工作部\u200b', '2026-11-25', '法律工作部-2026-11填报表.xlsx'],
    ['工会\x85\ud800办', '2026-11-25', '工会_办-2026-11填报表.xlsx'],
  ])('file name of %s as of %s: %s', (unit, asOf, name) => {
    expect(sheetFileName(unit, asOf)).toBe(name);
  });
});

describe('fingerprint', () => {
  const keys: RowKey[] = [
    { id: '10.1', item: '10', kind: 'at_least', target: 800, unit: '家', due: '2026-12-31' },
    { id: '14', item: '14', kind: 'milestone', target: 100, unit: '%', due: '2026-12-31' },
  ];
  const base = fingerprint('union-2026', '法律工作部', keys);

  it('is 16 hex digits and the same for the same input', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('union-2026', '法律工作部', structuredClone(keys))).toBe(base);
  });

  it.each([
    ['another plan', () => fingerprint('union-2027', '法律工作部', keys)],
    ['another unit', () => fingerprint('union-2026', '女职工部', keys)],
    ['a target id', () => fingerprint('union-2026', '法律工作部', [{ ...keys[0]!, id: '10.9' }, keys[1]!])],
    ['a kind', () => fingerprint('union-2026', '法律工作部', [{ ...keys[0]!, kind: 'level' }, keys[1]!])],
    ['a target value', () => fingerprint('union-2026', '法律工作部', [{ ...keys[0]!, target: 801 }, keys[1]!])],
    ['a unit of measure', () => fingerprint('union-2026', '法律工作部', [{ ...keys[0]!, unit: '个' }, keys[1]!])],
    ['a due date', () => fingerprint('union-2026', '法律工作部', [{ ...keys[0]!, due: '2026-06-30' }, keys[1]!])],
    ['a row removed', () => fingerprint('union-2026', '法律工作部', [keys[0]!])],
    ['the order', () => fingerprint('union-2026', '法律工作部', [keys[1]!, keys[0]!])],
  ])('changes with %s', (_what, other) => {
    expect(other()).not.toBe(base);
  });
});

describe('cells as Excel, WPS and LibreOffice save them', () => {
  it.each<[string, unknown, string | undefined, SheetCell]>([
    ['a number', 1200, undefined, num(1200)],
    ['a number in a percent format (80% typed into a cell)', 0.8, '0%', num(0.8, true)],
    ['a number with a quoted % in its format', 5, '0"%"', num(5)],
    ['text (a shared or inline string)', ' 1,200 ', undefined, text('1,200')],
    ['an empty string', '  ', undefined, { type: 'empty' }],
    ['no value', null, undefined, { type: 'empty' }],
    ['rich text runs', { richText: [{ text: '12' }, { font: { bold: true }, text: '00' }] }, undefined, text('1200')],
    ['a formula with its cached result', { formula: 'A1+1', result: 1201 }, undefined, num(1201)],
    ['a shared formula', { sharedFormula: 'L4', result: 7 }, undefined, num(7)],
    ['a formula whose result is a date', { formula: 'TODAY()', result: new Date(Date.UTC(2026, 10, 25)) }, undefined, { type: 'date', date: '2026-11-25' }],
    ['a hyperlink', { text: '张三', hyperlink: 'mailto:z@example.org' }, undefined, text('张三')],
    ['an error value', { error: '#VALUE!' }, undefined, { type: 'error', text: '#VALUE!' }],
    ['a JS Date at UTC midnight', new Date(Date.UTC(2026, 10, 25)), 'yyyy-mm-dd', { type: 'date', date: '2026-11-25' }],
    ['a Date a hair short of midnight', new Date(Date.UTC(2026, 10, 25) - 1), 'yyyy-mm-dd', { type: 'date', date: '2026-11-25' }],
    ['a boolean', true, undefined, { type: 'bool', value: true }],
  ])('%s', (_what, value, numFmt, want) => {
    expect(readCell(value, { numFmt })).toEqual(want);
  });

  it.each([
    ['2026-11-25', '2026-11-25'],
    ['2026/11/5', '2026-11-05'],
    ['2026.11.05', '2026-11-05'],
    ['2026年11月5日', '2026-11-05'],
    ['２０２６年１１月５日', '2026-11-05'],
    ['2026-11-25 00:00:00', '2026-11-25'],
    ['2026-11-25T00:00:00Z', '2026-11-25'],
    ['2026-02-30', undefined],
    ['11/25/2026', undefined],
    ['十一月', undefined],
  ])('date text %s → %s', (raw, want) => {
    expect(normalizeDate(raw)).toBe(want);
  });

  it('Excel serial day numbers, in the 1900 and the 1904 date systems', () => {
    expect(serialDate(46351)).toBe('2026-11-25');
    expect(serialDate(46023)).toBe('2026-01-01');
    expect(serialDate(46351.75)).toBe('2026-11-25');
    expect(serialDate(44889, true)).toBe('2026-11-25');
    expect(serialDate(0)).toBeUndefined();
    expect(serialDate(1e9)).toBeUndefined();
  });
});

describe('lining the sheet rows up with the exported ones', () => {
  const kinds = (a: string[], b: string[]) => align(a, b).map((s) => s.kind);
  it.each([
    ['unchanged', ['1', '2', '3'], ['1', '2', '3'], ['match', 'match', 'match']],
    ['a row removed', ['1', '3'], ['1', '2', '3'], ['match', 'removed', 'match']],
    ['a row added', ['1', '2', 'x', '3'], ['1', '2', '3'], ['match', 'match', 'added', 'match']],
    ['an id changed', ['1', '9', '3'], ['1', '2', '3'], ['match', 'changed', 'match']],
    ['a row added at the end', ['1', '2', '3', ''], ['1', '2', '3'], ['match', 'match', 'match', 'added']],
  ])('%s', (_what, a, b, want) => {
    expect(kinds(a, b)).toEqual(want);
  });
});

describe('checking filled sheets', () => {
  it('filled rows become readings; empty rows are listed as 未填报', () => {
    const m = model();
    const grid = exported(m, '法律工作部');
    fill(grid, '10.1', { value: num(750), note: text('三季度') });
    fill(grid, '14', { value: num(40), note: text('已完成四成'), person: text('张三') });
    const { sheets, problems } = checkSheets(m, [{ file: 'a.xlsx', grid }], AS_OF);
    expect(problems).toEqual([]);
    expect(sheets[0]!.unit).toBe('法律工作部');
    expect(sheets[0]!.readings.map((r) => [r.row, r.target.id, r.reading])).toEqual([
      [6, '10.1', { date: AS_OF, value: 750, by: '法律工作部', person: '张三', note: '三季度' }],
      [10, '14', { date: AS_OF, value: 40, by: '法律工作部', person: '张三', note: '已完成四成' }],
    ]);
    expect(sheets[0]!.empty.map((r) => r.target.id)).toEqual(['4', '5', '10.2', '10.3', '11.1']);
  });

  it('reads the footer in the 工作任务 column, and in the 编号 column where sheets exported before had it', () => {
    const m = model();
    for (const where of ['task', 'id'] as const) {
      const grid = exported(m, '法律工作部');
      if (where === 'id') {
        // The earlier layout: labels in 编号, values beside them in 工作任务.
        for (const r of grid.rows.filter((x) => x.row > 11)) {
          r.cells[col('id')] = r.cells[col('task')]!;
          r.cells[col('task')] = r.cells[col('task') + 1]!;
          r.cells[col('task') + 1] = { type: 'empty' };
        }
        const f = grid.rows.find((x) => x.row > 11 && (x.cells[col('id')] as { text?: string } | undefined)?.text === '填报人')!;
        f.cells[col('task')] = text('李四');
      } else fill(grid, '10.1', { person: text('李四') });
      fill(grid, '10.1', { value: num(750) });
      const { sheets, problems } = checkSheets(m, [{ file: 'a.xlsx', grid }], AS_OF);
      expect(problems, where).toEqual([]);
      expect(sheets[0]!.readings.map((r) => r.reading), where).toEqual([{ date: AS_OF, value: 750, by: '法律工作部', person: '李四' }]);
    }
  });

  it.each<[string, SheetCell, SheetCell, number, string]>([
    ['a number stored as text', text('1,200'), { type: 'empty' }, 1200, AS_OF],
    ['full-width digits', text('１２００'), { type: 'empty' }, 1200, AS_OF],
    ['a date as a serial number', num(1200), num(46326), 1200, '2026-10-31'],
    ['a date as text with slashes', num(1200), text('2026/10/31'), 1200, '2026-10-31'],
    ['a date as a Chinese date', num(1200), text('2026年10月31日'), 1200, '2026-10-31'],
    ['a date cell', num(1200), { type: 'date', date: '2026-10-31' }, 1200, '2026-10-31'],
    ['an emptied date (the as-of date)', num(1200), { type: 'empty' }, 1200, AS_OF],
  ])('%s', (_what, value, date, want, wantDate) => {
    const m = model();
    const grid = exported(m, '经济工作部');
    fill(grid, '7.4', { value, date });
    const { sheets, problems } = checkSheets(m, [{ file: 'a.xlsx', grid }], AS_OF);
    expect(problems).toEqual([]);
    // Entered on the as-of date: `recorded` says so when the row is dated earlier.
    expect(sheets[0]!.readings.map((r) => r.reading)).toEqual([{ date: wantDate, value: want, by: '经济工作部', ...(wantDate === AS_OF ? {} : { recorded: AS_OF }) }]);
  });

  it.each<[string, SheetCell, number]>([
    ['a percent as a number', num(80), 80],
    ['a percent typed as 80% (0.8 in a percent format)', num(0.8, true), 80],
    ['a percent as text 80%', text('80%'), 80],
    ['a percent as text with a full-width sign', text('80％'), 80],
  ])('milestone: %s', (_what, value, want) => {
    const m = model();
    const grid = exported(m, '法律工作部');
    fill(grid, '14', { value, note: text('推进中') });
    const { sheets, problems } = checkSheets(m, [{ file: 'a.xlsx', grid }], AS_OF);
    expect(problems).toEqual([]);
    expect(sheets[0]!.readings[0]!.reading.value).toBe(want);
  });

  it.each<[string, Fill, RegExp]>([
    ['text in the number cell', { value: text('一千二') }, /a\.xlsx row 9: Total now must be a number .*"一千二"/],
    ['a negative number', { value: num(-5) }, /row 9: Total now must not be negative; got -5/],
    ['an error value', { value: { type: 'error', text: '#DIV/0!' } }, /row 9: the Total now cell holds an error \(#DIV\/0!\)/],
    ['a decrease without a note', { value: num(1000) }, /row 9: value 1000 is lower than 1150 reported on 2026-09-30; .*start the note with "correction"/],
    ['a decrease with a note that is not a correction', { value: num(1000), note: text('三季度') }, /row 9: value 1000 is lower than 1150/],
    ['a date after the as-of date', { value: num(1200), date: text('2026-12-01') }, /row 9: date 2026-12-01 is after the as-of date 2026-11-25/],
    ['a date before the latest reading', { value: num(1200), date: text('2026-09-01') }, /row 9: date 2026-09-01 is before the latest reading of 7.4 \(2026-09-30\)/],
    ['a date outside the period', { value: num(1200), date: text('2025-12-31') }, /row 9: date 2025-12-31 is outside the plan period/],
    ['a date that is no date', { value: num(1200), date: text('下周') }, /row 9: Date must be a date YYYY-MM-DD; got "下周"/],
  ])('refused: %s', (_what, cells, message) => {
    const m = model();
    const grid = exported(m, '经济工作部');
    fill(grid, '7.4', cells);
    const { problems } = checkSheets(m, [{ file: 'a.xlsx', grid }], AS_OF);
    expect(problems.map((p) => problemText(p, 'en'))).toEqual([expect.stringMatching(message)]);
  });

  it('a decrease whose note starts with 更正 (or correction) is a correction', () => {
    const m = model();
    const grid = exported(m, '经济工作部');
    fill(grid, '7.4', { value: num(1100), note: text('更正：三季度重复统计50场') });
    fill(grid, '7.3', { value: num(40), note: text('更正 is not needed: no decrease') });
    const { sheets, problems } = checkSheets(m, [{ file: 'a.xlsx', grid }], AS_OF);
    expect(problems).toEqual([]);
    expect(sheets[0]!.readings.map((r) => r.reading)).toEqual([
      { date: AS_OF, value: 40, by: '经济工作部', note: '更正 is not needed: no decrease' },
      { date: AS_OF, value: 1100, by: '经济工作部', note: '更正：三季度重复统计50场', correction: true },
    ]);
  });

  it('two sheets reporting one target: the second is checked against the first', () => {
    const m = model();
    const a = exported(m, '经济工作部');
    const b = exported(m, '办公室');
    fill(a, '7.4', { value: num(1300) });
    fill(b, '7.4', { value: num(1250) });
    const { problems } = checkSheets(
      m,
      [
        { file: 'a.xlsx', grid: a },
        { file: 'b.xlsx', grid: b },
      ],
      AS_OF,
    );
    expect(problems.map((p) => problemText(p, 'zh'))).toEqual([expect.stringMatching(/^b\.xlsx 第\d+行: 数值 1250 低于 2026-11-25 填报的 1300/)]);
  });

  it('a row equal to a reading already in the plan (the sheet imported twice) is not recorded again', () => {
    const m = model();
    const grid = exported(m, '经济工作部');
    fill(grid, '7.4', { value: num(1150), date: text('2026-09-30'), note: text('三季度') });
    const { sheets, problems } = checkSheets(m, [{ file: 'a.xlsx', grid }], AS_OF);
    expect(problems).toEqual([]);
    expect(sheets[0]!.readings).toEqual([]);
    expect(sheets[0]!.repeated.map((r) => r.target.id)).toEqual(['7.4']);
  });

  it('structure: a wrong id, an added row, a removed row, an edited locked cell, each with its row', () => {
    const m = model();
    const grid = exported(m, '法律工作部');
    rowOf(grid, '10.2').cells[col('id')] = text('10.9');
    rowOf(grid, '11.1').cells[col('target')] = num(3);
    grid.rows = grid.rows.filter((r) => !(r.cells[col('id')]?.type === 'text' && (r.cells[col('id')] as { text: string }).text === '5'));
    grid.rows.push({ row: 11, cells: [num(8), text('99'), text('新增事项')] });
    grid.rows.sort((a, b) => a.row - b.row);
    const { problems } = checkSheets(m, [{ file: 'a.xlsx', grid }], AS_OF);
    expect(problems.map((p) => problemText(p, 'en'))).toEqual([
      'a.xlsx row 5: the row of 5 was removed; rows are filled in, never added or removed',
      'a.xlsx row 7: the ID was changed to 10.9; this row was exported as 10.2',
      'a.xlsx row 11: a row was added (99); rows are filled in, never added or removed',
      'a.xlsx row 9: 11.1: the column Target was changed (6 → 3); only the yellow columns are filled in',
    ]);
  });

  it('the plan changed after the export: a target value, a target removed, a target added', () => {
    const m = model();
    const grid = exported(m, '法律工作部');
    const plan = structuredClone(m.plan);
    const item10 = plan.sections.flatMap((s) => s.items).find((i) => i.id === '10')!;
    item10.targets![0]!.target = 900;
    item10.targets!.splice(2, 1);
    item10.targets!.push({ id: '10.4', metric: '新指标', kind: 'at_least', target: 5, unit: '个' });
    const { problems } = checkSheets(new PlanModel(plan), [{ file: 'a.xlsx', grid }], AS_OF);
    expect(problems.map((p) => problemText(p, 'en'))).toEqual([
      'a.xlsx row 6: 10.1: the Target changed in the plan since the sheet was exported (800 → 900): export a new sheet',
      'a.xlsx row 8: 10.3 is no longer in the plan for 法律工作部: export a new sheet',
      'a.xlsx: target 10.4 was added to the plan for 法律工作部 after the sheet was exported: export a new sheet',
    ]);
  });

  it('the whole sheet: another plan, an edited hidden sheet, no hidden sheet, moved columns', () => {
    const m = model();
    const other = exported(m, '法律工作部');
    other.meta = other.meta!.map((r) => (r[0] === 'plan' ? ['plan', 'union-2025'] : r));
    const edited = exported(m, '法律工作部');
    edited.meta = edited.meta!.map((r) => (r[0] === '10.1' ? [...r.slice(0, 3), '700', ...r.slice(4)] : r));
    const bare = exported(m, '法律工作部');
    bare.meta = undefined;
    const bareOther = exported(m, '法律工作部');
    bareOther.meta = undefined;
    bareOther.keywords = 'plan-sheet/2 union-2025 0123456789abcdef';
    const columns = exported(m, '法律工作部');
    columns.rows[2]!.cells.splice(3, 0, text('备注'));
    const check = checkSheets(
      m,
      [
        { file: 'other.xlsx', grid: other },
        { file: 'edited.xlsx', grid: edited },
        { file: 'bare.xlsx', grid: bare },
        { file: 'bare-other.xlsx', grid: bareOther },
        { file: 'columns.xlsx', grid: columns },
      ],
      AS_OF,
    );
    expect(check.problems.map((p) => problemText(p, 'zh'))).toEqual([
      'other.xlsx: 此表属于计划 union-2025，不是 union-2026',
      'edited.xlsx: 隐藏工作表 _plan 被修改过（指纹不符）：请重新导出填报表',
      'bare.xlsx: 不是 plan sheet export 导出的填报表（缺少隐藏工作表 _plan）',
      'bare-other.xlsx: 此表属于计划 union-2025，不是 union-2026',
      'columns.xlsx 第3行: 列被改动：第 D 列应为“目标”，实为“备注”',
    ]);
  });
});

describe('a sheet for a big plan', () => {
  it('lays out 200,000 rows (the widest cell found without one call argument per row)', () => {
    const data = sheetData(model(), '法律工作部', AS_OF);
    const many = { ...data, rows: Array.from({ length: 200_000 }, (_, i) => data.rows[i % data.rows.length]!) };
    const layout = sheetLayout(many, 'zh');
    expect(layout.rows).toHaveLength(200_000);
    // The same cells repeated: every column as wide as for the plan itself, but 序号 (200000).
    const no = col('no');
    expect(layout.widths.filter((_, i) => i !== no)).toEqual(sheetLayout(data, 'zh').widths.filter((_, i) => i !== no));
    expect(layout.widths[no]).toBe('200000'.length + 2);
  });
});
