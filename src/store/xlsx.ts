// Reading .xlsx files: unpacked within limits (a zip bomb is refused), loaded by exceljs, and a
// filled 填报表's cell values as SheetCells. exceljs loads on demand (it is large, and only
// `plan sheet` and `plan import` need it); render/xlsx.ts writes the sheets.
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type * as ExcelNs from 'exceljs';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { META_SHEET, cellText, utcDate, type GridRow, type SheetCell, type SheetGrid } from '../core/sheet.js';
import { scanWorkbookCells } from '../core/workbook-cells.js';
import { centralDirectory, storedZip, type ZipLimits, type ZipProblem } from '../core/zip.js';
import type { MessageKey, Params } from '../i18n/index.js';

type ExcelJS = typeof ExcelNs;

export async function excel(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

/**
 * What an .xlsx (and a .docx) may unpack to. A report form unpacks to a few hundred KB and a task
 * table to a few MB; exceljs holds a whole sheet's XML, and every cell of it, in memory.
 */
export const ZIP_LIMITS: ZipLimits = { entry: 8 * 1024 * 1024, total: 24 * 1024 * 1024, entries: 5000 };

/** A sheet far bigger than any unit's 填报表 is not read (a zip bomb, a wrong file). */
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 10_000;
const MAX_COLS = 40;

export type Failure = { ok: false; key: MessageKey; params: Params };
export type WorkbookRead = { ok: true; wb: Workbook } | Failure;
/** A filled sheet: one grid per plan worksheet (one, unless exported over several plans). */
export type SheetFileRead = { ok: true; grids: SheetGrid[] } | Failure;

const MB = 1024 * 1024;

export type Unzipped = { ok: true; files: Map<string, Uint8Array> } | { ok: false; problem: ZipProblem };

/**
 * Every file in a zip, unpacked within ZIP_LIMITS, or why not: a zip bomb stops at the cap, it
 * is not inflated first and measured after. A name given twice keeps its last entry, as jszip does.
 */
export function readZip(zip: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Unzipped {
  const dir = centralDirectory(zip, limits.entries);
  if (!dir.ok) return dir;
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of dir.entries) {
    const packed = zip.subarray(e.data, e.data + e.compressedSize);
    const room = Math.min(limits.entry, limits.total - total);
    let data: Uint8Array;
    if (e.method === 0) data = packed;
    else if (e.method === 8) {
      try {
        data = inflateRawSync(packed, { maxOutputLength: room + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') return { ok: false, problem: { kind: 'damaged', detail: `${e.name}: bad compressed data` } };
        data = new Uint8Array(room + 1);
      }
    } else return { ok: false, problem: { kind: 'damaged', detail: `${e.name}: compression method ${e.method}` } };
    if (data.length > limits.entry) return { ok: false, problem: { kind: 'entryTooBig', entry: e.name, limit: limits.entry } };
    total += data.length;
    if (total > limits.total) return { ok: false, problem: { kind: 'tooBig', limit: limits.total } };
    files.set(e.name, data);
  }
  return { ok: true, files };
}

/** Why a zip is not read, as a one-line message. */
export function zipFailure(p: ZipProblem): Failure {
  switch (p.kind) {
    case 'notZip':
      return { ok: false, key: 'sh_notXlsx', params: { reason: 'not a zip file' } };
    case 'damaged':
      return { ok: false, key: 'sh_notXlsx', params: { reason: `a damaged zip: ${p.detail}`.slice(0, 160) } };
    case 'tooMany':
      return { ok: false, key: 'zipTooMany', params: { limit: p.limit } };
    case 'entryTooBig':
      return { ok: false, key: 'zipEntryTooBig', params: { entry: p.entry.slice(0, 80), limit: p.limit / MB } };
    case 'tooBig':
      return { ok: false, key: 'sh_zipBomb', params: { limit: p.limit / MB } };
  }
}

/**
 * An .xlsx workbook from its unpacked files. exceljs is handed a stored (uncompressed) zip of
 * exactly these files, so it never unpacks more than readZip measured; cells it would misread
 * (t="d" dates) are set from the XML, and cells it would crash on are reported by address.
 */
export async function loadWorkbook(files: ReadonlyMap<string, Uint8Array>): Promise<WorkbookRead> {
  const cells = scanWorkbookCells(files);
  const bad = cells.badSharedString;
  if (bad) return { ok: false, key: 'xlsxSharedString', params: { sheet: bad.sheet, cell: bad.cell, index: bad.index } };
  const { Workbook } = await excel();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(storedZip(files) as unknown as ArrayBuffer);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, key: 'sh_notXlsx', params: { reason: message.split(/\n| : /)[0]!.slice(0, 120) } };
  }
  for (const ws of wb.worksheets) {
    for (const [address, iso] of cells.isoDates.get(ws.name) ?? []) {
      ws.getCell(address).value = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : iso;
    }
  }
  return { ok: true, wb };
}

/** Reads a filled sheet: the first visible worksheet's rows and the hidden one's text. Never throws. */
export async function readSheetFile(file: string): Promise<SheetFileRead> {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) return { ok: false, key: 'sh_tooBig', params: { size: Math.round(size / 1024 / 1024) } };
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, key: 'sh_unreadable', params: { reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : (code ?? String(e)) } };
  }
  return readSheetBytes(bytes);
}

async function readSheetBytes(bytes: Uint8Array): Promise<SheetFileRead> {
  const zip = readZip(bytes);
  if (!zip.ok) return zipFailure(zip.problem);
  const read = await loadWorkbook(zip.files);
  return read.ok ? { ok: true, grids: workbookGrids(read.wb) } : read;
}

/**
 * Each plan worksheet with its hidden sheet: _plan (and _plan2, _plan3… in a workbook over several
 * plans, each naming its worksheet in a `sheet` row); without a hidden sheet, the first visible
 * worksheet alone (the check says what is missing).
 */
function workbookGrids(wb: Workbook): SheetGrid[] {
  const date1904 = Boolean(wb.properties?.date1904);
  const keywords = typeof wb.keywords === 'string' ? wb.keywords : undefined;
  const metas = wb.worksheets.filter((w) => w.name === META_SHEET || (w.name.startsWith(META_SHEET) && /^\d+$/.test(w.name.slice(META_SHEET.length))));
  const visible = wb.worksheets.filter((w) => !metas.includes(w));
  const first = visible.find((w) => w.state === 'visible') ?? visible[0];
  if (!metas.length) return [{ rows: first ? gridRows(first) : [], meta: undefined, keywords, date1904 }];
  return metas.map((m) => {
    const meta = gridRows(m).map((r) => r.cells.map(cellText));
    const named = meta.find((r) => r[0] === 'sheet')?.[1];
    const data = named === undefined ? first : visible.find((w) => w.name === named);
    return { rows: data ? gridRows(data) : [], meta, keywords, date1904, ...(named === undefined ? {} : { sheet: named }) };
  });
}

function gridRows(ws: Worksheet): GridRow[] {
  const rows: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length >= MAX_ROWS) return;
    const width = Math.min(MAX_COLS, row.cellCount);
    const cells = [];
    for (let i = 1; i <= width; i++) {
      const cell = row.getCell(i);
      // A merged cell repeats its master's value: only the master counts.
      const value: CellValue = cell.isMerged && cell.master !== cell ? null : cell.value;
      cells.push(readCell(value, { numFmt: cell.numFmt }));
    }
    if (cells.some((c) => c.type !== 'empty')) rows.push({ row: rowNumber, cells });
  });
  return rows;
}

const EMPTY: SheetCell = { type: 'empty' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Any cell value a spreadsheet library hands back: numbers (with a percent format or not),
 * strings (shared or inline), rich text runs, dates, formulas with a cached result, hyperlinks,
 * booleans and error values.
 */
export function readCell(value: unknown, opts: { numFmt?: string | undefined } = {}): SheetCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return Number.isFinite(value) ? { type: 'number', value, percent: /%/.test(opts.numFmt?.replace(/"[^"]*"/g, '') ?? '') } : { type: 'error', text: String(value) };
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { type: 'text', text: value.trim() };
  if (typeof value === 'boolean') return { type: 'bool', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { type: 'error', text: 'Invalid Date' } : { type: 'date', date: utcDate(value) };
  if (isObject(value)) {
    if (Array.isArray(value.richText)) {
      const text = value.richText.map((r: unknown) => (isObject(r) && typeof r.text === 'string' ? r.text : '')).join('');
      return readCell(text);
    }
    if ('error' in value) return { type: 'error', text: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) return readCell(value.result, opts);
    if ('text' in value) return readCell(value.text, opts);
  }
  return { type: 'error', text: typeof value };
}
