// Reading filled 填报表 (.xlsx) back: the file, a zip-bomb guard, and exceljs's cell values as
// SheetCells. exceljs loads on demand (it is large, and only `plan sheet` needs it);
// render/xlsx.ts writes the sheets.
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type * as ExcelNs from 'exceljs';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { META_SHEET, cellText, utcDate, type GridRow, type SheetCell, type SheetGrid } from '../core/sheet.js';
import { zipEntries } from '../core/zip.js';
import type { MessageKey, Params } from '../i18n/index.js';

type ExcelJS = typeof ExcelNs;

export async function excel(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

/**
 * True when a zip unpacks to more than `limit` bytes (a zip bomb), whatever its headers claim:
 * each entry is inflated with a cap on its output before exceljs (which would inflate it whole,
 * into memory) sees the file. A report form unpacks to a few hundred KB.
 */
export function unpacksBeyond(zip: Uint8Array, limit: number): boolean {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let total = 0;
  for (const e of zipEntries(zip)) {
    if (e.local === undefined) continue; // exceljs will call the file damaged
    const data = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    const packed = zip.subarray(data, Math.min(zip.length, data + e.compressedSize));
    if (e.method === 0) total += packed.length;
    else if (e.method === 8) {
      try {
        total += inflateRawSync(packed, { maxOutputLength: limit - total + 1 }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return true;
        // A damaged stream: exceljs says so.
      }
    }
    if (total > limit) return true;
  }
  return false;
}

/** A sheet far bigger than any unit's 填报表 is not read (a zip bomb, a wrong file). */
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_UNPACKED = 50 * 1024 * 1024;
const MAX_ROWS = 10_000;
const MAX_COLS = 40;

export type SheetFileRead = { ok: true; grid: SheetGrid } | { ok: false; key: MessageKey; params: Params };

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

export async function readSheetBytes(bytes: Uint8Array): Promise<SheetFileRead> {
  if (unpacksBeyond(bytes, MAX_UNPACKED)) return { ok: false, key: 'sh_zipBomb', params: { limit: MAX_UNPACKED / 1024 / 1024 } };
  const { Workbook } = await excel();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // jszip's "Can't find end of central directory : is this a zip file ? If it is, see https://…"
    const reason = /central directory|zip file/i.test(message) ? 'not a zip file' : message.split(/\n| : /)[0]!.slice(0, 120);
    return { ok: false, key: 'sh_notXlsx', params: { reason } };
  }
  return { ok: true, grid: workbookGrid(wb) };
}

function workbookGrid(wb: Workbook): SheetGrid {
  const date1904 = Boolean(wb.properties?.date1904);
  const metaSheet = wb.worksheets.find((w) => w.name === META_SHEET);
  const data = wb.worksheets.find((w) => w !== metaSheet && w.state === 'visible') ?? wb.worksheets.find((w) => w !== metaSheet);
  return {
    rows: data ? gridRows(data) : [],
    meta: metaSheet ? gridRows(metaSheet).map((r) => r.cells.map(cellText)) : undefined,
    keywords: typeof wb.keywords === 'string' ? wb.keywords : undefined,
    date1904,
  };
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
