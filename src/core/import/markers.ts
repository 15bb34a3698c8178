// What a logical line is, from its first characters: the numbering levels of a Chinese plan
//   一、 (section)   (一) ㈠ (sub-section)   1. 1、 1． 1。 ⒈ 1️⃣ (item)   (1) 1) ⑴ (paren)   ① ❶ (circled)
// plus attribution lines, deadline lines, table rows and bare unit lists.

import { isAttributionLine, isUnitListLine, labelKind } from './attribute.js';
import { findDeadlines } from './deadlines.js';
import type { SText } from './text.js';

export type LineKind =
  | 'section'
  | 'sub'
  | 'item'
  | 'paren'
  | 'circled'
  | 'attr'
  | 'deadline'
  | 'unitList'
  | 'tableHeader'
  | 'tableRow'
  | 'text';

export interface LogicalLine {
  st: SText;
  /** Cells of a tab / multi-space separated physical line (a flattened table row). */
  cells?: SText[];
  /** A unit name followed by a date: the signature block, not an attribution. */
  signature?: boolean;
  /** The 印发通知's own text (its requirements to the units), not the plan's. */
  notice?: boolean;
  /** An entry of a collection's table of contents (a document's title and page), or the intro of a list under the page's title: neither item nor title. */
  toc?: boolean;
}

export interface Classified {
  kind: LineKind;
  /** The number as printed: 三, 7, 2 (for ① the circled digit's value). */
  id: string;
  /** Where the text after the marker starts. */
  rest: number;
  /** An item cut out of a sentence listing them (A、B、C): its text is whole, the lines after it are not its own. */
  whole?: boolean;
}

const CN = '[一二三四五六七八九十百零〇]';
const SECTION_RE = new RegExp(`^(?:第 ?(${CN}{1,4}) ?(?:(?:部分|章|篇|编) ?[、.:]?|项 ?[、.:]) ?|(${CN}{1,4}) ?[、.] ?)`);
const SUB_RE = new RegExp(`^\\( ?(${CN}{1,3}) ?\\) ?`);
const ITEM_RE = /^(\d{1,3}) ?([.、。]) ?/;
/**
 * A number and a space, its dot lost, before a heading's words: "4 不断加强师资队伍建设。" (a line's first words, or cut so),
 * the line one run of text (no space after: a row of cells split at spaces, "1 地区生产总值增长6%以上。 区发展改革委", is none).
 */
const DOTLESS_ITEM_RE = /^(\d{1,2}) (?=[\u4e00-\u9fff]{4}[^。,;:\n]{0,30}。[^ \n]*$)/;
const PAREN_RE = /^(?:\( ?(\d{1,3}) ?\)|(\d{1,3})\)) ?/;

const HEADER_WORDS =
  /^((?:19|20)\d{2} ?年(?:目标|目标值)?|指标名称|指标内容|计量单位|单位|基期值|现状值|重点工作内容|建设内容|总投资|计划投资|目标进度|进度目标|序号|编号|序|NO\.?|No\.?|任务|工作任务|项目内容|重点任务|主要工作|主要工作任务|重点工作任务|重点工作任务分解|工作任务分解|任务分解|任务内容|工作内容|具体任务|主要任务|工作措施|工作举措|重点工作|任务名称|工作事项|事项|主要内容|具体内容|项目|项目名称|内容|具体措施|目标任务|目标要求|质量要求|目标|工作目标|预期目标|预期效果|年度目标|指标|考核指标|目标值|完成标准|工作标准|牵头单位|牵头部门|责任单位|责任部门|主责单位|责任主体|主体责任单位|配合责任单位|承办单位|实施单位|配合单位|配合部门|协办单位|参与单位|协同单位|完成时限|完成时间|时间节点|时限|时间要求|办结时限|完成期限|进度安排|实施计划|推进计划|时间安排|牵头领导|责任领导|分管领导|责任人|备注|监督方式|督查方式|督办方式|类别|分类|领域|进展情况|完成情况|工作进展|推进情况|落实情况|完成进度|存在问题|工作评价|子项目|建设规模及内容|项目建设规模及内容|建设内容及规模|建设规模|具体完成情况|计划完成情况|预计完成情况|年度计划|计划|起止年限|建设起止年限|建设年限|资金来源|当年投资|年度投资)$/;

/** A column dating one step of each row's project: 开工时间 (2025年3月), 竣工时间, 计划完工日期. */
export const STEP_HEADER = /^(?:计划|预计)?(开工|竣工|完工|建成|投用)(?:时间|日期)$/;

/** The 序号 of a table row under a project's merged 序号/项目 cells: "as above" (read as that item's own row). */
export const SAME = '〃';

/**
 * A column giving the number this level is held to, beside the report's sentence (区本级 / 任务数 over
 * 5%, 9亿元, 12亿元/10亿元): the 区本级's share where it differs from the report's figure.
 */
export const QUOTA_HEADER = /^(?:[省市县区镇乡]?本级)?(?:年度|全年)?(?:任务数|目标数|任务量|指标数)$/;

/**
 * A header cell without what only dates it: 2022年预期目标 is 预期目标, 1-10月推进情况 is 推进情况,
 * 全年目标任务 is 目标任务, 上半年推进情况 is 推进情况 (a bare year, 2025年, stays: an indicator table's year column).
 */
export function headerCore(norm: string): string {
  // (A measure in brackets after the word: 总投资(万元).)
  const n = norm.replace(/\s+/g, '').replace(/(.{2,})\([^()]{1,6}\)$/, '$1');
  // (A year and the months of it, 2023年10-12月份进展情况, its year mistyped or not, 20224年1-3月份进度安排; the kind
  // of list a word heads, 实事项目名称 / 民生实事项目 / 为民办实事项目: 项目名称, 项目.)
  // (The kind of list alone, 民生实事 / 为民办实事 over the rows it lists: the tasks, 事项.)
  if (/^(?:为民办|民生|重点民生)?实事$/.test(n)) return '事项';
  // (A word saying which of them a column holds, 主要 / 重点 / 具体, before a header word: 主要工作举措 heads 工作举措.)
  const which = /^(?:主要|重点|具体)(.{2,})$/.exec(n);
  if (which && !isHeaderWord(n) && isHeaderWord(which[1] ?? '')) return which[1] ?? n;
  const m = /^(?:(?:19|20)\d{2,3}年度?(?:\d{1,2}(?:[-—~至]\d{1,2})?月份?)?|\d{1,2}(?:[-—~至]\d{1,2})?月份?|全年|年度|本年|上半年|下半年|前三季度|第?[一二三四]季度|(?:为民办|民生)?实事)(.{2,})$/.exec(n);
  return m && isHeaderWord(m[1] ?? '') ? (m[1] ?? '') : n;
}

function isHeaderWord(n: string): boolean {
  // An attribution label (责任科室, 配合处室, 时限要求) heads the column of what it labels.
  return HEADER_WORDS.test(n) || STEP_HEADER.test(n) || QUOTA_HEADER.test(n) || labelKind(n) !== undefined;
}

export function isHeaderCell(norm: string): boolean {
  const n = headerCore(norm);
  if (isHeaderWord(n)) return true;
  // The time a task is planned to be done by: 计划完成时间, 计划完成时限.
  if (/^计划(?:完成时间|完成时限|完成期限)$/.test(n)) return true;
  // Two header words joined: 目标与任务, 任务及措施.
  const two = /^(.{2,6})(?:与|和|及)(.{2,6})$/.exec(n);
  return two !== null && HEADER_WORDS.test(two[1] ?? '') && HEADER_WORDS.test(two[2] ?? '');
}

/** A line that is only a deadline: "2026年6月底前", "(2026年12月底前完成)". */
function isDeadlineOnly(norm: string): boolean {
  const inner = norm.replace(/^[([]|[)\]。.]+$/g, '').replace(/(完成|实现|到位|办结)$/, '');
  if (inner.length === 0 || inner.length > 20) return false;
  const hits = findDeadlines(inner, 2000);
  const hit = hits[0];
  return hits.length === 1 && hit !== undefined && hit.start === 0 && hit.end === inner.length;
}

/**
 * A line in another script after its mark, "1. Striving to modernize the industrial system…" under "(一)大力推进…":
 * a bilingual page's translation of the heading above it, no number of the plan's own.
 */
function isTranslation(text: string): boolean {
  // (The words before any Chinese: a copy runs the translation on into the next paragraph, …forces.推动产业链….)
  const before = /^[^\u3400-\u9fff]*/.exec(text)?.[0] ?? '';
  return /^[A-Za-z]{2,}(?: [A-Za-z]{2,}){2}/.test(before);
}

export function classify(line: LogicalLine): Classified {
  const c = classifyMark(line);
  const marked = c.kind === 'section' || c.kind === 'sub' || c.kind === 'item' || c.kind === 'paren' || c.kind === 'circled';
  return marked && isTranslation(line.st.norm.slice(c.rest)) ? { kind: 'text', id: '', rest: 0 } : c;
}

function classifyMark(line: LogicalLine): Classified {
  const norm = line.st.norm;
  const cells = line.cells;
  if (cells && cells.length >= 2) {
    const headerCells = cells.filter((c) => isHeaderCell(c.norm)).length;
    if (headerCells >= 2 && headerCells * 2 >= cells.length) return { kind: 'tableHeader', id: '', rest: 0 };
    const first = /^(\d{1,3})[.、]?$/.exec(cells[0]?.norm.trim() ?? '');
    if (first) return { kind: 'tableRow', id: first[1] ?? '', rest: 0 };
  }
  let m = SECTION_RE.exec(norm);
  if (m) {
    const id = m[1] ?? m[2] ?? '';
    // "十、" alone is fine, "一、二季度…" is prose about quarters.
    if (!/^[一二三四]季度/.test(norm.slice(m[0].length))) return { kind: 'section', id, rest: m[0].length };
  }
  m = SUB_RE.exec(norm);
  if (m) return { kind: 'sub', id: m[1] ?? '', rest: m[0].length };
  m = ITEM_RE.exec(norm) ?? DOTLESS_ITEM_RE.exec(norm);
  if (m) {
    const after = norm.charAt(m[0].length);
    // "1.5万人" is a number; "1. 2026年…" (with a space) and "4.6月底前…" are items.
    const decimal = m[2] === '.' && /^\d+\.$/.test(m[0]) && /\d/.test(after) && !/^\d{1,2}月/.test(norm.slice(m[0].length));
    if (!decimal) return { kind: 'item', id: m[1] ?? '', rest: m[0].length };
  }
  m = PAREN_RE.exec(norm);
  if (m) return { kind: 'paren', id: m[1] ?? m[2] ?? '', rest: m[0].length };
  const c = norm.charCodeAt(0);
  if (c >= 0x2474 && c <= 0x2487) return { kind: 'paren', id: String(c - 0x2473), rest: 1 };
  // ⒈ – ⒛ (a number with its full stop in one character) are 1. – 20.; ㈠ – ㈩ are (一) – (十); 🔟, the keycap ten, is 10.
  if (c >= 0x2488 && c <= 0x249b) return { kind: 'item', id: String(c - 0x2487), rest: 1 };
  if (c >= 0x3220 && c <= 0x3229) return { kind: 'sub', id: '一二三四五六七八九十'.charAt(c - 0x3220), rest: 1 };
  if (norm.startsWith('\u{1F51F}')) return { kind: 'item', id: '10', rest: 2 };
  if (c >= 0x2460 && c <= 0x2473) return { kind: 'circled', id: String(c - 0x245f), rest: 1 };
  if (isAttributionLine(norm)) return { kind: 'attr', id: '', rest: 0 };
  if (isDeadlineOnly(norm)) return { kind: 'deadline', id: '', rest: 0 };
  if (isUnitListLine(norm)) return { kind: 'unitList', id: '', rest: 0 };
  return { kind: 'text', id: '', rest: 0 };
}
