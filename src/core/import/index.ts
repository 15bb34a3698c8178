// `plan import`: Chinese plan text (工作要点 / 任务分解 / 实施方案) -> a PlanFile.
// Pure: no fs, no console, no clock, no environment. Stages, each in its own file:
//   clean.ts     page noise, broken lines, numbers alone       -> logical lines
//   segment.ts   title, sections, items (numbering levels)     -> document tree
//   attribute.ts 牵头单位 / 责任单位 / 配合单位                 -> departments, lead
//   targets.ts   不少于N / 保持在N%以上 / 全覆盖 …             -> targets
//   deadlines.ts 6月底前 / 年底前 / 第二季度                    -> due dates
// Throws ImportError (and nothing else) for input that cannot be a plan.

import type { Department, Item, PlanFile, Section, Target, TargetKind } from '../model.js';
import { bodyAttribution, headingOwner, isUnitName, officeHeading, mergeUnits, laterUnits, parseAttributionLine, parsePeople, parseRoles, saysFirstLeads } from './attribute.js';
import type { UnitRef } from './attribute.js';
import { clean } from './clean.js';
import { nextYearIsPlanYear, numberedDates, parseDeadlineValue } from './deadlines.js';
import { ImportError, says, type ImportMessage } from './errors.js';
import { callForProposals, handedOutTitle, interpretationOnly, meetingReport, performanceReport, progressReport, progressTitle, reviewParts, rulesOnly, startsTitle } from './notice.js';
import { FILE_EXT, SITE_COUNT, SPAM_HEAD, isTitleLike, segment } from './segment.js';
import type { Heading, SegItem, Segmented, Unplaced } from './segment.js';
import type { LogicalLine } from './markers.js';
import { readFigures, readIndicator, readQuota } from './indicator.js';
import { citedYear, issuedYear, itemsYear, leadTitle, leadYear, publishedYear } from './lead.js';
import { readMojibake } from './mojibake.js';
import { derivePlanId } from './plan-id.js';
import { scheduleTargets } from './steps.js';
import { findTargets, type FoundTarget } from './targets.js';
import { foldWidth } from '../fold.js';
import { display, fixSpaces, joinS, lineAt, parseChineseNumber, parseChineseYear, sliceS, toNorm } from './text.js';
import { chineseCounting } from './numbering.js';
import type { SText } from './text.js';

export { ImportError, type ImportMessage } from './errors.js';

export interface ImportOptions {
  id?: string;
  year?: number;
  /** alias -> canonical name (from `--alias 服务中心=职工服务中心`). */
  aliases?: Record<string, string>;
}

export interface ImportWarning extends ImportMessage {
  /** Line in the ORIGINAL input, 1-based. */
  line: number;
  /** The last line, when the warning is about a paragraph broken over several lines. */
  to?: number;
  /** The item it is about ("item 7: …"). */
  item?: string;
  /** Paragraphs said in one warning that do not follow each other: each one's first and last line (line and to span them all). */
  parts?: Array<[number, number]>;
}

export interface ImportResult {
  plan: PlanFile & { departments: Department[] };
  warnings: ImportWarning[];
  hints: ImportMessage[];
  summary: { sections: number; items: number; units: number; targets: Record<TargetKind, number> };
}

const MAX_TEXT = 20000;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * An old Word / Excel / WPS file (a compound file: .doc, .xls, .wps) whose bytes a browser or a document site showed
 * as text and that was saved so: it opens on the file's signature read as characters (��ࡱ�, the ࡱ of D0 CF 11 E0
 * A1 B1) or names the file's inner streams (Root Entry … WordDocument / Workbook / SummaryInformation). The text
 * inside is UTF-16 read byte by byte, no Chinese left to read: say what it is and how to get the text.
 */
function checkOfficeBytes(text: string): void {
  const head = text.slice(0, 2000);
  let at = 0;
  while (at < 12 && at < head.length && (head.charCodeAt(at) < 0x20 || /[\s\uFEFF\uFFFD]/.test(head.charAt(at)))) at++;
  const signature = head.charAt(at) === '\u0871';
  const streams = /Root Entry/.test(head) && /WordDocument|Workbook|SummaryInformation|WpsCustomData/.test(head);
  if (signature || streams) throw new ImportError('imp_officeBytesAsText', { text: signature ? 'ࡱ' : 'Root Entry' });
}

function checkBinary(text: string): void {
  if (text.includes('\u0000')) throw new ImportError('imp_binary');
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) control++;
  }
  if (control >= 8 && control / text.length > 0.02) {
    throw new ImportError('imp_looksBinary', { n: control });
  }
}

/**
 * A plan is written in Chinese: a text mostly in another script (this project's README, an English report) is no plan,
 * refused saying so before it is parsed as one (the README came out as 16 items). Fewer Chinese characters than
 * Latin words: the real documents have four Chinese characters a word or more (jiaxing-report-2025, the fewest).
 */
function checkChinese(text: string): void {
  let chinese = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const latin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (latin && !inWord) words++;
    inWord = latin;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) chinese++;
  }
  if (words >= 50 && chinese < words) throw new ImportError('imp_notChinese', { share: Math.round((100 * chinese) / (chinese + words)) });
}

function checkOptions(opts: ImportOptions): void {
  if (opts.id !== undefined && !SLUG.test(opts.id)) {
    throw new ImportError('imp_badId', { id: opts.id });
  }
  if (opts.year !== undefined && (!Number.isInteger(opts.year) || opts.year < 1900 || opts.year > 2999)) {
    throw new ImportError('imp_badYear', { year: String(opts.year) });
  }
}

function snippet(s: string, max = 30): string {
  const t = fixSpaces(s).replace(/\n/g, ' ');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** The raw text of `st` without the given spans. */
function withoutSpans(st: SText, spans: Array<[number, number]>): string {
  let out = '';
  let from = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (s > from) out += st.raw.slice(from, s);
    from = Math.max(from, e);
  }
  return out + st.raw.slice(from);
}

/** The item's first sentence, short enough for a list: "强化政治引领". */
function titleOf(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const stop = first.search(/[。;；!?！？]/);
  let t = (stop >= 0 ? first.slice(0, stop) : first).trim();
  // "加强思政课建设，全区…达到100%，…": the words before the first comma name the item.
  const comma = t.search(/[,，]/);
  if (t.length > 30 && comma >= 4) t = t.slice(0, comma);
  if (t.length > 60) {
    const cut = t.slice(0, 60).search(/[:：、]/);
    t = cut >= 6 ? t.slice(0, cut) : `${t.slice(0, 40)}…`;
  }
  return t.replace(/[,，:：、\s]+$/, '');
}

function headingTitle(h: Heading): string {
  const a = bodyAttribution(h.title);
  return fixSpaces(a ? withoutSpans(h.title, a.spans) : h.title.raw).replace(/[。.;；:：,，\s]+$/, '');
}

function yearFromTitle(norm: string): number | undefined {
  const m = /((?:19|20)\d{2}) ?年/.exec(norm) ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(norm);
  if (m) return Number(m[1]);
  const cn = /([〇零一二三四五六七八九]{4})年/.exec(norm);
  if (cn) return parseChineseYear(cn[1] ?? '');
  // 民國 (ROC) years in Taiwanese documents: 103年 = 2014.
  const roc = /(?<![\d.])(1[0-4]\d) ?年/.exec(norm);
  return roc ? Number(roc[1]) + 1911 : undefined;
}

/**
 * The years a title spans: 实施方案(2023—2025年), or in 民國 (ROC) years, 106-109年國家發展計畫 (2017 to 2020).
 */
function yearSpan(norm: string): [number, number] | undefined {
  const m = /((?:19|20)\d{2}) ?[-—–~至到] ?((?:19|20)\d{2}) ?年/.exec(norm) ?? /(?<![\d.])(1[0-4]\d) ?[-—–~至到] ?(1[0-4]\d) ?年/.exec(norm);
  if (!m) return undefined;
  const roc = Number(m[1]) < 1000 ? 1911 : 0;
  return [Number(m[1]) + roc, Number(m[2]) + roc];
}

const SPAN_DATE = '((?:19|20)\\d{2}|1[0-4]\\d) ?年 ?\\d{1,2} ?月 ?\\d{1,2} ?日';
/** A line that is a span of dates and nothing else: 開始於109年01月01日結束於112年12月31日, 自2023年1月1日至2025年12月31日. */
const SPAN_LINE = new RegExp(`^(?:开始[于於]|自|从)? ?${SPAN_DATE} ?(?:结束[于於]|至|到|[-—–~]) ?${SPAN_DATE}止?$`);

/** The years a line of dates alone at the top spans (a record's 期程 with its label lost), 民國 years read as such. */
function datedSpan(rows: string[]): [number, number] | undefined {
  for (const row of rows) {
    const m = SPAN_LINE.exec(toNorm(row).trim());
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])].map((y) => (y < 1000 ? y + 1911 : y)) as [number, number];
    if (b >= a && b - a <= 10) return [a, b];
  }
  return undefined;
}

/**
 * A school year named in the title: 2025—2026学年(度), or the two years run together where a page lost the
 * dash (20252026学年度). It runs from September to the end of the next August.
 */
function schoolYear(norm: string): number | undefined {
  const m = /((?:19|20)\d{2}) ?[-—–~至到]? ?((?:19|20)\d{2}) ?学年/.exec(norm);
  return m && Number(m[2]) === Number(m[1]) + 1 ? Number(m[1]) : undefined;
}

/** The year of a KPI table's target column ("103年年度目標值", a ROC year) when the title has none. */
function targetYear(lines: SText[]): number | undefined {
  for (const l of lines) {
    const n = toNorm(l.raw).replace(/\s+/g, '');
    if (/^(?:(?:19|20)\d{2}|1[0-4]\d)年(?:度)?(?:年度)?目[标標]值$/.test(n)) return yearFromTitle(n);
  }
  return undefined;
}

/**
 * A report's name, then the part of it a page gives: its chapter after dashes, its part number in brackets (a plan's own
 * 分工方案(一) is its title: one of the plans it was split into).
 */
const PART_OF_REPORT = /^(.{4,}?(?:报告|報告)) ?(?:(?:-{2,}|—{2,}).+|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])$/;

/** A title said inside 《》: the books it quotes in 〈〉 (《2025年市〈政府工作报告〉目标任务责任分解》). */
const inBook = (title: string): string => title.replace(/《/g, '〈').replace(/》/g, '〉');

/** What the wrapper of a published plan says: "xx区人民政府办公室关于印发《…》的通知" and its 文号. */
interface Wrapper {
  title: string;
  issuer?: string;
  /** The notice's own title, as written. */
  notice?: string;
}

/** "关于印发《xx区2026年重点工作任务分解方案》的通知" -> the plan's own title, and who issued it. */
function unwrapTitle(raw: string): Wrapper {
  // A 文号 in front ("京政办发〔2016〕26号《北京市…的通知》") and brackets around the whole notice are not the title.
  // A metadata block's label kept with its value ("信息名称:区政府关于印发…", "标题:白城市洮北区人民政府…") is not the issuer.
  // Co-issuers named side by side before 关于 (成都市发展和改革委员会 中共成都市委社会工作部 …关于印发…): listed with 、.
  const joint = /^(\S+(?: \S+)+?) ?(?=关于|關於|關于)/.exec(raw.replace(/[\s\u3000]+/g, ' ').trim());
  const parts = joint?.[1]?.split(' ') ?? [];
  const issuers = parts.length >= 2 && parts.every((p) => isUnitName(toNorm(p))) ? `${parts.join('、')}${raw.replace(/[\s\u3000]+/g, ' ').trim().slice(joint?.[1]?.length ?? 0)}` : raw;
  const t = fixSpaces(issuers)
    .replace(/^(?:信息名称|文件名称|資訊名稱|文件名稱|名 ?[称稱]|[标標] ?[题題]|[题題] ?名) ?[:：] ?/, '')
    // A site's column tag in front (【保基本民生】宣城市…的通知, 【年度工作要点】关于印发…): the page's, not the title's.
    .replace(/^【[\u4e00-\u9fff]{2,16}】 ?(?=\S)/, '')
    // (Its name in brackets after it, 院办发〔2026〕1号(2026年度第一次校长办公会纪要): the name, without them.)
    .replace(/^[A-Za-z\u4e00-\u9fff]{1,12}[〔[［(（【] ?(?:19|20)\d{2} ?[〕\]］)）】] ?\d{1,4} ?[号號] ?[(（]([^()（）]{4,})[)）]$/, '$1')
    .replace(/^[A-Za-z\u4e00-\u9fff]{1,12}[〔[［(（【] ?(?:19|20)\d{2} ?[〕\]］)）】] ?\d{1,4} ?[号號] ?/, '')
    .replace(/^《(.*(?:通知|决定|函))》$/, '$1')
    // Its 文号 in brackets after it ("…重点任务分工方案的通知 (粤府〔2021〕22号)"): the 文号 goes to the basis, not the title.
    .replace(/ ?[(（][A-Za-z\u4e00-\u9fff]{1,12}[〔[［(（【] ?(?:19|20)\d{2} ?[〕\]］)）】] ?\d{1,4} ?[号號][)）]$/, '')
    // The notice's own subject set in 《》 (…办公室《关于认真办理2025年陇西县为民实事》的通知): no book handed out, the marks misplaced.
    .replace(/《((?:关于|關於|關于)[^《》]+)》(?=的通知$)/, '$1');
  // A page that reads a plan to the public (负责人政策解读:区交通运输局局长俞林忠解读2023年区交通运输局工作计划,
  // 《…》政策解读): the plan it reads, in 《》 or after the last 解读, when that names a plan and its year.
  if (/解[读讀]/.test(t)) {
    const read = /《([^《》]{4,})》/.exec(t)?.[1] ?? /.*解[读讀][:：]? ?(.{4,})$/.exec(t)?.[1];
    if (read !== undefined && isTitleLike(toNorm(read).trim()) && /(?:19|20)\d{2}|十[一二三四五六七八九]?个?五/.test(toNorm(read))) return { title: read.trim() };
  }
  if (/印发|转发|下达|通知|关于|印發|轉發|下達|關於|關于/.test(t)) {
    // The book title right after 印发 (the innermost one: 《…关于印发〈北京市2016年…要点〉的通知》),
    // whole with a title it quotes (《2021年市〈政府工作报告〉任务分解和责任分工方案》).
    const books = [...t.matchAll(/(印发|转发|下达|印發|轉發|下達)?(?:《((?:[^《》〈〉]|〈[^《》〈〉]*〉)+)》|〈([^《》〈〉]+)〉)/g)];
    // "关于印发2023年区《政府工作报告》确定的…方案的通知": the book is quoted inside the title handed out, not the title.
    const quoted = books.every((b) => b[1] === undefined) && /(?:印发|转发|印發|轉發)[^《》〈〉]+[《〈]/.test(t) && /的通知$/.test(t);
    // "关于分解落实《政府工作报告》2022年重点工作…的通知": a book the notice's subject quotes, not the one it hands out.
    const first = books[0];
    const inSubject = first !== undefined && !quoted && books.every((b) => b[1] === undefined) && !/^ ?(?:的通知|的决定)/.test(t.slice(first.index + first[0].length));
    const book = books.find((b) => b[1] !== undefined) ?? (/的通知|的决定/.test(t) && !quoted && !inSubject ? books[0] : undefined);
    if (inSubject) {
      const subject = /^(.*?)(?:关于|關於|關于)(.+)的(?:通知|决定|決定)$/.exec(t);
      if (subject) {
        const issuer = (subject[1] ?? '').trim();
        return { title: (subject[2] ?? '').trim(), ...(issuer !== '' ? { issuer } : {}), notice: t };
      }
    }
    if (book) {
      const issuer = t
        .slice(0, book.index)
        .replace(/(关于|關於|關于)?(印发|转发|下达|印發|轉發|下達)?$/, '')
        .replace(/(关于|關於|關于)$/, '')
        .trim();
      return { title: (book[2] ?? book[3] ?? '').trim(), ...(issuer !== '' ? { issuer } : {}), notice: t };
    }
    // Written in Traditional characters too: 市政府關于印發2023年度…實施方案的通知.
    // A notice publishing the list (关于公布2023年市政府民生实事项目实施计划的通知) hands it out too.
    const notice = /^(.*?)(?:关于|關於|關于)?(?:印发|转发|印發|轉發|公布|發佈|发布)(.+)的通知$/.exec(t);
    if (notice) {
      const issuer = (notice[1] ?? '').trim();
      return { title: (notice[2] ?? '').trim(), ...(issuer !== '' ? { issuer } : {}), notice: t };
    }
  }
  return { title: t.replace(/^《(.+)》$/, '$1').trim() };
}

/**
 * A 素材 site's way of naming its pages, 关于 before a year's work plan (關于2022年衛生健康工作要點): no plan is
 * titled so (a notice handing one out is 关于印发…的通知, unwrapped before), so no part of the title.
 */
const SITE_ABOUT = /^(?:关于|關於|關于)(?=(?:19|20)\d{2} ?年[^的]*(?:工作要点|工作要點|工作计划|工作計劃|工作安排)$)/;
/** The 附件: label of a notice's line naming the plan it attaches (附件:2023年…分解表), with the spaces after it. */
const ATTACHMENT_LABEL = /^[\s\u3000]*附[\s\u3000]*件[\s\u3000]*\d{0,2}[\s\u3000]*[:：][\s\u3000]*/;

/**
 * A title line that is an entry of the notice's list of attachments (附件: 1.2022年度省政府…完成情况 / 2.… / 3.…),
 * the table after the list having no heading of its own: the table is the first attachment, the list's first name.
 */
function firstAttachment(title: SText, lines: SText[]): string | undefined {
  if (!/^\d{1,2} ?[.、．]/.test(title.norm)) return undefined;
  const at = title.marks[0]?.line ?? 0;
  const list = lines.find((l) => (l.marks[0]?.line ?? 0) <= at && /^附 ?件 ?[:：] ?1 ?[.、．] ?\S/.test(l.norm));
  return list?.raw.replace(ATTACHMENT_LABEL, '').replace(/^[1１][\s\u3000]*[.、．][\s\u3000]*/, '');
}

/** The book the notice hands out, when it is the bare title line (a year and a kind of plan) with its owner in front. */
function ownerNamed(title: string, lines: readonly LogicalLine[]): string {
  const bare = toNorm(title).replace(/\s+/g, '');
  if (!/^(?:19|20)\d{2}年度?(?:工作要点|工作计划|工作安排|要点)$/.test(bare)) return title;
  const named = handedOutTitle(lines);
  if (named === undefined) return title;
  const whole = toNorm(named.title).replace(/\s+/g, '');
  return whole.length > bare.length && whole.endsWith(bare) && isOrgLike(whole.slice(0, whole.length - bare.length)) ? named.title : title;
}

/**
 * The plan's own title, the heading printed right over it, when it is not the one the line chosen
 * above it names: a notice handing out several plans ("…重点工作和市政府民生实事项目责任分解的通知",
 * or three plans named in its text) is followed by the first of them, whose title stands right
 * before it; a notice naming the plan in other words (《2024年全市文化和旅游工作要点》 over the
 * heading 2024市文化和旅游工作要点), one that hands out no book (关于分解落实2023年区政府工作目标任务的
 * 通知 over 2023年区政府工作目标任务落实责任分解表), and a page's own title over the document's
 * (咸宁市文化和旅游局2024年工作要点 over 咸宁市文化和旅游2024年工作要点) give way to the heading, as a
 * reader cites the document by it. A line that is the chosen title again, or its start (a title run
 * over two lines), changes nothing.
 */
function ownTitle(w: Wrapper, chosen: SText, titles: SText[]): Wrapper {
  const last = titles[titles.length - 1];
  if (!last || last === chosen || (last.marks[0]?.line ?? 0) <= (chosen.marks[0]?.line ?? 0)) return w;
  const key = (s: string) => toNorm(s).replace(/[\s《》〈〉<>"“”]/g, '');
  // (The notice's 附件 line names the plan it attaches when the heading itself was not copied: 附件:2023年…分解表.)
  const raw = (firstAttachment(last, titles) ?? last.raw).replace(ATTACHMENT_LABEL, '');
  const own = key(raw);
  const named = key(w.title);
  // (The attachment's heading may name it as the table it is: …实施计划 / …实施计划表.)
  const asTable = own.startsWith(named) && /^(?:一览)?表$/.test(own.slice(named.length));
  // (A site's heading may leave out whose plan it is, the place the document's own heading names before it: 贯彻落实《…》的任务
  // 分解方案 over 石景山区贯彻落实《…》的任务分解方案 — the document's heading, year or not.)
  if (own.length > named.length && own.endsWith(named) && isOrgLike(own.slice(0, own.length - named.length)) && !/印发|转发|通知/.test(last.norm)) return { ...w, title: fixSpaces(raw) };
  if (own.length < 6 || named.includes(own) || (own.includes(named) && !asTable) || /印发|转发|通知|关于/.test(last.norm) || !/(?<!\d)(?:19|20)\d{2}(?!\d)|十[一二三四五六七八九]?个?五/.test(last.norm)) return w;
  return { ...w, title: fixSpaces(raw) };
}

/**
 * The heading printed over the plan may say what the document is where the notice did not: 《2025年区政府实事项目和
 * 重点工程》 handed out, "2025年区政府实事项目和重点工程安排" over the plan. A line before the first item that is the
 * title the notice names and a word or two more at its end (…安排, …清单) is the title as printed.
 */
function printedTitle(w: Wrapper, lines: SText[]): Wrapper {
  if (w.notice === undefined) return w;
  // A caption copied as a table cell ("洋县2024年十大民生实事项目清单 |") is the heading too.
  const key = (s: string) => toNorm(s).replace(/[\s《》〈〉<>"“”|]/g, '');
  const named = key(w.title);
  if (named.length < 6) return w;
  const line = lines.find((l) => {
    const own = key(l.raw);
    // (…的通知 is the notice's title again, split over lines.)
    return own.startsWith(named) && own.length > named.length && own.length - named.length <= 4 && /^(?!的)[\u4e00-\u9fff]+$/.test(own.slice(named.length)) && !own.endsWith('通知');
  });
  return line ? { ...w, title: fixSpaces(line.raw).replace(/[\s|]+$/, '') } : w;
}

/** A heading for several years' work: 未来五年 / 今后三年 / 五年内 / “十四五”期间. */
const MULTI_YEAR = /(?:未来|今后)[两二三四五六七八九十]年|[两二三四五]年内|十[一二三四五六七八九]?五["”]?(?:期间|时期)/;

/**
 * The years a yearly plan of a 五年规划 (…“十四五”规划实施年度推进计划) is for, as its preamble names them: 明确2021—2022年度
 * 重点任务 (not a span in a book's name, 《…纲要(2021—2035年)》).
 */
function yearlySpan(lines: readonly SText[]): [number, number] | undefined {
  for (const l of lines) {
    const m = /((?:19|20)\d{2}) ?(?:[-—–~至到] ?((?:19|20)\d{2}) ?)?年度/.exec(l.norm.replace(/《[^《》]*》/g, ''));
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (b >= a && b - a <= 5) return [a, b];
  }
  return undefined;
}

/** A 五年规划 period named in the title: “十四五” (第十四个五年规划) is 2021–2025 (the 三五 began in 1966, each five years on). */
function fiveYearPlan(norm: string): [number, number] | undefined {
  const m = /十([一二三四五六七八九]?)(?:五(?:”|"|时期|期间|规划)|个五年(?:规划|计划))/.exec(norm);
  if (!m) return undefined;
  const n = 10 + ' 一二三四五六七八九'.indexOf(m[1] || ' ');
  const start = 1966 + 5 * (n - 3);
  return [start, start + 4];
}

/**
 * A 文号 such as 立政办发〔2023〕3号 in the lines before the first item; not one in brackets after
 * a document the preamble cites (根据《…管理办法》(沪住建规范联〔2023〕11号)), nor one the preamble acts on
 * (根据新竞办〔2010〕5号文件要求): that is the other document's.
 */
function findDocNumber(lines: SText[]): string | undefined {
  const cited = (raw: string, m: RegExpExecArray) =>
    /》 ?[(（]$/.test(raw.slice(Math.max(0, m.index - 2), m.index)) ||
    /^(?:根据|按照|依据|依照|遵照)/.test(m[0]) ||
    /^ ?(?:文件)?(?:要求|精神|规定|部署)/.test(raw.slice(m.index + m[0].length));
  for (const l of lines) {
    // (A space may stand before its bracket, 菏政办字 〔2023〕1号, as a PDF's copy spaces it.)
    for (const m of l.raw.matchAll(/[A-Za-z\u4e00-\u9fff]{1,12} ?[〔[［(（【] ?(?:19|20)\d{2} ?[〕\]］)）】] ?\d{1,4} ?[号號]/g)) {
      if (!cited(l.raw, m)) return fixSpaces(m[0]);
    }
  }
  return undefined;
}

/** A line that is the title (or a piece of it, when the title runs over lines), written again. */
function restatesTitle(line: string, title: string): boolean {
  const key = (s: string) => s.replace(/[\s《》〈〉<>"“”]/g, '');
  const k = key(line);
  return k.length >= 4 && !/[。;:,]/.test(line) && key(title).includes(k);
}

/** "xx市总工会" / "立山区政府" / "國立臺灣大學" name a body; "关于进一步加强", "政府工作报告" do not. */
function isOrgLike(s: string): boolean {
  // "政府工作报告2022年重点工作责任分解": what the plan carries out (a report, a 规划) is no body.
  if (/^(关于|进一步|加快|推进|全面|深入)/.test(s) || /[，,。、《》]/.test(s) || /(?:报告|规划|纲要|方案|计划|要点|意见|决定|清单|[(（])$/.test(s)) return false;
  // Nor what it is about (健康中国行动, 青岛市深化新旧动能转换推动绿色低碳高质量发展), nor a level of government
  // named in general (乡镇2023年工作要点): a body's name ends as one does (区总工会, 立山区政府, 国立台湾大学).
  const n = toNorm(s).replace(/\s+/g, '');
  return (isUnitName(n) || /大学$/.test(n)) && !/^(?:省|市|县|区|乡|镇|街道|村)+$/.test(n);
}

/** The year column holding the target: the period's last year, else the last year inside the period. */
function pickYearCell(cells: Array<{ year: number; st: SText }>, period: Period): { year: number; st: SText } | undefined {
  const last = Number(period.end.slice(0, 4));
  const inside = cells.filter((c) => c.year >= period.year && c.year <= last && c.st.norm.trim() !== '' && c.st.norm.trim() !== '-');
  return inside.find((c) => c.year === last) ?? inside[inside.length - 1];
}

interface Period {
  year: number;
  start: string;
  end: string;
  /** The input's last line with text: a line ending there is where the copy stops. */
  lastLine: number;
}

interface Built {
  seg: SegItem;
  item: Item;
  targets: Array<Omit<Target, 'id'>>;
  leaders: string[];
  /** An item made of a section's prose (一、主要目标): its id is the section's. */
  pseudo?: boolean;
  /** The warnings about it ([from, to) in the list): they name it by its final id once ids are qualified. */
  warned?: [number, number];
}

/** The units a note in the item ("以下任务均需A、B落实,不再一一列出") gives every item after it. */
function notedUnits(b: Built): string[] {
  return [b.seg.body, ...b.seg.attrLines].flatMap((st) => laterUnits(st));
}

/** A warning at a line (or lines `line`–`to`), about an item when it names one. */
type Warn = (line: number, message: ImportMessage, item?: string, to?: number) => void;

/**
 * The targets of an item's text and its deadline cells: the text's own, a 进度安排 cell of dated steps
 * (①2月上旬前，完成设计招标。②3月底前，…) read against the text's counts (steps.ts: the step completing a count
 * dates it, the others are milestones or checkpoints), and the item's own deadline (a 完成时限 line or column) for
 * targets without one.
 */
/**
 * The targets of an item's steps (its rows' tasks with a time of their own): each dated by its time, one date
 * per sentence when the time cell numbers them ("1.2021年8月 2.2021年12月"); a dated task with no number is a
 * milestone then.
 */
function stepTargets(si: SegItem, body: SText, title: string, period: Period, warn: (line: number, m: ImportMessage) => void): Array<Omit<Target, 'id'>> {
  const { year, start, end } = period;
  const out: Array<Omit<Target, 'id'>> = [];
  for (const step of si.steps ?? []) {
    const dates = numberedDates(step.due.norm, year) ?? [parseDeadlineValue(step.due.norm, year)?.date];
    // One date per task: the row's sentences, in order ("…(二期);持续推进幼儿园建设,…" with "1.2021年8月 2.2021年12月").
    const pieces: Array<[number, number]> = [];
    if (dates.length > 1) {
      for (const m of body.norm.slice(step.start, step.end).matchAll(/[^;。\n]+/g)) if (m[0].trim() !== '') pieces.push([step.start + m.index, step.start + m.index + m[0].length]);
    }
    if (pieces.length !== dates.length) pieces.splice(0, pieces.length, [step.start, step.end]);
    pieces.forEach(([ps, pe], k) => {
      let due = pieces.length === dates.length ? dates[k] : dates[dates.length - 1];
      if (due !== undefined && (due < start || due > end)) {
        warn(lineAt(step.due, 0), says('imp_deadlineOutside', { date: due }));
        due = undefined;
      }
      const piece = sliceS(body, ps, pe);
      const found = findTargets(piece, { year, start, end, fallbackMetric: title });
      for (const { line, ...n } of found.notes) warn(line, n);
      for (const t of found.targets) {
        const got: Omit<Target, 'id'> = { metric: t.metric, kind: t.kind, target: t.target };
        if (t.unit !== '') got.unit = t.unit;
        const when = t.due ?? due;
        if (when !== undefined) got.due = when;
        out.push(got);
      }
      // A dated task with no number: done by then (a milestone).
      if (found.targets.length === 0 && due !== undefined) out.push({ metric: titleOf(fixSpaces(piece.raw)) || title, kind: 'milestone', target: 100, unit: '%', due });
    });
  }
  return out;
}

function readTargets(
  body: SText,
  exclude: Array<[number, number]>,
  deadlineCells: SText[],
  deadlineSources: SText[],
  title: string,
  period: Period,
  warn: (line: number, m: ImportMessage) => void,
  nameEnd = 0,
): { targets: Array<Omit<Target, 'id'>>; itemDue?: string } {
  const { year, start, end } = period;
  const scan = findTargets(body, { year, start, end, exclude, fallbackMetric: title });
  for (const { line, ...n } of scan.notes) warn(line, n);
  // A table row's name that counts what its content counts again (实施20所公办中小学清凉工程(一期) / 对20所学校的配电房
  // …进行改造): one target, the content's.
  const same = (a: FoundTarget, b: FoundTarget) => a.kind === b.kind && a.target === b.target && a.unit === b.unit;
  scan.targets = scan.targets.filter((t) => t.pos >= nameEnd || !scan.targets.some((u) => u.pos >= nameEnd && same(t, u)));
  const counts = scan.targets.filter((t) => t.kind !== 'milestone' && t.due === undefined);

  const stepCells = new Set<SText>();
  for (const cell of deadlineCells) {
    const steps = findTargets(cell, { year, start, end, fallbackMetric: title });
    if (steps.targets.filter((t) => t.due !== undefined).length < 2) continue;
    stepCells.add(cell);
    scan.targets.push(...scheduleTargets(counts, steps.targets, cell, body));
    for (const { line, ...n } of steps.notes) warn(line, n);
  }
  let itemDue: string | undefined;
  for (const src of deadlineSources) {
    if (stepCells.has(src)) continue;
    const hit = parseDeadlineValue(src.norm, year);
    if (!hit) continue;
    const line = lineAt(src, hit.start);
    if (hit.date === undefined) warn(line, hit.problem ?? says('imp_deadlineUnreadable'));
    else if (hit.date < start || hit.date > end) warn(line, says('imp_deadlineOutside', { date: hit.date }));
    else itemDue ??= hit.date;
  }
  const targets = scan.targets.slice(0, 1000).map((t) => {
    const out: Omit<Target, 'id'> = { metric: t.metric, kind: t.kind, target: t.target };
    if (t.unit !== '') out.unit = t.unit;
    const due = t.due ?? itemDue;
    if (due !== undefined) out.due = due;
    return out;
  });
  return itemDue === undefined ? { targets } : { targets, itemDue };
}

/**
 * A heading naming the plan's aims (一、总体要求, 主要目标, 一、目标任务 over prose): its prose says what the whole plan leads to by its end
 * (全面建成…, 实现…全覆盖), its numbers are the targets, its goal statements no milestones of their own.
 */
const AIMS = /^(?:总体要求|总体目标|主要目标|发展目标|工作目标|行动目标|预期目标|目标任务)/;
/**
 * A heading that frames the plan rather than naming work of it: its aims, its guiding ideas and principles, how it
 * is to be led and carried out (一、总体要求 / (一)指导思想, (二)工作目标; 四、保障措施 / (一)加强组织领导), its foreword (一、引言).
 */
const FRAME = /^(?:引言|前言|序言|导言|总体要求|总体目标|主要目标|发展目标|工作目标|行动目标|预期目标|目标任务|指导思想|基本原则|工作原则|总体思路|工作思路|保障措施|工作保障|组织保障|工作要求|组织实施|实施步骤|工作步骤|进度安排)|^加强组织领导/;

/** Words introducing a list as the plan's goals: …工作目标如下: / 主要目标是: / 目标为: at the end of the section's lead. */
const GOALS_LIST = /目标(?:如下|是|为)[:：]?$/;

/**
 * A news page's headline: words and a space or a bar between them, no sentence (。 : ;), not a row of cells. A comma
 * only in a headline of two halves, the space between them ("縣府召開…管制會議 王忠銘提醒各局處把握期程,有困難立即提出"),
 * and only after that space: a line opening on a clause and a comma is prose.
 */
function isHeadline(norm: string): boolean {
  const t = norm.trim();
  const gap = t.search(/ [\u4e00-\u9fff]/);
  return t.length >= 8 && t.length <= 80 && /[\u4e00-\u9fff]{4}/.test(t) && !/[。:;!?]/.test(t) && !(gap > 0 ? t.slice(0, gap) : t).includes(',') && (t.match(/\|/g) ?? []).length <= 1 && !/^[\d一二三四五六七八九十]{1,3}[.、]/.test(t)
    // (A 文号 alone, 菏政办字 〔2023〕1号, numbers the notice; it is no headline.)
    && !/^[A-Za-z\u4e00-\u9fff]{1,12} ?[〔[［(（【] ?(?:19|20)\d{2} ?[〕\]］)）】] ?\d{1,4} ?[号號]$/.test(t);
}

/** The page's date under its headline, run into it (…有困難立即提出 • 2020-08-08): the page's, not the title's. */
function undated(title: string): string {
  return title.replace(/ ?[•·]? ?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?: \d{1,2}:\d{2}(?::\d{2})?)?$/, '').trim();
}

/** Units, title, text, targets and deadlines of one item. */
/** A stage's heading and the span it runs: 集中整治阶段(4月16日至8月31日). */
const STAGE_SPAN = /^[^。;,]{2,16}阶段 ?[(（]([^()（）]{2,30}?[至到—~-] ?((?:\d{4} ?年 ?)?(?:\d{1,2} ?月份?(?: ?\d{1,2} ?日)?(?:底|末)?|\d{1,2} ?日)))[)）]/;

function buildItem(si: SegItem, sectionHeading: Heading | undefined, folded: boolean, period: Period, warn: Warn): Built {
  const { end } = period;
  const body = si.body;
  const attr = bodyAttribution(body);
  const units: UnitRef[] = [];
  const deadlineSources: SText[] = [...si.deadlineLines, ...si.deadlineCells];
  // A stage of the plan's time table dated by its span, "(三)全面整治阶段(7月16日至8月31日)。": done by its last day.
  const stage = STAGE_SPAN.exec(body.norm.slice(0, 40));
  if (stage?.[1] !== undefined) {
    const last = stage.index + stage[0].indexOf(stage[1]) + stage[1].length;
    deadlineSources.push(sliceS(body, last - (stage[2]?.length ?? 0), last));
  }
  const leaders: string[] = [];
  if (attr) {
    units.push(...attr.units);
    deadlineSources.push(...attr.deadlines);
    leaders.push(...attr.leaders);
  }
  units.unshift(...(si.bulletParts ?? []).flatMap((part) => bodyAttribution(part)?.units ?? []));
  for (const line of si.attrLines) {
    const a = parseAttributionLine(line, lineAt(line, Math.max(0, line.norm.length - 1)) >= period.lastLine);
    units.push(...a.units);
    deadlineSources.push(...a.deadlines);
    leaders.push(...a.leaders);
  }
  for (const cell of si.unitCells) units.push(...parseRoles(cell.st, 0, cell.st.norm.length, cell.role).units);
  for (const cell of si.leaderCells) leaders.push(...parsePeople(cell, 0, cell.norm.length));
  // An item headed by an office's name alone, its tasks under it (综合办公室(党群工作部、…) / ①…;②…): that office's.
  const newline = body.norm.indexOf('\n');
  const office = units.length === 0 && newline > 0 ? officeHeading(sliceS(body, 0, newline)) : undefined;
  if (office) units.push(office);
  // Units named on the heading ("（四）加强乡村治理 / （牵头单位：…）") apply to items that name none.
  for (const h of [si.group, si.sub, sectionHeading]) {
    if (!h || units.length > 0) continue;
    const ha = bodyAttribution(h.title);
    if (ha) units.push(...ha.units);
    for (const line of h.attrLines) units.push(...parseAttributionLine(line).units);
    // "一、县示范区管委会牵头工作(8项)": the unit leading the section's work.
    if (units.length === 0) units.push(...headingOwner(h.title).units);
  }
  // "一、王丹县长牵头重点工作": the leader heading the section leads its items that name none; so do the
  // leaders its bracket names (一、主要经济社会发展指标…等工作目标(牵头领导:成坤、柯相国、王俊)), each row
  // of the section naming its own units.
  for (const h of [si.group, si.sub, sectionHeading]) {
    if (!h || leaders.length > 0) continue;
    leaders.push(...(bodyAttribution(h.title)?.leaders ?? []));
    for (const line of h.attrLines) if (leaders.length === 0) leaders.push(...parseAttributionLine(line).leaders);
    if (leaders.length === 0) leaders.push(...headingOwner(h.title).leaders);
  }
  const { departments, lead } = mergeUnits(units);
  // No placeholder unit: an empty list is valid and `plan validate` keeps asking for one (no-unit).
  if (departments.length === 0) warn(si.line, says('imp_noUnits'), si.id);
  if (departments.length > 200) {
    warn(si.line, says('imp_tooManyUnits', { n: departments.length }), si.id);
    departments.length = 200;
  }

  const spans = attr?.spans ?? [];
  let title = titleOf(fixSpaces(withoutSpans(body, spans)));
  if (title === '') title = `事项${si.id}`;
  // An item under a numbered heading of its group ("2.重点工作举措" / "(1)构建…"): the heading names it too.
  const groupTitle = si.group ? headingTitle(si.group) : '';
  if (groupTitle !== '') title = `${groupTitle}：${title}`;
  if (folded && si.sub) {
    // (Its name only, when prose follows it on its line: "(一)师德建设。学习落实…" names 师德建设.)
    const subTitle = titleOf(headingTitle(si.sub));
    if (subTitle !== '') title = `${subTitle}：${title}`;
  }
  let text = fixSpaces(body.raw);
  if (text.length > MAX_TEXT) {
    warn(si.line, says('imp_textCut', { n: MAX_TEXT }), si.id);
    text = text.slice(0, MAX_TEXT - 1) + '…';
  }

  const read = (text: SText, exclude: Array<[number, number]>, cells: SText[], sources: SText[]) =>
    readTargets(text, exclude, cells, sources, title, period, (line, m) => warn(line, m, si.id), si.table && text === body ? Math.max(0, body.norm.indexOf('\n')) : 0);
  let targets: Array<Omit<Target, 'id'>>;
  let itemDue: string | undefined;
  if (si.rows) {
    // A project's rows under its merged cells: each row's content with its own progress (its dates are its own).
    targets = [];
    for (const row of si.rows) {
      const got = read(row.body, [], row.deadlineCells, row.deadlineCells);
      targets.push(...got.targets);
      if (got.targets.length === 0 && got.itemDue !== undefined) targets.push({ metric: titleOf(fixSpaces(row.body.raw)) || title, kind: 'milestone', target: 100, unit: '%', due: got.itemDue });
    }
  } else {
    // Tasks of the item's rows with a time of their own (steps) are read apart, each dated by its time.
    const stepSpans = (si.steps ?? []).map((st): [number, number] => [st.start, st.end]);
    ({ targets, itemDue } = read(body, [...spans, ...stepSpans], si.deadlineCells, deadlineSources));
    targets.push(...stepTargets(si, body, title, period, (line, m) => warn(line, m, si.id)));
  }
  // An indicator table: the value under the plan's last year (2025年: ≥79.2) in the unit column's unit.
  const yearCell = pickYearCell(si.yearCells, period);
  if (yearCell) {
    const unit = si.measureCell ? display(si.measureCell.raw).replace(/\s+/g, '') : '';
    const got = readIndicator(yearCell.st.norm, unit, toNorm(title));
    if ('skip' in got) warn(lineAt(yearCell.st, 0), says('imp_notNumber', { text: got.skip }), si.id);
    else {
      const out: Omit<Target, 'id'> = { metric: title, kind: got.kind, target: got.target };
      if (got.unit !== '') out.unit = got.unit;
      const due = `${yearCell.year}-12-31`;
      if (due !== end) out.due = due;
      targets.push(out);
    }
  }
  // The prose of the plan's aims (a section 一、总体要求 read as an item, or its prose as one): only its numbers and what is dated before the end.
  const ownHeading = sectionHeading !== undefined && si.id === sectionHeading.id ? headingTitle(sectionHeading) : '';
  if (AIMS.test(toNorm(title)) || AIMS.test(toNorm(ownHeading))) targets = targets.filter((t) => t.kind !== 'milestone' || (t.due !== undefined && t.due !== end));
  // The figures this level is held to (a 区本级任务数 column: 5% beside 增长10.0%左右, 190个/226亿元 beside
  // 340个以上…478亿元): each is the target the sentence's figure in the same measure word was, in order;
  // a figure the sentence does not give (9亿元 beside 兑现惠企资金20亿元) a target of its own, at least it.
  const held = new Set<Omit<Target, 'id'>>();
  for (const q of (si.quotaCells ?? []).flatMap((c) => readQuota(c.norm))) {
    const same = targets.find((t) => !held.has(t) && t.kind !== 'milestone' && (t.unit ?? '') === q.unit);
    if (same) same.target = q.target;
    const got: Omit<Target, 'id'> = same ?? { metric: title, kind: q.unit === '%' || q.unit === '‰' ? 'level' : 'at_least', target: q.target, unit: q.unit };
    if (!same) targets.push(got);
    held.add(got);
  }
  // A target column's figure alone (a KPI table's 预期效果: 400项, 100个左右, 各80个): the row's target, due by the row's
  // time, when the row's text has not given it already.
  for (const cell of si.targetCells ?? []) {
    const figures = readFigures(cell.norm, toNorm(title)) ?? [];
    if (figures.some((f) => targets.some((t) => t.target === f.target && (t.unit ?? '') === f.unit))) continue;
    for (const f of figures) targets.push({ metric: title, ...f, ...(itemDue !== undefined && itemDue !== end ? { due: itemDue } : {}) });
  }
  if (targets.length === 0 && itemDue !== undefined) {
    // (A task that only pushes the work on, 加快推进土地滩水库建设 by 12月底前, names no state to reach: no milestone.)
    if (!/^ ?(?:加快推进|持续推进|推进)/.test(body.norm)) targets.push({ metric: title, kind: 'milestone', target: 100, unit: '%', due: itemDue });
  } else if (si.table === true && itemDue !== undefined) {
    // A row's task of several clauses, one counting and one starting or finishing a work with no number (启动大竹县
    // 第十二小学建设,新建中心幼儿园2所): the row's time dates that work too.
    for (const m of body.norm.matchAll(/[^,;。\n]+/g)) {
      const clause = sliceS(body, m.index, m.index + m[0].length);
      if (!/^ ?(?:启动|开工|建成|竣工|迁建)/.test(clause.norm)) continue;
      if (findTargets(clause, { year: period.year, start: period.start, end: period.end, fallbackMetric: title }).targets.length > 0) continue;
      targets.push({ metric: titleOf(fixSpaces(clause.raw)) || title, kind: 'milestone', target: 100, unit: '%', due: itemDue });
    }
  }
  // The state the row is to reach this year (具体完成情况 当年完成, 2023年度计划 完工投用): done by the year's end.
  for (const goal of si.goalCells ?? []) {
    const due = parseDeadlineValue(goal.norm, period.year)?.date ?? `${period.year}-12-31`;
    // (A step dated before the plan's period is done already: 开工 2024年7月 in a 2025 table.)
    if (due < period.start) continue;
    const got: Omit<Target, 'id'> = { metric: `${title}：${fixSpaces(goal.raw).trim()}`, kind: 'milestone', target: 100, unit: '%' };
    if (due !== end) got.due = due;
    if (!targets.some((t) => t.kind === 'milestone' && (t.due ?? end) === due)) targets.push(got);
  }

  const item: Item = { id: si.id, title, text: text || title, departments };
  if (lead.length > 0) item.lead = lead;
  const people = [...new Set(leaders)].slice(0, 50);
  if (people.length > 0) item.leaders = people;
  return { seg: si, item, targets, leaders: people };
}

/** Every unit in order of first appearance; a name becomes an alias only when the user said so. */
function buildRegistry(built: Built[], aliasOption: Record<string, string> | undefined, hints: ImportMessage[]): Department[] {
  const aliases = new Map<string, string>();
  for (const [alias, canonical] of Object.entries(aliasOption ?? {})) {
    if (typeof canonical === 'string' && alias !== canonical && alias !== '' && canonical !== '') aliases.set(alias, canonical);
  }
  const canonicalOf = (name: string): string => {
    let n = name;
    for (let i = 0; i < 10; i++) {
      const next = aliases.get(n);
      if (next === undefined || next === name) break;
      n = next;
    }
    return n;
  };
  const registry = new Map<string, Department>();
  const written = new Set<string>();
  for (const b of built) {
    for (const name of b.item.departments) {
      written.add(name);
      const canonical = canonicalOf(name);
      let dept = registry.get(canonical);
      if (!dept) {
        dept = { name: canonical };
        registry.set(canonical, dept);
      }
      if (name !== canonical) {
        dept.aliases ??= [];
        if (!dept.aliases.includes(name)) dept.aliases.push(name);
      }
    }
  }
  for (const [alias, canonical] of aliases) {
    if (!written.has(alias)) hints.push(says('imp_aliasUnused', { alias, name: canonical }));
  }
  // 服务中心 / 职工服务中心: maybe one unit, maybe two. Say so; never merge silently.
  const names = [...written];
  if (names.length <= 2000) {
    for (const a of names) {
      for (const b of names) {
        if (a === b || a.length < 2 || !b.includes(a) || canonicalOf(a) === canonicalOf(b)) continue;
        hints.push(says('imp_unitsContain', { a, b }));
      }
    }
  }
  return [...registry.values()];
}

/** A heading naming what is under it as the tasks (二、主要任务, 重点工作): its prose is the work, a target or not. */
const TASK_HEADING = /^(?:主要|重点|年度|具体)?(?:工作)?任务$|^(?:主要|重点)工作$/;

/**
 * Prose that says a piece of work: a sentence of a verb and what it acts on, more than a word or two
 * (落实好局党组工作,深入学习宣传贯彻…; not 总负责。 under a leader's heading, which only says who answers for it).
 */
function isWorkProse(norm: string): boolean {
  return (norm.match(/[\u4e00-\u9fff]/g) ?? []).length >= 12;
}

/**
 * The prose of a section without numbered items, as an item: a section of the work (一、高举旗帜,以…引领工作方向 over
 * its paragraph, beside 二、 over 1. 2.) is one item of the plan as a numbered one is, a target or not; a section that
 * frames the plan (一、总体要求, 主要目标) only when it holds a target or dates a step.
 */
function proseItem(heading: Heading, prose: Unplaced[], period: Period): SegItem | undefined {
  const body = joinS(
    prose.map((u) => u.st),
    prose.slice(1).map(() => '\n'),
  );
  const name = toNorm(headingTitle(heading));
  const work = TASK_HEADING.test(name) || (!FRAME.test(name) && isWorkProse(body.norm));
  const scan = findTargets(body, { year: period.year, start: period.start, end: period.end, fallbackMetric: headingTitle(heading) });
  // (Or a step it dates before the period's end: 按照“11月前全面完成、12月查漏补缺…”任务节点要求.)
  if (!work && !scan.targets.some((t) => t.kind !== 'milestone' || (t.due !== undefined && t.due < period.end))) return undefined;
  return { id: heading.id, line: heading.line, body, attrLines: [], deadlineLines: [], unitCells: [], deadlineCells: [], leaderCells: [], yearCells: [], closed: true, table: false };
}

/**
 * The section of the items before the first heading: 0, or on a copy cut before its start (……(开头部分已省略664字) /
 * (三)加强企业精神文明建设。… / 二、聚焦…), where neither the first heading (二、) nor the first item ((三)) is the first
 * of its numbering, the section before that heading (一): the items are its tail.
 */
function headlessId(seg: Segmented, firstItem: string | undefined): string {
  const first = seg.sections.find((s) => s.heading?.kind === 'section')?.heading;
  const n = first ? parseChineseNumber(first.id) : undefined;
  const item = firstItem === undefined ? undefined : (parseChineseNumber(firstItem) ?? Number(firstItem));
  return n !== undefined && n > 1 && item !== undefined && item > 1 ? chineseCounting(n - 1) : '0';
}

/** Item ids from the document's numbers, qualified by the heading when numbering restarts. */
function assignIds(sections: Array<{ id: string; line: number; items: Built[] }>, folded: boolean, hints: ImportMessage[], shownIds: string[] = []): void {
  const sectionIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  /** base, or base-2, base-3 … : the first one not taken (remembering where to resume). */
  const unique = (base: string, taken: Set<string>): string => {
    let k = nextSuffix.get(base) ?? 2;
    let id = base;
    while (taken.has(id)) id = `${base}-${k++}`;
    nextSuffix.set(base, k);
    return id;
  };
  for (const s of sections) {
    const id = unique(s.id, sectionIds);
    if (id !== s.id) hints.push(says('imp_sectionTwice', { id: s.id, line: s.line, newId: id }));
    s.id = id;
    sectionIds.add(id);
  }
  const seen = new Set<string>();
  let restarts = false;
  // The first numbered item: numbered above 1 (17. where a page hid 1–16), the numbering runs through the document.
  const first = sections.flatMap((s) => s.items).find((b) => !b.pseudo)?.item.id;
  const runsOn = first !== undefined && /^\d+$/.test(first) && Number(first) > 1;
  for (const s of sections) {
    for (const b of s.items) {
      // An item made of a section's prose takes the section's id: the others are qualified beside it, unless their
      // numbering runs on from before.
      if (seen.has(b.item.id) || (b.pseudo && !runsOn)) restarts = true;
      seen.add(b.item.id);
    }
  }
  // A numbered heading over items (1.推进城市化建设 / (1)…) numbers the plan at its level too: 1. heading the measures
  // under 二、 after the items 1.–4. under 一、 is the numbering starting over, though no item's id repeats.
  // (So do the numbers of a list not imported, a section's goals 1.–4.: the page shows them.)
  const shown = new Map<string, string>(shownIds.filter((n) => /^\d+$/.test(n)).map((n) => [n, '']));
  for (const s of sections) {
    for (const b of s.items) {
      if (b.pseudo) continue;
      for (const n of [b.item.id.split('-')[0], b.seg.group?.id.split('-')[0]]) {
        if (n === undefined || !/^\d+$/.test(n)) continue;
        if ((shown.get(n) ?? s.id) !== s.id) restarts = true;
        shown.set(n, s.id);
      }
    }
  }
  // A sub-section read as an item (its heading and prose, no numbered items under it) numbers the plan at the
  // sub-section's level: that numbering starting over under the next section ((一)(二) under 一、, (一) again under 二、)
  // is a restart too, though the items' own numbers do not repeat.
  if (folded && sections.some((s) => s.items.some((b) => b.seg.prose !== undefined))) {
    const where = new Map<string, string>();
    for (const s of sections) {
      for (const b of s.items) {
        const subId = b.seg.prose !== undefined ? b.item.id : b.seg.sub?.id;
        if (subId === undefined) continue;
        if ((where.get(subId) ?? s.id) !== s.id) restarts = true;
        where.set(subId, s.id);
      }
    }
  }
  if (restarts) hints.push(says('imp_numbersRestart'));
  const itemIds = new Set<string>();
  for (const s of sections) {
    for (const b of s.items) {
      const parts = restarts && !b.pseudo ? [s.id, ...(folded && b.seg.sub ? [b.seg.sub.id] : []), b.item.id] : [b.item.id];
      const id = unique(parts.join('-').slice(0, 24), itemIds);
      itemIds.add(id);
      b.item.id = id;
      if (b.targets.length === 0) continue;
      const targets = b.targets.map((t, i): Target => ({ id: `${id}.${i + 1}`, ...t }));
      b.item.targets = targets;
      // Several counts: the lead picks the headline later. One count among rates: that one.
      const counts = targets.filter((t) => t.kind === 'at_least');
      const only = counts[0];
      if (targets.length > 1 && counts.length === 1 && only) b.item.primary = only.id;
    }
  }
}

/**
 * How a unit's name ends: an office, a bureau, a committee, a body, a place that answers for work (县农业农村局, 水务集团,
 * 各乡镇政府, 街道办事处, 伏羲山管委会, 各镇(街道)); a name cut where the copy stops (县农业农) ends otherwise.
 */
const UNIT_END =
  /(?:局|委|办|室|心|府|部|会|院|所|站|队|社|行|司|处|科|股|组|馆|团|厅|署|道|镇|乡|村|区|县|市|州|盟|旗|园|场|校|厂|联|协|宫|台|庭|营|关|口|业|体|方|人|者|长|位|门|构|\)|）)$/;

/** A 印发通知's list of its attachments (附件:…), after its text. */
const ATTACHMENT_LIST = /^附 ?件 ?\d{0,2} ?[:：]/;
/** The notice's closing note, (此件公开发布) / (本件主动公开), as the copy gives it, whole or cut short where it stops: (此. */
const CLOSING_NOTE = /^\((?:此|本)(?:件[^()]{0,8}\)?)?$/;


export function importPlan(text: string, opts: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') throw new ImportError('imp_notText');
  // Chinese in UTF-8 read as Western characters and saved again (ä¸­æ–‡): restored when every byte is still there.
  const moji = readMojibake(text);
  if (moji.kind === 'garbled') throw new ImportError('imp_garbled', { text: moji.sample });
  const source = moji.kind === 'repaired' ? moji.text : text;
  checkOfficeBytes(source);
  checkBinary(source);
  checkChinese(source);
  checkOptions(opts);
  // Lone surrogates cannot be written as UTF-8.
  const input = source.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

  const warnings: ImportWarning[] = [];
  const hints: ImportMessage[] = [];
  const warn: Warn = (line, message, item, to) => {
    warnings.push({ line, ...(to !== undefined && to > line ? { to } : {}), ...(item === undefined ? {} : { item }), ...message });
  };
  if (moji.kind === 'repaired') hints.push(says('imp_mojibake', { text: moji.sample }));

  const cleaned = clean(input);
  const lines = cleaned.lines;
  // A performance report on a year gone by (…施政績效報告): its numbered results are work done, no plan.
  const performance = performanceReport(lines);
  if (performance !== undefined) throw new ImportError('imp_workReport', { title: performance });
  // A part reviewing the past year's work (一、2023年工作回顾) is not the plan; a text that only reviews is no plan at all.
  const reviewed = reviewParts(segment(lines));
  let seg: Segmented = reviewed.seg;
  if (reviewed.parts.length > 0 && !seg.sections.some((s) => s.items.length > 0)) throw new ImportError('imp_workReport', { title: reviewed.parts[0]?.head ?? '' });
  for (const part of reviewed.parts) warn(part.from, says(part.kind === 'review' ? 'imp_reviewPart' : 'imp_contextPart', { text: part.head }), undefined, part.to);
  const noticeLines = (seg.notice ?? []).flatMap((st) => st.marks.map((m) => m.line));
  if (!seg.sections.some((s) => s.items.length > 0)) {
    // The 印发通知 without the plan it hands out (nothing after it): say so, not "no numbered items" (it has some: its own).
    const wrapped = seg.title ? unwrapTitle(seg.title.raw) : undefined;
    const end = Math.max(...noticeLines);
    // (The notice's list of attachments with nothing after it is no plan.)
    const afterNotice = [...seg.unplaced.map((u) => u.st), ...(seg.preambleTitles ?? [])].filter((st) => (st.marks[0]?.line ?? 0) > end && !ATTACHMENT_LIST.test(st.norm) && !CLOSING_NOTE.test(st.norm.trim()));
    if (noticeLines.length > 0 && afterNotice.length === 0 && wrapped?.notice !== undefined) throw new ImportError('imp_noticeOnly', { title: inBook(display(wrapped.title)) });
    // A notice breaking the year's tasks down hands out no book: its title names them (县人民政府关于分解落实 2022年县政府重点工作任务的通知).
    const tasks = /(?:关于|關於|關于)分解(?:落实|下达|落實|下達) ?(.+)的通知$/.exec(wrapped?.title ?? '');
    if (noticeLines.length > 0 && afterNotice.length === 0 && tasks?.[1] !== undefined) throw new ImportError('imp_noticeOnly', { title: inBook(display(tasks[1])) });
    // A notice copied without its title line names the plan in the sentence that hands it out; after
    // the notice, at most the start of that title (the copy stops there).
    const handed = noticeLines.length > 0 ? handedOutTitle(lines) : undefined;
    if (handed !== undefined && afterNotice.every((st) => startsTitle(st.norm, handed.key))) throw new ImportError('imp_noticeOnly', { title: inBook(handed.title) });
    // A report on how the plan is going (…落实情况的通报), its table of progress not copied: say so, not "no numbered items".
    const report = progressReport(lines);
    if (report !== undefined) throw new ImportError('imp_progressReport', { title: report });
    // Only a table of contents was copied (its entries' headings, dot leaders, pages): say so, not "no numbered items".
    if (cleaned.toc !== undefined) throw new ImportError('imp_tocOnly', { count: cleaned.toc.count, text: cleaned.toc.first });
    throw new ImportError('imp_noItems');
  }
  // A 政策解读 of a plan, its numbered headings its own (背景, 过程, 主要内容): no plan to import.
  if (interpretationOnly(lines, seg)) throw new ImportError('imp_interpretationOnly');
  // A report on how the plan is going (…进展情况的通报) numbering its own parts: its figures are the half-year's, no targets.
  const progress = progressTitle(seg);
  if (progress !== undefined) throw new ImportError('imp_progressReport', { title: progress });
  // A body of rules (…工作规则: 第一章 总则 / 一、…制定本规则。): its clauses are rules of procedure, no tasks.
  const rules = rulesOnly(lines);
  if (rules !== undefined) throw new ImportError('imp_rulesOnly', { title: rules });
  // A call for next year's project proposals, its headings 征集时间 / 征集内容 / 征集方式: no plan yet.
  if (callForProposals(lines, seg)) throw new ImportError('imp_callForProposals');
  // A meeting's report: what it decided about the plan (会议确定: 1、原则同意该《方案》…), not the plan.
  if (meetingReport(lines, seg)) throw new ImportError('imp_meetingReport');
  // One warning for the notice's own text: its addressees, what it asks of the units, are not the plan.
  if (noticeLines.length > 0) warn(Math.min(...noticeLines), says('imp_noticeBody'), undefined, Math.max(...noticeLines));

  // Title, year, period. The published page is usually a 印发通知 wrapping the plan: the plan's
  // title is the one in 《》, the issuer and the 文号 go into the bulletin's basis.
  const wrapped = seg.title ? ownTitle(unwrapTitle(seg.title.raw), seg.title, seg.preambleTitles ?? []) : undefined;
  const wrapper = wrapped ? printedTitle(wrapped, [...seg.unplaced.filter((u) => u.preamble).map((u) => u.st), ...(seg.preambleTitles ?? [])]) : undefined;
  // (A document site's file name as its title line: 2021年…责任分解表.docx — the extension is no part of the title;
  // nor is the 附件: label of the notice's line naming it, nor a mirror's spam before its year.)
  const titleLine = wrapper?.title
    .replace(FILE_EXT, '')
    .replace(SITE_COUNT, '')
    .replace(ATTACHMENT_LABEL, '')
    .replace(SPAM_HEAD, '')
    // (A record's code before its name, 1090354:社區農村再生計畫: the filing number, no part of the name.)
    .replace(/^\d{5,12} ?[:：] ?(?=\S)/, '')
    .replace(SITE_ABOUT, '')
    // (A page giving one part of a long report: the part's number after the report's name, 2024年政府工作报告(四), and the
    // chapter after dashes, 二〇二五年財政年度施政報告---二○二五年度施政總體方向…施政重點 (1).)
    .replace(PART_OF_REPORT, '$1')
    // (A 范文 site's label after the title, and the school year's dash it lost: 20252026学年度…计划范文.)
    .replace(/(?<=(?:计划|要点|方案|规划|安排|清单))范文$/, '')
    .replace(/(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2}) ?(?=学年)/, (all: string, a: string, b: string) => (Number(b) === Number(a) + 1 ? `${a}—${b}` : all));
  // A title line that names no owner (2022年工作要點, its 長治市科學技術協會 lost on the line before) under a notice
  // handing out the plan by its whole name (现将《長治市科學技術協會2022年工作要點》印制下發): the notice's name, as a
  // reader cites the plan.
  const titleRaw = titleLine !== undefined ? ownerNamed(titleLine, lines) : undefined;
  const preamble = [...(seg.preambleTitles ?? []), ...seg.unplaced.filter((u) => u.preamble).map((u) => u.st)];
  const docNumber = findDocNumber(preamble);
  const fiveYear = titleRaw !== undefined && yearFromTitle(toNorm(titleRaw)) === undefined ? fiveYearPlan(toNorm(titleRaw)) : undefined;
  // (A yearly plan of it, …规划实施年度推进计划: the years its preamble names, 明确2021—2022年度重点任务, not the five.)
  const yearly = fiveYear !== undefined && titleRaw !== undefined && /年度/.test(toNorm(titleRaw)) ? yearlySpan(preamble) : undefined;
  const titleSpan = titleRaw !== undefined ? yearSpan(toNorm(titleRaw)) : undefined;
  const school = titleRaw !== undefined && opts.year === undefined ? schoolYear(toNorm(titleRaw)) : undefined;
  const stated = datedSpan(input.split(/\r\n|\r|\n/).slice(0, 10));
  // The year the document gives itself (its title, a span, the 十四五, its 文号, a target column's header).
  const ownYear =
    school ??
    titleSpan?.[0] ??
    (titleRaw !== undefined ? yearFromTitle(toNorm(titleRaw)) : undefined) ??
    stated?.[0] ??
    yearly?.[0] ??
    fiveYear?.[0] ??
    (docNumber !== undefined ? yearFromTitle(toNorm(docNumber)) : undefined) ??
    targetYear(preamble);
  // No title line, or one with no year and no 20xx to fill in: the page's lead names the plan and its year,
  // as a reader takes them (a news report of the 民生实事); the notes say what was assumed.
  const placeholder = titleRaw !== undefined && /20[xX×]{2}/.test(titleRaw);
  const lead = ownYear === undefined && titleRaw === undefined ? leadTitle(preamble) : undefined;
  // No title line and no plan heading: the notice's sentence names what it hands out ("现将《政府工作报告》提出的
  // 2020年重点工作任务予以分解"), as a reader takes it, with its year.
  const named = (titleRaw === undefined || titleRaw === '') && lead === undefined ? handedOutTitle(lines) : undefined;
  const namedYear = named !== undefined && ownYear === undefined ? yearFromTitle(toNorm(named.title)) : undefined;
  // Nor that: the page's first line, when it is a headline (no sentence, no label, no cells, no mark alone), is the
  // title a reader cites the page by ("施政報告|李家超列110項KPI 涵蓋土地房屋供應…").
  const first = seg.unplaced.find((u) => u.preamble && !u.toc);
  const firstLine = input.split(/\r\n|\r|\n/).findIndex((l) => l.trim() !== '') + 1;
  const headline =
    first !== undefined && lineAt(first.st, 0) === firstLine && isHeadline(first.st.norm) ? { title: undated(first.st.raw.trim().replace(/\s+/g, ' ')), line: firstLine } : undefined;
  // With no title line, that headline's year ("2024松滋市工作报告") is the plan's, before any year its lead names.
  const headlineYear = ownYear === undefined && lead === undefined && namedYear === undefined && titleRaw === undefined && headline ? yearFromTitle(toNorm(headline.title)) : undefined;
  const titled = namedYear ?? headlineYear;
  // "今年…" with no year anywhere but the page's date: 今年 is the year it was published.
  const leadYearOf = ownYear === undefined && lead === undefined && titled === undefined && !placeholder ? leadYear(preamble) : undefined;
  // The items' own text: the years they name, or a 今年 of theirs (一是…今年完成…) that the page's date dates.
  const bodies = seg.sections.flatMap((s) => [...(s.heading ? [s.heading.title] : []), ...s.items.map((i) => i.body)]);
  const fromItems = opts.year === undefined && ownYear === undefined && lead === undefined && titled === undefined && leadYearOf === undefined && !placeholder ? itemsYear(bodies) : undefined;
  const dated = ownYear === undefined && lead === undefined && titled === undefined && leadYearOf === undefined && fromItems === undefined && !placeholder ? publishedYear(input, [...preamble, ...bodies]) : undefined;
  // Last: a part headed by the year's work, the date the notice was signed, the month a lead says the plan was issued.
  const issued =
    opts.year === undefined && ownYear === undefined && lead === undefined && titled === undefined && leadYearOf === undefined && fromItems === undefined && dated === undefined && !placeholder
      ? issuedYear(input, seg.sections.flatMap((s) => (s.heading ? [s.heading.title] : []))) ?? citedYear(preamble)
      : undefined;
  const year = opts.year ?? ownYear ?? lead?.year ?? titled ?? leadYearOf?.year ?? fromItems?.year ?? dated?.year ?? issued?.year;
  if (opts.year === undefined && ownYear === undefined) {
    if (lead !== undefined) hints.push(says('imp_titleFromLead', { title: lead.title, year: lead.year, line: lead.line }));
    else if (leadYearOf !== undefined) hints.push(says('imp_yearFromLead', { year: leadYearOf.year, text: leadYearOf.text, line: leadYearOf.line }));
    else if (fromItems !== undefined) hints.push(says('imp_yearFromItems', { year: fromItems.year, n: fromItems.n, text: fromItems.text, line: fromItems.line }));
    else if (dated !== undefined) hints.push(says('imp_yearFromDate', { year: dated.year, text: dated.text, line: dated.line }));
    else if (issued !== undefined) hints.push(says('imp_yearFromDate', { year: issued.year, text: issued.text, line: issued.line }));
  }
  if (year === undefined || year < 1900 || year > 2999) {
    // Say which of the ways a year is given is missing: a template's 20xx left unfilled, a 今年 with no date to read it by.
    // (A first line that is no title line, "区教育局202x年工作计划(一)强化…", may hold the template's year too.)
    const template = /20[\dxX×][xX×] ?年/;
    const unfilled = placeholder ? titleRaw : input.split(/\r\n|\r|\n/).slice(0, 10).find((row) => template.test(toNorm(row)));
    if (unfilled !== undefined) throw new ImportError('imp_noYearTemplate', { title: snippet(unfilled.trim(), 30) });
    const today = [...preamble, ...bodies].find((st) => /今年|本年/.test(st.norm));
    const word = today ? /今年|本年度?/.exec(today.norm) : null;
    if (today && word) throw new ImportError('imp_noYearToday', { word: word[0], line: lineAt(today, word.index) });
    throw titleRaw === undefined ? new ImportError('imp_noYearNoTitle') : new ImportError('imp_noYear', { title: snippet(titleRaw, 60) });
  }
  // A plan for several years names them: 实施方案(2023—2025年) runs from 2023 to the end of 2025.
  const span = opts.year === undefined ? titleSpan ?? (stated?.[0] === year ? stated : undefined) : undefined;
  // (A title naming no year but its length, 廣東省最佳化營商環境三年行動方案, issued in 2023: 2023 to the end of 2025.)
  const counted = opts.year === undefined && titleRaw !== undefined && titleSpan === undefined && yearFromTitle(toNorm(titleRaw)) === undefined ? /([两兩二三四五])年(?:行动|行動|攻坚|攻堅)/.exec(toNorm(titleRaw)) : null;
  const years = counted ? '二两兩三四五'.indexOf(counted[1]!) : -1;
  const countedEnd = counted ? year + [2, 2, 2, 3, 4, 5][years]! - 1 : undefined;
  const endYear = span && span[1] > span[0] && span[1] - span[0] <= 10 ? span[1] : yearly && opts.year === undefined ? yearly[1] : fiveYear && opts.year === undefined ? fiveYear[1] : countedEnd ?? year;
  const lastLine = Math.max(0, ...lines.map((l) => lineAt(l.st, Math.max(0, l.st.norm.length - 1))));
  const period: Period = school !== undefined ? { year, start: `${year}-09-01`, end: `${year + 1}-08-31`, lastLine } : { year, start: `${year}-01-01`, end: `${endYear}-12-31`, lastLine };
  // A text dated the year before its plan (a 分解 of the report read to the congress in December, 2022年12月27日 over
  // 2023年区政府工作报告重点任务分解) says 明年 for the plan's year: 明年7月份建成 is July of the plan's year.
  const firstItem = Math.min(...seg.sections.flatMap((s) => s.items.map((i) => i.line)));
  const writtenIn = input
    .split(/\r\n|\r|\n/)
    .slice(0, Math.max(0, firstItem - 1))
    .map((row) => /^\s*((?:19|20)\d{2}) ?年 ?\d{1,2} ?月 ?\d{1,2} ?日\s*$/.exec(toNorm(row))?.[1])
    .find((y) => y !== undefined);
  if (Number(writtenIn) === year - 1) {
    const said = (st: SText): SText => ({ ...st, norm: nextYearIsPlanYear(st.norm) });
    seg = { ...seg, sections: seg.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, body: said(i.body) })) })) };
  }
  let title: string;
  if ((titleRaw === undefined || titleRaw === '') && lead !== undefined) {
    title = lead.title;
  } else if (titleRaw !== undefined && titleRaw !== '') {
    title = titleRaw.replace(/20[xX×]{2}/g, String(year));
    if (title !== titleRaw) hints.push(says('imp_titleYear', { raw: titleRaw, title }));
  } else if (named !== undefined) {
    title = named.title;
    hints.push(says('imp_titleFromLead', { title, year, line: named.line }));
  } else if (headline !== undefined) {
    title = headline.title;
    hints.push(says('imp_titleFromHeadline', { title, line: headline.line }));
  } else {
    title = `${year}年工作要点`;
    hints.push(says('imp_noTitle', { title }));
  }
  // The issuer is what precedes the year: "xx市总工会2026年工作要点" -> xx市总工会; else who issued the notice.
  let organization: string | undefined;
  const orgMatch = /^(.{2,40}?)(?:(?:19|20)\d{2}|20[xX×]{2}|[〇零一二三四五六七八九]{4}|1[0-4]\d) ?年/.exec(foldWidth(title));
  if (orgMatch?.[1] && !/\d/.test(orgMatch[1]) && isOrgLike(orgMatch[1])) organization = title.slice(0, orgMatch[1].length).trim();
  if (organization === undefined && wrapper?.issuer) organization = display(wrapper.issuer);
  if (organization === undefined && seg.signature) organization = display(seg.signature.raw);
  if (organization === '') organization = undefined;
  let basis: string | undefined;
  if (wrapper?.notice !== undefined || docNumber !== undefined) {
    // Cited the way a 公文 cites it (the bulletin's 导语: 按照《…关于印发〈…〉的通知》（文号）部署).
    // A title quoted inside the title goes back to 《》 inside 〈〉 (《…印发〈2021年市《政府工作报告》任务分解…〉的通知》).
    const inner = title.replace(/〈/g, '《').replace(/〉/g, '》');
    // The notice's own verb: a 区政府办公室 转发 what a 委 drafted (关于转发《…实施方案》的通知).
    const verb = wrapper?.notice !== undefined && /转发|轉發/.test(wrapper.notice) && !/印发|印發/.test(wrapper.notice) ? '转发' : '印发';
    // A notice that hands out no book of its own (关于分解落实《政府工作报告》…的通知) is cited as written.
    const handsOut = wrapper?.notice !== undefined && /印发|转发|印發|轉發|下达|下達/.test(wrapper.notice);
    const notice = wrapper?.notice !== undefined ? (handsOut ? `《${wrapper.issuer ?? ''}关于${verb}〈${inner}〉的通知》` : `《${wrapper.notice.replace(/《/g, '〈').replace(/》/g, '〉')}》`) : `《${title}》`;
    basis = docNumber !== undefined ? `${notice}（${docNumber}）` : notice;
  }

  // Items, section by section; a section without items is reported and left out.
  const buildAll = (period: Period) => {
    const built: Built[] = [];
    const sectionsOut: Array<{ id: string; title: string; line: number; items: Built[] }> = [];
    const usedProse = new Set<Unplaced>();
    /** The numbers of lists not imported (a section's goals): shown on the page all the same. */
    const shownIds: string[] = [];
    for (const s of seg.sections) {
      // A sub-section's heading and prose with no numbered items under it are a leaf of the plan's numbering, an item
      // (一、党建工作 / (一)党建“八化”品牌建设。坚持…), unless they frame the plan (一、总体要求 / (一)指导思想): then only
      // when they hold a target (else the prose is reported).
      // (The item's text opens on its heading's words.)
      // A list the section's own words introduce as the plan's goals (…2024年的建设项目推进工作目标如下: 1.继续推进城市化建设,…;
      // 2.…), none with a number, a date or a unit, the plan's tasks numbered after it: the aims its measures carry out, no
      // items of their own.
      if (s.heading !== undefined && s.items.length > 0 && GOALS_LIST.test(headingTitle(s.heading) + (s.prose.at(-1)?.st.norm ?? '')) && seg.sections.some((o) => o !== s && o.items.length > 0)) {
        const bare = s.items.every((si) => si.prose === undefined && si.unitCells.length === 0 && si.attrLines.length === 0 && (bodyAttribution(si.body)?.units.length ?? 0) === 0 && findTargets(si.body, { year: period.year, start: period.start, end: period.end, fallbackMetric: '' }).targets.length === 0 && parseDeadlineValue(si.body.norm, period.year) === undefined);
        if (bare) {
          warn(s.heading.line, says('imp_goalsOnly', { id: s.heading.id, title: snippet(headingTitle(s.heading)) }));
          shownIds.push(...s.items.map((si) => si.id));
          continue;
        }
      }
      const framing = (si: SegItem) => (s.heading !== undefined && FRAME.test(headingTitle(s.heading))) || FRAME.test(si.body.norm.trim());
      const items = s.items.filter(
        // (So are (一) items framing it on a page cut before its numbered tasks, 一、总体要求 / (一)指导思想。…, unless a
        // unit is given them: (一)总体要求:…(省发展改革委牵头) in a 分工 is work handed out.)
        (si) => (si.prose === undefined && (seg.itemLevel !== 'sub' || (bodyAttribution(si.body)?.units.length ?? 0) > 0)) || !framing(si) || findTargets(si.body, { year: period.year, start: period.start, end: period.end, fallbackMetric: '' }).targets.some((t) => t.kind !== 'milestone'),
      );
      if (items.length === 0) {
        // "一、主要目标" followed by prose with targets is one item of its own (id: the section's).
        const pseudo = s.heading && s.prose.length > 0 ? proseItem(s.heading, s.prose, period) : undefined;
        if (pseudo && s.heading) {
          const from = warnings.length;
          const b = buildItem(pseudo, s.heading, false, period, warn);
          b.warned = [from, warnings.length];
          b.pseudo = true;
          built.push(b);
          sectionsOut.push({ id: s.heading.id, title: headingTitle(s.heading) || `第${s.heading.id}部分`, line: s.heading.line, items: [b] });
          for (const u of s.prose) usedProse.add(u);
          continue;
        }
        if (s.heading) warn(s.heading.line, says('imp_sectionEmpty', { id: s.heading.id, title: snippet(headingTitle(s.heading)) }));
        continue;
      }
      const out = {
        id: s.heading?.id ?? (seg.sections.length === 1 ? '一' : headlessId(seg, items[0]?.id)),
        title: s.heading ? headingTitle(s.heading) || `第${s.heading.id}部分` : title,
        line: s.heading?.line ?? items[0]?.line ?? 1,
        items: [] as Built[],
      };
      for (const si of items) {
        for (const u of si.prose ?? []) usedProse.add(u);
        if (si.body.raw.trim() === '' && si.unitCells.length === 0) {
          warn(si.line, says('imp_itemNoText', { item: si.id }));
          continue;
        }
        const from = warnings.length;
        const b = buildItem(si, s.heading, seg.folded, period, warn);
        b.warned = [from, warnings.length];
        built.push(b);
        out.items.push(b);
      }
      if (out.items.length > 0) sectionsOut.push(out);
      // "一、未来五年主要工作任务" in a plan for one year: its targets are for several years, kept as written
      // and due at the plan's end — the clerk decides (a separate plan, or a checkpoint this year).
      const severalYears = s.heading && period.start.slice(0, 4) === period.end.slice(0, 4) && MULTI_YEAR.test(toNorm(headingTitle(s.heading)));
      if (s.heading && severalYears && out.items.some((b) => b.targets.length > 0)) {
        warn(s.heading.line, says('imp_severalYears', { id: s.heading.id, title: snippet(headingTitle(s.heading)) }));
      }
    }
    return { built, sectionsOut, usedProse, shownIds };
  };
  // A title that names no year (the year came from the 文号): the plan runs as far as its targets are dated
  // (实施方案: 到2025年底…, 到2030年底… runs to 2030), at most ten years; else the year. Not for a table
  // with a column per year (its target is the value under the period's last year). --period makes it one
  // year, unless the document names no year at all: then --period only gives what it lacks, where it starts.
  const openEnded =
    (opts.year === undefined || ownYear === undefined) &&
    endYear === year &&
    (titleRaw === undefined || (yearFromTitle(toNorm(titleRaw)) === undefined && !/20[xX×]{2}/.test(titleRaw))) &&
    !seg.sections.some((s) => s.items.some((i) => i.yearCells.length > 0));
  const mark = warnings.length;
  // (Ten years after the plan's own: 未来十年(2023-24 至 2032-33 年度) in a 2022 address ends 2033-03-31.)
  const farthest = `${year + 11}-12-31`;
  let done = buildAll(openEnded ? { ...period, end: farthest } : period);
  if (openEnded) {
    const dues = done.built.flatMap((b) => b.targets.map((t) => t.due ?? ''));
    const last = dues.reduce((a, b) => (b > a ? b : a), period.end);
    if (last > period.end) {
      // (To its last target date: a financial year's 31 March, or the year's end.)
      period.end = last;
      hints.push(says(opts.year === undefined ? 'imp_periodFromTargets' : 'imp_periodFromTargetsGiven', { start: period.start, end: period.end }));
    }
    if (period.end !== farthest) {
      warnings.length = mark;
      done = buildAll(period);
    }
  }
  const { built, sectionsOut, usedProse, shownIds } = done;
  // "(首位单位为牵头单位,下同)", "(列第一位者为牵头或汇总单位)": said once, it tells how every list of the plan
  // is written, so the unit listed first leads each item that names no lead (a sole unit too).
  if (lines.some((l) => saysFirstLeads(l.st.norm))) {
    for (const b of built) {
      const first = b.item.departments[0];
      if (first !== undefined && b.item.lead === undefined) b.item.lead = [first];
    }
  }
  // "(…。以下任务均需各区市政府、开发区管委落实,不再一一列出)": said in one item, its units carry every item after it.
  const noteAt = built.findIndex((b) => notedUnits(b).length > 0);
  const noted = noteAt >= 0 ? notedUnits(built[noteAt]!) : [];
  for (const b of noteAt >= 0 ? built.slice(noteAt + 1) : []) {
    for (const name of noted) if (!b.item.departments.includes(name)) b.item.departments.push(name);
  }
  // The copy stops inside a unit list ("…等有关部门,各区" where the page ends): the last name, at the very end
  // of the text, that starts a longer name the plan gives elsewhere (各区 of 各区政府) and never stands alone
  // there, is that name cut short — left out, as a one-character name is.
  const tailBuilt = built[built.length - 1];
  const tail = tailBuilt?.item;
  const cut = tail?.departments[tail.departments.length - 1];
  /** The name left out so, told to the clerk under the item's final id. */
  let cutName: string | undefined;
  if (tail && cut !== undefined && toNorm(input).trimEnd().endsWith(toNorm(cut))) {
    const others = built.flatMap((b) => (b.item === tail ? tail.departments.slice(0, -1) : b.item.departments));
    // (Or a name that cannot end where it stops, 县农业农 of 县农业农村局: no unit's name ends so.)
    const unfinished = !UNIT_END.test(toNorm(cut)) && !others.includes(cut);
    if (unfinished || (others.some((d) => d.length > cut.length && d.startsWith(cut)) && !others.includes(cut))) {
      tail.departments = tail.departments.slice(0, -1);
      if (tail.lead) tail.lead = tail.lead.filter((d) => d !== cut);
      if (tail.lead?.length === 0) delete tail.lead;
      cutName = cut;
    }
  }
  if (built.length === 0) throw new ImportError('imp_noItemsWithText');
  // A copy that stops before the plan's tasks: all it holds is how the plan is framed (一、总体要求 / (一)指导思想 /
  // 二、基本原则), no unit given, no target set: none of the plan's work is on the page.
  // (The heading those words alone: 总体目标1.5万人次参加培训 names work.)
  const frameOnly = (title: string) => FRAME.test(title) && title.replace(FRAME, '').replace(/[。.:：\s]/g, '') === '';
  const framed = sectionsOut.every((s) => frameOnly(s.title) || s.items.every((b) => frameOnly(b.item.title)));
  if (framed && built.every((b) => b.targets.length === 0 && b.item.departments.length === 0)) {
    const head = sectionsOut.map((s) => (frameOnly(s.title) ? s.title : (s.items[0]?.item.title ?? ''))).find((x) => x !== '') ?? '';
    throw new ImportError('imp_framingOnly', { title: head });
  }
  if (seg.folded) hints.push(says('imp_folded'));

  // The schema's limits: a document past them is not a plan (or not one this tool can hold).
  if (sectionsOut.length > 10000 || sectionsOut.some((s) => s.items.length > 100000)) {
    throw new ImportError('imp_tooBig', { sections: sectionsOut.length, items: built.length });
  }
  assignIds(sectionsOut, seg.folded, hints, shownIds);
  // "事项 二-二：…", not "事项 二" (section 二's own number when numbering restarts).
  for (const b of built) {
    const [from, to] = b.warned ?? [0, 0];
    for (let k = from; k < to; k++) {
      const w = warnings[k];
      if (w?.item !== undefined) w.item = b.item.id;
    }
  }
  if (cutName !== undefined && tailBuilt) warn(tailBuilt.seg.line, says('imp_unitCut', { name: cutName }), tailBuilt.item.id);
  const departments = buildRegistry(built, opts.aliases, hints);
  if (departments.length > 10000) {
    throw new ImportError('imp_tooManyRegistered', { n: departments.length });
  }
  const sections: Section[] = sectionsOut.map((s) => ({ id: s.id, title: s.title.slice(0, MAX_TEXT), items: s.items.map((b) => b.item) }));
  const plan: PlanFile & { departments: Department[] } = {
    schema: 1,
    id: opts.id ?? derivePlanId(title, [organization, wrapper?.issuer].filter(Boolean).join(' '), year),
    title: title.slice(0, MAX_TEXT),
    ...(organization !== undefined ? { organization: organization.slice(0, MAX_TEXT) } : {}),
    period: { start: period.start, end: period.end },
    departments,
    ...(basis !== undefined ? { bulletin: { basis: basis.slice(0, MAX_TEXT) } } : {}),
    sections,
  };

  // A section left out for having no numbered items (三、保障措施) is one warning with the paragraphs under it, up to the
  // next section's heading: they are not named again one by one.
  const headings = seg.sections.map((s) => s.heading?.line).filter((l): l is number => l !== undefined);
  const emptySections = warnings
    .filter((w) => w.code === 'imp_sectionEmpty')
    .map((w) => ({ w, end: Math.min(Infinity, ...headings.filter((l) => l > w.line)) }));
  // One warning per paragraph, a paragraph broken over several lines naming them all (第 13–17 行).
  for (const u of seg.unplaced) {
    if (usedProse.has(u)) continue;
    const under = emptySections.find((e) => (u.st.marks[0]?.line ?? 0) > e.w.line && (u.st.marks[0]?.line ?? 0) < e.end);
    if (under) {
      const lines = u.st.marks.map((m) => m.line);
      const parts = (under.w.parts ??= [[under.w.line, under.w.to ?? under.w.line]]);
      const last = parts[parts.length - 1]!;
      if (lines[0]! <= last[1] + 1) last[1] = Math.max(last[1], ...lines);
      else parts.push([lines[0]!, Math.max(...lines)]);
      under.w.to = Math.max(under.w.to ?? under.w.line, ...lines);
      if (parts.length === 1) delete under.w.parts;
      continue;
    }
    // The 文号 line went into the bulletin's basis.
    if (u.preamble && docNumber !== undefined && (fixSpaces(u.st.raw) === docNumber || (/^(文件编号|发文文号|发文字号|文 ?号) ?:/.test(u.st.norm) && fixSpaces(u.st.raw).includes(docNumber)))) continue;
    // The KPI table's target column header ("103年年度目標值") gave the year.
    if (u.preamble && targetYear([u.st]) !== undefined) continue;
    // The plan's title written again under the notice (or its second line, "(2025年版)"): it is the title.
    if (u.preamble && restatesTitle(u.st.norm, toNorm(title))) continue;
    const lines = u.st.marks.map((m) => m.line);
    // (A paragraph of a part left out as a review or the situation is named by that part's warning.)
    if (reviewed.parts.some((p) => (lines[0] ?? 0) >= p.from && Math.max(...lines) <= p.to)) continue;
    warn(lines[0] ?? 1, says(u.preamble ? 'imp_beforeFirst' : 'imp_unplaced', { text: snippet(u.st.raw) }), undefined, Math.max(...lines));
  }
  warnings.sort((a, b) => a.line - b.line);
  const said = quieter(warnings, input, departments.length === 0);

  const targets: Record<TargetKind, number> = { at_least: 0, at_most: 0, level: 0, milestone: 0 };
  for (const b of built) for (const t of b.item.targets ?? []) targets[t.kind]++;
  return {
    plan,
    warnings: said,
    hints,
    summary: { sections: sections.length, items: built.length, units: departments.length, targets },
  };
}

/**
 * The warnings as a clerk reads them: what is true of the whole plan said once, with a count. A plan naming no unit
 * anywhere gets one warning for its items, not one per item (plan validate lists each as no-unit); paragraphs before
 * the first item with no other warning between them (a page's 分类 / 标题 / 文号 lines, a news lead's paragraphs) are one
 * warning naming their lines and how many.
 */
function quieter(warnings: ImportWarning[], input: string, noUnitAtAll: boolean): ImportWarning[] {
  const noUnits = warnings.filter((w) => w.code === 'imp_noUnits');
  const once = noUnitAtAll && noUnits.length > 1;
  const out = once ? warnings.flatMap((w) => (w.code !== 'imp_noUnits' ? [w] : w === noUnits[0] ? [{ line: w.line, code: 'imp_noUnitsAll' as const, params: { n: noUnits.length } }] : [])) : warnings;
  const lines = input.split(/\r\n?|\n/);
  const blankBetween = (from: number, to: number) => lines.slice(from, to - 1).every((l) => l.trim() === '');
  const merged: ImportWarning[] = [];
  for (const w of out) {
    const prev = merged[merged.length - 1];
    if (prev && w.code === 'imp_beforeFirst' && (prev.code === 'imp_beforeFirst' || prev.code === 'imp_beforeFirstMany')) {
      const n = prev.code === 'imp_beforeFirstMany' ? Number(prev.params.n) + 1 : 2;
      const parts: Array<[number, number]> = prev.parts ?? [[prev.line, prev.to ?? prev.line]];
      const last = parts[parts.length - 1]!;
      if (blankBetween(last[1], w.line)) last[1] = w.to ?? w.line;
      else parts.push([w.line, w.to ?? w.line]);
      merged[merged.length - 1] = { line: prev.line, to: w.to ?? w.line, ...(parts.length > 1 ? { parts } : {}), code: 'imp_beforeFirstMany', params: { text: prev.params.text ?? '', n } };
      continue;
    }
    merged.push(w);
  }
  return merged;
}
