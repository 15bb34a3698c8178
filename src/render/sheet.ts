// A unit's 填报表 as a spreadsheet layout: texts, cell values, widths, what is filled in and how
// it is validated. Pure; store/xlsx.ts turns it into a workbook.
import { round } from '../core/json.js';
import { COLUMNS, INPUT_COLUMNS, META_SHEET, SHEET_FORMAT, columnHeader, metaRows, type Column, type SheetData } from '../core/sheet.js';
import { t, type Lang } from '../i18n/index.js';
import { statusStyle } from './status.js';
import type { Style } from './table.js';
import { width } from './text.js';

/** A cell value: text, a number, or a calendar date (written as a real date cell). */
export type LayoutCell = string | number | { date: string } | undefined;

export interface LayoutRow {
  cells: LayoutCell[];
  /** How the value column is validated: a number ≥ 0, or a percent 0–100 (milestones). */
  input: 'number' | 'percent';
  /** The status light's color. */
  style: Style;
  /** Lines of text in the tallest wrapped cell. */
  lines: number;
}

export interface Prompt {
  title: string;
  text: string;
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
  /** Which column holds the number/percent, the date: for validation and formats. */
  valueCol: number;
  dateCol: number;
  statusCol: number;
  rows: LayoutRow[];
  prompts: { number: Prompt; percent: Prompt; date: Prompt };
  period: { start: string; end: string };
  meta: string[][];
  properties: { title: string; subject: string; keywords: string; description: string; created: string };
}

const HEADER_ROW = 3;

/** Widest a column grows before its text wraps, and narrowest it gets, in character widths. */
const MAX_WIDTH: Partial<Record<Column, number>> = { item: 30, metric: 40, note: 30, status: 20 };
const MIN_WIDTH: Partial<Record<Column, number>> = { value: 12, date: 12, note: 24, by: 10 };
const WRAPPED: readonly Column[] = ['item', 'metric', 'note'];

/** Text a workbook can hold: XML 1.0 has no place for most control characters. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '');
}

export function sheetLayout(data: SheetData, lang: Lang): SheetLayout {
  const L = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params);
  const headers = COLUMNS.map((c) => columnHeader(lang, c));
  const rows: LayoutRow[] = data.rows.map((r) => {
    const byCol: Record<Column, LayoutCell> = {
      id: r.id,
      item: clean(`${r.item} ${r.itemTitle}${r.role === 'lead' ? L('sh_lead') : ''}`),
      metric: clean(r.metric),
      kind: L(`k_${r.kind}`),
      target: r.target,
      unit: clean(r.unit),
      due: r.due,
      last: r.last?.value,
      lastDate: r.last?.date,
      expected: r.expected === undefined ? undefined : round(r.expected),
      status: `${L(`st_${r.status}`)}${r.stale ? ` · ${L('st_stale')}` : ''}`,
      value: undefined,
      date: { date: data.asOf },
      note: undefined,
      by: undefined,
    };
    return { cells: COLUMNS.map((c) => byCol[c]), input: r.kind === 'milestone' ? 'percent' : 'number', style: statusStyle(r.status), lines: 1 };
  });

  const text = (c: LayoutCell) => (c === undefined ? '' : typeof c === 'object' ? c.date : String(c));
  const widths = COLUMNS.map((c, i) => {
    // A fold, not Math.max(...rows): one argument per row overflows the stack at ~100k rows.
    const widest = rows.reduce((m, r) => Math.max(m, width(text(r.cells[i]))), width(headers[i]!));
    return Math.max(MIN_WIDTH[c] ?? 6, Math.min(MAX_WIDTH[c] ?? 24, widest + 2));
  });
  for (const r of rows) {
    r.lines = Math.max(1, ...COLUMNS.map((c, i) => (WRAPPED.includes(c) ? Math.ceil(width(text(r.cells[i])) / Math.max(1, widths[i]! - 1)) : 1)));
  }

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
    valueCol: COLUMNS.indexOf('value'),
    dateCol: COLUMNS.indexOf('date'),
    statusCol: COLUMNS.indexOf('status'),
    rows,
    prompts: {
      number: { title: columnHeader(lang, 'value'), text: L('sh_v_number') },
      percent: { title: columnHeader(lang, 'value'), text: L('sh_v_percent') },
      date: { title: columnHeader(lang, 'date'), text: L('sh_v_date', range) },
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
