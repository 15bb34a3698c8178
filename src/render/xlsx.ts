// The 填报表 as .xlsx bytes: the layout (render/sheet.ts) written with exceljs, which loads on
// demand (it is large, and only `plan sheet export` needs it).
import type * as ExcelNs from 'exceljs';
import type { Borders, DataValidation, Fill } from 'exceljs';
import { stampZip } from '../core/zip.js';
import type { SheetLayout } from './sheet.js';
import type { Style } from './table.js';

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

/** The workbook of one unit's sheet (or, over several plans, its sheet of each), as bytes. */
export async function sheetWorkbook(layouts: SheetLayout | readonly SheetLayout[]): Promise<Uint8Array> {
  const all = Array.isArray(layouts) ? (layouts as readonly SheetLayout[]) : [layouts as SheetLayout];
  const layout = all[0]!;
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

  for (const one of all) await addSheet(wb, one);
  const buf = await wb.xlsx.writeBuffer();
  return stampZip(new Uint8Array(buf), layout.properties.created);
}

/** A plan's worksheet and its hidden sheet. */
async function addSheet(wb: ExcelNs.Workbook, layout: SheetLayout): Promise<void> {
  const n = layout.headers.length;
  const ws = wb.addWorksheet(layout.sheetName, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: layout.headerRow, topLeftCell: `B${layout.headerRow + 1}`, activeCell: cellRef(layout.valueCol, layout.headerRow + 1) }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${layout.headerRow}:${layout.headerRow}` },
  });
  ws.columns = layout.widths.map((width) => ({ width }));

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = xlsxText(layout.title);
  title.font = { bold: true, size: 14 };
  title.alignment = { vertical: 'middle' };
  ws.getRow(1).height = 24;
  ws.mergeCells(2, 1, 2, n);
  const sub = ws.getCell(2, 1);
  sub.value = xlsxText(layout.subtitle);
  sub.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(2).height = 34;

  const header = ws.getRow(layout.headerRow);
  layout.headers.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = xlsxText(h);
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
      if (v !== undefined && typeof v === 'object' && 'formula' in v) c.value = { formula: v.formula };
      else c.value = typeof v === 'object' ? utc(v.date) : typeof v === 'string' ? xlsxText(v) : (v ?? null);
      c.border = thin;
      // 序号 centered: right-aligned beside a left-aligned 编号, 1 and 4 would read as 14.
      c.alignment = { vertical: 'top', wrapText: layout.wrap[i] ?? false, ...(i === layout.noCol ? { horizontal: 'center' as const } : {}) };
      if (typeof v === 'object' && 'date' in v) c.numFmt = 'yyyy-mm-dd';
      if (layout.numberCols.includes(i)) c.numFmt = r.numFmt;
      if (i === layout.rateCol) c.numFmt = '0.0%';
      if (layout.input[i]) {
        c.protection = { locked: false };
        c.fill = solid(INPUT_FILL);
      }
    });
    row.getCell(layout.valueCol + 1).dataValidation = numberRule(r.input === 'percent');
    row.getCell(layout.expectedCol + 1).fill = solid(STATUS_FILL[r.style]);
    row.height = Math.max(18, 16 * r.lines + 2);
  });

  // The footer: 填报单位 (locked), 填报人, 联系电话, 审核人（单位负责人）, 填报日期 (filled in).
  layout.footer.forEach((f, k) => {
    const row = ws.getRow(layout.footerRow + k);
    const label = row.getCell(layout.footerCol + 1);
    label.value = xlsxText(f.label);
    label.font = { bold: true };
    label.alignment = { horizontal: 'right', vertical: 'middle' };
    const value = row.getCell(layout.footerCol + 2);
    const v = f.value;
    value.value = v === undefined ? null : typeof v === 'object' ? ('date' in v ? utc(v.date) : null) : typeof v === 'string' ? xlsxText(v) : v;
    if (v !== undefined && typeof v === 'object' && 'date' in v) {
      value.numFmt = 'yyyy-mm-dd';
      value.dataValidation = dateRule;
    }
    value.border = thin;
    value.alignment = { horizontal: 'left', vertical: 'middle' };
    const first = layout.footerCol + 2;
    ws.mergeCells(layout.footerRow + k, first, layout.footerRow + k, first + layout.footerSpan - 1);
    if (f.input) {
      value.protection = { locked: false };
      value.fill = solid(INPUT_FILL);
    }
    row.height = 20;
  });

  // Protected without a password: the locked columns are not edited by accident, and anyone
  // who must can lift it (the import checks them anyway).
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const meta = wb.addWorksheet(layout.metaSheet, { state: 'hidden' });
  for (const r of layout.meta) meta.addRow(r.map(xlsxText));
  await meta.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/**
 * Text as a cell holds it without loss. XML cannot hold most control characters, a lone
 * surrogate or U+FFFE/U+FFFF, and reads a CR as a line feed: exceljs would drop or change them,
 * and the sheet would come back different from what went out (the hidden sheet "edited"). The
 * spreadsheet format's own escape, _xHHHH_, carries them; Excel and exceljs decode it on reading.
 * A literal "_x0041_" in the text is kept literal by escaping its underscore (_x005F_).
 */
export function xlsxText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}

function cellRef(col0: number, row: number): string {
  let s = '';
  for (let n = col0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
}
