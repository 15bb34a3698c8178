// The annex tables' column widths, shared by the Word file and the HTML page.
import type { ReportTable } from './common.js';

/** Cell padding, left and right together, in twips. */
export const CELL_PAD = 120;

/**
 * Column widths in twips: each column its characters of 9 pt (180 twips) plus padding; the
 * column of width 0 (the task) takes what is left of the line.
 */
export function columnWidths(tb: ReportTable, total: number): number[] {
  const fixed = tb.columns.map((c) => (c.width ? Math.round(c.width * 180) + CELL_PAD : 0));
  const rest = Math.max(1800, total - fixed.reduce((a, b) => a + b, 0));
  return fixed.map((w) => w || rest);
}

