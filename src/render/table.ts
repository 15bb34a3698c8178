import { atoms, padEnd, safe, safeLines, width, WORD_RUN, wrap, wrapList } from './text.js';

export type Style = 'red' | 'yellow' | 'green' | 'grey' | 'bold' | 'cyan';
export type Cell = string | number | null | undefined | { text: string; style?: Style };

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Shrinks (wrapping its text) when the table is wider than the terminal. */
  flex?: boolean;
  /**
   * Characters after which a wrapped cell may break ('、' in a list of units): the pieces
   * between them (a unit name, a target such as 9.1 ≥230000吨) are never split.
   */
  breakAt?: string;
  /** A label over this column and the neighbours with the same group, on a header line above. */
  group?: string;
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

const GAP = 2;
/** A flex column of prose (a title) is never narrower: four Chinese characters a line. */
const PROSE_FLOOR = 8;
/** Rows weighed when choosing column widths: enough to see the shape of a long table. */
const SAMPLE_ROWS = 200;
/** What a wrapped line costs: in the table's height, in a title, in a list of units or targets. */
const HEIGHT_WEIGHT = 1;
const PROSE_WEIGHT = 2;
const LIST_WEIGHT = 1;

interface Measured {
  texts: string[][];
  headers: string[];
  /** Each cell's width, row by row (texts[r][i] is cellWidths[r * columns + i]). */
  cellWidths: Int32Array;
  /** Each column's width with nothing wrapped. */
  natural: number[];
  /** Each column's narrowest width with nothing split that must stay whole (worked out when a layout first asks). */
  readonly min: number[];
}

function measure(table: Table): Measured {
  const n = table.columns.length;
  const texts = table.rows.map((r) => table.columns.map((_, i) => safe(cellText(r[i]))));
  const headers = table.columns.map((c) => safe(c.header));
  const cellWidths = new Int32Array(texts.length * n);
  // A loop, not Math.max(...rows): one call argument per row overflows the stack on big plans.
  const natural = headers.map((h) => width(h));
  for (let r = 0; r < texts.length; r++) {
    const row = texts[r]!;
    for (let i = 0; i < n; i++) {
      const w = width(row[i]!);
      cellWidths[r * n + i] = w;
      if (w > natural[i]!) natural[i] = w;
    }
  }
  let min: number[] | undefined;
  return {
    texts,
    headers,
    cellWidths,
    natural,
    // A piped table is printed at its natural widths: only a terminal's layout needs these.
    get min(): number[] {
      return (min ??= table.columns.map((c, i) => {
        if (!c.flex) return natural[i]!;
        let widest = width(headers[i]!);
        for (let r = 0; r < texts.length; r++) {
          const text = texts[r]![i]!;
          // A cell no wider than the widest piece so far has no wider piece.
          if (cellWidths[r * n + i]! <= widest) continue;
          widest = Math.max(widest, widestPiece(text, c.breakAt));
        }
        return c.breakAt ? widest : Math.max(widest, Math.min(PROSE_FLOOR, natural[i]!));
      }));
    },
  };
}

/** The widest of what must stay whole: the items of a list (between breakAt characters), or a number or word in prose. */
function widestPiece(text: string, breakAt: string | undefined): number {
  let widest = 0;
  if (breakAt) for (const a of atoms(text, breakAt)) widest = Math.max(widest, width(a.trim()));
  else for (const m of text.match(WORD_RUN) ?? []) widest = Math.max(widest, width(m));
  return widest;
}

/** A cell's lines at a width: a list packs whole items per line; prose wraps between characters. */
function cellLines(text: string, w: number, col: Column): string[] {
  if (!col.flex || width(text) <= w) return [text];
  return col.breakAt ? wrapList(text, w, col.breakAt) : balanced(text, w);
}

/** Prose in as few lines as at width w, but as even as they can be: 搭建职工教育 / 培训平台, not 搭建职工教育培训平 / 台. */
function balanced(text: string, w: number): string[] {
  const lines = wrap(text, w);
  if (lines.length < 2) return lines;
  // The narrowest width that still takes no more lines (found by halving: wrap is the cost).
  let best = lines;
  let lo = Math.min(PROSE_FLOOR, w);
  let hi = w - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const tried = wrap(text, mid);
    if (tried.length > lines.length) lo = mid + 1;
    else {
      best = tried;
      hi = mid - 1;
    }
  }
  return best;
}

/** The narrowest this table can be printed with every unit name, target and number whole. */
export function minTableWidth(table: Table): number {
  return narrowest(measure(table));
}

/**
 * Column widths that fit maxWidth: every column at its natural width when that fits; else each
 * flex column starts at its narrowest (nothing split) and the room left goes, a little at a time,
 * where it saves the most lines — so the column that needs the room (a long title) gets it, not
 * one that merely has it (a short unit name padded). Only a table too wide even at its narrowest
 * splits what it must (widest flex column first), so a line never runs past the terminal.
 */
function layout(table: Table, m: Measured, maxWidth: number | undefined): number[] {
  const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + GAP * (ws.length - 1);
  if (!maxWidth || total(m.natural) <= maxWidth) return m.natural;
  const widths = [...m.min];
  const flex = table.columns.map((c, i) => (c.flex ? i : -1)).filter((i) => i >= 0);
  if (total(widths) > maxWidth) {
    const floor = (i: number) => Math.max(PROSE_FLOOR, width(m.headers[i]!));
    while (total(widths) > maxWidth) {
      const shrinkable = flex.filter((i) => widths[i]! > floor(i));
      if (!shrinkable.length) break;
      const widest = shrinkable.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
      widths[widest]!--;
    }
    return widths;
  }
  const step = Math.max(1, Math.ceil(m.texts.length / SAMPLE_ROWS));
  const rows = m.texts.filter((_, r) => r % step === 0);
  const memo = new Map<number, number[]>();
  // Lines of every sampled row of column i at width w.
  const linesAt = (i: number, w: number): number[] => {
    const key = i * 10_000 + w;
    let got = memo.get(key);
    if (!got) memo.set(key, (got = rows.map((r) => cellLines(r[i]!, w, table.columns[i]!).length)));
    return got;
  };
  // Fewer lines read better: the table's height, and each cell's own lines, prose (a title cut
  // mid-phrase) weighing more than a list (a break after 、 is natural).
  const cost = (ws: number[]) => {
    const per = table.columns.map((c, i) => (c.flex ? linesAt(i, ws[i]!) : undefined));
    let sum = 0;
    for (let r = 0; r < rows.length; r++) {
      let tallest = 1;
      per.forEach((l, i) => {
        if (!l) return;
        tallest = Math.max(tallest, l[r]!);
        sum += (l[r]! - 1) * (table.columns[i]!.breakAt ? LIST_WEIGHT : PROSE_WEIGHT);
      });
      sum += (tallest - 1) * HEIGHT_WEIGHT;
    }
    return sum;
  };
  let spare = maxWidth - total(widths);
  let current = cost(widths);
  while (spare > 0) {
    // The widening that saves the most per column of room; a Chinese character needs two.
    let best: { i: number; k: number; saved: number } | undefined;
    for (const i of flex) {
      for (let k = 1; k <= Math.min(spare, m.natural[i]! - widths[i]!); k++) {
        widths[i]! += k;
        const saved = current - cost(widths);
        widths[i]! -= k;
        if (saved > 0 && (!best || saved / k > best.saved / best.k)) best = { i, k, saved };
        if (saved > 0) break;
      }
    }
    if (!best) break;
    widths[best.i]! += best.k;
    spare -= best.k;
    current -= best.saved;
  }
  return widths;
}

/**
 * A plain aligned table (two spaces between columns, no borders), double-width aware.
 * With maxWidth, flex columns wrap so every line fits (see layout); a character is never cut in half.
 */
export function renderTable(table: Table, opts: { paint?: Paint; maxWidth?: number } = {}, measured?: Measured): string {
  const paint = opts.paint ?? noPaint;
  const m = measured ?? measure(table);
  const widths = layout(table, m, opts.maxWidth);
  const lines: string[] = [];
  // `known`: the cells' widths when measured (a cell that fits is printed as it is, without measuring it again).
  const emit = (cells: string[], styles: (Style | undefined)[], known?: Int32Array, at = 0) => {
    const wrapped = cells.map((c, i) => (known && known[at + i]! <= widths[i]! ? undefined : cellLines(c, widths[i]!, table.columns[i]!)));
    let height = 1;
    for (const w of wrapped) if (w && w.length > height) height = w.length;
    for (let h = 0; h < height; h++) {
      const parts = cells.map((c, i) => {
        const lines = wrapped[i];
        const text = lines ? (lines[h] ?? '') : h === 0 ? c : '';
        const room = Math.max(0, widths[i]! - (lines ? width(text) : h === 0 ? known![at + i]! : 0));
        const padded = table.columns[i]!.align === 'right' ? ' '.repeat(room) + text : text + ' '.repeat(room);
        const style = styles[i];
        return style && text ? paint(style, padded) : padded;
      });
      lines.push(parts.join(' '.repeat(GAP)).trimEnd());
    }
  };
  const groups = groupLine(table, widths);
  if (groups) lines.push(paint('bold', groups));
  emit(m.headers, m.headers.map(() => 'bold'));
  const n = table.columns.length;
  m.texts.forEach((r, ri) => emit(r, table.rows[ri]!.map((c) => (c && typeof c === 'object' ? c.style : undefined)), m.cellWidths, ri * n));
  return lines.join('\n') + '\n';
}

/** The line above the headers naming column groups, each centred over its columns; none without groups. */
function groupLine(table: Table, widths: number[]): string | undefined {
  if (!table.columns.some((c) => c.group)) return undefined;
  let line = '';
  let at = 0;
  for (let i = 0; i < table.columns.length; ) {
    const group = table.columns[i]!.group;
    let j = i;
    while (j + 1 < table.columns.length && group && table.columns[j + 1]!.group === group) j++;
    const span = widths.slice(i, j + 1).reduce((a, b) => a + b, 0) + GAP * (j - i);
    if (group) {
      const label = safe(group);
      const left = at + Math.max(0, Math.floor((span - width(label)) / 2));
      line = padEnd(line, left) + label;
    }
    at += span + GAP;
    i = j + 1;
  }
  return line.trimEnd();
}

/** The table without its column i (a narrower version of a screen). */
export function withoutColumn(table: Table, i: number): Table {
  return { columns: table.columns.filter((_, j) => j !== i), rows: table.rows.map((row) => row.filter((_, j) => j !== i)) };
}

/**
 * The first of several versions of a table (fullest first) that fits maxWidth with nothing split
 * that must stay whole; the last one when none does. Piped (no maxWidth), the first.
 */
export function renderFitted(tables: readonly Table[], opts: { paint?: Paint; maxWidth?: number } = {}): string {
  if (opts.maxWidth === undefined) return renderTable(tables[0]!, opts);
  for (const table of tables) {
    const m = measure(table);
    if (narrowest(m) <= opts.maxWidth || table === tables[tables.length - 1]) return renderTable(table, opts, m);
  }
  return '';
}

function narrowest(m: Measured): number {
  return m.min.reduce((a, b) => a + b, 0) + GAP * (m.min.length - 1);
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
  // Most cells (names, dates, figures) need none of the escapes below: give them back as they are.
  if (!MD_NEEDS.test(s) && !MD_LEAD.test(s)) return s;
  return safeLines(s)
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]<>#~]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, '<br>')
    .replace(/^(\s*)([-+=])/, '$1\\$2');
}

// What mdCell changes: control characters and line breaks (not tabs), the directional and
// separator characters safeLines shows as \xNN, Markdown's specials; and a leading sign.
// eslint-disable-next-line no-control-regex
const MD_NEEDS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\\|*_`[\]<>#~]/;
const MD_LEAD = /^\s*[-+=]/;

export function renderMarkdownTable(table: Table): string {
  const head = `| ${table.columns.map((c) => mdCell(c.header)).join(' | ')} |`;
  const rule = `| ${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const body = table.rows.map((r) => `| ${table.columns.map((_, i) => mdCell(cellText(r[i]))).join(' | ')} |`);
  return [head, rule, ...body].join('\n') + '\n';
}
