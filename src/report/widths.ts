// The annex tables' column widths, shared by the Word file and the HTML page.
import { width } from '../render/text.js';
import type { ReportTable } from './common.js';

/** Cell padding, left and right together, in twips. */
export const CELL_PAD = 120;

/** One character of the tables' 9 pt font, in twips; a digit or Latin letter is half of it. */
const CHAR = 180;

/** The narrowest the task column gets, in twips: about ten characters. */
const TASK_MIN = 1800;

/**
 * A cell's text in characters of the table font: a Chinese character is one, a digit half, and
 * each change between digits and Chinese a quarter more (the space Word and LibreOffice put there).
 */
export function cellChars(s: string): number {
  // Lookaheads, so that 6年1 counts twice: the 年 ends one change and starts the next.
  const changes = s.match(/[0-9A-Za-z%.](?=[\u3000-\u9fff\uff00-\uffef])|[\u3000-\u9fff\uff00-\uffef](?=[0-9A-Za-z])/g)?.length ?? 0;
  return width(s) / 2 + changes / 4;
}

/**
 * Column widths in twips: each column its characters of 9 pt plus padding; the column of width 0
 * (the task) takes what is left of the line. A figure, date or status column grows to its widest
 * cell (see cellChars, plus a quarter character of slack), so that no 100000人次 or 2026年12月31日 breaks across
 * lines; when the line is too short for that, the growth is shared out.
 */
export function columnWidths(tb: ReportTable, total: number): number[] {
  const base = tb.columns.map((c) => (c.width ? Math.round(c.width * CHAR) + CELL_PAD : 0));
  const want = tb.columns.map((c, i) => {
    if (!c.width || !c.nowrap) return base[i]!;
    const widest = tb.rows.reduce((m, r) => Math.max(m, cellChars(r[i] ?? '')), 0);
    return Math.max(base[i]!, Math.ceil((widest + 0.25) * CHAR) + CELL_PAD);
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const room = total - TASK_MIN - sum(base);
  const growth = sum(want) - sum(base);
  const share = growth <= 0 ? 0 : Math.max(0, Math.min(1, room / growth));
  const fixed = base.map((b, i) => (b ? b + Math.floor((want[i]! - b) * share) : 0));
  const rest = Math.max(TASK_MIN, total - sum(fixed));
  return fixed.map((w) => w || rest);
}
