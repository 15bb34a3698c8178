// A unit's 填报表 as a spreadsheet layout: texts, cell values, widths, number formats, what is
// filled in and how it is validated, and the footer block. Pure; render/xlsx.ts turns it into a
// workbook.
import { round } from '../core/json.js';
import { COLUMNS, FOOTER, INPUT_COLUMNS, META_SHEET, SHEET_FORMAT, columnHeader, footerLabel, metaRows, type Column, type FooterField, type SheetData } from '../core/sheet.js';
import { t, type Lang } from '../i18n/index.js';
import { statusStyle } from './status.js';
import type { Style } from './table.js';
import { width } from './text.js';

/** A cell value: text, a number, a calendar date (a real date cell), or a formula. */
export type LayoutCell = string | number | { date: string } | { formula: string } | undefined;

export interface LayoutRow {
  cells: LayoutCell[];
  /** How the value column is validated: a number ≥ 0, or a percent 0–100 (milestones). */
  input: 'number' | 'percent';
  /** The number format of the target, expected, last and value cells: the unit shown beside the number (0"场次"). */
  numFmt: string;
  /** The status color of the row's 序时目标 cell. */
  style: Style;
  /** Lines of text in the tallest wrapped cell. */
  lines: number;
}

export interface Prompt {
  title: string;
  text: string;
}

export interface FooterLine {
  field: FooterField;
  label: string;
  value: LayoutCell;
  /** Filled in by the unit (unlocked). */
  input: boolean;
}

export interface SheetLayout {
  sheetName: string;
  metaSheet: string;
  title: string;
  subtitle: string;
  /** 1-based row of the column headers; the data starts below it. */
  headerRow: number;
  headers: string[];
  widths: number[];
  wrap: boolean[];
  /** The columns filled in (unlocked); the rest are locked. */
  input: boolean[];
  /** Where the value, the rate and the 序时目标 are: for validation, formats and the status color. */
  /** The 序号 column (centered). */
  noCol: number;
  valueCol: number;
  rateCol: number;
  expectedCol: number;
  numberCols: number[];
  rows: LayoutRow[];
  /** 1-based row of the footer's first line: a blank row after the data, then 填报单位, 填报人, 联系电话, 审核人, 填报日期. */
  footerRow: number;
  /**
   * The footer's label sits in this column (the wide 工作任务, so 审核人（单位负责人） is whole on
   * paper), its value in the next one, merged across `footerSpan` columns for room.
   */
  footerCol: number;
  footerSpan: number;
  footer: FooterLine[];
  prompts: { number: Prompt; percent: Prompt; date: Prompt };
  period: { start: string; end: string };
  meta: string[][];
  properties: { title: string; subject: string; keywords: string; description: string; created: string };
}

const HEADER_ROW = 3;

/** Widest a column grows before its text wraps, and narrowest it gets, in character widths. */
const MAX_WIDTH: Partial<Record<Column, number>> = { task: 34, lead: 14, units: 20, note: 30, problems: 24, next: 24, evidence: 20 };
const MIN_WIDTH: Partial<Record<Column, number>> = { value: 12, note: 30, problems: 22, next: 22, evidence: 18, rate: 9, target: 11, expected: 11, last: 11 };
const WRAPPED: readonly Column[] = ['task', 'lead', 'units', 'note', 'problems', 'next', 'evidence'];

/** Text a workbook can hold: XML 1.0 has no place for most control characters. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '');
}

/** A number format that shows the unit beside the number: 0"场次", 0.##"%"; the cell stays a number. */
function unitFormat(unit: string): string {
  const u = clean(unit).replace(/"/g, '');
  return `#,##0.##${u ? `"${u}"` : ''}`;
}

/** A1-style column letters. */
function letter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * One unit's workbook over several plans (`sheet export --all` in a folder of several plans):
 * a worksheet per plan, named by the plan's id, each with its own hidden sheet (_plan, _plan2, …)
 * that names it, so `sheet import` sends each worksheet's rows back to its plan.
 */
export function sheetLayouts(parts: readonly SheetData[], lang: Lang): SheetLayout[] {
  if (parts.length === 1) return [sheetLayout(parts[0]!, lang)];
  return parts.map((data, k) => {
    const layout = sheetLayout(data, lang);
    // Excel: at most 31 characters, none of []:*?/\ (a plan id has none of them).
    const sheetName = data.plan.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
    const meta = [...layout.meta];
    meta.splice(1, 0, ['sheet', sheetName]);
    return { ...layout, sheetName, metaSheet: k === 0 ? META_SHEET : `${META_SHEET}${k + 1}`, meta };
  });
}

export function sheetLayout(data: SheetData, lang: Lang): SheetLayout {
  const L = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params);
  const headers = COLUMNS.map((c) => columnHeader(lang, c));
  const sep = L('rp_sep');
  const at = (c: Column) => COLUMNS.indexOf(c);
  const rows: LayoutRow[] = data.rows.map((r, i) => {
    const excelRow = HEADER_ROW + 1 + i;
    const v = `${letter(at('value'))}${excelRow}`;
    const tg = `${letter(at('target'))}${excelRow}`;
    // 完成率: the value over the target (a cap has no rate); blank until the value is filled in.
    const rate = r.kind === 'at_most' ? undefined : { formula: `IF(${v}="","",${v}/${tg})` };
    const byCol: Record<Column, LayoutCell> = {
      no: i + 1,
      id: r.id,
      task: clean(r.implicit ? `${r.itemTitle}${r.role === 'lead' ? L('sh_lead') : ''}` : `${r.metric}（${r.item} ${r.itemTitle}）${r.role === 'lead' ? L('sh_lead') : ''}`),
      target: r.target,
      lead: clean(r.lead.join(sep)),
      units: clean(r.others.join(sep)) || undefined,
      due: { date: r.due },
      expected: r.expected === undefined ? undefined : round(r.expected),
      last: r.last?.value,
      value: undefined,
      rate,
      note: undefined,
      problems: undefined,
      next: undefined,
      evidence: undefined,
    };
    return { cells: COLUMNS.map((c) => byCol[c]), input: r.kind === 'milestone' ? 'percent' : 'number', numFmt: unitFormat(r.unit), style: statusStyle(r.status), lines: 1 };
  });

  const text = (c: LayoutCell) => (c === undefined ? '' : typeof c === 'object' ? ('date' in c ? c.date : '') : String(c));
  const widths = COLUMNS.map((c, i) => {
    // A fold, not Math.max(...rows): one argument per row overflows the stack at ~100k rows.
    // Numbers shown with their unit (800家) need room for it.
    const pad = ['target', 'expected', 'last'].includes(c) ? 4 : 0;
    const widest = rows.reduce((m, r) => Math.max(m, width(text(r.cells[i])) + pad), width(headers[i]!));
    return Math.max(MIN_WIDTH[c] ?? 6, Math.min(MAX_WIDTH[c] ?? 24, widest + 2));
  });
  for (const r of rows) {
    r.lines = Math.max(1, ...COLUMNS.map((c, i) => (WRAPPED.includes(c) ? Math.ceil(width(text(r.cells[i])) / Math.max(1, widths[i]! - 1)) : 1)));
  }

  const footerValue: Record<FooterField, LayoutCell> = { unit: clean(data.unit), person: undefined, phone: undefined, reviewer: undefined, date: { date: data.asOf } };
  const range = { start: data.period.start, end: data.period.end };
  return {
    sheetName: L('sh_sheetName'),
    metaSheet: META_SHEET,
    title: clean(L('sh_title', { title: data.title })),
    subtitle: clean(L('sh_subtitle', { unit: data.unit, asOf: data.asOf })),
    headerRow: HEADER_ROW,
    headers,
    widths,
    wrap: COLUMNS.map((c) => WRAPPED.includes(c)),
    input: COLUMNS.map((c) => INPUT_COLUMNS.includes(c)),
    noCol: at('no'),
    valueCol: at('value'),
    rateCol: at('rate'),
    expectedCol: at('expected'),
    numberCols: [at('target'), at('expected'), at('last'), at('value')],
    rows,
    footerRow: HEADER_ROW + rows.length + 2,
    footerCol: at('task'),
    footerSpan: 3,
    footer: FOOTER.map((f) => ({ field: f, label: footerLabel(lang, f), value: footerValue[f], input: f !== 'unit' })),
    prompts: {
      number: { title: columnHeader(lang, 'value'), text: L('sh_v_number') },
      percent: { title: columnHeader(lang, 'value'), text: L('sh_v_percent') },
      date: { title: footerLabel(lang, 'date'), text: L('sh_v_date', range) },
    },
    period: range,
    meta: metaRows(data, lang, HEADER_ROW),
    properties: {
      title: clean(`${data.unit} ${L('sh_sheetName')} ${data.asOf}`),
      subject: data.plan,
      keywords: `${SHEET_FORMAT} ${data.plan} ${data.fingerprint}`,
      description: clean(L('sh_title', { title: data.title })),
      created: data.asOf,
    },
  };
}
