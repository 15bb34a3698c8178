// A page with no formal title line: a news report announcing the 民生实事 a government will do
// ("报告指出,2022年县政府将…重点抓好10件民生实事:" / "…表决县政府2025年度十件民生实事项目 正式出炉!"),
// or a headline without a year ("今年市本级为民办实事“十大”工程") over a lead paragraph that names it.
// A reader takes the title from the sentence that names the plan and the year from the lead; so does
// the importer, saying what it assumed, instead of asking for --period.

import { fixSpaces, lineAt, toNorm } from './text.js';
import type { SText } from './text.js';

/** What such a page calls the plan: 民生实事 / 为民办实事, its count before it (10件, 十项, 十大, “十大”), 项目 / 工程 / 清单 after. */
const PLAN_NOUN = /(?:[\d一二三四五六七八九十]{1,3} ?(?:件|项|个|大)|["“]十大["”])?(?:重点)?(?:民生实事|为民办实事|惠民实事|民生工程)(?:项目|工程)?(?:清单)?/g;
/**
 * A year of the text, not a date's (2024年2月28日 is when the page was published), nor the start of something that goes on
 * (从2016年开始,我部每年都公开…, 自2016年起): the plan's year is the one named after it.
 */
const YEAR = /(?<!(?:从|自) ?)((?:19|20)\d{2}) ?年(?:度)?(?! ?\d{1,2} ?月|以来|以前|之前|底| ?(?:开始|起(?!草)))/g;
/** Who the plan is of, written next to its year: 县政府 / 市人民政府 / 市本级 / 市级 (2023年市级民生实事清单). */
const ORG = '(?:[省市县区镇乡](?:人民)?政府|[市县区]本级|[省市县区]级)';
const ORG_BEFORE = new RegExp(`${ORG}$`);
const ORG_AFTER = new RegExp(`^${ORG}`);

/** The lines in the order of the document. */
function inOrder(lines: readonly SText[]): SText[] {
  return [...lines].sort((a, b) => (a.marks[0]?.line ?? 0) - (b.marks[0]?.line ?? 0));
}

/**
 * A report that a body handed out its year's plan: "…向各市妇联…印发《全省妇联2025年工作要点》(以下简称…)", or drew
 * it up and reports it to whom it answers: "…制定了《新乡经济开发区2011年度竞争激励机制目标》。现将各项目标任务报告如下".
 */
const REPORTED = /(?:印发|制定了?) ?《([^《》]{0,30}((?:19|20)\d{2}) ?年度?[^《》]{0,30}?(?:工作要点|要点|工作计划|计划|实施方案|方案|清单|目标|目标任务))》/;

/**
 * The book a report says was handed out, named in 《》 with its year as a plan is named (…研究决定,2019年继续开展为民办实事
 * 工作,并印发《2019年市委、市政府为民办实事工作计划》): the plan's title as the body that issued it wrote it.
 */
export function reportedBook(lines: readonly SText[]): { title: string; year: number; line: number } | undefined {
  for (const st of inOrder(lines)) {
    const m = REPORTED.exec(st.norm);
    if (!m?.[1]) continue;
    const at = m.index + m[0].indexOf('《') + 1;
    return { title: st.raw.slice(at, at + m[1].length).replace(/\s+/g, ''), year: Number(m[2]), line: lineAt(st, at) };
  }
  return undefined;
}

/**
 * A news lead saying a body published its year's plan, no 《》 (近日,国家知识产权局发布2023年工作要点。): the body and the
 * plan's name joined, as the plan is known (国家知识产权局2023年工作要点).
 */
const ANNOUNCED = /(?:^|[,;。!])(?:近日|日前|近期|今天|今日|[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日)? ?,? ?([\u4e00-\u9fff]{2,20}?(?:局|委|厅|部|院|会|办|署|政府|中心|协|联)) ?(?:正式|近日|日前)?(?:发布|印发|出台|公布)(?:了)? ?(((?:19|20)\d{2}) ?年度?(?:工作要点|工作计划|工作安排|要点))(?=[。,;]|$)/;

function announcedPlan(lines: readonly SText[]): { title: string; year: number; line: number } | undefined {
  for (const st of inOrder(lines)) {
    const m = ANNOUNCED.exec(st.norm);
    if (!m?.[1] || !m[2]) continue;
    const org = m.index + m[0].indexOf(m[1]);
    const plan = m.index + m[0].lastIndexOf(m[2]);
    const title = st.raw.slice(org, org + m[1].length) + st.raw.slice(plan, plan + m[2].length);
    return { title: title.replace(/\s+/g, ''), year: Number(m[3]), line: lineAt(st, org) };
  }
  return undefined;
}

/**
 * The plan's title as the lead sentence names it, with the year it gives: the words from the year
 * (and the body named right before it, 县政府2025年度…) to the plan's name when they run on
 * ("县政府2025年度十件民生实事项目"); else the year, the body right after it and the name, without the
 * verbs between ("2022年县政府将继续…重点抓好10件民生实事" -> "2022年县政府10件民生实事"). Only a sentence
 * naming a year before the plan's name.
 */
export function leadTitle(lines: readonly SText[]): { title: string; year: number; line: number } | undefined {
  // (The book the lead says was handed out names it better than the lead's own words: 印发《…工作计划》.)
  const book = reportedBook(lines);
  if (book) return book;
  const announced = announcedPlan(lines);
  if (announced) return announced;
  for (const st of inOrder(lines)) {
    const { norm, raw } = st;
    for (const m of norm.matchAll(PLAN_NOUN)) {
      let from = m.index;
      while (from > 0 && !/[。!?;\n]/.test(norm.charAt(from - 1))) from--;
      const years = [...norm.slice(from, m.index).matchAll(YEAR)];
      const y = years[years.length - 1];
      if (!y) continue;
      const ys = from + y.index;
      const ye = ys + y[0].length;
      const before = ORG_BEFORE.exec(norm.slice(from, ys));
      const start = before ? ys - before[0].length : ys;
      const end = m.index + m[0].length;
      const between = norm.slice(ye, m.index);
      const after = ORG_AFTER.exec(between);
      // (县政府2021年度的十个民生实事项目: a 的 between runs on too.)
      const runsOn = /^ *的? *$/.test(between) || (after !== null && after[0].length === between.length);
      const title = runsOn ? raw.slice(start, end) : raw.slice(start, ye + (after?.[0].length ?? 0)) + raw.slice(m.index, end);
      return { title: fixSpaces(title).replace(/\s+/g, ''), year: Number(y[1]), line: lineAt(st, m.index) };
    }
  }
  return undefined;
}

const CLAUSE_END = /[,，。;；:：!！?？\n]/;

/**
 * The clause holding a year, as a note quotes it for the clerk to find: from the stop before it to the one after
 * (华人策略研究手机版召开2024年工作会议, not 略研究手机版召开2024年工作会议,总结医), at most 16 characters either side, … where cut.
 */
function clauseAround(raw: string, from: number, to: number): string {
  let s = from;
  while (s > 0 && from - s < 16 && !CLAUSE_END.test(raw.charAt(s - 1))) s--;
  let e = to;
  while (e < raw.length && e - to < 16 && !CLAUSE_END.test(raw.charAt(e))) e++;
  const cutBefore = s > 0 && !CLAUSE_END.test(raw.charAt(s - 1));
  const cutAfter = e < raw.length && !CLAUSE_END.test(raw.charAt(e));
  return `${cutBefore ? '…' : ''}${fixSpaces(raw.slice(s, e)).trim()}${cutAfter ? '…' : ''}`;
}

/**
 * The year the lead gives a title that names none ("今年…" under "…确定了2024年将筹措资金…"): the year
 * of the sentence naming the plan, else the first year of the text before the first item (not a
 * date's, nor a 以来 looking back). With the words around it, for the note saying so.
 */
/** The year a lead sums up, then the one it plans: 总结2024年…谋划2025年 / 2024年度工作总结暨2025年度工作部署. */
const REVIEW_THEN_PLAN = [
  /(?:总结|回顾) ?((?:19|20)\d{2}) ?年[^。;]{0,24}?(?:谋划|部署|安排|计划|研究)[^。;]{0,4}?(((?:19|20)\d{2}) ?年度?)/,
  /((?:19|20)\d{2}) ?年度?工作总结暨(((?:19|20)\d{2}) ?年度?)工作(?:部署|安排|计划)/,
];

export function leadYear(lines: readonly SText[]): { year: number; text: string; line: number } | undefined {
  const named = leadTitle(lines);
  const ordered = inOrder(lines);
  // A meeting that sums up one year and lays out the next ("为全面总结2024年工作开展情况,科学谋划2025年工作重点",
  // "2024年度工作总结暨2025年度工作部署会议"): the plan is the next year's work, not the year reviewed.
  for (const st of named === undefined ? ordered : []) {
    const m = REVIEW_THEN_PLAN.map((re) => re.exec(st.norm)).find((r) => r !== null && Number(r[3]) === Number(r[1]) + 1);
    if (!m?.[2]) continue;
    const at = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]!) + 4);
    return { year: Number(m[3]), text: clauseAround(st.raw, at, at + m[2].length), line: lineAt(st, at) };
  }
  for (const st of ordered) {
    for (const y of st.norm.matchAll(YEAR)) {
      const year = Number(y[1]);
      if (named !== undefined && year !== named.year) continue;
      const text = clauseAround(st.raw, y.index, y.index + y[0].length);
      return { year, text, line: lineAt(st, y.index) };
    }
  }
  return undefined;
}

/** A full date: 2013年01月08日, 2024-02-28, 2021/11/28. */
const DATE = /((?:19|20)\d{2}) ?(?:年 ?(?:0?[1-9]|1[0-2]) ?月 ?(?:0?[1-9]|[12]\d|3[01]) ?日|[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d))/;

/**
 * "今年": the year the page was published, when the title or the lead says 今年 (本年) and names no year:
 * the first full date of the page's first lines (its date line, 2013年01月08日 / 2024-02-28 09:59).
 */
export function publishedYear(input: string, said: readonly SText[], upTo = 15): { year: number; text: string; line: number } | undefined {
  if (!said.some((st) => /今年|本年/.test(st.norm))) return undefined;
  const rows = input.split(/\r\n|\r|\n/).slice(0, upTo);
  for (const [k, row] of rows.entries()) {
    const m = DATE.exec(toNorm(row));
    if (m) return { year: Number(m[1]), text: fixSpaces(row.slice(m.index, m.index + m[0].length)), line: k + 1 };
  }
  return undefined;
}

/**
 * The year a plan's items work to when neither its title nor its lead names one ("乡镇重点工作安排" over
 * "2021年计划申报…", "力争2021年7月1日正式开馆", "四是云塑小镇项目2021年二期…"): the year they name most, the
 * first of the most named on a tie (not a 以来 / 以前 looking back, nor one a number counts up to, 到2035年).
 * With the line that first names it, for the note saying so; only when at least two of its mentions agree.
 */
export function itemsYear(bodies: readonly SText[]): { year: number; text: string; line: number; n: number } | undefined {
  const seen = new Map<number, { n: number; text: string; line: number; order: number }>();
  let order = 0;
  for (const st of inOrder(bodies)) {
    for (const y of st.norm.matchAll(/((?:19|20)\d{2}) ?年(?!以来|以前|之前|前后)/g)) {
      if (/[到至]$/.test(st.norm.slice(0, y.index).trimEnd())) continue;
      const year = Number(y[1]);
      const got = seen.get(year);
      if (got) got.n++;
      else seen.set(year, { n: 1, text: clauseAround(st.raw, y.index, y.index + y[0].length), line: lineAt(st, y.index), order: order++ });
    }
  }
  const best = [...seen.entries()].sort((a, b) => b[1].n - a[1].n || a[1].order - b[1].order)[0];
  if (!best || best[1].n < 2) return undefined;
  return { year: best[0], text: best[1].text, line: best[1].line, n: best[1].n };
}

/**
 * The year a page gives the plan when it names none where a reader looks first (title, lead, items): a part
 * headed by the year's work (三、2024年主要工作安排, on a page of a report copied without its title line), the
 * date the notice handing the plan out was signed (a line that is only 2023年6月30日), or the month a lead
 * says the plan was issued (2023年7月,…印發《…》). The last resort before asking for --period.
 */
export function issuedYear(input: string, headings: readonly SText[]): { year: number; text: string; line: number } | undefined {
  for (const st of inOrder(headings)) {
    const m = /^((?:19|20)\d{2}) ?年度? ?(?:主要|重点|重點)?(?:工作|任务|任務|目标|目標)(?:安排|任务|任務|要点|要點|计划|計劃)?/.exec(st.norm.trim());
    if (m) return { year: Number(m[1]), text: clauseAround(st.raw, 0, st.raw.length), line: lineAt(st, 0) };
  }
  const rows = input.split(/\r\n|\r|\n/).slice(0, 40);
  for (const [k, row] of rows.entries()) {
    const norm = toNorm(row).trim();
    const m = /^((?:19|20)\d{2}) ?年 ?(?:0?[1-9]|1[0-2]) ?月 ?(?:(?:0?[1-9]|[12]\d|3[01]) ?日$|[,，]?[^。]{0,30}?印[发發]《)/.exec(norm);
    if (m) return { year: Number(m[1]), text: fixSpaces(row.trim()).slice(0, 40), line: k + 1 };
  }
  return undefined;
}

/**
 * Failing all else, the latest year of the documents the preamble says the plan carries out (根据…《市…实施方案》
 * (營商辦發〔2021〕4號)): a plan is written in the year of the latest one it acts on, or after; a copy reposted
 * with no date of its own gives no better (the repost's 時間:2022-06-08 is the site's).
 */
export function citedYear(preamble: readonly SText[]): { year: number; text: string; line: number } | undefined {
  let best: { year: number; text: string; line: number } | undefined;
  for (const st of inOrder(preamble)) {
    for (const m of st.norm.matchAll(/[〔[［(（]((?:19|20)\d{2})[〕\]］)）] ?第?\d{1,4} ?[号號]/g)) {
      const year = Number(m[1]);
      if (best === undefined || year > best.year) best = { year, text: clauseAround(st.raw, m.index, m.index + m[0].length), line: lineAt(st, m.index) };
    }
  }
  return best;
}
