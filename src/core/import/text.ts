// Text helpers shared by the import stages.
//
// Every piece of text travels as an SText: `raw` is the document's text with whitespace
// runs collapsed (full-width characters and Traditional characters as written), `norm` is
// the same text in the canonical form the parser matches against (ASCII digits, letters and
// punctuation, Simplified keywords). The two always have the same length, character for
// character, so a span found in `norm` is cut from `raw` with the same offsets: names and
// text keep what the document wrote while the patterns stay simple.

import { foldChar, foldWidth } from '../fold.js';
import { TRAD_TO_SIMP } from './trad.js';

/** Where a physical input line starts inside an SText (`line` is 1-based, in the ORIGINAL input). */
export interface Mark {
  at: number;
  line: number;
}

export interface SText {
  raw: string;
  norm: string;
  marks: Mark[];
}

const EXTRA: ReadonlyMap<number, string> = new Map([
  [0x3010, '['], // 【
  [0x3011, ']'], // 】
  [0xfe59, '('], // ﹙
  [0xfe5a, ')'], // ﹚
  [0xfe50, ','], // ﹐
  [0xfe51, '、'], // ﹑
  [0xfe54, ';'], // ﹔
  [0xfe55, ':'], // ﹕
  [0x2236, ':'], // ∶ (ratio sign, often typed as a colon)
  [0x2013, '-'], // –
  [0x2212, '-'], // −
  [0xfe6a, '%'], // ﹪ (small percent sign)
  [0x2105, '%'], // ℅ (care-of sign, a PDF's look-alike for %: 100℅纳入监测范围)
  [0x301d, '“'], // 〝 (the double prime quotes a converter writes for “”: “攻坚战〞)
  [0x301e, '”'], // 〞
  [0x301f, '”'], // 〟
]);

/** Marks a list's points open on: ▶ ► ▸ ▷ ● ◆ ◇ ■ ▪ ➤ (not ○, a zero in 二○二三; not □, a blank left to fill). */
const BULLETS: ReadonlySet<string> = new Set(['▶', '►', '▸', '▷', '●', '◆', '◇', '■', '▪', '➤']);
/** A line opening on such a mark. */
export const BULLET_LINE = /^[▶►▸▷●◆◇■▪➤]/;

/** The separator a number groups its thousands with in the parse form (١٬٠٠٠): 3,300 is 3٬300, no clause break. */
export const THOUSANDS = '\u066c';

/** Is the comma at i a thousands separator: 1–3 digits before it (no more), then groups of exactly three? */
function thousands(s: string, i: number): boolean {
  const digit = (k: number) => /[0-9０-９]/.test(s.charAt(k));
  let k = i - 1;
  while (k >= 0 && digit(k)) k--;
  const before = i - 1 - k;
  if (before < 1 || before > 3 || (k >= 0 && /[.．]/.test(s.charAt(k)))) return false;
  return digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4);
}

/**
 * Numbering marks that stand for the circled numbers ① – ⑳, one character each: ❶ ➀ ➊ ⓵ (1–10) and ⓫ (11–20), the first
 * of each run and the circled number it stands for.
 */
const CIRCLED_LIKE: ReadonlyArray<readonly [number, number, number]> = [
  [0x2776, 0x277f, 0x2460], // ❶–❿
  [0x2780, 0x2789, 0x2460], // ➀–➉
  [0x278a, 0x2793, 0x2460], // ➊–➓
  [0x24f5, 0x24fe, 0x2460], // ⓵–⓾
  [0x24eb, 0x24f4, 0x246a], // ⓫–⓴
];

/** The circled number ① – ⑳ a look-alike mark stands for, or undefined. */
function circledOf(c: number): string | undefined {
  for (const [from, to, base] of CIRCLED_LIKE) if (c >= from && c <= to) return String.fromCharCode(base + c - from);
  return undefined;
}

/**
 * A keycap numeral, 1️⃣ (the digit, U+FE0F, U+20E3) or 1⃣: the number it stands for, 1 ., read as 1. is (the enclosing keycap
 * its full stop, the variation selector before it a space).
 */
function keycapOf(s: string, i: number): string | undefined {
  const c = s.charCodeAt(i);
  if (c === 0x20e3 && /[0-9]\uFE0F?$/.test(s.slice(Math.max(0, i - 2), i))) return '.';
  if (c === 0xfe0f && s.charCodeAt(i + 1) === 0x20e3) return ' ';
  return undefined;
}

/**
 * A sub-section's number in tortoise-shell brackets, 〔一〕 / 〔十二〕 (a word processor's or a copy's brackets for (一)): the
 * brackets read as ( and ). A 文号's 〔2023〕 holds digits and a label's 〔责任单位:…〕 words: both stay 〔〕.
 */
function shellOf(s: string, i: number): string | undefined {
  const c = s.charAt(i);
  if (c === '〔' && /^〔[一二三四五六七八九十]{1,3}〕/.test(s.slice(i, i + 5))) return '(';
  if (c === '〕' && /〔[一二三四五六七八九十]{1,3}$/.test(s.slice(Math.max(0, i - 4), i))) return ')';
  return undefined;
}

/** The parse form: width folding, a few look-alike punctuation marks, Traditional to Simplified. Same length as the input. */
export function toNorm(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const simp = TRAD_TO_SIMP.get(c);
    const ch = foldChar(c) ?? EXTRA.get(c) ?? circledOf(c) ?? keycapOf(s, i) ?? shellOf(s, i) ?? (simp === undefined ? s.charAt(i) : String.fromCharCode(simp));
    // A star marking an item or a count (1.*改建…床位220张, 、*3家…: the city's 市级实事) is no part of the words,
    // nor is a bullet opening a point of a list (▶新增公共停车位800个, ●, ◆, ■).
    if (ch === '*' || BULLETS.has(ch)) out += ' ';
    // 計畫, 規畫, 策畫 (Taiwan's 计划, 规划, 策划): 畫 there is 划, the plan word every rule knows, not 画 (a picture).
    else if (ch === '画' && out.length > 0 && '计规策'.includes(out.charAt(out.length - 1))) out += '划';
    // A comma grouping a number's thousands (約3,300公頃, 72,000個) is no clause break: the number's own separator.
    else if (ch === ',' && thousands(s, i)) out += THOUSANDS;
    else out += ch;
  }
  return out;
}

/** Trims and collapses every whitespace run (tabs, U+3000, NBSP …) to one ASCII space. */
export function collapse(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/**
 * The whitespace fix applied to text we output: a space survives only between two ASCII
 * characters ("New Ranking", "x xx"); spaces around Chinese text are PDF/web artefacts
 * ("不少于 700 条" -> "不少于700条"). Newlines are kept; each line is trimmed.
 */
export function fixSpaces(s: string): string {
  return s
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\u3000\u00a0]+/g, ' ')
        .replace(/ (?=[^\x21-\x7e])|(?<=[^\x21-\x7e]) /g, '')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** A display string cut from raw text: whitespace fixed and full-width letters/digits folded. */
export function display(raw: string): string {
  return fixSpaces(foldWidth(raw));
}

export function stext(raw: string, line: number): SText {
  return { raw, norm: toNorm(raw), marks: [{ at: 0, line }] };
}

/** Joins many pieces at once (appending one by one would copy the text each time). seps[i] goes before parts[i + 1]. */
export function joinS(parts: SText[], seps: string[]): SText {
  const first = parts[0];
  if (parts.length === 1 && first) return first;
  let raw = '';
  let norm = '';
  const marks: Mark[] = [];
  parts.forEach((p, i) => {
    if (i > 0) {
      const sep = seps[i - 1] ?? '';
      raw += sep;
      norm += sep;
    }
    for (const m of p.marks) marks.push({ at: m.at + raw.length, line: m.line });
    raw += p.raw;
    norm += p.norm;
  });
  if (marks.length === 0) marks.push({ at: 0, line: 1 });
  return { raw, norm, marks };
}

export function sliceS(s: SText, start: number, end: number = s.raw.length): SText {
  const marks: Mark[] = [{ at: 0, line: lineAt(s, start) }];
  for (const m of s.marks) {
    if (m.at > start && m.at < end) marks.push({ at: m.at - start, line: m.line });
  }
  return { raw: s.raw.slice(start, end), norm: s.norm.slice(start, end), marks };
}

/** The original line number of offset `pos`. */
export function lineAt(s: SText, pos: number): number {
  // Binary search: the last mark at or before pos.
  let lo = 0;
  let hi = s.marks.length - 1;
  let line = s.marks[0]?.line ?? 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s.marks[mid];
    if (m === undefined) break;
    if (m.at <= pos) {
      line = m.line;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return line;
}

/** Characters after which a line is a finished sentence (else a following line continues it). */
export function endsSentence(norm: string): boolean {
  return /[。;:!?)\]」』…]$/.test(norm.trimEnd());
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 三十 -> 30, 二十五 -> 25, 一百零五 -> 105, 两千 -> 2000, 三万 -> 30000; undefined when not a numeral. */
export function parseChineseNumber(s: string): number | undefined {
  if (s === '' || s.length > 12) return undefined;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    const u = CN_UNITS[ch];
    if (d !== undefined) {
      digit = d;
    } else if (u !== undefined) {
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
    } else if (ch === '万') {
      total += (section + Math.max(digit, 0)) * 10000;
      section = 0;
      digit = -1;
    } else {
      return undefined;
    }
  }
  return total + section + Math.max(digit, 0);
}

/** 二〇二六 -> 2026 (digit by digit, as years are written). */
export function parseChineseYear(s: string): number | undefined {
  if (s.length !== 4) return undefined;
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return n;
}
