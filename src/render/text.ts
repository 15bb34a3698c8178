// Terminal text: display width of Chinese (double-width) text, padding, wrapping that never
// cuts a character in half, and escaping of control characters from plan text.

// Pairs of (first, last) code points, flat: no array per range to read in the search below.
const WIDE = new Uint32Array([
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x3fffd],
].flat());

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  // Fast path: CJK ideographs, CJK punctuation and full-width forms, nearly every wide
  // character of a Chinese plan.
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303e) || (cp >= 0xff00 && cp <= 0xff60)) return true;
  let lo = 0;
  let hi = (WIDE.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE[mid << 1]!) hi = mid - 1;
    else if (cp > WIDE[(mid << 1) + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

function isZeroWidth(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f);
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** Columns a string takes in a terminal (ANSI color codes take none). */
export function width(s: string): number {
  const str = s.includes('\x1b') ? s.replace(ANSI, '') : s;
  let w = 0;
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp < 0x300) {
      w++;
      continue;
    }
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      w += 2;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < str.length) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (str.charCodeAt(++i) - 0xdc00);
    }
    w += isZeroWidth(cp) ? 0 : isWide(cp) ? 2 : 1;
  }
  return w;
}

export function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

export function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(s))) + s;
}

/** Cuts to at most w columns, ending with … when cut; never splits a character. */
export function truncate(s: string, w: number): string {
  if (width(s) <= w) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (used + cw > w - 1) break;
    out += ch;
    used += cw;
  }
  return out + '…';
}

const NO_LINE_START = '，。、；：！？）》」』】〕”’…,.;:!?)]%';
/** Opening marks never end a line: 开展“ | 产业工人 reads as a stray quote. */
const NO_LINE_END = '“‘《「『【〔（(';

/**
 * What a line never breaks inside: a run of Latin letters, digits and their signs — 2,000 · 95.5% ·
 * 5G · e-learning · ≥700 · https://… — as a Chinese reader never sees 10,00 | 0人次 or App | lication.
 */
export const WORD_RUN = /[!-~\u00c0-\u024f≥≤±–]+/g;
const WORD_CHAR = /[!-~\u00c0-\u024f≥≤±–]/;

/** Text in the pieces a line may break between: words (see WORD_RUN), spaces, and single other characters (CJK). */
function pieces(s: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of s) {
    if (WORD_CHAR.test(ch)) {
      word += ch;
      continue;
    }
    if (word) out.push(word);
    word = '';
    out.push(ch);
  }
  if (word) out.push(word);
  return out;
}

/**
 * Breaks text into lines of at most w columns: after one of `prefer` (e.g. '、' in a list of
 * units) when the line has one, else between words and spaces (Latin text) or between CJK
 * characters, never inside a number or a word (2,000 · 5G · e-learning); a closing mark never
 * starts a line and an opening one never ends it (禁则). Only a word wider than a whole line is cut.
 */
export function wrap(s: string, w: number, prefer = ''): string[] {
  if (w < 2 || width(s) <= w) return [s];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  // Where the line's last piece starts: the piece carried along to the next line by 禁则.
  let last = -1;
  // Straight quotes so far: an odd count makes the next " a closing one, which never starts a line (a warning's
  // :"50万元以上" ended on a line of its own ").
  let quotes = 0;
  const cut = (at: number) => {
    lines.push(line.slice(0, at).trimEnd());
    line = line.slice(at).trimStart();
    used = width(line);
    last = line ? 0 : -1;
  };
  for (const piece of pieces(s)) {
    const pw = width(piece);
    const opened = quotes % 2 === 1;
    if (piece.includes('"')) quotes += piece.split('"').length - 1;
    if (used + pw > w && line.trim() !== '') {
      const at = prefer ? Math.max(...[...prefer].map((p) => line.lastIndexOf(p))) : -1;
      if (piece === ' ') {
        cut(line.length);
        continue;
      }
      if (at > 0) cut(at + 1);
      if (used + pw > w && line.trim() !== '') {
        const closing = NO_LINE_START.includes(piece[0]!) || (piece[0] === '"' && opened);
        const carry = last > 0 && (closing || NO_LINE_END.includes(line.slice(last))) && width(line.slice(last)) + pw <= w;
        cut(carry ? last : line.length);
      }
    }
    if (line === '' && piece === ' ' && lines.length) continue; // a wrapped line never starts with a space
    if (pw > w - used) {
      // A word wider than a line (a long link): cut between its characters.
      for (const ch of piece) {
        const cw = width(ch);
        if (used + cw > w && line) cut(line.length);
        line += ch;
        used += cw;
      }
      last = -1;
      continue;
    }
    last = line.length;
    line += piece;
    used += pw;
  }
  if (line) lines.push(line);
  return lines;
}

/** A list cut after each breakAt character: "办公室、法律工作部" → "办公室、", "法律工作部". */
export function atoms(text: string, breakAt: string): string[] {
  const out: string[] = [];
  let from = 0;
  // breakAt holds whole BMP characters: a half of a surrogate pair never matches one.
  for (let i = 0; i < text.length; i++) {
    if (breakAt.includes(text[i]!)) {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/**
 * A list (units after 、, targets, item ids after spaces) in lines of at most w columns, whole
 * items per line: a unit name or a target such as 9.1 ≥230000吨 is never split, unless it alone
 * is wider than w.
 */
export function wrapList(text: string, w: number, breakAt: string): string[] {
  if (width(text) <= w) return [text];
  const lines: string[] = [];
  let line = '';
  for (const atom of atoms(text, breakAt)) {
    const joined = line + atom;
    if (!line || width(joined.trimEnd()) <= w) {
      line = line ? joined : atom.trimStart();
      continue;
    }
    lines.push(line.trimEnd());
    line = atom.trimStart();
  }
  if (line) lines.push(line.trimEnd());
  return lines.flatMap((l) => (width(l) > w ? wrap(l, w) : [l]));
}

/**
 * Plan text is never sent to a terminal raw: control characters (ESC, BEL, C1 controls…),
 * bidi overrides (U+202E…) and a stray BOM are shown as \x1B, \x202E, \xFEFF; newlines as spaces.
 */
export function safe(s: string): string {
  // Nearly all plan text has none: one search, no copies.
  return UNSAFE.test(s) ? s.replace(/[\r\n\t]+/g, ' ').replace(CONTROL, hex) : s;
}

/**
 * Like safe(), for text that may span lines (CSV cells, Markdown, multi-line messages):
 * line breaks (CRLF and a lone CR become LF) and tabs stay, every other control character is
 * shown escaped. Reports (Markdown, HTML, Word) print plan text through it too.
 */
export function safeLines(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_LF_TAB, hex);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;
/** CONTROL without g: test() then keeps no lastIndex between calls. It includes \r, \n and \t. */
const UNSAFE = new RegExp(CONTROL.source);
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LF_TAB = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;
const hex = (c: string): string => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
