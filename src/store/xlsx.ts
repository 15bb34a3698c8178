// The .xlsx format of the 填报表, and the only module that loads exceljs (on demand: the
// library is large, and only `plan sheet` needs it).
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type * as ExcelNs from 'exceljs';
import type { Borders, CellValue, DataValidation, Fill, Workbook, Worksheet } from 'exceljs';
import { META_SHEET, cellText, readCell, type GridRow, type SheetGrid } from '../core/sheet.js';
import type { MessageKey, Params } from '../i18n/index.js';
import type { SheetLayout } from '../render/sheet.js';
import { stampZip, zipEntries } from '../render/zip.js';
import type { Style } from '../render/table.js';

type ExcelJS = typeof ExcelNs;

async function excel(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

const utc = (date: string): Date => new Date(`${date}T00:00:00Z`);
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const thin: Partial<Borders> = { top: { style: 'thin', color: { argb: 'FFBFBFBF' } }, left: { style: 'thin', color: { argb: 'FFBFBFBF' } }, bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } }, right: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
const INPUT_FILL = 'FFFFF2CC';
const HEADER_FILL = 'FFD9E1F2';
const STATUS_FILL: Record<Style, string> = { red: 'FFF8CBAD', yellow: 'FFFFE699', green: 'FFC6EFCE', grey: 'FFEDEDED', bold: 'FFFFFFFF', cyan: 'FFDDEBF7' };

/** The workbook of one unit's sheet, as bytes. */
export async function sheetWorkbook(layout: SheetLayout): Promise<Uint8Array> {
  const { Workbook } = await excel();
  const wb = new Workbook();
  wb.creator = 'plan';
  wb.lastModifiedBy = 'plan';
  // Dated by the as-of date, not the clock: the same plan and date give the same sheet.
  wb.created = utc(layout.properties.created);
  wb.modified = utc(layout.properties.created);
  wb.title = layout.properties.title;
  wb.subject = layout.properties.subject;
  wb.keywords = layout.properties.keywords;
  wb.description = layout.properties.description;

  const n = layout.headers.length;
  const ws = wb.addWorksheet(layout.sheetName, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: layout.headerRow, topLeftCell: `B${layout.headerRow + 1}`, activeCell: cellRef(layout.valueCol, layout.headerRow + 1) }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${layout.headerRow}:${layout.headerRow}` },
  });
  ws.columns = layout.widths.map((width) => ({ width }));

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = layout.title;
  title.font = { bold: true, size: 14 };
  title.alignment = { vertical: 'middle' };
  ws.getRow(1).height = 24;
  ws.mergeCells(2, 1, 2, n);
  const sub = ws.getCell(2, 1);
  sub.value = layout.subtitle;
  sub.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(2).height = 34;

  const header = ws.getRow(layout.headerRow);
  layout.headers.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = solid(layout.input[i] ? INPUT_FILL : HEADER_FILL);
    c.border = thin;
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  header.height = 30;

  const numberRule = (percent: boolean): DataValidation => {
    const p = percent ? layout.prompts.percent : layout.prompts.number;
    return {
      type: 'decimal',
      operator: percent ? 'between' : 'greaterThanOrEqual',
      formulae: percent ? [0, 100] : [0],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: p.title,
      error: p.text,
      showInputMessage: true,
      promptTitle: p.title,
      prompt: p.text,
    };
  };
  const dateRule: DataValidation = {
    type: 'date',
    operator: 'between',
    formulae: [utc(layout.period.start), utc(layout.period.end)],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: layout.prompts.date.title,
    error: layout.prompts.date.text,
    showInputMessage: true,
    promptTitle: layout.prompts.date.title,
    prompt: layout.prompts.date.text,
  };

  layout.rows.forEach((r, ri) => {
    const row = ws.getRow(layout.headerRow + 1 + ri);
    r.cells.forEach((v, i) => {
      const c = row.getCell(i + 1);
      c.value = typeof v === 'object' ? utc(v.date) : (v ?? null);
      c.border = thin;
      c.alignment = { vertical: 'top', wrapText: layout.wrap[i] ?? false };
      if (typeof v === 'object') c.numFmt = 'yyyy-mm-dd';
      if (layout.input[i]) {
        c.protection = { locked: false };
        c.fill = solid(INPUT_FILL);
      }
    });
    row.getCell(layout.valueCol + 1).dataValidation = numberRule(r.input === 'percent');
    row.getCell(layout.dateCol + 1).dataValidation = dateRule;
    const status = row.getCell(layout.statusCol + 1);
    status.fill = solid(STATUS_FILL[r.style]);
    row.height = Math.max(18, 16 * r.lines + 2);
  });

  // Protected without a password: the locked columns are not edited by accident, and anyone
  // who must can lift it (the import checks them anyway).
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const meta = wb.addWorksheet(layout.metaSheet, { state: 'hidden' });
  for (const r of layout.meta) meta.addRow(r);
  await meta.protect('', { selectLockedCells: true, selectUnlockedCells: true });

  const buf = await wb.xlsx.writeBuffer();
  return stampZip(new Uint8Array(buf), layout.properties.created);
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

function cellRef(col0: number, row: number): string {
  let s = '';
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
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
