import { padEnd, padStart, safe, safeLines, width, wrap } from './text.js';

export type Style = 'red' | 'yellow' | 'green' | 'grey' | 'bold' | 'cyan';
export type Cell = string | number | null | undefined | { text: string; style?: Style };

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Shrinks (wrapping its text) when the table is wider than the terminal. */
  flex?: boolean;
  /** Characters after which a wrapped cell prefers to break ('、' for a list of units). */
  breakAt?: string;
}

export interface Table {
  columns: Column[];
  rows: Cell[][];
}

export type Paint = (style: Style, s: string) => string;
export const noPaint: Paint = (_style, s) => s;

// The 16-colour ANSI codes every terminal knows; six styles do not need a colour library
// (chalk cost 5 ms of start-up, most of it detecting a terminal we had already detected).
const CODES: Record<Style, [number, number]> = { red: [31, 39], yellow: [33, 39], green: [32, 39], cyan: [36, 39], grey: [90, 39], bold: [1, 22] };
export const ansi: Paint = (style, s) => `\x1b[${CODES[style][0]}m${s}\x1b[${CODES[style][1]}m`;

export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'object') return c.text;
  return String(c);
}

/**
 * A plain aligned table (two spaces between columns, no borders), double-width aware.
 * With maxWidth, flex columns wrap so every line fits; a character is never cut in half.
 */
export function renderTable(table: Table, opts: { paint?: Paint; maxWidth?: number } = {}): string {
  const paint = opts.paint ?? noPaint;
  const texts = table.rows.map((r) => table.columns.map((_, i) => safe(cellText(r[i]))));
  const headers = table.columns.map((c) => safe(c.header));
  const widths = table.columns.map((_, i) => Math.max(width(headers[i]!), ...texts.map((r) => width(r[i]!))));
  const gap = 2;
  if (opts.maxWidth) {
    const total = () => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
    const flex = table.columns.map((c, i) => (c.flex ? i : -1)).filter((i) => i >= 0);
    // Take one column at a time from the widest flex column, down to a floor of 8 (or its header).
    const floor = (i: number) => Math.max(8, width(headers[i]!));
    while (total() > opts.maxWidth) {
      const shrinkable = flex.filter((i) => widths[i]! > floor(i));
      if (!shrinkable.length) break;
      const widest = shrinkable.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
      widths[widest]!--;
    }
  }
  const lines: string[] = [];
  const emit = (cells: string[], styles: (Style | undefined)[]) => {
    const wrapped = cells.map((c, i) => (table.columns[i]!.flex ? wrap(c, widths[i]!, table.columns[i]!.breakAt) : [c]));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let h = 0; h < height; h++) {
      const parts = wrapped.map((w, i) => {
        const text = w[h] ?? '';
        const padded = table.columns[i]!.align === 'right' ? padStart(text, widths[i]!) : padEnd(text, widths[i]!);
        const style = styles[i];
        return style && text ? paint(style, padded) : padded;
      });
      lines.push(parts.join(' '.repeat(gap)).trimEnd());
    }
  };
  emit(headers, headers.map(() => 'bold'));
  texts.forEach((r, ri) => emit(r, table.rows[ri]!.map((c) => (c && typeof c === 'object' ? c.style : undefined))));
  return lines.join('\n') + '\n';
}

/**
 * CSV for Excel: UTF-8 BOM, CRLF, quoted cells; a cell starting with = + - @ tab or CR is prefixed
 * with ' so Excel does not run it. A gap such as +13.3 is written 13.3: the same number, which
 * Excel reads as one, and no cell starts with +. Control characters other than line breaks and tabs are shown
 * escaped (\x1B), as in a table: CSV is often printed on a terminal.
 */
export function renderCsv(table: Table): string {
  const cell = (c: Cell): string => {
    let s = typeof c === 'number' ? cellText(c) : safeLines(cellText(c));
    if (typeof c !== 'number' && /^\+\d+(\.\d+)?%?$/.test(s)) s = s.slice(1);
    else if (/^[=+\-@\t\r]/.test(s) && typeof c !== 'number') s = `'${s}`;
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = [table.columns.map((c) => cell(c.header)), ...table.rows.map((r) => table.columns.map((_, i) => cell(r[i])))];
  return '\ufeff' + rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/** Escapes text for a Markdown table cell (GitHub flavoured): control characters, pipes, newlines, emphasis, HTML. */
export function mdCell(s: string): string {
  return safeLines(s)
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]<>#~]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, '<br>')
    .replace(/^(\s*)([-+=])/, '$1\\$2');
}

export function renderMarkdownTable(table: Table): string {
  const head = `| ${table.columns.map((c) => mdCell(c.header)).join(' | ')} |`;
  const rule = `| ${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const body = table.rows.map((r) => `| ${table.columns.map((_, i) => mdCell(cellText(r[i]))).join(' | ')} |`);
  return [head, rule, ...body].join('\n') + '\n';
}
