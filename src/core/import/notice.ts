// The 印发通知 around a published plan: "现将《X》印发给你们，并就有关事项通知如下：一、… 二、…".
// What the notice asks of the units (its own 一、二、三、 or 1. 2. 3.) is not the plan: the plan
// is the attachment, which starts where its title X is written again, after the notice's
// signature (issuer + date), or after an 附件 line. The lines in between are the notice's.

import { classify } from './markers.js';
import type { LogicalLine } from './markers.js';
import type { Segmented } from './segment.js';
import type { SText } from './text.js';
import { reportedBook } from './lead.js';
import { lineAt, toNorm } from './text.js';

/**
 * "现将《X》印发给你们" / "现印发你们" / "现转发给你们": the sentence that hands the plan out; also the
 * tasks themselves handed out, "现将2025年市《政府工作报告》目标任务责任分解给你们" / "…下达给你们", or
 * with no addressee, "现将《政府工作报告》2023年6个方面243项工作任务予以分解印发" (or only 予以分解) / "现将《政府工作报告》中涉及2016年的
 * 各项目标任务分解下达。" / "现将主要目标任务分解下发,请认真抓好落实。", or the notice's own word on them ("现将分解落实2020年国务院《政府工作报告》确定的重点工作通知如下:").
 */
/**
 * What the government decided to break down, the sentence handing the tasks out with no addressee: "经区政府研究决定,将
 * 《政府工作报告》、民生实事项目中的主要工作目标任务进行分解" (or 现将…进行分解).
 */
const DECIDED_SPLIT = /(?:现|决定[,，]? ?)将([^。;]{2,120}?)进行分解/;
const TO_ADDRESSEE = /(?:印发|转发|下发|下达|分解)(?:给)?(?:你们|你单位|你处|各单位)/;
const HANDS_OUT = new RegExp(`${TO_ADDRESSEE.source}|现将.{2,80}?予以(?:分解(?:印发|下达)?|印发|下达)|现将[^。;]{2,120}?(?:分解下达|分解下发|印发下达|印制下发)(?=[。;,]|$)|${DECIDED_SPLIT.source}`);
/**
 * The notice about handing the tasks out, its requirements following: "现将重点任务分解落实有关事项通知如下",
 * "现将分解落实2020年国务院《政府工作报告》确定的重点工作通知如下", or about carrying them out, "现就相关工作通知如下"
 * (现就 as 现将).
 * (The plan may follow such a sentence too, so only requirements and nothing else make it the notice's.)
 */
const TASKS_NOTICE = /现将.{0,30}?任务.{0,6}?(?:分解|下达)(?:落实)?(?:的)?有关事项通知如下|现[将就][^。;]{2,120}?通知如下/;
/** What a government decided to hand out, in the sentence before 现将有关事项通知如下: "将《政府工作报告》主要指标和重点任务予以分解下达". */
const DECIDED = /(?:决定|決定)[,，]? ?将([^。;,，]{4,60}?)(?:予以)?(?:分解下达|分解下達|分解落实|分解落實|印发|下达|下達)[。;,，]/;
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
    if (HANDS_OUT.test(line.st.norm) || TASKS_NOTICE.test(line.st.norm)) {
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
  // No title, signature nor 附件 line, but the notice's own requirements (一、高度重视,…。 二、压实责任,…。) and then the plan's
  // first task, 1.: the plan starts there, its title never written again.
  const first = to < 0 ? lines.findIndex((l, i) => i > at && !['text', 'section'].includes(classify(l).kind)) : -1;
  const task = first > at + 1 ? classify(lines[first]!) : undefined;
  if (task?.kind === 'item' && task.id === '1' && requirementsOnly(lines.slice(at + 1, first))) to = first;
  if (to < 0) {
    if (!HANDS_OUT.test(sentence.st.norm)) {
      // Tasks "分解落实有关事项通知如下": the notice's when only its requirements follow, each a heading over prose.
      if (!requirementsOnly(lines.slice(at + 1), true)) return undefined;
    } else if (!ANNOUNCES.test(sentence.st.norm) && !requirementsOnly(lines.slice(at + 1))) return undefined;
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
function requirementsOnly(rest: readonly LogicalLine[], ownLines = false): boolean {
  const numbered = rest.map((l, i) => ({ l, i, c: classify(l) })).filter(({ c }) => c.kind !== 'text');
  if (numbered.length === 0 || numbered.length > 8) return false;
  return numbered.every(({ l, i, c }) => {
    if (c.kind !== 'section' || l.cells) return false;
    const text = l.st.norm.slice(c.rest);
    // (Or, with ownLines, the heading a line of its own over a paragraph: "一、提高政治站位,加强组织领导" / "2022年是…".)
    const next = rest[i + 1];
    const over = ownLines && /^[^。;:]{2,30}$/.test(text) && next !== undefined && classify(next).kind === 'text' && next.st.norm.length >= 40;
    if (over) return !/(牵头|责任|配合)(单位|部门|科室|处室)? ?:/.test(next.st.norm);
    const head = /^[^。;:]{2,30}[。;]/.test(text);
    // (A paragraph a viewer broke after a comma goes on on the next line: "二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项,".)
    const goesOn = /,$/.test(text) && next !== undefined && classify(next).kind === 'text';
    return head && (text.length >= 40 || goesOn || i === rest.length - 1) && !/(牵头|责任|配合)(单位|部门|科室|处室)? ?:/.test(text);
  });
}

/**
 * The plan the notice hands out, as the sentence names it ("现将《X》印发给你们" -> X as written, and
 * its parse form compared loosely), for a notice whose plan is missing and has no title line.
 */
export function handedOutTitle(lines: readonly LogicalLine[]): { title: string; key: string; line: number } | undefined {
  const sentence = lines.find((l) => HANDS_OUT.test(l.st.norm)) ?? lines.find((l) => TASKS_NOTICE.test(l.st.norm));
  if (!sentence) return reportedTitle(lines);
  // "现将X分解下达" / "现将X通知如下" (no one named to hand it to): X is what it hands out, not a book it cites before.
  const line = lineAt(sentence.st, 0);
  const own = TO_ADDRESSEE.test(sentence.st.norm) ? null : /现[将就]([^。;]{2,120}?)(?:予以分解|予以印发|予以下达|分解下达|印发下达|下达|印发|通知如下)/.exec(sentence.st.norm);
  // "现将有关事项通知如下": what the notice asks, no book; the work it is about is the one its own title names
  // ("天津市人民政府关于切实做好2020年市政府重点工作的通知": 2020年市政府重点工作; the title's words in 《》 or not,
  // "…办公室《关于认真办理2025年陇西县为民实事》的通知": 2025年陇西县为民实事).
  if (own?.[1] && /^(?:有关|相关)(?:事项|要求|工作|事宜|情况)$/.test(own[1])) {
    for (const l of lines) {
      const about = /关于(?:切实|认真|扎实|进一步|全力)?(?:做好|抓好|落实|推进|开展|办理)?([^。;,:《》]{4,60}?)》?的通知$/.exec(l.st.norm);
      if (!about?.[1]) continue;
      const at = about.index + about[0].length - (about[0].endsWith('》的通知') ? 4 : 3) - about[1].length;
      return { title: l.st.raw.slice(at, at + about[1].length).replace(/\s+/g, ''), key: titleKey(about[1]), line };
    }
    // No title line either: the decision just before says what is handed out ("省政府决定,将《政府工作报告》主要指标和
    // 重点任务予以分解下达。现将有关事项通知如下:" -> 《政府工作报告》主要指标和重点任务).
    const decided = DECIDED.exec(sentence.st.norm);
    if (decided?.[1]) {
      const at = decided.index + decided[0].indexOf(decided[1]);
      return { title: sentence.st.raw.slice(at, at + decided[1].length).replace(/\s+/g, ''), key: titleKey(decided[1]), line };
    }
    return undefined;
  }
  // The tasks a government decided to break down (将《政府工作报告》、民生实事项目中的…目标任务进行分解) are in the tables it
  // attaches: the first of them, as the 附件 line names it, is the plan.
  const split = DECIDED_SPLIT.test(sentence.st.norm) ? attachedName(lines) : undefined;
  if (split !== undefined) return { ...split, line };
  if (own?.[1]) {
    // The attachment named under the notice ("附件:2016年县政府重点工作任务分解表") is what it hands out.
    const named = lines.map((l) => /^附 ?件 ?\d{0,2} ?[:：] ?([^。;；,，:：]{6,60})$/.exec(l.st.raw.trim())).find((m) => m !== null);
    if (named?.[1] && !/^\d{1,2} ?[.、．]/.test(named[1])) return { title: named[1].replace(/\s+/g, '').replace(/^《(.+)》$/, '$1'), key: titleKey(named[1]), line };
    const at = own.index + 2;
    const raw = sentence.st.raw.slice(at, at + own[1].length).replace(/\s+/g, '').replace(/^《(.+)》$/, '$1');
    return { title: raw, key: titleKey(own[1]), line };
  }
  // The book handed out is the last one named before 印发 ("完成好《政府工作报告》中确定的…，现将《<政府工作报告>任务分解表》印发给你们").
  const hands = HANDS_OUT.exec(sentence.st.norm)?.index ?? sentence.st.norm.length;
  // "现将2023年《政府工作报告》重点任务分解落实方案印发给你们": the book named inside the title is not what is handed
  // out; the whole name between 现将 and 印发 is, when it ends as a plan's name does.
  const whole = /现将 ?([^。;,:]{0,30}《[^《》]{2,30}》[^。;,:《》]{2,30}?(?:方案|计划|要点|清单|分工|分解表?|任务|安排)) ?$/.exec(sentence.st.norm.slice(0, hands));
  if (whole?.[1]) {
    const at = (whole.index ?? 0) + whole[0].indexOf(whole[1]);
    return { title: sentence.st.raw.slice(at, at + whole[1].length).replace(/\s+/g, ''), key: titleKey(whole[1]), line };
  }
  const books = [...sentence.st.norm.matchAll(/《((?:[^《》〈〉]|〈[^《》〈〉]*〉)+)》/g)];
  // (Not the short name it is given after it, (以下简称《方案》): that names the same book again.)
  const named = books.filter((b) => !/(?:简称|以下称) ?$/.test(sentence.st.norm.slice(Math.max(0, b.index - 6), b.index)));
  const m = named.filter((b) => b.index < hands).pop() ?? named[0];
  if (!m || (m[1] ?? '').length < 4) return undefined;
  return { title: sentence.st.raw.slice(m.index + 1, m.index + m[0].length - 1).replace(/\s+/g, ''), key: titleKey(m[1] ?? ''), line };
}

/** The name on the notice's 附件 line, the first of a numbered list (附件:1. 2019年《政府工作报告》目标任务分解表 / 2. …). */
function attachedName(lines: readonly LogicalLine[]): { title: string; key: string } | undefined {
  for (const l of lines) {
    const m = /^附 ?件 ?\d{0,2} ?[:：] ?(?:1 ?[.、．] ?)?([^。;；,，:：]{6,60})$/.exec(l.st.norm.trim());
    if (!m?.[1]) continue;
    const at = l.st.norm.indexOf(m[1]);
    const title = l.st.raw.slice(at, at + m[1].length).replace(/\s+/g, '').replace(/^《(.+)》$/, '$1');
    return { title, key: titleKey(m[1]) };
  }
  return undefined;
}

/**
 * A news report of the plan with no title line (中国妇女报 on a 省妇联's 工作要点): the book the report says was handed out,
 * named in 《》 with its year and as a plan is named, is the plan's title, as a 印发 wrapper's would be.
 */
function reportedTitle(lines: readonly LogicalLine[]): { title: string; key: string; line: number } | undefined {
  const book = reportedBook(lines.map((l) => l.st));
  return book && { title: book.title, key: titleKey(book.title), line: book.line };
}

/** Is this line the plan's title, whole or its start (a copy that stops inside it)? */
export function startsTitle(norm: string, key: string): boolean {
  // "附件:《政府工作报告》任务分解表" names the attachment the copy does not hold.
  const k = titleKey(norm.replace(ATTACHMENT, ''));
  return k.length >= 4 && key.startsWith(k);
}

/** A heading of a 政策解读's own: the plan's background, how it was made, its principles, gist, meaning, safeguards or what it asks. */
const EXPLAINS = /(?:背景|过程|原则|主要内容|意义|保障措施|落地见效的措施|依据|必要性|起草|出台|解读|(?:具体|工作)要求)/;

/**
 * A 政策解读 page that holds no plan: it says it interprets one (a line before the first numbered
 * one reads 解读: "…解读如下", "政策解读", "关于对《…方案》的解读") and its numbered headings, a few,
 * are all the interpretation's own (一、出台背景 / 二、主要内容 / 三、保障措施, 一、…的重要意义),
 * none naming a unit. A 解读 that lists the plan's tasks (二、重要举措 / (一)… / 1.扎实推进…) is read
 * as the plan it sums up.
 */
export function interpretationOnly(lines: readonly LogicalLine[], seg: Segmented): boolean {
  const items = seg.sections.flatMap((s) => s.items);
  if (items.length === 0 || items.length > 8) return false;
  const first = Math.min(...items.map((b) => b.line));
  if (!lines.some((l) => (l.st.marks[0]?.line ?? first) < first && /解读/.test(l.st.norm))) return false;
  return items.every((b) => {
    // (Under a sub-heading of the interpretation's own, its gist or what it asks: "(一)主要内容。" over "1.在…方面(分解
    // 任务15项)", "(二)工作要求。" over "1.提高政治站位,强化责任落实。": the plan's parts counted, not its tasks.)
    const subHead = b.sub ? b.sub.title.norm.replace(/^\s*\([一二三四五六七八九十]+\)\s*/, '') : '';
    const explained = b.sub !== undefined && EXPLAINS.test(subHead);
    if ((b.sub && !explained) || b.unitCells.length > 0 || b.leaderCells.length > 0) return false;
    if (explained) return !/(牵头|责任|配合)(单位|部门)? ?[:：]/.test(b.body.norm);
    const text = b.body.norm.replace(/^\s*(?:[一二三四五六七八九十]+ ?[、.．]|\d{1,2} ?[.、．]|\([一二三四五六七八九十\d]+\))\s*/, '');
    const head = /^[^。;；:：,，]{2,30}/.exec(text)?.[0] ?? '';
    // (Or the parts of the document it reads, 第一部分,2023年工作回顾 / 第二部分,2024年的工作安排: the marker read off.)
    const part = /^[,，]?(?:(?:19|20)\d{2} ?年)?(?:的)?(?:工作回顾|工作安排)/.test(text);
    return (part || EXPLAINS.test(head)) && !/(牵头|责任|配合)(单位|部门)? ?[:：]/.test(b.body.norm);
  });
}

/** A heading of a call for proposals: when, what, on what terms and how to propose (征集时间, 征集内容, 征集方式 …). */
const CALLS = /^(?:征集|推荐|报送|提交|联系|反馈)/;

/**
 * A call for proposals for next year's projects (关于公开征集2025年民生实事项目的通告: 一、征集时间 / 二、征集内容 /
 * 三、征集原则 / 四、征集方式): its numbered headings say when and how to propose, no task of a plan. A few headings,
 * two of them at least opening on 征集 and all but one on such a word.
 */
export function callForProposals(lines: readonly LogicalLine[], seg: Segmented): boolean {
  // (The headings may stand unnumbered on their own lines: 征集时间 / 征集内容 / 征集要求 / 征集渠道, numbered
  // requirements under them.)
  if (lines.filter((l) => /^征集(?:时间|日期|期限|内容|范围|对象|原则|要求|方式|渠道|程序)$/.test(l.st.norm.trim())).length >= 2) return true;
  const items = seg.sections.flatMap((s) => s.items);
  if (items.length < 2 || items.length > 8) return false;
  const heads = items.map((b) => b.body.norm.replace(/^\s*(?:[一二三四五六七八九十]+ ?[、.．]|\d{1,2} ?[.、．]|\([一二三四五六七八九十\d]+\))\s*/, ''));
  const calls = heads.filter((h) => CALLS.test(h));
  return heads.filter((h) => /^征集/.test(h)).length >= 2 && calls.length >= heads.length - 1;
}

/**
 * A news report of a meeting that discussed the plan (张强主持召开区政府第63次常务会议 … 会议确定: / 1、原则同意该《方案》…
 * / 2、要主动担责。…): its numbered points are what the meeting decided and asked, not the plan's tasks. The points
 * follow a line that is only 会议确定 (决定, 议定, 要求, 强调, 指出), and the page reports the meeting (召开…会议).
 */
export function meetingReport(lines: readonly LogicalLine[], seg: Segmented): boolean {
  const items = seg.sections.flatMap((s) => s.items);
  if (items.length === 0 || items.length > 12) return false;
  const first = Math.min(...items.map((b) => b.line));
  const before = lines.filter((l) => (l.st.marks[0]?.line ?? first) < first);
  const said = before.findLast((l) => l.st.norm.trim() !== '');
  if (!said || !/^会议(?:确定|决定|议定|要求|强调|指出|认为|提出)[:：]?$/.test(said.st.norm.trim())) return false;
  return before.some((l) => /(?:主持)?召开.{0,30}会议|会议(?:听取|审议|研究|讨论)/.test(l.st.norm));
}

/** What a report on how a plan is going calls itself: 关于…落实情况的通报, …进展情况的通报, …完成情况通报 (or 报告), …进展情况. */
const PROGRESS_REPORT = /(?:落实|进展|完成|推进|执行|办理|进度)情况(?:的)? ?(?:通报|报告)?$/;

/**
 * A report on how a plan is going whose title says so, however its body is numbered: 關于蓬江區2022年重點工作1-6月進展
 * 情況的通報 over 一、主要經濟指標 / 二、…方面 (the half-year's figures, not targets). Its title; undefined for a plan.
 */
export function progressTitle(seg: Segmented): string | undefined {
  const t = seg.title?.norm.trim() ?? '';
  if (t.length > 80 || !/(?:落实|进展|完成|推进|执行|办理|进度)情况(?:的)? ?(?:通报|报告)$/.test(t)) return undefined;
  // (A report holding the plan's own table, each task with its units, is read as the plan with its progress.)
  const items = seg.sections.flatMap((s) => s.items);
  const owned = items.some((i) => i.unitCells.length > 0 || i.attrLines.length > 0 || /\([^()]{2,40}\)[。.]?$/.test(i.body.norm.trim()));
  const sofar = items.some((i) => /截至|同比|累计完成|完成率|\d{1,2} ?[-—至] ?\d{1,2} ?月/.test(i.body.norm));
  return owned || !sofar ? undefined : (seg.title?.raw.trim().replace(/\s+/g, '') ?? '');
}

/**
 * A report on how a plan is going, not the plan (寿县's 关于印发2022年《政府工作报告》主要任务上半年落实情况的通报, 会昌's
 * 关于2023年10月份民生实事项目进展情况的通报, 阳东's …十件民生实事完成情况的通报): a title line saying so, in a text holding
 * no item (its table of progress attached, not copied). Its title, for the message; undefined for any other text.
 */
export function progressReport(lines: readonly LogicalLine[]): string | undefined {
  // (Or a metadata table's cell holding it: 内容概述 | 2025年1-6月新吴区为民办实事项目进展情况.)
  for (const st of lines.flatMap((l) => l.cells ?? [l.st])) {
    const t = st.norm.trim();
    if (t.length > 80 || /[。;]/.test(t) || !PROGRESS_REPORT.test(t)) continue;
    return st.raw.trim().replace(/\s+/g, '');
  }
  return undefined;
}

/** What a performance report calls itself: 施政绩效报告, 年度绩效报告, 绩效自评报告 (its notice's 公告 and date may follow). */
const PERFORMANCE_REPORT = /绩效(?:自评)?报告(?:公告)?(?: ?\d{2,4}[-./]\d{1,2}[-./]\d{1,2})?$/;

/**
 * A report on the performance of a year gone by, not a plan (國家發展委員會 113年度本會施政績效報告公告 114-03-28 / 壹、前言 /
 * …/ 肆、施政績效成果亮點 / 一、淨零公正轉型): its title line, the text's first, says so, however its results are numbered.
 * Its title, for the message; undefined for any other text.
 */
export function performanceReport(lines: readonly LogicalLine[]): string | undefined {
  const first = lines.find((l) => l.st.norm.trim() !== '')?.st;
  // (Its first physical line: a heading the page ran onto it, 壹、前言, is the report's.)
  const end = first?.marks[1]?.at ?? first?.norm.length ?? 0;
  const t = first?.norm.slice(0, end).trim() ?? '';
  if (t.length > 80 || /[。;,:]/.test(t) || !PERFORMANCE_REPORT.test(t)) return undefined;
  return first?.raw.slice(0, end).trim().replace(/(?:公告)?(?: ?\d{2,4}[-./]\d{1,2}[-./]\d{1,2})?$/, '');
}

/** What a body of rules calls itself: 工作规则, 实施细则, 管理办法, 规定, 条例, 章程, 注意事项 (工作要点 is a plan, not one). */
const RULES_NAME = /(?:规则|細則|细则|办法|辦法|规定|規定|条例|條例|章程|注意事项|注意事項)》?(?:的通知)?$/;
/** Its first chapter or the clause saying what it is made for: 第一章 总则, 制定本规则 (本办法, 本细则 …). */
const RULES_BODY = /^第 ?[一1] ?章 ?总 ?则$|^第 ?[一1] ?章 ?總 ?則$|(?:制定|订定|訂定|制订)本(?:规则|規則|细则|細則|办法|辦法|规定|規定|条例|條例|章程|注意事项|注意事項)/;

/**
 * A body of rules, not a plan (阿里地区行政公署工作规则, 镇巴县人民政府工作规则: 第一章 总则 / 一、…制定本规则。 / 第二章
 * 组成人员和政府职能 / 四、…): its title names rules and its body opens on 总则 or says it makes them. Its numbered
 * clauses are rules of procedure, no tasks. The title, for the message; undefined for any other text.
 */
export function rulesOnly(lines: readonly LogicalLine[]): string | undefined {
  if (!lines.some((l) => RULES_BODY.test(l.st.norm.replace(/^\s*[一二三四五六七八九十]+ ?、/, '').trim()))) return undefined;
  for (const l of lines) {
    const t = l.st.norm.trim().replace(/^[-•·]?\s*(?:名 ?称|标 ?题)\s*[:：]\s*/, '');
    if (l.cells || t.length > 80 || /[。;,]/.test(t) || !RULES_NAME.test(t)) continue;
    const book = /《([^《》]{4,60})》/.exec(t);
    return (book?.[1] ?? t).replace(/\s+/g, '');
  }
  return undefined;
}

/**
 * A part reviewing work done, not to do: 2022年工作情况, 2023年工作回顾, 过去一年工作总结, 一年来主要工作成效, 2021年完成的
 * 主要工作, 主要工作开展情况及工作成效, 2023年国民经济和社会发展计划执行情况, 2023年目标完成情况 (a 司法局's 年度计划 page opening on 一、2022年工作情况; an AI-written summary's
 * 一、2023年工作回顾 before 二、2024年工作展望; a 民政局's 2024年工作总结和2025年工作计划 copied as far as its review).
 */
const REVIEW_HEAD =
  /^(?:(?:19|20)\d{2} ?年(?:度)?|过去(?:的)?一年|一年来|上一?年度?|去年)?(?:的)?(?:(?:主要)?工作(?:回顾|总结|情况|开展情况|完成情况|进展情况|成效|成绩)|(?:取得的)?(?:主要)?(?:成绩|成效)|(?:已)?完成的(?:主要)?工作|(?:国民经济和社会发展)?计划执行情况|(?:主要)?目标完成情况)(?:及(?:工作|存在的)?(?:成效|成绩|问题))?$/;

/**
 * The last sentence of a lead announcing a review: 主要体现在三个方面。, 以下是2023年工作回顾:, 主要亮点如下:, or the work
 * done, in the past tense (一年来,…重点开展了以下工作:).
 */
const REVIEW_LEAD = /(?:^|[。!;])[^。!;]*(?:(?:体现在|表现在|以下是)[^。!;]{0,20}(?:方面|工作回顾|亮点|成绩|成效)|(?:工作回顾|主要亮点|主要成绩|主要成效)(?:如下)?|(?:开展|做|完成|抓)了(?:以下|如下)(?:几项|几个方面|[一二三四五六七八九十]项)?(?:重点)?工作)[。:]?$/;
/** …and the past it reviews, named in the lead: 过去一年, 一年来, 去年, 2023年工作回顾. */
const PAST = /过去(?:的)?一年|一年来|去年|上一?年度|(?:19|20)\d{2} ?年(?:工作)?回顾/;

/**
 * An event held on a day, told as done: the date, then within its clause where and the verb of holding it (於9月22日舉行頒獎,
 * 11月5至6日於高雄場駁二藝術特區分別辦理展出), no word before the date making it a plan (計畫於, 預計, 將於, 擬於).
 */
const HELD_ON_A_DAY = /(?<!(?:計畫|计划|預計|预计|將|将|擬|拟|定|要)(?:於|于|在)?)(?<![\d月至到~-])\d{1,2} ?月 ?\d{1,2}(?: ?[至到~-] ?\d{1,2})? ?日[^。;,]{0,25}?(?:舉行|举行|舉辦|举办|展出|頒獎|颁奖|發表|发表|召開|召开|開幕|开幕)/;

/** A heading's words as written, without its mark and what a page ran onto it: its first physical line, up to its first stop. */
function headWords(st: SText): string {
  const end = st.marks[1]?.at ?? st.norm.length;
  const line = st.norm.slice(0, end);
  const from = /^\s*(?:第 ?[一二三四五六七八九十]+ ?部分|[一二三四五六七八九十]+ ?[、.．]|\([一二三四五六七八九十]+\)|\d{1,2} ?[.、．])\s*[,，:：]?\s*/.exec(line)?.[0].length ?? 0;
  const words = /^[^。;；:：,，!！]*/.exec(line.slice(from))?.[0] ?? '';
  return st.raw.slice(from, from + words.length).replace(/\s+/g, '');
}

/**
 * A part setting out the ground a plan stands on, no work of it: 发展趋势, 面临形势, 发展现状, 发展基础, 存在问题, a
 * 國家發展總檢討 (農業部 106-109年國家發展計畫: 一、中長期發展趨勢 / 二、國家發展總檢討 before 三、發展目標 / 四、發展策略).
 */
const CONTEXT_HEAD =
  /^(?:(?:中长期|国内外|当前|面临的?)?(?:发展)?(?:趋势|形势)(?:分析)?|(?:发展)?现状(?:分析)?|(?:发展|工作|现实)基础|发展环境|存在(?:的)?(?:主要)?问题|(?:国家)?(?:发展)?总检讨)$/;

export interface ReviewPart {
  /** Work done (2023年工作回顾) or the ground the plan stands on (面临形势). */
  kind: 'review' | 'context';
  head: string;
  from: number;
  to: number;
}

/**
 * The parts of the text that review the past year's work or set out the situation (their numbered heading says so:
 * 一、2023年工作回顾, 二、面临形势): not the plan, so not imported, unless the situation is all there is. What is left,
 * each part's heading (for the message) and the lines it covers.
 */
export function reviewParts(seg: Segmented): { seg: Segmented; parts: ReviewPart[] } {
  const lastLine = (st: SText) => st.marks[st.marks.length - 1]?.line ?? 0;
  const kindOf = (head: string): ReviewPart['kind'] | undefined => (REVIEW_HEAD.test(toNorm(head)) ? 'review' : CONTEXT_HEAD.test(toNorm(head)) ? 'context' : undefined);
  // A list led by a paragraph saying it reviews (会议指出,过去一年,…取得新成效。主要体现在三个方面。 / …以下是2023年工作回顾:).
  const leads = seg.unplaced.map((u) => ({ line: lastLine(u.st), review: REVIEW_LEAD.test(u.st.norm.trim()) && PAST.test(u.st.norm) }));
  const ledByReview = (line: number) => leads.findLast((l) => l.line < line)?.review === true;
  const cut = (kinds: ReadonlySet<ReviewPart['kind']>) => {
    const parts: ReviewPart[] = [];
    const sections = seg.sections.flatMap((s) => {
      const kind = s.heading ? kindOf(headWords(s.heading.title)) : undefined;
      if (s.heading && kind && kinds.has(kind)) {
        const to = Math.max(s.heading.line, ...s.items.map((i) => lastLine(i.body)), ...s.prose.map((p) => lastLine(p.st)));
        parts.push({ kind, head: headWords(s.heading.title), from: s.heading.line, to });
        return [];
      }
      // (Headings that are the items themselves, nothing numbered under them: the item is the part.)
      const kept = s.items.filter((i) => {
        const k = kinds.has('review') && ledByReview(i.line) ? 'review' : seg.itemLevel === 'section' ? kindOf(headWords(i.body)) : undefined;
        if (!k || !kinds.has(k)) return true;
        parts.push({ kind: k, head: headWords(i.body), from: i.line, to: lastLine(i.body) });
        return false;
      });
      // The numbering starting over with no heading between (一、二、 the goals, then 一、二、 again), each entry of the
      // new run telling of an event held on a day (於9月22日舉行頒獎, 11月5至6日於高雄…分別辦理展出): the record of
      // what was done, the results of the items above, no items of their own.
      const again = kept.findIndex((i, k) => k > 0 && kept.slice(0, k).some((p) => p.id === i.id));
      const run = again > 0 ? kept.slice(again) : [];
      const items = run.length > 0 && kinds.has('review') && run.every((i) => HELD_ON_A_DAY.test(i.body.norm)) ? kept.slice(0, again) : kept;
      if (items !== kept && run[0] !== undefined) parts.push({ kind: 'review', head: headWords(run[0].body), from: run[0].line, to: Math.max(...run.map((i) => lastLine(i.body))) });
      return [{ ...s, items }];
    });
    return { sections, parts };
  };
  let out = cut(new Set(['review', 'context']));
  // (The situation alone, the plan's work cut off by the copy: kept, the reader judges it.)
  if (!out.sections.some((s) => s.items.length > 0) && !out.parts.some((p) => p.kind === 'review')) out = cut(new Set(['review']));
  return { seg: out.parts.length === 0 ? seg : { ...seg, sections: out.sections }, parts: out.parts };
}
