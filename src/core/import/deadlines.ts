// Stage 5: deadlines. "2026年6月底前" -> 2026-06-30, "6月30日前", "年底前" -> the period end,
// "第二季度" -> 2026-06-30, "上半年" -> 2026-06-30. All patterns run on the parse form.

import { says, type ImportMessage } from './errors.js';

export interface DeadlineHit {
  start: number;
  end: number;
  /** YYYY-MM-DD; absent when the phrase was recognised but is unusable (see problem). */
  date?: string;
  problem?: ImportMessage;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A valid date, or a problem message. */
export function makeDate(year: number, month: number, day: number | 'end'): { date?: string; problem?: ImportMessage } {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    return { problem: says('imp_badMonth', { date: `${year}-${month}` }) };
  }
  const last = daysIn(year, month);
  const d = day === 'end' ? last : day;
  if (!Number.isInteger(d) || d < 1 || d > last) return { problem: says('imp_badDate', { date: `${year}-${pad(month)}-${d}` }) };
  return { date: `${year}-${pad(month)}-${pad(d)}` };
}

const XUN: Readonly<Record<string, number | 'end'>> = { 上: 10, 中: 20, 下: 'end' };

const QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Rule {
  re: RegExp;
  date: (m: RegExpExecArray, year: number) => { date?: string; problem?: ImportMessage };
}

const num = (s: string | undefined): number => Number(s ?? 'NaN');
/** 一月 … 十二月 (the index is the month). */
const CN_MONTH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * What a step dated by its month does: the work built, begun or opened (竣工, 开工, 投用), or a document put out
 * (公布预算信息, 出台实施方案), not one put out before (2021年2月印发的《…》).
 */
const MONTH_STEP = '(?:竣工|完工|建成|完成|开工|投用|投入使用|投入运营|投入试运营|投产|交付|通车|开业|开馆|开园|(?:公布|发布|出台|印发)(?!的|了))';

// Most specific first; a later rule never matches inside an earlier hit.
const RULES: Rule[] = [
  {
    re: /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日 ?(?:前|之前|以前|止|为止)/g,
    date: (m) => makeDate(num(m[1]), num(m[2]), num(m[3])),
  },
  { re: /(\d{4}) ?年 ?(\d{1,2}) ?月份? ?(?:底|末)(?:前|之前)?/g, date: (m) => makeDate(num(m[1]), num(m[2]), 'end') },
  // 上旬 / 中旬 / 下旬: by the 10th, the 20th, the month's end.
  { re: /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(上|中|下)旬(?:前|之前|末)?/g, date: (m) => makeDate(num(m[1]), num(m[2]), XUN[m[3] ?? ''] ?? 'end') },
  // A dated step: "2023年5月竣工", "2023年1月开工建设", "2021年2月公布预算信息" — by the end of that month.
  { re: new RegExp(`(\\d{4}) ?年 ?(\\d{1,2}) ?月份?(?= ?(?:前后)?${MONTH_STEP})`, 'g'), date: (m) => makeDate(num(m[1]), num(m[2]), 'end') },
  // By a month of a year, "到2025年7月,建成…示范校", "到2025年7月,…优良率≥92%": by that month's end (到2025年, the year's).
  { re: /(?:到|至)(\d{4}) ?年 ?(\d{1,2}) ?月份?(?![\d日号底末上中下初])/g, date: (m) => makeDate(num(m[1]), num(m[2]), 'end') },
  // (Or "在2024年或之前": in that year or before it.)
  { re: /(\d{4}) ?年(?:年)?(?:底|末)(?:前|之前)?|(\d{4}) ?年 ?或(?:之前|以前)/g, date: (m) => makeDate(num(m[1] ?? m[2]), 12, 'end') },
  // The middle of a year, "在2023年中完成…": by the end of its first half.
  { re: new RegExp(`(\\d{4}) ?年 ?中(?:前|之前)?(?= ?${MONTH_STEP}|[,;。]|$)`, 'g'), date: (m) => makeDate(num(m[1]), 6, 'end') },
  // A financial year as Hong Kong writes it, its second year in two digits: 2027-28年度 runs to 31 March 2028.
  {
    re: /((?:19|20)\d{2}) ?[-—–] ?(\d{2}) ?年度/g,
    date: (m) => (Number(m[2]) === (num(m[1]) + 1) % 100 ? makeDate(num(m[1]) + 1, 3, 31) : { problem: says('imp_badDate', { date: m[0] }) }),
  },
  { re: /(\d{4}) ?年 ?(上|下)半年/g, date: (m) => makeDate(num(m[1]), m[2] === '上' ? 6 : 12, 'end') },
  {
    re: /(\d{4}) ?年 ?(?:第|前)?([一二三四1-4])季度(?:末|底)?(?:前|之前)?/g,
    date: (m) => makeDate(num(m[1]), (QUARTER[m[2] ?? ''] ?? 0) * 3, 'end'),
  },
  // A dated step with its year: "力争2021年7月1日正式开馆" — on that day.
  {
    re: /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日(?=[\u4e00-\u9fff]{0,4}?(?:竣工|完工|建成|开工|投用|投入使用|投入运营|投入试运营|投产|交付|通车|开业|开馆|开园))/g,
    date: (m) => makeDate(num(m[1]), num(m[2]), num(m[3])),
  },
  {
    re: /(?<![\d年每])(\d{1,2}) ?月 ?(\d{1,2}) ?日 ?(?:前|之前|以前|止|为止)/g,
    date: (m, year) => makeDate(year, num(m[1]), num(m[2])),
  },
  // A dated step: "7月1日项目投入试运营" — on that day.
  {
    re: /(?<![\d年每])(\d{1,2}) ?月 ?(\d{1,2}) ?日(?=[\u4e00-\u9fff]{0,4}?(?:竣工|完工|建成|开工|投用|投入使用|投入运营|投入试运营|投产|交付|通车|开业|开馆|开园))/g,
    date: (m, year) => makeDate(year, num(m[1]), num(m[2])),
  },
  { re: /(?<![\d年每])(\d{1,2}) ?月 ?(上|中|下)旬(?:前|之前|末)?/g, date: (m, year) => makeDate(year, num(m[1]), XUN[m[2] ?? ''] ?? 'end') },
  { re: /(?<![\d年每])(\d{1,2}) ?月份? ?(?:底|末)(?:前|之前)?/g, date: (m, year) => makeDate(year, num(m[1]), 'end') },
  // The month in words, as a speech writes it: "争取在七月底前完成补配工作", "十二月底前".
  { re: /(?<![\d年每一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])月份? ?(?:底|末)(?:前|之前)?/g, date: (m, year) => makeDate(year, CN_MONTH.indexOf(m[1] ?? ''), 'end') },
  // A step to be done before a month, "11月前全面完成", "8月前完成": by that month's end, as a 完成时限 cell's 8月前 is.
  { re: new RegExp(`(?<![\\d年每.])(\\d{1,2}) ?月份? ?(?:前|之前)(?= ?(?:全面|全部|基本)?${MONTH_STEP})`, 'g'), date: (m, year) => makeDate(year, num(m[1]), 'end') },
  // The same step in the plan's year: "6月開工", "7月完工" (a 目标进度 cell) — by the end of that month.
  { re: new RegExp(`(?<![\\d年每.])(\\d{1,2}) ?月份?(?= ?(?:前后)?${MONTH_STEP})`, 'g'), date: (m, year) => makeDate(year, num(m[1]), 'end') },
  { re: /(?<![\d年每])(?:年底|年末)(?:前|之前)?|(?<![\d每])(?:年内|全年)/g, date: (_m, year) => makeDate(year, 12, 'end') },
  { re: /(?<![\d年每])(上|下)半年/g, date: (m, year) => makeDate(year, m[1] === '上' ? 6 : 12, 'end') },
  {
    re: /(?<![\d每])(?:第|前)?([一二三四])季度(?:末|底)?(?:前|之前)?/g,
    date: (m, year) => makeDate(year, (QUARTER[m[1] ?? ''] ?? 0) * 3, 'end'),
  },
  // "到2025年，…" / "2022年，全市新建…": the targets of that clause are for the end of that year.
  { re: /(?:到|至)(\d{4}) ?年(?![\d月份度])|(?<![\d.\-—~至到])(\d{4}) ?年(?=,)/g, date: (m) => makeDate(num(m[1] ?? m[2]), 12, 'end') },
  // So are those of a clause done in a later year than the plan's, "于2023年为…111个道路构筑物进行翻新" in a 2022 plan:
  // within it (在2023年完成… in 2023's own plan says no more than the plan does).
  { re: /(?<=(?:于|在) ?)(\d{4}) ?年(?![\d月份度中底末内前或]| ?(?:基础|的|以来|起))/g, date: (m, year) => (num(m[1]) > year ? makeDate(num(m[1]), 12, 'end') : {}) },
];

/** A year named from when the text was written, before a month, a quarter or the year's end: 今年7月底前, 今年年底前, 今年底. */
const relativeYear = (word: string) =>
  new RegExp(`(${word})(?:(底|末)|(?=(?:\\d{1,2}|[一二三四五六七八九十]{1,2}) ?月|年底|年末|上半年|下半年|第?[一二三四]季度))`, 'g');
const THIS_YEAR = relativeYear('今年|本年');
const NEXT_YEAR = relativeYear('明年');
/** The words dropped, the length kept: 今年7月底前 reads as 7月底前, 今年底 as 年底 (the rules then date them in the plan's year). */
const dropYearWord = (norm: string, re: RegExp) => norm.replace(re, (m: string, _w: string, end?: string) => (end ? ` 年${end}` : ' '.repeat(m.length)));

/**
 * A text written the year before its plan (a 区政府工作报告 read to the congress in December, its 分解 dated 2022年12月27日
 * for 2023) says 明年 for the plan's year: 明年7月份建成 is July of the plan's year. The parse form with that read so.
 */
export function nextYearIsPlanYear(norm: string): string {
  return dropYearWord(norm, NEXT_YEAR);
}

/** Every deadline phrase in `norm`, in order of position. `year` is the plan year. */
export function findDeadlines(text: string, year: number): DeadlineHit[] {
  // (今年 is the plan's year: 今年年底前 is its end.)
  const norm = dropYearWord(text, THIS_YEAR);
  const hits: DeadlineHit[] = [];
  const covered = new Uint8Array(norm.length);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(norm); m; m = rule.re.exec(norm)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (covered.subarray(start, end).includes(1)) continue;
      // (A rule may find its words say no date here: no hit.)
      const date = rule.date(m, year);
      if (date.date === undefined && date.problem === undefined) continue;
      covered.fill(1, start, end);
      // (The hit takes in the year word dropped before it: 今年 of 今年7月底前.)
      let from = start;
      while (from > 0 && norm.charAt(from - 1) === ' ' && text.charAt(from - 1) !== ' ') from--;
      hits.push({ start: from, end, ...date });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Values that mean "no particular deadline" in a 完成时限 column. */
const OPEN_ENDED = /^(长期|持续|常态|全年|年内|长期坚持|持续推进|常态化|按进度|按要求|按计划|适时|定期)/;

/**
 * A whole 完成时限 value: everything findDeadlines knows, plus bare "2026年6月", "6月",
 * "2026.6.30", "2026-06". Returns undefined for open-ended values (长期坚持, 全年 …)
 * and { problem } for values that look like a date but cannot be read.
 */
export function parseDeadlineValue(norm: string, year: number): DeadlineHit | undefined {
  const v = norm.trim().replace(/[。.;,]$/, '');
  if (v === '' || OPEN_ENDED.test(v)) return undefined;
  const hits = findDeadlines(v, year);
  const last = hits[hits.length - 1];
  if (last) return last;
  const whole = (d: { date?: string; problem?: ImportMessage }): DeadlineHit => ({ start: 0, end: v.length, ...d });
  let m = /^(\d{4}) ?年 ?(\d{1,2}) ?月份?(?:前|之前|完成)?$/.exec(v);
  if (m) return whole(makeDate(num(m[1]), num(m[2]), 'end'));
  m = /^(\d{1,2}) ?月份?(?:前|之前|完成)?$/.exec(v);
  if (m) return whole(makeDate(year, num(m[1]), 'end'));
  m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:前|之前)?$/.exec(v);
  if (m) return whole(makeDate(num(m[1]), num(m[2]), num(m[3])));
  m = /^(\d{4})[-./](\d{1,2})(?:前|之前)?$/.exec(v);
  if (m) return whole(makeDate(num(m[1]), num(m[2]), 'end'));
  m = /^(\d{1,2}) ?月 ?(\d{1,2}) ?日(?:前|之前)?$/.exec(v);
  if (m) return whole(makeDate(year, num(m[1]), num(m[2])));
  m = /^(\d{4}) ?年(?:前|之前)?$/.exec(v);
  if (m) return whole(makeDate(num(m[1]), 12, 'end'));
  if (/\d/.test(v) || /月|季度|半年/.test(v)) return whole({ problem: says('imp_deadlineUnread', { text: v.slice(0, 40) }) });
  return undefined;
}

/**
 * A table cell that holds only a deadline (or an open-ended one such as 长期坚持). One that cannot be read
 * as a date is one only when it names a time (年, 月, 季度, 底, 前): a figure with its measure word, 400项,
 * 各80个, 98%, is a target's cell.
 */
export function isDeadlineCell(norm: string): boolean {
  const v = norm.trim();
  if (v === '' || v.length > 24) return false;
  if (OPEN_ENDED.test(v) && v.length <= 12) return true;
  const hit = parseDeadlineValue(v, 2000);
  if (hit?.problem !== undefined && !/[年月季日旬底前]/.test(v)) return false;
  return hit !== undefined && hit.end - hit.start >= v.replace(/[。.;,]$/, '').length - 4;
}

/**
 * A time cell that numbers one date per task ("1.2021年8月 2.2021年12月"): the dates in order (undefined
 * for one that cannot be read), or undefined when the cell is not such a list (fewer than two, or not dates).
 */
export function numberedDates(norm: string, year: number): Array<string | undefined> | undefined {
  const v = norm.trim();
  const marks = [...v.matchAll(/(?:^|\s+)(\d{1,2})[.、．]\s*(?=\d)/g)];
  if (marks.length < 2 || marks[0]?.index !== 0 || marks.some((m, k) => Number(m[1]) !== k + 1)) return undefined;
  const parts = marks.map((m, k) => v.slice(m.index + m[0].length, marks[k + 1]?.index ?? v.length).trim());
  if (!parts.every((p) => isDeadlineCell(p))) return undefined;
  return parts.map((p) => parseDeadlineValue(p, year)?.date);
}
