// Stage 2: logical lines -> title, sections and items.
//
// Numbering levels, top to bottom: 一、 > (一) > 1. > (1) > ①. The schema has two levels
// (sections and items), so:
//  - items are the 1. level when the document has one (or the rows of a flattened table);
//    otherwise (1), otherwise (一), otherwise 一、 (then in one implicit section);
//  - sections are 一、 when present; without 一、, the (一) sub-sections become the sections;
//  - with both 一、 and (一) above the items, the sub-section is FOLDED into each of its
//    items: the item title becomes "<sub-section title>：<item title>" (done in index.ts,
//    which also disambiguates item numbers that restart under each heading);
//  - levels below the item ((1) under 1., ①) stay inside the item text, on their own lines, unless the item's
//    line is only a short heading over them ("2.重点工作举措。" / "(1)…"): then the deepest numbered level
//    carries the tasks, and each line under the heading is an item (id 2-1), see groupHeads.

import { bodyAttribution, isUnitListLine, labelKind } from './attribute.js';
import type { Role } from './attribute.js';
import { isDeadlineCell, numberedDates, parseDeadlineValue } from './deadlines.js';
import { QUOTA_HEADER, SAME, STEP_HEADER, classify, headerCore, isHeaderCell } from './markers.js';
import type { Classified, LineKind, LogicalLine } from './markers.js';
import { chineseCounting } from './numbering.js';
import { BULLET_LINE, endsSentence, joinS, lineAt, parseChineseNumber, sliceS, stext } from './text.js';
import type { SText } from './text.js';

export interface Heading {
  kind: 'section' | 'sub';
  id: string;
  title: SText;
  line: number;
  /** Attribution lines right under the heading: inherited by its items that name no unit. */
  attrLines: SText[];
}

/**
 * `status`: the state a row is to reach this year (具体完成情况, 2023年度计划: 当年完成, 开工建设, 完工投用),
 * beside the table's own progress columns: a goal when the cell names one, else nothing.
 */
export type ColumnRole = 'index' | 'task' | 'target' | 'quota' | 'lead' | 'dept' | 'co' | 'deadline' | 'leader' | 'measure' | 'status' | `year:${number}` | `step:${string}` | 'ignore';

export interface SegItem {
  id: string;
  line: number;
  body: SText;
  attrLines: SText[];
  deadlineLines: SText[];
  unitCells: Array<{ st: SText; role: Role }>;
  deadlineCells: SText[];
  /** 责任领导 column cells: people. */
  leaderCells: SText[];
  /** The figures this level is held to (a 区本级任务数 cell: 9亿元, 12亿元/10亿元). */
  quotaCells?: SText[];
  /** Cells of a target column (预期效果, 目标值): a figure alone there (400项, 98%, 100个左右) is the row's target. */
  targetCells?: SText[];
  /** `status` column cells naming the state to reach this year (当年完成, 开工建设, 完工投用): a milestone each. */
  goalCells?: SText[];
  /** An indicator table's 单位 column (岁, %, /10万) and its year columns (2025年: ≥79.2). */
  measureCell?: SText;
  yearCells: Array<{ year: number; st: SText }>;
  sub?: Heading;
  /** The numbered line heading this item and its siblings of the next level ("2.重点工作举措。" over "(1)…"). */
  group?: Heading;
  /**
   * A table item whose merged 序号/项目 cells hold several rows, each with its own content and
   * progress (a project's rows, one per 责任单位): its targets are read row by row.
   */
  rows?: Array<{ body: SText; deadlineCells: SText[] }>;
  /**
   * Made of a sub-section's heading and the prose under it or on its line, the sub-section having no numbered items
   * ("(二)抓好民生工程,完成41项农村饮水安全项目" / "41项…工程…计划于9月底前全部完成。"): an item, a leaf of the
   * numbering, unless it frames the plan (指导思想, 保障措施): then only when it holds a target.
   */
  prose?: Unplaced[];
  /**
   * Tasks of the item's table rows with a time of their own, as spans of its body: a row left by merged cells
   * ("对七星路…提档升级; | 2021.12 | 城投集团 |"), or the item's row when its time cell numbers one date per task
   * ("1.2021年8月 2.2021年12月").
   */
  steps?: Array<{ start: number; end: number; due: SText }>;
  /** Bullets of the item closed by brackets of their own, a bullet going on after each (- …。(環境及生態局) / - …): their units are the item's too. */
  bulletParts?: SText[];
  /** The item's attribution has been read: further prose does not belong to it. */
  closed: boolean;
  table: boolean;
}

export interface SegSection {
  heading?: Heading;
  items: SegItem[];
  /** Prose right under a heading that has no numbered items ("一、主要目标 / 到2025年，…"): it may hold targets. */
  prose: Unplaced[];
}

export interface Unplaced {
  st: SText;
  preamble: boolean;
  /** An entry of a collection's table of contents: no title of the plan. */
  toc?: boolean;
}

export interface Segmented {
  title?: SText;
  signature?: SText;
  sections: SegSection[];
  unplaced: Unplaced[];
  /** Sub-section titles were folded into item titles. */
  folded: boolean;
  itemLevel?: LineKind;
  /** Every title-like line before the first item (the chosen title among them). */
  preambleTitles?: SText[];
  /** The 印发通知's own text (its requirements to the units): not the plan, not imported. */
  notice?: SText[];
}

/**
 * An item's words are a heading naming it, a line of its own, when they are short and hold no sentence
 * ("2025年村内基础设施提升工程", "切实筑牢安全防线") and the text `next` under them is a paragraph: a blank line
 * stands between, or it is a sentence of some length. A line a page broke mid-sentence runs on instead.
 */
export function headsParagraph(head: SText, next: SText): boolean {
  const h = head.norm.trim();
  if (h.length < 4 || h.length > 30 || /[。;,!?:、]/.test(h)) return false;
  const blank = (next.marks[0]?.line ?? 0) > (head.marks[head.marks.length - 1]?.line ?? 0) + 1;
  return blank || (next.norm.length >= 30 && /[。;!?]/.test(next.norm));
}

/** The second line of a title: short, no sentence punctuation, often the period "(2024-2027年)…". */
function isTitleTail(norm: string): boolean {
  return norm.length <= 30 && !/[。;!?,:]/.test(norm) && (/^\((?:19|20)\d{2}/.test(norm) || /(方案|计划|要点|任务|清单|意见)$/.test(norm));
}

/**
 * A year a title names, not a span's start: "教育局2026年工作要点(2篇)" over "教育局2026年工作要点" is the same title
 * twice (a document site's listing and the document's own), each naming its year, no title over two lines.
 */
const OWN_YEAR = /(?<!\()(?:19|20)\d{2} ?年/;
/** A plan's own title, its year and what it is (…2026年度工作要点, …2024年工作计划): no heading's text. */
const OUTLINE_TITLE = /(?:19|20)\d{2} ?年度?[^。;,:]{0,12}(?:工作要点|工作计划|工作安排|工作方案|任务清单|重点工作)$/;

/** How much a line looks like the plan's title: the 印发通知 naming it in 《》, a year, a plan word. */
function titleScore(norm: string): number {
  let n = 0;
  if ((/《.+》/.test(norm) && /印发|转发|通知|关于/.test(norm)) || /关于(?:印发|转发).+的通知/.test(norm)) n += 100;
  if (/(?:19|20)(?:\d{2}|xx|XX) ?年|[〇零一二三四五六七八九]{4}年|(?<!\d)1\d{2} ?年/.test(norm)) n += 20;
  // A news page's headline naming the 民生实事 it announces ("今年市本级为民办实事“十大”工程") is the plan's title too.
  if (/工作要点|任务分解|分解方案|实施方案|工作方案|行动方案|工作计划|任务清单|责任清单|责任分工|民生实事|办实事|实事项目/.test(norm)) n += 10;
  if (norm.length >= 8) n += 2;
  // A metadata block's "名称: …" repeats the title the page prints under it: the bare line wins.
  if (/^(?:名 ?称|标 ?题) ?:/.test(norm)) n -= 1;
  // So does a document site's file name over the text (…行动计划方案(2021-2022年)(18页).docx): the title printed in it wins.
  if (FILE_EXT.test(norm)) n -= 1;
  return n;
}

/**
 * The first line of a title broken over two lines, itself no title: short, no sentence
 * punctuation, naming the year (2022年, “十四五”) or what the plan carries out (政府工作报告);
 * the second line has no year of its own (else it is a title by itself) and is short.
 */
function isTitleHead(head: string, rest: string): boolean {
  // "铜川市人民政府办公室关于" / "落实《政府工作报告》重点工作分工的意见": the issuer and 关于 on the first line, what
  // the document is about on the next, as a 公文 sets a long title (the year may be in neither).
  if (/^[\u4e00-\u9fff()]{2,30}(?:关于|關於|關于)$/.test(head) && rest.length <= 40 && !/[。;!?:]/.test(rest) && /(?:意见|意見|通知|方案|要点|要點|计划|計劃|清单|清單|分工|分解)$/.test(rest)) return true;
  if (head.length < 4 || head.length > 30 || rest.length > 24 || /[。;!?,:、]/.test(head) || /^(关于|印发)/.test(rest)) return false;
  if (/^[\d\s年月日.\-/:]+$/.test(head) || /^[([]/.test(head)) return false;
  if (/(?:19|20)\d{2} ?年|[〇零一二三四五六七八九]{4}年/.test(rest)) return false;
  return /(?:19|20)\d{2} ?年|十[一二三四五六七八九]?个?五|政府工作报告/.test(head) && isTitleLike(head + rest);
}

/**
 * A row of two cells or more (a table header's second line "截至6月底进展 | 7月工作计划 |||"): no title;
 * but a metadata label and its value (信息名称: | 区政府关于印发…的通知) are.
 */
function isRowOfCells(cells: SText[] | undefined): boolean {
  const full = (cells ?? []).filter((c) => c.norm.trim() !== '');
  return full.length >= 2 && !/[:：]$/.test(full[0]?.norm.trim() ?? '');
}

const TITLE_KEY =
  /(工作要点|工作思路|任务分解|责任分解|分解方案|工作计划|实施方案|工作方案|行动方案|行动计划|任务清单|责任分工|责任清单|重点工作|重点任务|工作安排|施政目标|(?<=\S{2})施政报告(?=$|[-—(])|衡量指标|考核指标|要点|计划|方案|通知|意见|清单|实事)/;

/** A line that is one book title and a year, as a page prints its headline: 《2025年区政府工作报告目标任务上半年推进情况汇总表》. */
const BOOK_LINE = /^《[^《》]{4,78}》$/;

/** A document site's file name ending a title line (…工作要点.docx): no part of the title. */
/**
 * A document site's file name standing for the title: the extension, the copy's number a site adds before it
 * (镇2023年政府工作要点2.docx) and a mark after it (2023年市妇联工作要点.docxVIP) are no part of the title.
 */
export const FILE_EXT = /(?<=[\u4e00-\u9fff)）])[1-9]?\.(?:docx?|pdf|wps|xlsx?)(?: ?VIP)?$|\.(?:docx?|pdf|wps|xlsx?)(?: ?VIP)?$/i;
/** A document site's count of the texts it gathers under one title ("(2篇)", "(精选20篇)"): no part of the title. */
export const SITE_COUNT = / ?[(（](?:精选|优质|通用|热门|精品)?[\d０-９]{1,3} ?篇[)）]$/;
/**
 * A mirror's spam put where the issuer's name stood: keywords joined by _, Latin brand names among them
 * (365bet账号被限制_beat365在线_beat365体育登陆网址2022年政务公开任务分解责任清单). No official title holds a _:
 * the title runs from its year.
 */
export const SPAM_HEAD = /^[^_]*[A-Za-z][^_]*(?:_[^_]*?)+?(?=(?:19|20)\d{2} ?年)/;

export function isTitleLike(norm: string): boolean {
  // (The name a page's metadata gives the document, 名称:双牌工业集中区部室简介, whatever it calls itself.)
  if (/^(?:名 ?称|标 ?题) ?: ?[^。;!?:]{4,60}$/.test(norm)) return true;
  if (BOOK_LINE.test(norm) && /(?:19|20)\d{2} ?年/.test(norm)) return true;
  return norm.length >= 4 && norm.length <= 80 && !/[。;!?]/.test(norm) && !/[,:]$/.test(norm) && !/[,][^,]{2,},/.test(norm) && TITLE_KEY.test(norm);
}

const HEADER_ROLES: Array<[RegExp, ColumnRole]> = [
  [/^(序号|编号|序|NO\.?|No\.?)$/, 'index'],
  [/^(?:计划)?(完成时限|完成时间|时间节点|时限|时间要求|办结时限|完成期限|进度安排|目标进度|进度目标|实施计划|推进计划|时间安排)$/, 'deadline'],
  [/^(目标|工作目标|预期目标|预期效果|年度目标|目标要求|质量要求|指标|考核指标|指标要求|目标值|完成标准|工作标准|目标任务)$/, 'target'],
  [QUOTA_HEADER, 'quota'],
  // The state each row is to reach this year, beside the report (具体完成情况 | 2025年进展情况), or the
  // year's plan for a project (2023年度 / 计划: 完工投用): a goal when the cell names one.
  [/^(?:具体|计划|预计)完成情况$|^(?:年度)?计划$/, 'status'],
  // The report filled in beside the plan (a 督办 table's progress columns): not the plan.
  [/^(备注|类别|分类|领域|进展情况|完成情况|工作进展|推进情况|落实情况|完成进度|存在问题|工作评价|监督方式|督查方式|督办方式)$/, 'ignore'],
  // A project's whole budget (or this year's share of it) describes it, as its years and its funds' source do: no target.
  [/^(总投资|计划投资|当年投资|年度投资|起止年限|建设起止年限|建设年限|资金来源)$/, 'ignore'],
];

const roleOf = (n: string): ColumnRole | undefined => HEADER_ROLES.find(([re]) => re.test(n))?.[1] ?? labelKind(n);

export function headerRoles(cells: SText[]): ColumnRole[] {
  return cells.map((c): ColumnRole => {
    const n = c.norm.replace(/\s+/g, '');
    if (/^(单位|计量单位)$/.test(n)) return 'measure';
    const y = /^((?:19|20)\d{2})年(?:目标|目标值)?$/.exec(n);
    if (y) return `year:${Number(y[1])}`;
    const step = STEP_HEADER.exec(headerCore(n));
    if (step) return `step:${step[1] ?? ''}`;
    const role = roleOf(headerCore(n));
    if (role) return role;
    // Two unit columns in one (责任主体与协同单位): the units all take part.
    const two = /^(.{2,6})(?:与|和|及)(.{2,6})$/.exec(n);
    const parts = two ? [roleOf(two[1] ?? ''), roleOf(two[2] ?? '')] : [];
    if (parts.length === 2 && parts.every((r) => r === 'lead' || r === 'dept' || r === 'co')) return 'dept';
    // The work and its schedule in one (工作举措及实施计划: dated steps, 4月底前…; 8月底前…): read as its steps.
    if (parts.includes('deadline')) return 'deadline';
    return isHeaderCell(n) ? 'task' : 'ignore';
  });
}

/** A `status` cell naming the state to reach this year: 当年完成, 开工建设, 完工投用, 基本完工 (not a report: 已完成, 达序推进). */
export const GOAL =
  /^(?:当年|年内|年底前?|本年度?|全年|(?:19|20)\d{2} ?年(?:底前?|内)?)?(?:基本|全面|全部)?(?:完成|建成|竣工|完工|开工|开工建设|完工投用|建成投用|竣工投用|投用|投入使用|交付使用|启动|启动建设)$/;

/** An attachment's mark standing alone: 附件1, 附件 2. */
const PART = /^附 ?件 ?(\d{1,2})$/;

/** Kinds of line that number a plan: where one is, 一是 opening a paragraph is no item. */
const NUMBERED: ReadonlySet<LineKind> = new Set<LineKind>(['section', 'sub', 'item', 'paren', 'circled', 'tableRow']);
/** A paragraph opening on 一是 / 二是 … 十二是 (not 一是一非), or on 一要 / 二要 as a speaker lists what is asked (not 三要素). */
const ENUM_START = /^([一二三四五六七八九十]{1,3})(?:是(?![一二三四五六七八九十]是)|要(?![素求点]))[,，:：]? ?(?=\S)/;

/**
 * A sentence that counts what it lists after a colon: "40项民生实事项目包括:", "十件实事分别是:", or the count in
 * the sentence before it: "接续办好15件重点民生实事。具体包括:".
 */
const LIST_INTRO = /(\d{1,3}|[一二三四五六七八九十]{1,3}) ?(?:项|件|个|大|类)(?:[^:;。]{0,30}?(?:。 ?(?:具体|主要|分别))?(?:包括|包含|分别是|分别为|如下|主要有|是|为) ?:|[^:;。,\d]{0,12}?, ?即)/;
/** A list opened with no count of its own ("2025年鲤城区为民办实事项目清单包括:"), the line before counting it. */
const LIST_OPENS = /(?:包括|包含|分别是|分别为|主要有) ?:/;
/** The count the line before gives ("鲤城区公布2025年34件为民办实事项目清单,…"): of projects, 实事 or tasks. */
const LIST_COUNT = /(\d{1,3}|[一二三四五六七八九十]{1,3}) ?(?:项|件|个)(?=[^,;。]{0,12}(?:项目|实事|事项|工程|任务))/;

/**
 * The names of a list set off by 、, [start, end) in `norm` from `from`: split outside quotes and brackets, up to
 * the sentence's end ("A项目、“治理‘餐桌污染’,建设‘食品放心工程’项目”、…、若羌火车站加装电梯项目。").
 */
function enumerated(norm: string, from: number): Array<[number, number]> {
  const open = '“‘《(「【';
  const close = '”’》)」】';
  const out: Array<[number, number]> = [];
  let depth = 0;
  let at = from;
  let ended = false;
  for (let i = from; i < norm.length && !ended; i++) {
    const c = norm.charAt(i);
    if (open.includes(c)) depth++;
    else if (close.includes(c)) {
      depth = Math.max(0, depth - 1);
      // (Names in quotes run together, “A”“B”“C”, with nothing between them: each quote closes one.)
      if (depth === 0 && c === '”' && norm.charAt(i + 1) === '“') {
        out.push([at, i + 1]);
        at = i + 1;
      }
    } else if (depth === 0 && (c === '、' || c === '。')) {
      out.push([at, i]);
      at = i + 1;
      ended = c === '。';
    }
  }
  if (!ended) out.push([at, norm.length]);
  // (The last name closing on 等, "…、全民健身场地设施建设等。": the list's end, no part of the name.)
  const last = out[out.length - 1];
  if (last && /[^等]等 ?$/.test(norm.slice(last[0], last[1]))) last[1] = norm.lastIndexOf('等', last[1]);
  return out.map(([a, b]): [number, number] => [b - norm.slice(a, b).trimStart().length, b]).filter(([a, b]) => norm.slice(a, b).trim() !== '');
}

/** A name wholly in quotes, “助力万户低收入职工‘菜篮子’行动”: the span without them. */
function unquoted(norm: string, a: number, b: number): [number, number] {
  const t = norm.slice(a, b).trimEnd();
  if (!t.startsWith('“') || !t.endsWith('”')) return [a, b];
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t.charAt(i) === '“') depth++;
    else if (t.charAt(i) === '”' && --depth === 0 && i < t.length - 1) return [a, b];
  }
  return [a + 1, a + t.length - 1];
}

/**
 * A sentence listing the plan's projects after a colon, one clause each and as many as it counts (丹阳's
 * "40项民生实事项目包括:争创…;新建…;…;2024年达标区建设项目。", a news page's), in a text with no other
 * numbering: each clause is an item, numbered in order (1, 2, …); the words before the colon are the lead.
 * The clauses may be names set off by 、 ("十大民生实事项目为:A工程、B项目、…、J项目。"), and the count may stand in
 * the line before a list that gives none ("公布2025年34件为民办实事项目清单" over "…清单包括:A、B、…"). A count the
 * clauses do not match (a sentence listing examples) numbers nothing.
 */
function listedItems(rows: Array<{ line: LogicalLine; c: Classified }>): boolean {
  if (headedLists(rows)) return true;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!r || r.line.notice || r.line.cells || r.c.kind !== 'text') continue;
    const st = r.line.st;
    const prev = rows[k - 1];
    const counted = prev && !prev.line.notice && !prev.line.cells && prev.c.kind === 'text' ? LIST_COUNT.exec(prev.line.st.norm) : null;
    // (Any line before may count the list: the headline, the lead — "上海市总发布2024年10项服务职工实事项目" over
    // "…累计推出107个项目" over "…实事项目分别为:“A”“B”…" — the count the names come to.)
    const earlier = rows
      .slice(0, k)
      .filter((x) => !x.line.notice && !x.line.cells && x.c.kind === 'text')
      .flatMap((x) => [...x.line.st.norm.matchAll(new RegExp(LIST_COUNT.source, 'g'))].map((c) => c[1] ?? ''));
    const opened = counted || earlier.length > 0 ? LIST_OPENS.exec(st.norm) : null;
    const own = LIST_INTRO.exec(st.norm);
    const m: { index: number; length: number; count: string } | undefined = own
      ? { index: own.index, length: own[0].length, count: own[1] ?? '' }
      : opened
        ? { index: opened.index, length: opened[0].length, count: counted?.[1] ?? '' }
        : undefined;
    if (!m) continue;
    const value = (count: string) => (/^\d/.test(count) ? Number(count) : parseChineseNumber(count));
    let n = value(m.count);
    const from = m.index + m.length;
    let clauses: Array<[number, number]> = [];
    for (const c of st.norm.slice(from).matchAll(/[^;]+/g)) {
      const lead = c[0].length - c[0].trimStart().length;
      if (c[0].trim() !== '') clauses.push([from + c.index + lead, from + c.index + c[0].length]);
    }
    // A list with no count of its own whose clauses the line before does not count: a count further up that they match.
    const counts = own ? [n] : [n, ...earlier.map(value)];
    if (!own && clauses.length >= 3 && clauses.length !== n && counts.includes(clauses.length)) n = clauses.length;
    // (No ; between them: names set off by 、 or quoted names run together, as many as counted.)
    if (clauses.length === 1) {
      const names = enumerated(st.norm, from);
      if (names.length >= 3 && counts.includes(names.length)) {
        // (Quoted names run together, “A”“B”, are set off by their quotes alone: the quotes are the list's, not the names'.)
        clauses = names.some(([, b]) => st.norm.charAt(b) === '“') ? names.map(([a, b]) => unquoted(st.norm, a, b)) : names;
        n = names.length;
      }
    }
    // Nothing after the colon: the list runs one to a line below it (a news page's "具体包括:" over fifteen lines, none
    // numbered), as many lines as it counts, each a plain line of text ("建设100个口袋公园、10座体育公园。" may look like a
    // list of names); the next line, whatever it is, is no part of it.
    if (n !== undefined && n >= 3 && clauses.length === 0) {
      const next = rows.slice(k + 1, k + 1 + n);
      const plain = (x: { line: LogicalLine; c: Classified }) =>
        !x.line.notice && !x.line.cells && (x.c.kind === 'text' || x.c.kind === 'unitList') && x.line.st.norm.trim().length >= 4 && x.line.st.norm.length <= 300;
      if (next.length === n && next.every(plain)) {
        next.forEach((x, i) => (x.c = { kind: 'item', id: String(i + 1), rest: 0 }));
        return true;
      }
    }
    if (n === undefined || n < 3 || clauses.length !== n) continue;
    // (The words that open the list are the intro, not what it is called: "2026年若羌县十大民生实事项目为:" names
    // 2026年若羌县十大民生实事项目.)
    const verb = /(?:包括|包含|分别是|分别为|如下|主要有|是|为) ?:$|, ?即$/.exec(st.norm.slice(0, from));
    // (Only a name with its year, and only on a page with no title line before it: the headline "上海市总发布2024年10项
    // 服务职工实事项目" over "2024年上海工会服务职工实事项目分别为:" is the title; “十大实事”包括: names the list, not the year's plan.)
    const introSt = sliceS(st, 0, verb ? verb.index : from);
    const headed = rows.slice(0, k).some((x) => !x.line.notice && !x.line.cells && isTitleLike(x.line.st.norm));
    const intro = { line: { st: introSt, ...(headed || !/(?:19|20)\d{2} ?年/.test(introSt.norm) ? { toc: true } : {}) }, c: { kind: 'text' as const, id: '', rest: 0 } };
    const items = clauses.map(([a, b], i) => ({ line: { st: sliceS(st, a, b) }, c: { kind: 'item' as const, id: String(i + 1), rest: 0, whole: true } }));
    rows.splice(k, 1, intro, ...items);
    return true;
  }
  return false;
}

/** A line closing on how many projects follow it, one to a line, no colon: "2026年实施民生实事项目8项". */
const LIST_HEAD = /^[^,;:。!?]{0,30}?(?:项目|实事|工程)(\d{1,3}|[一二三四五六七八九十]{1,3}) ?(?:项|件|个)$/;
/** The name over such a list on a page gathering several (新城区 / 新城区人民政府 / 2026年实施民生实事项目8项). */
const LIST_OWNER = /^[\u4e00-\u9fff]{2,12}$/;

/**
 * Lists headed by a line that counts them and nothing else ("2026年实施民生实事项目8项" over eight plain lines), as a
 * news page gathers the lists of several districts (新城区 / 新城区人民政府 / …8项 / eight projects; 回民区 / … / …5项 / five):
 * each list's lines are its items, 1–N, as many as counted. Several lists: each is a section headed by the name over it
 * (新城区), the government named under it answering for its items (a unit line under a heading). A count the lines do not
 * come to numbers nothing.
 */
function headedLists(rows: Array<{ line: LogicalLine; c: Classified }>): boolean {
  const plain = (x: { line: LogicalLine; c: Classified } | undefined) =>
    x !== undefined && !x.line.notice && !x.line.cells && (x.c.kind === 'text' || x.c.kind === 'unitList') && x.line.st.norm.trim().length >= 4 && x.line.st.norm.length <= 120 && !LIST_HEAD.test(x.line.st.norm.trim());
  const groups: Array<{ k: number; n: number }> = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!r || r.line.notice || r.line.cells || r.c.kind !== 'text') continue;
    const m = LIST_HEAD.exec(r.line.st.norm.trim());
    if (!m) continue;
    const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : parseChineseNumber(m[1] ?? '');
    if (n === undefined || n < 3) continue;
    const next = rows.slice(k + 1, k + 1 + n);
    if (next.length !== n || !next.every(plain)) continue;
    groups.push({ k, n });
    k += n;
  }
  if (groups.length === 0) return false;
  const owners = groups.map(({ k }) => {
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const r = rows[j];
      // (The name is a place, 新城区; the government under it, 新城区人民政府, answers for the list.)
      if (r && (r.c.kind === 'text' || r.c.kind === 'unitList') && !r.line.cells && LIST_OWNER.test(r.line.st.norm.trim()) && !/(?:政府|办事处|委员会|管委会)$/.test(r.line.st.norm.trim())) return j;
    }
    return undefined;
  });
  const sections = groups.length >= 2 && owners.every((o) => o !== undefined);
  groups.forEach(({ k, n }, g) => {
    const owner = owners[g];
    if (sections && owner !== undefined) {
      const row = rows[owner];
      if (row) row.c = { kind: 'section', id: CN_DIGITS[g + 1] ?? String(g + 1), rest: 0 };
    }
    rows.slice(k + 1, k + 1 + n).forEach((x, i) => (x.c = { kind: 'item', id: String(i + 1), rest: 0, whole: true }));
  });
  return true;
}
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** A paragraph opening on the field of work it is about and a colon: "党建工作:完善…", "经济工作:…", "创建工作:…". */
const FIELD_LABEL = /^[\u4e00-\u9fff]{0,6}(?:工作|建设|治理|服务|发展|管理|保障|改革|创建|安全|民生|经济|党建|项目|事业) ?:(?=[\u4e00-\u9fff“(])/;

/**
 * Paragraphs each opening on its field of work and a colon (珠山街道's plan: "党建工作:完善…。" / "经济工作:…。" /
 * "创建工作:…"), at least two of them, in a text with no numbering: each is an item, numbered in order (1, 2, …),
 * its label heading its text. A paragraph of some length only: a page's "来源:…" line is no field of work.
 */
function labelledItems(rows: Array<{ line: LogicalLine; c: Classified }>): void {
  const said = rows.filter((r) => r.c.kind === 'text' && !r.line.cells && r.line.st.norm.length >= 30 && FIELD_LABEL.test(r.line.st.norm));
  if (said.length < 2) return;
  said.forEach((r, i) => (r.c = { kind: 'item', id: String(i + 1), rest: 0 }));
}

/** An item's number at the start of a table cell: "1.城市人居环境提升项目". */
const ROW_NO = /^\d{1,3} ?[.、] ?(?=\S)/;

/** What a cell looks like, to line it up with the cell of the same column in another row. */
function shapeOf(norm: string): string {
  const n = norm.trim();
  if (/^[\d\s.\-—–~至年月]+$/.test(n)) return 'number';
  if (/^[一二三四五六七八九十]{1,3}、/.test(n)) return 'group';
  if (isDeadlineCell(n)) return 'deadline';
  // (A list of units the copy cut inside its last name, 区财政局、区统计局、区, is one still.)
  if (isUnitListLine(n) || (/、/.test(n) && isUnitListLine(n.slice(0, n.lastIndexOf('、'))))) return 'unit';
  return 'text';
}

/**
 * A row one cell short of a full row above it: the column a merged cell fills for it (项目名称 printed in
 * its group's first row only: "2 | 2025 | 启动实施…" under "1 | 一、优质教育… | 2024- 2025 | 完成…"), found
 * by lining its cells up with the full row's by what they look like; the last column when the copy cut it.
 */
function mergedColumn(cells: SText[], full: SText[]): number {
  const sim = (a: SText, b: SText | undefined) => {
    if (!b || shapeOf(a.norm) !== shapeOf(b.norm)) return 0;
    const [x, y] = [a.norm.trim().length, b.norm.trim().length];
    return 1 + Math.min(x, y) / Math.max(x, y, 1);
  };
  let best = full.length - 1;
  let bestScore = -1;
  for (let k = 1; k < full.length; k++) {
    let score = 0;
    cells.forEach((c, i) => (score += sim(c, full[i < k ? i : i + 1])));
    if (score >= bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Column roles for a row: the header's when the cell count matches, else guessed cell by cell. */
function rowRoles(cells: SText[], header: ColumnRole[] | undefined, full?: SText[]): ColumnRole[] {
  // A header naming no 序号 column over rows that open on their number (工作任务 | 具体要求 | 责任单位 | 时限要求 over
  // "2 | 开设… | 市政府各有关部门… | 持续推进 |": its first cells span merged headings and the number) does not line up
  // with them: each cell is read by what it holds.
  const unaligned = header !== undefined && !header.includes('index') && /^\d{1,3}$/.test(cells[0]?.norm.trim() ?? '');
  if (header && header.length === cells.length && !unaligned) return header;
  // One cell short of the full row above: a merged cell of that row (or the copy's cut) left a column out.
  // (The full row may stop before the header's last columns, a 备注 left empty: "1 | 任务 | 分工 | 处室 | 长期推进 |" under
  // six headers, "2 | 分工 | 处室 | 长期推进 |" its merged 工作任务 left out.)
  if (header && full && !unaligned && full.length <= header.length && cells.length === full.length - 1 && cells.length >= 2) {
    const k = mergedColumn(cells, full);
    return [...header.slice(0, k), ...header.slice(k + 1, full.length)];
  }
  // A row cut short (it wraps onto the next line, or the copy stops there) starts at the index column.
  if (header && header[0] === 'index' && cells.length >= 2 && cells.length < header.length) return header.slice(0, cells.length);
  const unitCells = cells.filter((c, i) => i > 0 && isUnitListLine(c.norm)).length;
  let units = 0;
  return cells.map((c, i): ColumnRole => {
    if (i === 0) return 'index';
    if (c.norm === '') return 'ignore';
    if (isDeadlineCell(c.norm)) return 'deadline';
    if (isUnitListLine(c.norm)) {
      units++;
      // Only a header can say which column leads.
      return header?.includes('lead') && unitCells >= 2 && units === 1 ? 'lead' : header?.includes('co') && units > 1 ? 'co' : 'dept';
    }
    return 'task';
  });
}

/** An item's text while it is read: pieces joined once at the end. */
interface Body {
  parts: SText[];
  seps: string[];
}

/** Does the text end with its own attribution, "(责任单位:…)"? Then the item is complete. */
/** A line opening on a bullet: "- ", "• ", or a bullet sign (▶, ●, ■ …). */
const DASH_BULLET = /^\s*(?:[-•·] ?(?=\S)(?!\d)|[▶►▸▷●◆◇■▪➤])/;

function endsWithAttribution(body: Body): boolean {
  const last = body.parts[body.parts.length - 1];
  if (!last) return false;
  const t = last.norm.replace(/[\s。.;]+$/, '');
  if (!t.endsWith(')') && !t.endsWith(']')) return false;
  // The bracket group is in the last piece, or (a joined line) in the last two.
  const tail = body.parts.length > 1 ? joinS(body.parts.slice(-2), body.seps.slice(-1)) : last;
  const a = bodyAttribution(tail);
  return a !== undefined && a.units.length > 0;
}

function append(body: Body, st: SText, sep: string): void {
  if (st.raw === '') return;
  if (body.parts.length > 0) body.seps.push(sep);
  body.parts.push(st);
}

function endsSentenceBody(body: Body): boolean {
  const last = body.parts[body.parts.length - 1];
  return last !== undefined && endsSentence(last.norm);
}

/** The numbering levels, top to bottom. */
const LEVELS: LineKind[] = ['section', 'sub', 'item', 'paren', 'circled'];

/** A numbered line that is only a short name: no sentence, no number in it ("2.重点工作举措。", "(1)增加城镇居民收入"). */
function namesOnly(line: LogicalLine, c: Classified): boolean {
  const own = line.st.norm.slice(c.rest).trim().replace(/[。.]$/, '');
  return !line.notice && !line.cells && own.length >= 2 && own.length <= 20 && !/[,;:。、!?\d]/.test(own);
}

/**
 * The numbered lines that only head the numbered lines of the next level under them: the tasks are those
 * lines, each an item (id 2-1), the deepest numbered level that carries them. A head is a short name with
 * no sentence and no number in it ("2.重点工作举措。" over "(1)构建…体系,…"), the lines under it sentences
 * of their own. Not a head: a task whose parts are listed under it ("3.推进融合发展。" / "(1)建设园区1个;" /
 * "(2)发展重点村8个。" — a part ending on ; or , goes on with the same sentence), nor one whose units
 * close the list after its last part (the units of the whole task).
 * Heads may stand over heads: when every line of the next level is itself a name over lines of one deeper level
 * ("1.城乡居民增收工程" / "(1)增加城镇居民收入" / "①以就业促增收,…(牵头部门:…)"), the deeper lines carry the tasks,
 * and the names between are heads too, each over its own (their kind is the tasks' kind in the map).
 */
function groupHeads(rows: Array<{ line: LogicalLine; c: Classified }>, itemKind: LineKind | undefined): Map<number, LineKind> {
  const heads = new Map<number, LineKind>();
  const level = itemKind === undefined ? -1 : LEVELS.indexOf(itemKind);
  if (level < 0) return heads;
  const above = (k: LineKind) => k === 'tableRow' || k === 'tableHeader' || (LEVELS.includes(k) && LEVELS.indexOf(k) <= level);
  const deeper = (k: LineKind | undefined, than: LineKind) => k !== undefined && LEVELS.includes(k) && LEVELS.indexOf(k) > LEVELS.indexOf(than);
  rows.forEach(({ line, c }, i) => {
    if (c.kind !== itemKind || !namesOnly(line, c)) return;
    const first = rows[i + 1];
    if (!first || first.line.notice || !deeper(first.c.kind, c.kind)) return;
    let child: LineKind = first.c.kind;
    let end = i + 1;
    while (end < rows.length && !rows[end]?.line.notice && !above(rows[end]?.c.kind ?? 'text')) end++;
    const under = rows.slice(i + 1, end);
    const mids: number[] = [];
    for (;;) {
      const kind: LineKind = child;
      const at: number[] = under.flatMap((r, j) => (r.c.kind === kind ? [i + 1 + j] : []));
      const next: LineKind | undefined = rows[(at[0] ?? 0) + 1]?.c.kind;
      const heads = (j: number) => {
        const r = rows[j];
        return r !== undefined && namesOnly(r.line, r.c) && rows[j + 1]?.c.kind === next;
      };
      if (next === undefined || !deeper(next, kind) || !at.every(heads)) break;
      mids.push(...at);
      child = next;
    }
    let children = 0;
    let unitsBetween = false;
    let unitsAfter = false;
    for (const r of under) {
      if (r.c.kind === child) {
        if (/[;,、]$/.test(r.line.st.norm.trim())) return;
        if (unitsAfter) unitsBetween = true;
        unitsAfter = false;
        children++;
      } else if (r.c.kind === 'attr' || r.c.kind === 'unitList') unitsAfter = true;
    }
    if (children > 0 && (!unitsAfter || unitsBetween)) {
      heads.set(i, child);
      for (const j of mids) heads.set(j, child);
    }
  });
  return heads;
}

/** An entry of a collection's table of contents: a document's title, its page number after it maybe ("市教育局2024年工作要点19"). */
const TOC_ENTRY = /^\S{2,40}?(?:工作要点|工作计划|工作报告|工作总结|实施方案|工作方案|行动方案|行动计划)(?:\([^()]{1,20}\))? ?(\d{1,3})?$/;
/** An entry a viewer's page break ran into the next words ("16.城关镇政府工作报告2023年", the last one into the first document). */
const TOC_RUN_ON = /^\S{2,40}?(?:工作要点|工作计划|工作报告|工作总结|实施方案|工作方案|行动方案|行动计划)(?:19|20)\d{2} ?年/;

/**
 * A document site's collection (汇编, 合集) opens on its table of contents, each entry a document's title
 * ("1.2023年白鹤镇政府工作报告 2.2023年冲蒌镇政府工作报告 …" after 目录; "2.市教育局2024年工作要点19" with its page):
 * the entries are the documents it gathers, no items of a plan. Three numbered lines at least, one after the other,
 * each such a title (or the number alone), under a 目录 line or with page numbers after two of them: plain text.
 */
function tableOfContents(rows: Array<{ line: LogicalLine; c: Classified }>): void {
  for (let k = 0; k < rows.length; k++) {
    let e = k;
    let paged = 0;
    let titled = 0;
    while (e < rows.length) {
      const r = rows[e];
      if (!r || r.line.notice || r.line.cells || (r.c.kind !== 'item' && r.c.kind !== 'section')) break;
      const text = r.line.st.norm.slice(r.c.rest).trim();
      const m = TOC_ENTRY.exec(text);
      if (!m && text !== '' && !TOC_RUN_ON.test(text)) break;
      if (m) titled++;
      if (m?.[1] !== undefined) paged++;
      e++;
    }
    const before = rows.slice(Math.max(0, k - 2), k + 1).some((r) => /目 ?录/.test(r.line.st.norm));
    if (titled >= 3 && (paged >= 2 || before)) {
      for (let i = k; i < e; i++) {
        const r = rows[i];
        if (!r) continue;
        r.c = { kind: 'text', id: '', rest: 0 };
        r.line.toc = true;
      }
    }
    k = Math.max(k, e);
  }
}

/**
 * A document site's outline over the plan ("提纲:" then the plan's headings and entries, one a line, their words alone or a
 * few more): everything from that line to where the numbering starts over at the outline's first mark (the body, after
 * the plan's title) is the site's, no items of the plan (the body repeats them, with their text).
 */
function outlineBlock(rows: Array<{ line: LogicalLine; c: Classified }>): void {
  const open = rows.findIndex((r) => !r.line.notice && /^(?:提纲|大纲) ?:?$/.test(r.line.st.norm.trim()));
  const first = open < 0 ? undefined : rows.slice(open + 1).find((r) => r.c.kind !== 'text');
  if (!first || first.c.kind !== 'section') return;
  const again = rows.findIndex((r, k) => k > open && r !== first && r.c.kind === first.c.kind && r.c.id === first.c.id);
  // (Two entries at least, each a line of its heading's words, no sentence.)
  const outline = rows.slice(open + 1, again);
  if (again < 0 || outline.filter((r) => r.c.kind !== 'text').length < 2 || outline.some((r) => /[。;!?]/.test(r.line.st.norm))) return;
  for (let i = open; i < again; i++) {
    const r = rows[i]!;
    r.c = { kind: 'text', id: '', rest: 0 };
    r.line.toc = true;
  }
}

/**
 * A list inside an item, numbered afresh (a web page's list in a list item, copied flat: "2. …重点如下:" over
 * "1. 产业转型…", "2. 公共建设…", … "6. 国家安全…"): the item ends on a colon announcing it, the next numbered
 * line starts again at 1, and each line after goes on counting from there. Those lines are the item's points
 * (kept in its text, as its (1)(2) would be), not items of the plan: the run ends where the count stops.
 */
function nestedLists(rows: Array<{ line: LogicalLine; c: Classified }>): void {
  let prev: { id: number; colon: boolean } | undefined;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!r || r.line.cells || r.c.kind !== 'item') {
      if (r && !r.line.cells && r.c.kind === 'text' && prev) prev.colon = /[:：]$/.test(r.line.st.norm.trim());
      else if (r && r.c.kind !== 'text') prev = undefined;
      continue;
    }
    const id = Number(r.c.id);
    if (prev && prev.colon && id === 1 && prev.id >= 1) {
      let next = 1;
      let e = k;
      while (e < rows.length) {
        const q = rows[e];
        if (!q || q.line.cells) break;
        if (q.c.kind === 'item') {
          if (Number(q.c.id) !== next) break;
          next++;
          q.c = { kind: 'paren', id: q.c.id, rest: q.c.rest };
        } else if (q.c.kind !== 'text') break;
        e++;
      }
      k = e - 1;
      prev = undefined;
      continue;
    }
    prev = Number.isInteger(id) ? { id, colon: /[:：]$/.test(r.line.st.norm.trim()) } : undefined;
  }
}

/** A summary's lead naming what it sums up: 以下是(X)的主要内容摘要. */
const SUMMED = /^(?:以下是|下面是|以下为)(.{4,40}?)(的(?:主要内容|核心内容|重点内容|主要精神|要点|内容)(?:摘要|概述|概要|总结|梳理)?|的(?:摘要|概述|概要|总结))$/;

/** A heading that only labels what follows it: "(1)年度主要任务与要求:" (no text of its own, a colon closing it). */
const LABEL_ONLY = /^[\u4e00-\u9fff、与和及]{2,16}[:：]$/;

/**
 * A level of the numbering that never counts past its first number, each of its lines only a label over the text
 * under it (a 部室简介: (一)综合办公室 / (1)年度主要任务与要求: / ①…;②…, the (1) under every office alone): no items,
 * the heading above it is the item, the label and the text under it its own. Read as text.
 */
function labelLevels(rows: Array<{ line: LogicalLine; c: Classified }>): void {
  for (const kind of LEVELS) {
    const said = rows.filter((r) => !r.line.notice && r.c.kind === kind);
    if (said.length < 2 || said.some((r) => (Number(r.c.id) || parseChineseNumber(r.c.id)) !== 1 || !LABEL_ONLY.test(r.line.st.norm.slice(r.c.rest).trim()))) continue;
    for (const r of said) r.c = { kind: 'text', id: '', rest: 0 };
  }
}

/** A counting slogan's part opening its line: 一保持: / 两提高: / 三提升: (not 一是, a paragraph's own enumeration). */
const SLOGAN_PART = /^([一二两三四五六七八九十])(?!是)([\u4e00-\u9fff]{1,4})[:：] ?(?=\S)/;

/**
 * The numbering of last resort, for a text with none of its own (no 一、 / (一) / 1. / table rows): the first of
 * these that finds the items numbers them.
 *  - lines headed by the parts of a counting slogan (主要目标是“一保持、两提高、三提升”: "一保持:…", "两提高:…"),
 *    or paragraphs opening on 一是 / 二是 … (a 镇's plan written as a speech): two such lines at least, counting up
 *    from 一, each an item numbered by its numeral (两 read as 二);
 *  - a sentence counting the projects it lists after a colon, one clause each (listedItems);
 *  - paragraphs each opening on its field of work and a colon (labelledItems).
 * Where 一、 / (一) / 1. number the plan, 一是 is a part of their text.
 */
function lastResortNumbering(rows: Array<{ line: LogicalLine; c: Classified }>): void {
  const own = rows.filter((r) => !r.line.notice);
  if (own.some((r) => NUMBERED.has(r.c.kind))) return;
  const counted = (said: Array<{ line: LogicalLine; c: Classified }>, mark: RegExp): boolean => {
    const ids = said.map((r) => (mark.exec(r.line.st.norm)?.[1] ?? '').replace('两', '二'));
    if (said.length < 2 || ids.some((n, i) => parseChineseNumber(n) !== i + 1)) return false;
    said.forEach((r, i) => (r.c = { kind: 'item', id: ids[i] ?? '', rest: mark.exec(r.line.st.norm)?.[0].length ?? 0 }));
    return true;
  };
  if (uncountedRows(own)) return;
  for (const mark of [SLOGAN_PART, ENUM_START]) if (counted(own.filter((r) => r.c.kind === 'text' && mark.test(r.line.st.norm)), mark)) return;
  // (A list the text counts is read first: an aside's 一是…二是… elsewhere on the page is no numbering of it.)
  if (listedItems(rows) || inlineEnums(rows, counted)) return;
  labelledItems(own);
}

/**
 * A table whose header has no 序号 column (工作任务 | 目标及质量要求 |), its rows under it one to a line, a
 * task named in the first cell: the rows are the items, counted in order (1, 2, 3 …) as an unnumbered list is.
 */
function uncountedRows(rows: Array<{ line: LogicalLine; c: Classified }>): boolean {
  const at = rows.findIndex((r) => r.c.kind === 'tableHeader' && r.line.cells !== undefined);
  const roles = at < 0 ? [] : headerRoles(rows[at]?.line.cells ?? []);
  if (at < 0 || roles.includes('index') || roles[0] !== 'task') return false;
  const body: Array<{ line: LogicalLine; c: Classified }> = [];
  for (const r of rows.slice(at + 1)) {
    const cells = (r.line.cells ?? []).filter((c) => c.norm.trim() !== '');
    if (cells.length < 2) break;
    body.push(r);
  }
  if (body.length < 2) return false;
  body.forEach((r, i) => (r.c = { kind: 'tableRow', id: String(i + 1), rest: 0 }));
  return true;
}

/** 二是 / 三是 … inside a paragraph, after a sentence's end (一是 after a comma or colon too: "会议提出,一是实施…。二是…"). */
const ENUM_INLINE = /(?<=[。;!?]|[,:]|^)(?=[一二三四五六七八九十]{1,3}(?:是(?![一二三四五六七八九十]是)|要(?![素求点]))[,:]? ?[\u4e00-\u9fff“])/g;

/**
 * 一是 … 六是 running on inside one paragraph (a news page's "会议提出,一是实施聚共识工程,…。二是实施促发展工程,…。…六是…"),
 * the text numbering nothing else: each part is a paragraph of its own opening on its mark, so they are the items as
 * paragraphs opening on 一是 / 二是 are (the words before 一是 stay the intro's). Only when the marks so cut count up
 * from 一 over the whole text; a speech whose paragraphs each count 一是, 二是 afresh numbers nothing.
 */
function inlineEnums(rows: Array<{ line: LogicalLine; c: Classified }>, counted: (said: Array<{ line: LogicalLine; c: Classified }>, mark: RegExp) => boolean): boolean {
  const cut: Array<{ line: LogicalLine; c: Classified }> = [];
  const pieces = new Map<number, Array<{ line: LogicalLine; c: Classified }>>();
  rows.forEach((r, k) => {
    if (r.line.notice || r.line.cells || r.c.kind !== 'text') return;
    const st = r.line.st;
    const at = [...st.norm.matchAll(ENUM_INLINE)].map((m) => m.index).filter((i) => i > 0 || ENUM_START.test(st.norm));
    if (at.length === 0) return;
    const parts = [0, ...at.filter((i) => i > 0), st.norm.length].flatMap((a, i, all) => {
      const b = all[i + 1];
      return b === undefined || b <= a ? [] : [{ line: { st: sliceS(st, a, b) }, c: { kind: 'text' as const, id: '', rest: 0 } }];
    });
    pieces.set(k, parts);
    cut.push(...parts.filter((p) => ENUM_START.test(p.line.st.norm)));
  });
  if (!counted(cut, ENUM_START)) return false;
  for (const [k, parts] of [...pieces].reverse()) {
    const last = parts[parts.length - 1];
    if (last && last.c.kind === 'item') last.c.whole = true;
    rows.splice(k, 1, ...parts);
  }
  return true;
}

/**
 * A sentence leading into the list under it, on a colon: what it says follows (…的主要内容是: / …安排如下:), or someone
 * settling or taking up the work it counts (会议明确了2026年五项重点工作: / 2023年街道将重点推进五方面工作:). It names no
 * plan, as a title does (沅江市人民政府2023年民生实事项目:, a name on a colon).
 */
const LEAD_IN = /(?:如下|以下|包括|主要有|分别是|分别为|内容是|内容为|工作是|任务是) ?:$|(?:将|要|明确了?|提出了?|确定了?|部署了?)[^,:;。]{0,16}(?:工作|任务|事项|实事) ?:$/;

function isLeadIn(norm: string): boolean {
  return LEAD_IN.test(norm.trim());
}

/**
 * ⑪–⑳ are not in GB2312 (①–⑩ are): a page passed through it writes them `?`. A line opening on `?` right after
 * ⑩ (or after a mark so restored) is the next circled mark: ⑪, ⑫.
 */
function lostCircled(rows: Array<{ line: LogicalLine; c: Classified }>): void {
  let last = 0;
  for (const r of rows) {
    if (r.line.notice) continue;
    if (r.c.kind === 'circled') last = Number(r.c.id);
    else if (last >= 10 && last < 20 && r.c.kind === 'text' && /^[?\uFFFD] ?[\u4e00-\u9fff“]/.test(r.line.st.norm)) {
      last += 1;
      r.c = { kind: 'circled', id: String(last), rest: /^[?\uFFFD] ?/.exec(r.line.st.norm)?.[0].length ?? 1 };
    } else if (NUMBERED.has(r.c.kind)) last = 0;
  }
}

/**
 * A section whose mark the page lost: between 一、 and 三、, a line of a heading's words alone (目标任务: no stop, no
 * comma), the one such line between them, is 二、 (the section between; its prose follows it).
 */
function lostSection(rows: Array<{ line: LogicalLine; c: Classified }>): void {
  const own = rows.filter((r) => !r.line.notice);
  let prev = -1;
  for (let k = 0; k < own.length; k++) {
    const r = own[k]!;
    if (r.c.kind !== 'section') continue;
    const n = parseChineseNumber(r.c.id);
    const before = prev >= 0 ? parseChineseNumber(own[prev]!.c.id) : undefined;
    if (n !== undefined && before !== undefined && n === before + 2) {
      const between = own.slice(prev + 1, k);
      const heads = between.filter((x) => x.c.kind === 'text' && /^[\u4e00-\u9fff]{2,12}$/.test(x.line.st.norm.trim()));
      if (heads.length === 1 && between.every((x) => x.c.kind === 'text')) heads[0]!.c = { kind: 'section', id: chineseCounting(before + 1), rest: 0 };
    }
    prev = k;
  }
}

/**
 * Under 一、 / 第一章 headings and nothing numbered between, circled marks counting ① … on through the whole text
 * without ever starting over, across the unnumbered headings between them (2.1教学质量指标 ③ / 2.2学生发展指标 ④):
 * one list, the plan's items, the headings their sections. Marks under items start over in each (①②, ①②③).
 */
function circledRunOn(rows: Array<{ line: LogicalLine; c: Classified }>): boolean {
  const own = rows.filter((r) => !r.line.notice);
  const ids = own.filter((r) => r.c.kind === 'circled').map((r) => Number(r.c.id));
  if (ids.length < 3 || ids.some((n, i) => n !== i + 1)) return false;
  // (Across a line between them: not one paragraph's ①…;②…; split into lines.)
  const at = own.map((r, k) => (r.c.kind === 'circled' ? k : -1)).filter((k) => k >= 0);
  return at.some((k, i) => i > 0 && k - (at[i - 1] ?? k) > 1 && own.slice((at[i - 1] ?? k) + 1, k).every((r) => r.c.kind === 'text'));
}

export function segment(lines: LogicalLine[]): Segmented {
  const rows = lines.map((line) => ({ line, c: classify(line) }));
  tableOfContents(rows);
  outlineBlock(rows);
  nestedLists(rows);
  labelLevels(rows);
  // Several attachments each standing alone (附件1 / 附件2, a table under each) and no 一、 headings:
  // each attachment is a section, numbered as the document numbers it.
  const parts = rows.filter((r) => !r.line.notice && PART.test(r.line.st.norm));
  if (parts.length >= 2 && !rows.some((r) => !r.line.notice && r.c.kind === 'section')) {
    for (const r of parts) r.c = { kind: 'section', id: PART.exec(r.line.st.norm)?.[1] ?? '', rest: r.line.st.norm.length };
  }
  lastResortNumbering(rows);
  lostCircled(rows);
  lostSection(rows);
  const kinds = new Set(rows.filter((r) => !r.line.notice).map((r) => r.c.kind));
  const itemKind: LineKind | undefined =
    kinds.has('item') || kinds.has('tableRow')
      ? 'item'
      : kinds.has('paren')
        ? 'paren'
        : kinds.has('sub')
          ? 'sub'
          : kinds.has('section') && !circledRunOn(rows)
            ? 'section'
            : // ①–⑩ the only numbering (a news page listing the ten 民生实事 voted): they are the items.
              rows.filter((r) => !r.line.notice && r.c.kind === 'circled').length >= 2
              ? 'circled'
              : undefined;
  const sectionKind: LineKind | undefined =
    itemKind === 'section' ? undefined : kinds.has('section') ? 'section' : itemKind !== 'sub' && kinds.has('sub') ? 'sub' : undefined;
  const foldKind: LineKind | undefined = sectionKind === 'section' && itemKind !== 'sub' && kinds.has('sub') ? 'sub' : undefined;

  const heads = groupHeads(rows, itemKind);
  const out: Segmented = { sections: [], unplaced: [], folded: foldKind !== undefined };
  if (itemKind !== undefined) out.itemLevel = itemKind;
  let section: SegSection | undefined;
  let sub: Heading | undefined;
  /** The numbered line heading the items of the next level under it, and that level. */
  let group: { head: Heading; kind: LineKind; top?: Heading } | undefined;
  let item: SegItem | undefined;
  let started = false;
  let header: ColumnRole[] | undefined;
  /** The header's cells, while the line after it may still be its second line. */
  let headerCells: SText[] | undefined;
  /** The last row with a cell in every column: a row one short lines up with it. */
  let fullRow: SText[] | undefined;
  const titles: SText[] = [];
  /** The prose under each folded sub-section heading before any item of its own, with its section. */
  const subProse = new Map<Heading, { section: SegSection; prose: Unplaced[] }>();
  /** Table rows' tasks with their own time, by item (their spans are known once the body is joined). */
  const rowSteps = new Map<SegItem, Array<{ parts: SText[]; due: SText }>>();
  const addStep = (it: SegItem, parts: SText[], due: SText): void => {
    const list = rowSteps.get(it) ?? [];
    list.push({ parts, due });
    rowSteps.set(it, list);
  };
  let lastTitle: SText | undefined;
  /** The plain line just before this one, left unplaced before the first item: a title's first line, maybe. */
  let headNext: Unplaced | undefined;
  /** A section heading with no title of its own (附件1), waiting for the line that names it. */
  let untitled: Heading | undefined;
  const bodies = new Map<SegItem, Body>();
  const subRowsOf = new Map<SegItem, Array<{ parts: SText[]; deadlineCells: SText[] }>>();
  const bodyOf = (it: SegItem): Body => {
    let b = bodies.get(it);
    if (!b) {
      b = { parts: [], seps: [] };
      bodies.set(it, b);
    }
    return b;
  };

  /** Every heading and item so far stands alone, no text under any: an outline of the plan, not its body. */
  const outlineOnly = (): boolean =>
    out.sections.length > 0 && out.sections.every((s) => s.prose.length === 0 && s.items.length > 0 && s.items.every((it) => {
        // (An item's body holds its heading's words, nothing after them.)
        const parts = bodies.get(it)?.parts ?? [];
        return parts.length <= 1 && !/[。;,!?]/.test(parts[0]?.norm ?? '') && it.attrLines.length === 0;
      })) && subProse.size === 0;
  const unplace = (st: SText, preamble: boolean): void => {
    out.unplaced.push({ st, preamble });
  };
  const ensureSection = (): SegSection => {
    if (!section) {
      section = { items: [], prose: [] };
      out.sections.push(section);
    }
    return section;
  };
  const newItem = (id: string, st: SText): SegItem => {
    const line = lineAt(st, 0);
    const it: SegItem = {
      id,
      line,
      body: stext('', line),
      attrLines: [],
      deadlineLines: [],
      unitCells: [],
      deadlineCells: [],
      leaderCells: [],
      yearCells: [],
      closed: false,
      table: false,
    };
    if (sub) it.sub = sub;
    if (group) it.group = group.head;
    ensureSection().items.push(it);
    return it;
  };

  for (const [k, { line, c }] of rows.entries()) {
    const st = line.st;
    if (line.notice) {
      (out.notice ??= []).push(st);
      continue;
    }
    const prevTitle = lastTitle;
    lastTitle = undefined;
    const prevHead = headNext;
    headNext = undefined;
    const named = untitled;
    untitled = undefined;
    // A heading that is only a mark (附件1): the title line under it names the section.
    if (named && c.kind === 'text' && !line.cells && isTitleLike(st.norm)) {
      named.title = st;
      continue;
    }
    const heading = (kind: 'section' | 'sub'): Heading => ({ kind, id: c.id, title: sliceS(st, c.rest), line: lineAt(st, 0), attrLines: [] });
    const headCells = headerCells;
    headerCells = undefined;
    // A header's second line ("截至6月底进展 | 7月工作计划" under 2025年进展情况): the cells its merged cell
    // spans, each with its own role or else the role of the cell above it.
    if (headCells && header && c.kind === 'text' && line.cells && line.cells.length >= 2 && line.cells.every((x) => x.norm.trim().length <= 12 && !/[。;,，；]/.test(x.norm))) {
      const subs = line.cells;
      const shares = (a: string, b: string) => [...Array(Math.max(0, b.length - 1)).keys()].some((k) => a.includes(b.slice(k, k + 2)));
      let parent = headCells.length - 1;
      for (let k = headCells.length - 1; k > 0; k--) {
        if (subs.some((x) => shares(headCells[k]?.norm.replace(/\s+/g, '') ?? '', x.norm.replace(/\s+/g, '')))) {
          parent = k;
          break;
        }
      }
      const own = headerRoles(subs);
      const above = header[parent] ?? 'ignore';
      const spanned = subs.map((x, k) => (isHeaderCell(x.norm.replace(/\s+/g, '')) ? (own[k] ?? above) : above));
      header = [...header.slice(0, parent), ...spanned, ...header.slice(parent + 1)];
      continue;
    }

    // A row of the item above under its merged 序号/项目 cells ("〃": as above): its cells by the header's columns,
    // its content and progress kept together (the item's targets are read row by row). So is a row under its merged
    // 序号 cell alone, copied without it, its cells shifted one column left: a measure of the project above
    // ("1 | 新增4000张养老床位 | 4385 | 110% |" / "新增800张困难重度残疾人养护床位 | 810 | 101% |"), its first cell a task
    // where the header's column after 序号 holds the tasks, under a row complete (not the rest of a row wrapped).
    const underIndex =
      item?.closed === true &&
      line.cells !== undefined &&
      c.kind === 'text' &&
      header?.[0] === 'index' &&
      (header[1] === 'task' || header[1] === 'target') &&
      line.cells.length < header.length &&
      /[\u4e00-\u9fff]{4}/.test(line.cells[0]?.norm ?? '') &&
      parseDeadlineValue(line.cells[0]?.norm ?? '', 2000)?.date === undefined &&
      !isUnitListLine(line.cells[0]?.norm ?? '');
    if (item?.table && header && line.cells && (line.cells[0]?.norm === SAME || underIndex)) {
      const cells = underIndex ? [stext(SAME, lineAt(st, 0)), ...line.cells] : line.cells;
      const it = item;
      let rows = subRowsOf.get(it);
      if (!rows) {
        rows = [{ parts: [...bodyOf(it).parts], deadlineCells: [...it.deadlineCells] }];
        subRowsOf.set(it, rows);
      }
      const row = { parts: [] as SText[], deadlineCells: [] as SText[] };
      rows.push(row);
      cells.forEach((cell, i) => {
        const role = header?.[i] ?? 'task';
        if (i === 0 || cell.norm === '') return;
        if (role === 'task' || role === 'target') {
          append(bodyOf(it), cell, '\n');
          row.parts.push(cell);
        } else if (role === 'lead' || role === 'dept' || role === 'co') it.unitCells.push({ st: cell, role });
        else if (role === 'deadline') row.deadlineCells.push(cell);
        else if (role === 'leader') it.leaderCells.push(cell);
      });
      continue;
    }
    // Under a table's header, a row whose first cell starts with the item's number ("1.城市人居环境提升项目 | 对… | 11月 |
    // 建设局 |") is a table row: its number is the item's id, the rest of that cell the item's name.
    const numbered = c.kind === 'item' && header !== undefined && line.cells !== undefined && line.cells.length >= 2 && ROW_NO.exec(line.cells[0]?.norm ?? '');
    if ((c.kind === 'tableRow' || numbered) && itemKind === 'item' && line.cells) {
      started = true;
      const roles = rowRoles(line.cells, header, fullRow);
      // The fullest row so far (every column, or all but a last one left empty, 备注) lines up the merged rows under it.
      if (header && line.cells.length >= header.length - 1 && line.cells.length >= (fullRow?.length ?? 0)) fullRow = line.cells;
      const it = newItem(c.id, st);
      it.table = true;
      const body = bodyOf(it);
      const tasks: SText[] = [];
      line.cells.forEach((cell, i) => {
        if (i === 0 && numbered) {
          append(body, sliceS(cell, numbered[0].length), '\n');
          return;
        }
        const role = roles[i] ?? 'task';
        if (cell.norm === '') return;
        if (role === 'task' || role === 'target') {
          append(body, cell, '\n');
          tasks.push(cell);
          if (role === 'target') (it.targetCells ??= []).push(cell);
        }
        else if (role === 'lead' || role === 'dept' || role === 'co') it.unitCells.push({ st: cell, role });
        else if (role === 'deadline') it.deadlineCells.push(cell);
        else if (role === 'leader') it.leaderCells.push(cell);
        else if (role === 'status') {
          if (GOAL.test(cell.norm.replace(/[\s。.;；]+$/g, '').trim())) (it.goalCells ??= []).push(cell);
        } else if (role === 'measure') it.measureCell = cell;
        else if (role === 'quota') (it.quotaCells ??= []).push(cell);
        else if (role.startsWith('year:')) it.yearCells.push({ year: Number(role.slice(5)), st: cell });
        // A 开工时间 / 竣工时间 cell: the row's step of that name, by that date (2025年3月 under 开工时间: 2025年3月开工).
        else if (role.startsWith('step:') && parseDeadlineValue(cell.norm, 2000)?.date !== undefined) (it.goalCells ??= []).push(joinS([cell, stext(role.slice(5), lineAt(cell, 0))], ['']));
      });
      // A time cell numbering one date per task ("1.2021年8月 2.2021年12月"): the row's tasks are steps, each dated.
      const numberedTime = it.deadlineCells.length === 1 && it.deadlineCells[0] && numberedDates(it.deadlineCells[0].norm, 2000) ? it.deadlineCells[0] : undefined;
      if (numberedTime && tasks.length > 0) {
        addStep(it, tasks, numberedTime);
        it.deadlineCells = [];
      }
      // A row with every column is complete; a short one wraps onto the next line(s).
      const lastCell = line.cells[line.cells.length - 1]?.norm ?? '';
      // (One short of a full row, its merged cell left out: complete too, unless the short column is its last.)
      const merged = header !== undefined && line.cells.length < header.length && roles.some((r, k) => r !== header?.[k]);
      it.closed = header ? line.cells.length >= header.length || merged : !/[,、(]$/.test(lastCell);
      item = it;
      continue;
    }
    if (item?.table && !item.closed && c.kind !== 'tableRow' && c.kind !== 'tableHeader' && c.kind !== 'section' && c.kind !== 'sub') {
      // The rest of a wrapped row: its cells are the row's last columns, the first one
      // continuing the cell that was cut.
      const cells = line.cells ?? [st];
      const width = header?.length ?? cells.length;
      const roles = header ?? cells.map((): ColumnRole => 'task');
      const offset = Math.max(0, width - cells.length);
      cells.forEach((cell, i) => {
        if (cell.norm === '' || !item) return;
        const role = i === 0 && !line.cells ? 'task' : (roles[offset + i] ?? 'task');
        const guessed = role === 'task' || role === 'target' ? (isDeadlineCell(cell.norm) ? 'deadline' : isUnitListLine(cell.norm) && i > 0 ? 'dept' : role) : role;
        if (guessed === 'task' || guessed === 'target') {
          const body = bodyOf(item);
          append(body, cell, i === 0 && !endsSentenceBody(body) ? '' : '\n');
        } else if (guessed === 'lead' || guessed === 'dept' || guessed === 'co') item.unitCells.push({ st: cell, role: guessed });
        else if (guessed === 'deadline') item.deadlineCells.push(cell);
        else if (guessed === 'leader') item.leaderCells.push(cell);
      });
      item.closed = line.cells !== undefined;
      continue;
    }
    if (item?.table && item.closed && header?.some((r) => r === 'lead' || r === 'dept' || r === 'co') && line.cells && c.kind === 'text') {
      // A row with neither number nor name under a table's item: the merged cells of the row above
      // left the rest of it ("2021.8 | 城投集团 |", "对七星路…进行绿化亮化提档升级; | 2021.12 | 城投集团 |"):
      // one more task, time or unit of that item, each cell read by what it holds.
      const unitRole: Role = header.includes('dept') ? 'dept' : header.includes('lead') ? 'lead' : 'co';
      const tasks: SText[] = [];
      const times: SText[] = [];
      for (const cell of line.cells) {
        if (cell.norm === '') continue;
        if (isDeadlineCell(cell.norm) && parseDeadlineValue(cell.norm, 2000)?.date !== undefined) times.push(cell);
        else if (isUnitListLine(cell.norm) && !/\d/.test(cell.norm)) item.unitCells.push({ st: cell, role: unitRole });
        else {
          append(bodyOf(item), cell, '\n');
          tasks.push(cell);
        }
      }
      // A task with its own time is a step of the item, dated so; a time alone is the item's.
      if (tasks.length > 0 && times.length === 1 && times[0]) addStep(item, tasks, times[0]);
      else item.deadlineCells.push(...times);
      continue;
    }
    // (A head between a group's head and its tasks, "(1)增加城镇居民收入" under "1.城乡居民增收工程", numbers the tasks under it: 1-1-N.)
    const outer = group !== undefined && c.kind !== itemKind && heads.get(k) === group.kind ? (group.top ?? group.head) : undefined;
    if (group && (c.kind === 'tableRow' || (LEVELS.includes(c.kind) && LEVELS.indexOf(c.kind) < LEVELS.indexOf(group.kind)))) group = undefined;
    const head = heads.get(k);
    if (head !== undefined) {
      // "2.重点工作举措。" over "(1)…", "(2)…": the lines under it are the items, it their group.
      started = true;
      item = undefined;
      const own = heading('sub');
      group = outer ? { head: { ...own, id: `${outer.id}-${own.id}` }, kind: head, top: outer } : { head: own, kind: head };
      continue;
    }
    if (group && c.kind === group.kind) {
      item = newItem(`${group.head.id}-${c.id}`, st);
      append(bodyOf(item), sliceS(st, c.rest), '');
      item.closed = endsWithAttribution(bodyOf(item));
      continue;
    }
    if (c.kind === sectionKind && (c.kind === 'section' || c.kind === 'sub')) {
      started = true;
      item = undefined;
      sub = undefined;
      section = { heading: heading(c.kind), items: [], prose: [] };
      out.sections.push(section);
      if (section.heading && section.heading.title.norm.trim() === '') untitled = section.heading;
      continue;
    }
    if (c.kind === foldKind) {
      started = true;
      item = undefined;
      sub = heading('sub');
      if (!subProse.has(sub)) subProse.set(sub, { section: ensureSection(), prose: [] });
      continue;
    }
    if (c.kind === itemKind) {
      started = true;
      item = newItem(c.id, st);
      append(bodyOf(item), sliceS(st, c.rest), '');
      item.closed = c.whole === true || endsWithAttribution(bodyOf(item));
      continue;
    }
    switch (c.kind) {
      case 'tableHeader':
        header = line.cells ? headerRoles(line.cells) : undefined;
        headerCells = line.cells;
        fullRow = undefined;
        break;
      case 'paren':
      case 'circled':
        // A level below the item: a sub-task, kept inside the item text.
        if (item) {
          append(bodyOf(item), st, '\n');
          item.closed = endsWithAttribution(bodyOf(item));
        } else unplace(st, !started);
        break;
      case 'attr':
      case 'unitList': {
        if (c.kind === 'unitList' && line.signature) {
          out.signature ??= st;
          break;
        }
        const owner = sub ?? (section?.items.length === 0 ? section.heading : undefined);
        // A name alone between an item its own bracket closed and the next numbered item (…(政務司司長辦公室/勞工及福利局) /
        // 地區事項統籌工作組 / 2. 改善…): a heading over what follows (a task force), not more units of the item above.
        const next = rows[k + 1];
        if (item && c.kind === 'unitList' && !item.table && item.closed && endsWithAttribution(bodyOf(item)) && next !== undefined && next.c.kind === itemKind) {
          unplace(st, false);
          break;
        }
        if (item) {
          item.attrLines.push(st);
          item.closed = true;
        } else if (owner) owner.attrLines.push(st);
        else unplace(st, !started);
        break;
      }
      case 'deadline':
        if (item) item.deadlineLines.push(st);
        else unplace(st, !started);
        break;
      default: {
        // Plain text.
        // (A bullet under an item whose last bullet closed with its own units goes on in the item: the bracket named who
        // does that bullet, - …(政務司副司長辦公室/相關政策局) / - 鼠患主要黑點…(環境及生態局).)
        const bulletOn = item !== undefined && item.closed && !item.table && DASH_BULLET.test(st.raw) && bodyOf(item).parts.some((p) => DASH_BULLET.test(p.raw)) && endsWithAttribution(bodyOf(item));
        if (item && bulletOn) {
          const closing = bodyOf(item).parts[bodyOf(item).parts.length - 1];
          if (closing) (item.bulletParts ??= []).push(closing);
        }
        // A document site's outline of the plan (提纲: its 一、 and (一) headings alone, one a line), then the plan's title and
        // its preamble ("…(三)深入开展经常性警示教育" / "市机关事务服务中心2026年度工作要点" / "2026年是…"): the title is
        // the plan's, not the last heading's text, and the prose after it is the preamble's.
        if (item && !item.closed && !bulletOn && outlineOnly() && OUTLINE_TITLE.test(st.norm) && isTitleLike(st.norm)) {
          if (titles.length === 0) {
            titles.push(st);
            lastTitle = st;
          }
          item.closed = true;
          unplace(st, false);
          out.unplaced.pop();
          continue;
        }
        if (item && (!item.closed || bulletOn)) {
          const body = bodyOf(item);
          const only = body.parts.length === 1 ? body.parts[0] : undefined;
          // (A list whose entries end their lines with no stop and are whole there, 一、…至少8次 / 二、…780案計畫執行, the
          // entry before this one a line of its own: this one is whole at its line's end too, however a viewer broke it, and
          // a paragraph after it, a line of clauses, opens a sentence of its own.)
          const siblings = out.sections[out.sections.length - 1]?.items ?? [];
          const before = siblings[siblings.length - 2];
          const stopless = (x: SText | undefined) => x !== undefined && /[\u4e00-\u9fff\d]$/.test(x.norm.trim());
          const whole = siblings[siblings.length - 1] === item && before !== undefined && !before.table && bodyOf(before).parts.length === 1 && stopless(bodyOf(before).parts[0]) && stopless(body.parts[body.parts.length - 1]) && st.norm.trim().length >= 20 && /[,。;]/.test(st.norm);
          append(body, st, endsSentenceBody(body) || whole || BULLET_LINE.test(st.raw) || (only !== undefined && headsParagraph(only, st)) ? '\n' : '');
          item.closed = !item.table && endsWithAttribution(body);
        } else if (!started && prevTitle !== undefined && titles[titles.length - 1] === prevTitle && isTitleTail(st.norm) && (/^\((?:19|20)\d{2}/.test(st.norm) || (!/(要点|方案|计划|清单|任务|意见|通知)$/.test(prevTitle.norm.replace(FILE_EXT, '')) && !(OWN_YEAR.test(prevTitle.norm) && OWN_YEAR.test(st.norm))))) {
          // A title broken over two lines: "沅江市人均预期寿命提升行动计划" / "(2024-2027年)主要目标任务".
          // (A site's file name, …工作要点.docx, ends as its title does: the line after it is the title again, no tail.)
          titles[titles.length - 1] = joinS([prevTitle, st], ['']);
          lastTitle = titles[titles.length - 1];
        } else if (!started && isTitleLike(st.norm) && !line.toc && !isRowOfCells(line.cells)) {
          // A title broken over two lines whose first line alone is no title
          // ("2022年市《政府工作报告》目标任务" / "责任分解方案", "政府工作报告“十四五”时期" / "重点工作责任分解").
          const head = out.unplaced[out.unplaced.length - 1];
          if (head && head === prevHead && isTitleHead(head.st.norm, st.norm)) {
            out.unplaced.pop();
            const joined = joinS([head.st, st], ['']);
            titles.push(joined);
            lastTitle = joined;
          } else {
            titles.push(st);
            lastTitle = st;
          }
        } else {
          const u: Unplaced = { st, preamble: !started, ...(line.toc ? { toc: true } : {}) };
          out.unplaced.push(u);
          if (started && section && section.items.length === 0 && !sub && !item) section.prose.push(u);
          else if (started && sub && !item && foldKind !== undefined) {
            const held = subProse.get(sub) ?? { section: ensureSection(), prose: [] };
            held.prose.push(u);
            subProse.set(sub, held);
          }
          headNext = u;
        }
        continue;
      }
    }
  }
  for (const [it, body] of bodies) {
    if (body.parts.length > 0) it.body = joinS(body.parts, body.seps);
    const steps = rowSteps.get(it);
    if (!steps) continue;
    // Each part's place in the joined body.
    const at = new Map<SText, number>();
    let pos = 0;
    body.parts.forEach((p, k) => {
      if (k > 0) pos += (body.seps[k - 1] ?? '').length;
      at.set(p, pos);
      pos += p.raw.length;
    });
    it.steps = steps.flatMap(({ parts, due }) => {
      const starts = parts.map((p) => at.get(p)).filter((n): n is number => n !== undefined);
      if (starts.length !== parts.length) return [];
      const start = Math.min(...starts);
      const end = Math.max(...parts.map((p, k) => (starts[k] ?? 0) + p.raw.length));
      return [{ start, end, due }];
    });
  }
  for (const [it, rows] of subRowsOf) {
    it.rows = rows.map((r) => ({ body: r.parts.length > 0 ? joinS(r.parts, r.parts.slice(1).map(() => '\n')) : stext('', it.line), deadlineCells: r.deadlineCells }));
  }
  // A sub-section with prose and no numbered items of its own: its heading and prose, in place, as a candidate item.
  // (The prose may follow the heading's name on its line: "(一)党建“八化”品牌建设。坚持…", or the line be a whole sentence
  // of work, "(二)落实儿童少年高风险家庭关怀。", a task standing at the sub-section's level; a bare heading is none.)
  for (const [h, { section: sec, prose }] of subProse) {
    if (sec.items.some((i) => i.sub === h)) continue;
    if (prose.length === 0 && !/[。;!?]./.test(h.title.norm.trim()) && !/[。;!]$/.test(h.title.norm.trim())) continue;
    const body = joinS([h.title, ...prose.map((u) => u.st)], [...prose.map(() => '\n')]);
    const it: SegItem = { id: h.id, line: h.line, body, attrLines: h.attrLines, deadlineLines: [], unitCells: [], deadlineCells: [], leaderCells: [], yearCells: [], prose, closed: true, table: false };
    const at = sec.items.findIndex((i) => i.line > h.line);
    sec.items.splice(at < 0 ? sec.items.length : at, 0, it);
  }
  // Several title-like lines before the first item (a breadcrumb 计划总结, the 印发通知, the plan's
  // own title under it): the best one is the title, the others are kept for the 文号 and issuer.
  let best = -1;
  titles.forEach((t, i) => {
    if (best < 0 || titleScore(t.norm) > titleScore(titles[best]?.norm ?? '')) best = i;
  });
  // (A document site's listing title pads the document's own with a word of its category, 民政局2022年工作思路工作计划
  // over its card and 民政局 2022 年工作思路: the document's own, which the listing starts with, is the title.)
  const bare = (t: SText | undefined) => (t?.norm ?? '').replace(/\s+/g, '');
  const own = titles.findIndex((t, i) => i > best && bare(t).length >= 6 && /(?:19|20)\d{2}年/.test(bare(t)) && bare(titles[best]).startsWith(bare(t)) && bare(titles[best]) !== bare(t));
  if (best >= 0) out.title = titles[own >= 0 ? own : best];
  out.preambleTitles = titles;
  // No title with a keyword (工作要点, 方案 …): a short line with a year before the first item will do.
  if (!out.title) {
    // A news headline may end on an exclamation mark ("2023年十大民生实事项目出炉!"); a line introducing the list
    // under it on a colon ("沅江市人民政府2023年民生实事项目:"): neither mark is part of the title.
    const END = / *(?:[:]|!+) *$/;
    const at = out.unplaced.findIndex((u) => u.preamble && !u.toc && u.st.norm.length <= 40 && !/[。;!?,]/.test(u.st.norm.replace(END, '')) && /(?:19|20)(?:\d{2}|xx|XX) ?年/.test(u.st.norm) && !isLeadIn(u.st.norm));
    const found = out.unplaced[at];
    if (found) {
      out.title = END.test(found.st.norm) ? sliceS(found.st, 0, found.st.norm.replace(END, '').length) : found.st;
      // (An AI answer's lead, "以下是2024年政府工作报告的主要内容摘要:", names what it sums up: that is the title.)
      const summed = SUMMED.exec(out.title.norm);
      if (summed?.[1]) out.title = sliceS(out.title, summed[0].length - summed[1].length - (summed[2]?.length ?? 0), summed[0].length - (summed[2]?.length ?? 0));
      out.unplaced.splice(at, 1);
    }
  }
  return out;
}
