// The Excel 填报表, without the file format: which rows a unit's sheet holds, the
// fingerprint that ties a sheet to the targets it was exported for, how a cell read back from
// Excel, WPS or LibreOffice is understood, and how filled rows become readings — checked by the
// very rules of `plan progress` (newReading), or refused with the row named.
import { PlanError } from '../errors.js';
import { t, type Lang, type MessageKey, type Params } from '../i18n/index.js';
import { normalizeDate } from './dates.js';
import { fileName } from './file-name.js';
import { sha256Hex } from './sha256.js';
import { SHEET_FOOTER, SHEET_HEADERS } from './vocabulary.js';
import type { Reading, TargetKind } from './model.js';
import type { PlanModel, TargetView } from './plan.js';
import { newReading, sameReading, type ProgressInput } from './progress.js';
import { latestMeasured, targetStatus, type Status } from './status.js';

/** Written into every sheet; a reader refuses a format it does not know. */
export const SHEET_FORMAT = 'plan-sheet/2';
/** The hidden sheet holding the plan id, the unit, the fingerprint and the exported targets. */
export const META_SHEET = '_plan';

/**
 * The columns of a 填报表, in the order real forms have them: 序号, 编号, 工作任务, 目标 (the value,
 * shown with its unit), 牵头单位, 责任单位, 完成时限, 序时目标, 上次累计, 本次累计 (filled in), 完成率 (a
 * formula), 进展情况, 存在问题, 下步计划, 佐证材料 (filled in). The footer block below the rows holds
 * 填报单位, 填报人, 联系电话, 审核人 and 填报日期.
 */
export const COLUMNS = ['no', 'id', 'task', 'target', 'lead', 'units', 'due', 'expected', 'last', 'value', 'rate', 'note', 'problems', 'next', 'evidence'] as const;
export type Column = (typeof COLUMNS)[number];
export const INPUT_COLUMNS: readonly Column[] = ['value', 'note', 'problems', 'next', 'evidence'];
/** The footer's fields, label then value, in this order below the rows. */
export const FOOTER = ['unit', 'person', 'phone', 'reviewer', 'date'] as const;
export type FooterField = (typeof FOOTER)[number];
export const footerLabel = (lang: Lang, f: FooterField): string => SHEET_FOOTER[f][lang];
export const col = (c: Column): number => COLUMNS.indexOf(c);
export const columnHeader = (lang: Lang, c: Column): string => SHEET_HEADERS[c][lang];

/** What a sheet row stands for; a change to any of it makes an exported sheet stale. */
export interface RowKey {
  id: string;
  /** The item's id: with it, the implicit milestone of an item without targets is unambiguous. */
  item: string;
  kind: TargetKind;
  target: number;
  unit: string;
  due: string;
}

export interface SheetRow extends RowKey {
  itemTitle: string;
  metric: string;
  implicit: boolean;
  role: 'lead' | 'joined';
  /** Registry names: the lead units, and the other units of the item. */
  lead: string[];
  others: string[];
  last: Reading | undefined;
  expected: number | undefined;
  status: Status;
  stale: boolean;
}

export interface SheetData {
  plan: string;
  title: string;
  unit: string;
  asOf: string;
  period: { start: string; end: string };
  fingerprint: string;
  rows: SheetRow[];
}

const keyOf = (t: TargetView): RowKey => ({ id: t.id, item: t.item.id, kind: t.kind, target: t.target, unit: t.unit, due: t.due });

/**
 * A short hash of what a sheet was exported for: the plan id, the unit, and each row's target
 * id, item id, kind, target value, unit and due date, in order. A sheet of another plan or unit,
 * or one whose targets have changed since (in the plan or in the sheet), has another one.
 */
export function fingerprint(plan: string, unit: string, keys: readonly RowKey[]): string {
  const body = JSON.stringify([SHEET_FORMAT, plan, unit, keys.map((k) => [k.id, k.item, k.kind, k.target, k.unit, k.due])]);
  return sha256Hex(body).slice(0, 16);
}

/** The targets of the items a unit leads or joins, in plan order (an item without targets: its milestone). */
function unitTargets(model: PlanModel, unit: string): { target: TargetView; role: 'lead' | 'joined' }[] {
  const out: { target: TargetView; role: 'lead' | 'joined' }[] = [];
  for (const item of model.items) {
    const role = model.role(item, unit);
    if (role) for (const target of item.targets) out.push({ target, role });
  }
  return out;
}

/** The sheet of one unit (a registry name) as of a date. */
export function sheetData(model: PlanModel, unit: string, asOf: string): SheetData {
  const rows = unitTargets(model, unit).map(({ target, role }): SheetRow => {
    const ts = targetStatus(target, asOf, model.settings);
    const canon = (n: string) => model.units.resolve(n) ?? n;
    const lead = [...new Set(target.item.lead.map(canon))];
    return {
      ...keyOf(target),
      lead,
      others: [...new Set(target.item.departments.map(canon))].filter((n) => !lead.includes(n)),
      itemTitle: target.item.title,
      metric: target.implicit ? target.item.title : target.metric,
      implicit: target.implicit,
      role,
      last: ts.last,
      expected: ts.expected,
      status: ts.status,
      stale: ts.stale,
    };
  });
  return { plan: model.plan.id, title: model.plan.title, unit, asOf, period: model.plan.period, fingerprint: fingerprint(model.plan.id, unit, rows), rows };
}

/** 法律工作部-2026-11填报表.xlsx: the unit and the month of the as-of date, safe on any file system. */
export function sheetFileName(unit: string, asOf: string): string {
  return fileName(unit, `-${asOf.slice(0, 7)}填报表.xlsx`);
}

/** The hidden sheet's rows: key/value pairs, a blank row, then the table of exported targets. */
export function metaRows(data: SheetData, lang: Lang, headerRow: number): string[][] {
  return [
    ['format', SHEET_FORMAT],
    ['plan', data.plan],
    ['unit', data.unit],
    ['as_of', data.asOf],
    ['lang', lang],
    ['header_row', String(headerRow)],
    ['footer_row', String(headerRow + data.rows.length + 2)],
    ['fingerprint', data.fingerprint],
    [],
    ['id', 'item', 'kind', 'target', 'unit', 'due'],
    ...data.rows.map((r) => [r.id, r.item, r.kind, String(r.target), r.unit, r.due]),
  ];
}

// ---------------------------------------------------------------------------------------------
// Reading cells back

/** A cell as read from a workbook, whatever program saved it last. */
export type SheetCell =
  | { type: 'empty' }
  | { type: 'number'; value: number; percent: boolean }
  | { type: 'text'; text: string }
  | { type: 'date'; date: string }
  | { type: 'bool'; value: boolean }
  | { type: 'error'; text: string };

export interface GridRow {
  /** The row number as the spreadsheet shows it (1-based). */
  row: number;
  cells: SheetCell[];
}

/** A workbook as the command needs it: the visible sheet's non-empty rows and the hidden sheet. */
export interface SheetGrid {
  rows: GridRow[];
  /** The hidden sheet, as text; undefined when the workbook has none. */
  meta: string[][] | undefined;
  /** The workbook's keywords property (plan-sheet/1 PLAN FINGERPRINT), a second place for the plan id. */
  keywords: string | undefined;
  date1904: boolean;
  /** The plan worksheet's name, in a workbook over several plans (its hidden sheet names it). */
  sheet?: string;
}

const EMPTY: SheetCell = { type: 'empty' };

/** The calendar day of a spreadsheet Date (libraries build them at UTC midnight; a time part is dropped). */
export function utcDate(d: Date): string {
  // Serial numbers that come back a hair short of midnight (46351.99999999) belong to the next day.
  return new Date(Math.round(d.getTime() / 1000) * 1000).toISOString().slice(0, 10);
}

/** An Excel serial day number as a date: day 1 is 1900-01-01 (1904-01-02 in the 1904 system). */
export function serialDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return utcDate(new Date(epoch + Math.round(serial * 86_400) * 1000));
}

/** A cell's text as a person reads it (for ids, units, notes and messages). */
export function cellText(c: SheetCell): string {
  switch (c.type) {
    case 'empty':
      return '';
    case 'number':
      return String(Math.round(c.value * 1e9) / 1e9);
    case 'text':
      return c.text;
    case 'date':
      return c.date;
    case 'bool':
      return c.value ? 'TRUE' : 'FALSE';
    case 'error':
      return c.text;
  }
}

/** The value cell as the text `plan progress --value` would get: 80% (a percent-formatted 0.8, or "80%") is 80. */
function valueText(c: SheetCell): string {
  if (c.type === 'number') return String(Math.round((c.percent ? c.value * 100 : c.value) * 1e9) / 1e9);
  return cellText(c).replace(/\s*[%％]$/, '');
}

/** The date cell as `--date` would get it: a date cell, a serial number, or text in a usual layout. */
function dateText(c: SheetCell, date1904: boolean): string | undefined {
  if (c.type === 'empty') return undefined;
  if (c.type === 'date') return c.date;
  if (c.type === 'number') return serialDate(c.value, date1904) ?? cellText(c);
  const text = cellText(c);
  return normalizeDate(text) ?? text;
}

/** Compares a locked cell with what was exported there. */
function sameCell(c: SheetCell, want: string | number, kind: 'text' | 'number' | 'date', date1904: boolean): boolean {
  if (kind === 'number') return Number(valueText(c).replace(/[,\s]/g, '')) === want;
  if (kind === 'date') return dateText(c, date1904) === want;
  return cellText(c) === want;
}

// ---------------------------------------------------------------------------------------------
// Checking filled sheets

/** A problem in a sheet: the row as the spreadsheet numbers it, or the whole file. */
export interface SheetProblem {
  file: string;
  row: number | undefined;
  key: MessageKey;
  params: Params;
}

export interface SheetReading {
  row: number;
  target: TargetView;
  reading: Reading;
}

export interface SheetResult {
  file: string;
  unit: string | undefined;
  /** Filled rows, checked: the readings to record, in sheet order. */
  readings: SheetReading[];
  /** Rows left empty (未填报). */
  empty: { row: number; target: TargetView }[];
  /** Rows equal to a reading the plan already has (the sheet imported twice): not recorded again. */
  repeated: { row: number; target: TargetView }[];
}

export interface SheetsCheck {
  sheets: SheetResult[];
  problems: SheetProblem[];
}

export interface SheetSource {
  file: string;
  grid: SheetGrid;
}

/**
 * Every filled row of every sheet, checked against the plan and, in order, against the rows
 * before it (two units may report the same target), exactly as a run of `plan progress` per row
 * would check it. Never throws: the caller records the readings only when there is no problem.
 */
export function checkSheets(model: PlanModel, sources: readonly SheetSource[], asOf: string): SheetsCheck {
  const problems: SheetProblem[] = [];
  const pending = new Map<TargetView, Reading[]>();
  const sheets = sources.map((s) => checkSheet(model, s, asOf, pending, problems));
  return { sheets, problems };
}

/** What the footer block says: who filled the sheet in, and the date its figures are true on. */
interface Footer {
  person?: string;
  date?: string;
  error?: { row: number; field: FooterField; text: string };
}

interface Meta {
  format: string;
  plan: string;
  unit: string;
  asOf: string;
  lang: Lang;
  headerRow: number;
  fingerprint: string;
  keys: RowKey[];
}

function parseMeta(grid: string[][]): Meta | undefined {
  const kv = new Map<string, string>();
  let i = 0;
  for (; i < grid.length; i++) {
    const [k = '', v = ''] = grid[i]!;
    if (k === 'id') break;
    if (k) kv.set(k, v);
  }
  const keys: RowKey[] = [];
  for (const r of grid.slice(i + 1)) {
    const [id = '', item = '', kind = '', target = '', unit = '', due = ''] = r;
    if (!id && !item) continue;
    keys.push({ id, item, kind: kind as TargetKind, target: Number(target), unit, due });
  }
  const format = kv.get('format');
  const plan = kv.get('plan');
  const unit = kv.get('unit');
  if (!format || !plan || !unit) return undefined;
  return {
    format,
    plan,
    unit,
    asOf: kv.get('as_of') ?? '',
    lang: kv.get('lang') === 'en' ? 'en' : 'zh',
    headerRow: Number(kv.get('header_row')) || 0,
    fingerprint: kv.get('fingerprint') ?? '',
    keys,
  };
}

/** The plan a sheet says it belongs to (hidden sheet, else workbook keywords). */
export function sheetPlanId(grid: SheetGrid): string | undefined {
  const meta = grid.meta ? parseMeta(grid.meta) : undefined;
  if (meta) return meta.plan;
  const [format, plan] = (grid.keywords ?? '').split(/\s+/);
  return format === SHEET_FORMAT ? plan : undefined;
}

/** The target a row key names, in the plan as it is now. */
function findTarget(model: PlanModel, k: RowKey): TargetView | undefined {
  return model.itemById.get(k.item)?.targets.find((t) => t.id === k.id);
}

function checkSheet(model: PlanModel, src: SheetSource, asOf: string, pending: Map<TargetView, Reading[]>, problems: SheetProblem[]): SheetResult {
  const { file, grid } = src;
  const result: SheetResult = { file, unit: undefined, readings: [], empty: [], repeated: [] };
  const fail = (row: number | undefined, key: MessageKey, params: Params = {}) => problems.push({ file, row, key, params });

  const meta = grid.meta ? parseMeta(grid.meta) : undefined;
  if (!meta) {
    // The hidden sheet is gone (copied into a new workbook?): the properties may still say whose it is.
    const [format, plan] = (grid.keywords ?? '').split(/\s+/);
    if (format === SHEET_FORMAT && plan && plan !== model.plan.id) fail(undefined, 'sh_otherPlan', { plan, expected: model.plan.id });
    else fail(undefined, 'sh_notSheet', { sheet: META_SHEET });
    return result;
  }
  if (meta.format !== SHEET_FORMAT) return (fail(undefined, 'sh_format', { format: meta.format, known: SHEET_FORMAT }), result);
  if (meta.plan !== model.plan.id) return (fail(undefined, 'sh_otherPlan', { plan: meta.plan, expected: model.plan.id }), result);
  if (fingerprint(meta.plan, meta.unit, meta.keys) !== meta.fingerprint) return (fail(undefined, 'sh_metaEdited', { sheet: META_SHEET }), result);
  const unit = model.units.resolve(meta.unit);
  if (!unit) return (fail(undefined, 'sh_unknownUnit', { unit: meta.unit }), result);
  result.unit = unit;

  // The header row: where the export put it, else wherever it went (a row inserted above).
  const idHeaders = new Set([columnHeader('zh', 'id'), columnHeader('en', 'id')]);
  const header = grid.rows.find((r) => r.row === meta.headerRow && idHeaders.has(cellText(r.cells[col('id')] ?? EMPTY))) ?? grid.rows.find((r) => idHeaders.has(cellText(r.cells[col('id')] ?? EMPTY)));
  if (!header) return (fail(undefined, 'sh_noHeader', { header: columnHeader(meta.lang, 'id') }), result);
  for (const c of COLUMNS) {
    const got = cellText(header.cells[col(c)] ?? EMPTY);
    if (got !== columnHeader('zh', c) && got !== columnHeader('en', c)) {
      return (fail(header.row, 'sh_columnsChanged', { col: columnLetter(col(c)), want: columnHeader(meta.lang, c), got }), result);
    }
  }
  // The footer below the rows: its labels (填报单位, 填报人…) in the 工作任务 column (in the 编号
  // column on sheets exported before), the values beside them.
  const labels = new Map<string, FooterField>();
  for (const f of FOOTER) for (const lang of ['zh', 'en'] as const) labels.set(footerLabel(lang, f), f);
  const labelAt = (r: GridRow, c: number) => labels.get(cellText(r.cells[c] ?? EMPTY).replace(/[：:]\s*$/, ''));
  const labelCol = (r: GridRow) => [col('task'), col('id')].find((c) => labelAt(r, c) !== undefined);
  const footerRows = grid.rows.filter((r) => r.row > header.row && labelCol(r) !== undefined);
  const footerStart = footerRows[0]?.row ?? Infinity;
  const footer: Footer = {};
  for (const r of footerRows) {
    const c = labelCol(r)!;
    const field = labelAt(r, c)!;
    const value = r.cells[c + 1] ?? EMPTY;
    if (value.type === 'error') footer.error = { row: r.row, field, text: value.text };
    else if (field === 'person') footer.person = cellText(value).trim() || undefined;
    else if (field === 'date') footer.date = dateText(value, grid.date1904);
  }
  const rows = grid.rows.filter((r) => r.row > header.row && r.row < footerStart);

  // Rows matched to the exported targets: filled in, never added, removed or relabelled.
  const ids = rows.map((r) => cellText(r.cells[col('id')] ?? EMPTY));
  const matched = align(ids, meta.keys.map((k) => k.id));
  const rowOf = new Map<number, GridRow>();
  let prevRow = header.row;
  for (const step of matched) {
    if (step.kind === 'match') {
      rowOf.set(step.b, rows[step.a]!);
      prevRow = rows[step.a]!.row;
    } else if (step.kind === 'changed') {
      fail(rows[step.a]!.row, 'sh_idChanged', { got: ids[step.a]!, id: meta.keys[step.b]!.id });
      prevRow = rows[step.a]!.row;
    } else if (step.kind === 'added') {
      fail(rows[step.a]!.row, 'sh_rowAdded', { id: ids[step.a] || '-' });
      prevRow = rows[step.a]!.row;
    } else {
      fail(prevRow + 1, 'sh_rowRemoved', { id: meta.keys[step.b]!.id });
    }
  }

  // The plan's side: the targets must be those the sheet was exported for.
  const now = unitTargets(model, unit).map(({ target }) => keyOf(target));
  const stale = fingerprint(model.plan.id, unit, now) !== meta.fingerprint;
  const targets: (TargetView | undefined)[] = meta.keys.map((k, i) => {
    const row = rowOf.get(i)?.row;
    const target = findTarget(model, k);
    if (!target || !model.role(target.item, unit)) {
      fail(row, 'sh_targetGone', { id: k.id, unit });
      return undefined;
    }
    const was = k;
    const is = keyOf(target);
    for (const field of ['kind', 'target', 'unit', 'due'] as const) {
      if (was[field] !== is[field]) {
        fail(row, 'sh_targetChanged', { id: k.id, field, was: String(was[field]), now: String(is[field]) });
        return undefined;
      }
    }
    return target;
  });
  if (stale) {
    const exported = new Set(meta.keys.map((k) => `${k.item}\0${k.id}`));
    const added = now.filter((k) => !exported.has(`${k.item}\0${k.id}`));
    for (const k of added) fail(undefined, 'sh_targetAdded', { id: k.id, unit });
    // Same targets, another order (items moved in the plan): nothing above says so.
    if (!added.length && !problems.some((p) => p.file === file)) fail(undefined, 'sh_planChanged', { unit, asOf: meta.asOf });
  }

  const date1904 = grid.date1904;
  meta.keys.forEach((k, i) => {
    const gridRow = rowOf.get(i);
    const target = targets[i];
    if (!gridRow || !target) return;
    const cell = (c: Column) => gridRow.cells[col(c)] ?? EMPTY;
    // The locked columns that say what is measured must be as exported (protection can be lifted);
    // the unit and the kind are in the fingerprint of the hidden sheet.
    const locked: [Column, string | number, 'text' | 'number' | 'date'][] = [
      ['target', k.target, 'number'],
      ['due', k.due, 'date'],
    ];
    let edited = false;
    for (const [c, want, kind] of locked) {
      if (!sameCell(cell(c), want, kind, date1904)) {
        edited = true;
        fail(gridRow.row, 'sh_lockedEdited', { id: k.id, column: c, was: String(want), got: cellText(cell(c)) || '-' });
      }
    }
    // Rows matched by their id are checked even when others were added or removed: every problem at once.
    if (edited) return;
    readRow(model, unit, target, gridRow, asOf, footer, pending, result, fail);
  });
  return result;
}

/** One row's reading, checked by newReading (the rules of `plan progress`) against the plan and the rows before it. */
function readRow(
  model: PlanModel,
  unit: string,
  target: TargetView,
  gridRow: GridRow,
  asOf: string,
  footer: Footer,
  pending: Map<TargetView, Reading[]>,
  result: SheetResult,
  fail: (row: number | undefined, key: MessageKey, params?: Params) => void,
): void {
  const cell = (c: Column) => gridRow.cells[col(c)] ?? EMPTY;
  const row = gridRow.row;
  for (const c of INPUT_COLUMNS) {
    const v = cell(c);
    if (v.type === 'error') return fail(row, 'sh_cellError', { column: c, got: v.text });
  }
  const valueCell = cell('value');
  const text = (c: Column) => cellText(cell(c)).trim() || undefined;
  const note = text('note');
  const problems = text('problems');
  const next = text('next');
  const evidence = (text('evidence') ?? '')
    .split(/\s*(?:\r?\n|；|;|、)\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  const said = Boolean(note || problems || next || evidence.length);
  if (valueCell.type === 'empty' && !said) {
    result.empty.push({ row, target });
    return;
  }
  // An item without a number is reported in words: 进展情况 is what the office reads.
  if (target.implicit && !note) return fail(row, 'sh_noteRequired', { column: 'note' });
  if (footer.error) return fail(footer.error.row, 'sh_cellError', { column: footer.error.field, got: footer.error.text });
  const readings = [...target.readings, ...(pending.get(target) ?? [])];
  const latest = latestMeasured(readings);
  const milestone = target.kind === 'milestone';
  const raw = valueCell.type === 'empty' ? undefined : valueText(valueCell);
  const input: ProgressInput = {
    ...(raw === undefined ? {} : milestone ? { percent: raw } : { value: raw }),
    ...(footer.date === undefined ? {} : { date: footer.date }),
    ...(note ? { note } : {}),
    ...(problems ? { problems } : {}),
    ...(next ? { next } : {}),
    ...(evidence.length ? { evidence } : {}),
    ...(footer.person ? { person: footer.person } : {}),
    by: unit,
    // A lower figure than the last one is a correction when its note says so (更正…, correction…).
    correction: note !== undefined && /^\s*(更正|correction)/i.test(note),
  };
  let reading: Reading;
  try {
    reading = newReading(model, { ...target, readings }, input, asOf);
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    const [key, params] = rowMessage(e);
    return fail(row, key, params);
  }
  // Only a reading that does go down is marked; a note that merely begins with 更正 changes nothing.
  if (reading.correction && !(latest?.value !== undefined && reading.value !== undefined && reading.value < latest.value && (target.kind === 'at_least' || milestone))) delete reading.correction;
  // The same row imported again on a later day is the same reading, whatever day it is entered.
  if (readings.some((r) => sameReading(r, reading))) {
    result.repeated.push({ row, target });
    return;
  }
  pending.set(target, [...(pending.get(target) ?? []), reading]);
  result.readings.push({ row, target, reading });
}

/** newReading's refusals, reworded for a sheet (its columns, not the options of `plan progress`). */
function rowMessage(e: PlanError): [MessageKey, Params] {
  const p = e.params;
  switch (e.key) {
    case 'badNumber':
    case 'wrongUnit':
      return ['sh_badNumber', { column: 'value', got: p.got ?? '' }];
    case 'negativeNumber':
      return ['sh_negative', { column: 'value', got: p.got ?? '' }];
    case 'badDate':
      return ['sh_badDate', { column: 'date', got: p.got ?? '' }];
    case 'percentRangeOption':
      return ['sh_percentRange', { got: p.got ?? '' }];
    case 'decreaseNeedsCorrection':
      return ['sh_decrease', p];
    default:
      return [e.key, p];
  }
}

/** A, B, … Z, AA: a column as the spreadsheet labels it. */
function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type Step = { kind: 'match'; a: number; b: number } | { kind: 'changed'; a: number; b: number } | { kind: 'added'; a: number } | { kind: 'removed'; b: number };

/**
 * Lines the sheet's ids (a) up with the exported ones (b) by their longest common subsequence,
 * so that one deleted row is reported once, not as every row after it changing. Between two
 * matches, an unmatched row facing an unmatched export is a changed id; the rest were added or removed.
 */
export function align(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = a[i] === b[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flush = () => {
    const k = Math.min(gapA.length, gapB.length);
    for (let x = 0; x < k; x++) steps.push({ kind: 'changed', a: gapA[x]!, b: gapB[x]! });
    for (const x of gapA.slice(k)) steps.push({ kind: 'added', a: x });
    for (const y of gapB.slice(k)) steps.push({ kind: 'removed', b: y });
    gapA = [];
    gapB = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      steps.push({ kind: 'match', a: i++, b: j++ });
    } else if (j >= m || (i < n && L[i + 1]![j]! >= L[i]![j + 1]!)) gapA.push(i++);
    else gapB.push(j++);
  }
  flush();
  return steps;
}

/** A problem's message; the columns it names (kept as keys) in the language of the message. */
export function problemMessage(p: SheetProblem, lang: Lang): string {
  const params = { ...p.params };
  for (const k of ['column', 'field'] as const) {
    const v = params[k];
    if (typeof v === 'string' && (COLUMNS as readonly string[]).includes(v)) params[k] = columnHeader(lang, v as Column);
    else if (typeof v === 'string' && (FOOTER as readonly string[]).includes(v)) params[k] = footerLabel(lang, v as FooterField);
  }
  return t(lang, p.key, params);
}

/** `FILE 第N行: message` / `FILE row N: message`, or `FILE: message` for the whole sheet. */
export function problemText(p: SheetProblem, lang: Lang): string {
  const message = problemMessage(p, lang);
  return p.row === undefined ? t(lang, 'sh_problemFile', { file: p.file, message }) : t(lang, 'sh_problem', { file: p.file, row: p.row, message });
}
