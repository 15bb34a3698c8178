// The 印发通知 around a published plan: "现将《X》印发给你们，并就有关事项通知如下：一、… 二、…".
// What the notice asks of the units (its own 一、二、三、 or 1. 2. 3.) is not the plan: the plan
// is the attachment, which starts where its title X is written again, after the notice's
// signature (issuer + date), or after an 附件 line. The lines in between are the notice's.

import { classify } from './markers.js';
import type { LogicalLine } from './markers.js';

/**
 * "现将《X》印发给你们" / "现印发你们" / "现转发给你们": the sentence that hands the plan out; also the
 * tasks themselves handed out, "现将2025年市《政府工作报告》目标任务责任分解给你们" / "…下达给你们".
 */
const HANDS_OUT = /(?:印发|转发|下发|下达|分解)(?:给)?(?:你们|你单位|你处|各单位)/;
/** The notice says its own requirements follow: "并就有关事项通知如下" / "并提出以下意见". */
const ANNOUNCES = /(?:通知如下|提出(?:以下|如下)(?:意见|要求)|(?:以下|如下)要求|要求如下)/;
/** The attachment begins: "附件" / "附件1：…". */
const ATTACHMENT = /^附 ?件 ?\d{0,2} ?[:：]?/;
/** The notice's list of attachments, opened by the first name: "附件:1. 2022年…分解表". */
const ATTACHMENT_LIST = /^附 ?件 ?[:：] ?1 ?[.、．] ?\S/;
/** A further name in that list: "2. 2022年…任务分解表", a title (no sentence). */
const LISTED = /^\d{1,2} ?[.、．] ?[^。;；,，]{4,60}$/;
/** Kinds that are the plan's (or the notice's) numbered text. */
const NUMBERED = new Set(['section', 'sub', 'item', 'paren', 'tableRow', 'tableHeader']);

/** A title compared loosely: no spaces, no book-title marks (〈〉 inside 《》 are written either way). */
const titleKey = (s: string): string => s.replace(/[\s《》〈〉<>"“”'‘’]/g, '');

/** The titles the sentence (or the notice's title) names in 《》: the plan is one of them. */
function booksIn(norm: string): string[] {
  return [...norm.matchAll(/《((?:[^《》〈〉]|〈[^《》〈〉]*〉)+)》/g)].map((m) => titleKey(m[1] ?? '')).filter((t) => t.length >= 4);
}

/** Is this line the plan's title written again (whole, or its first part when the title runs over two lines)? */
function isPlanTitle(norm: string, titles: string[]): boolean {
  const k = titleKey(norm);
  if (k.length < 6 || /[。;；]/.test(norm)) return false;
  return titles.some((t) => k === t || (t.startsWith(k) && k.length * 3 >= t.length) || (k.startsWith(t) && k.length <= t.length + 12));
}

/**
 * The lines (indices into `lines`, `to` excluded) of the notice's own text: its addressees, the
 * sentence that hands the plan out and what follows up to the plan itself; undefined when there is
 * no such sentence before the first numbered line. When neither the plan's title, a signature nor
 * an 附件 line ends the notice, it runs to the end only when the sentence announced requirements
 * of its own (the plan was not attached).
 */
export function noticeBody(lines: readonly LogicalLine[]): { from: number; to: number } | undefined {
  let at = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (HANDS_OUT.test(line.st.norm)) {
      at = i;
      break;
    }
    if (NUMBERED.has(classify(line).kind)) return undefined;
  }
  const sentence = lines[at];
  if (!sentence) return undefined;
  // The plan's title: in 《》 in the sentence, else in the notice's title above it.
  let titles = booksIn(sentence.st.norm);
  if (titles.length === 0) titles = lines.slice(0, at).flatMap((l) => booksIn(l.st.norm));
  let to = -1;
  let list = -1;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    // The notice's list of what it attaches ("附件:1. …分解表" / "2. …分解表"), before its signature: the names, not the plan.
    if (list < 0 && ATTACHMENT_LIST.test(line.st.norm)) {
      list = i;
      while (i + 1 < lines.length && LISTED.test(lines[i + 1]?.st.norm ?? '') && !lines[i + 1]?.signature) i++;
      continue;
    }
    if (line.signature || ATTACHMENT.test(line.st.norm) || (titles.length > 0 && !line.cells && isPlanTitle(line.st.norm, titles))) {
      to = i;
      break;
    }
  }
  if (to < 0) {
    if (!ANNOUNCES.test(sentence.st.norm) && !requirementsOnly(lines.slice(at + 1))) return undefined;
    to = lines.length;
  }
  // The sentence itself and the addressees right above it (各县区人民政府，市政府各部门：) are the notice's too.
  const addressees = lines[at - 1];
  const from = addressees && !addressees.cells && /[:：]$/.test(addressees.st.norm) && /[,，、]/.test(addressees.st.norm) ? at - 1 : at;
  return { from, to };
}

/**
 * What follows a sentence that hands a plan out without announcing requirements, when neither
 * the plan's title, a signature nor an 附件 line comes: the notice's own requirements, not the
 * plan, when it is a few 一、 paragraphs, each a heading sentence running on in prose
 * ("一、强化责任落实。县政府重点工作任务实行…"), naming no unit, with nothing numbered below them
 * (the last one may be cut short where the copy stops). A plan has short headings over items,
 * or items with their units.
 */
function requirementsOnly(rest: readonly LogicalLine[]): boolean {
  const numbered = rest.map((l, i) => ({ l, i, c: classify(l) })).filter(({ c }) => c.kind !== 'text');
  if (numbered.length === 0 || numbered.length > 8) return false;
  return numbered.every(({ l, i, c }) => {
    if (c.kind !== 'section' || l.cells) return false;
    const text = l.st.norm.slice(c.rest);
    const head = /^[^。;:]{2,30}[。;]/.test(text);
    return head && (text.length >= 40 || i === rest.length - 1) && !/(牵头|责任|配合)(单位|部门|科室|处室)? ?:/.test(text);
  });
}

/**
 * The plan the notice hands out, as the sentence names it ("现将《X》印发给你们" -> X as written, and
 * its parse form compared loosely), for a notice whose plan is missing and has no title line.
 */
export function handedOutTitle(lines: readonly LogicalLine[]): { title: string; key: string } | undefined {
  const sentence = lines.find((l) => HANDS_OUT.test(l.st.norm));
  if (!sentence) return undefined;
  // The book handed out is the last one named before 印发 ("完成好《政府工作报告》中确定的…，现将《<政府工作报告>任务分解表》印发给你们").
  const hands = HANDS_OUT.exec(sentence.st.norm)?.index ?? sentence.st.norm.length;
  const books = [...sentence.st.norm.matchAll(/《((?:[^《》〈〉]|〈[^《》〈〉]*〉)+)》/g)];
  const m = books.filter((b) => b.index < hands).pop() ?? books[0];
  if (!m || (m[1] ?? '').length < 4) return undefined;
  return { title: sentence.st.raw.slice(m.index + 1, m.index + m[0].length - 1).replace(/\s+/g, ''), key: titleKey(m[1] ?? '') };
}

/** Is this line the plan's title, whole or its start (a copy that stops inside it)? */
export function startsTitle(norm: string, key: string): boolean {
  // "附件:《政府工作报告》任务分解表" names the attachment the copy does not hold.
  const k = titleKey(norm.replace(ATTACHMENT, ''));
  return k.length >= 4 && key.startsWith(k);
}
