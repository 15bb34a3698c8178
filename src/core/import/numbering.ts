// Word's automatic numbering, as text: a paragraph numbered by Word carries no "一、" or "1."
// in its text, only a list level; the number is drawn from numbering.xml (w:numFmt, w:lvlText
// such as "%1、" or "（%1）"). Plans are structured by exactly these numbers, so they are
// rebuilt here the way Word shows them.

export interface Level {
  start: number;
  format: string;
  text: string;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (as 一、 headings are written). */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = parts.length > 0;
      return;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push(`${CN[d] ?? ''}${units[i] ?? ''}`);
  });
  const s = parts.join('');
  return s.startsWith('一十') ? s.slice(1) : s;
}

function letters(n: number, upper: boolean): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode((upper ? 65 : 97) + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  let k = n;
  for (const [v, r] of table) {
    while (k >= v) {
      s += r;
      k -= v;
    }
  }
  return s;
}

/** One counter in a w:numFmt. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x245f + n) : `(${n})`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2473 + n) : `(${n})`;
    case 'lowerLetter':
      return letters(n, false);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counters of one numbered list (a w:abstractNum and every w:num on it), advanced paragraph by paragraph. */
export class ListCounter {
  private readonly counts: number[] = [];
  constructor(private readonly levels: ReadonlyMap<number, Level>) {}

  /** Word's "restart at N" (w:startOverride): the next paragraph at `ilvl` is numbered `start`. */
  restart(ilvl: number, start: number): void {
    this.counts[ilvl] = start - 1;
    this.counts.length = ilvl + 1;
  }

  /** The number text of the next paragraph at `ilvl`: "一、", "（二）", "3." ('' for a bullet). */
  next(ilvl: number): string {
    const level = this.levels.get(ilvl);
    if (!level) return '';
    for (let i = 0; i < ilvl; i++) this.counts[i] ??= (this.levels.get(i)?.start ?? 1) - 1;
    this.counts[ilvl] = (this.counts[ilvl] ?? level.start - 1) + 1;
    this.counts.length = ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text.replace(/%(\d)/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const l = this.levels.get(k);
      return formatCounter(Math.max(this.counts[k] ?? 1, 1), l?.format ?? 'decimal');
    });
  }
}
