// Stage 1: from raw page text to logical lines.
//  - drops the BOM and zero-width characters, splits on CRLF / CR / LF;
//  - drops web-page noise (navigation, view counts, lone dates and numbers, 推荐 lists and
//    their teasers, copyright and 上一篇/下一篇 lines), remembering their line numbers;
//  - joins lines broken mid-sentence inside an item (the seed breaks "摄影比" / "赛、…");
//  - joins an item number alone on its line ("8.") with the text on the next line.
// Each logical line keeps the original line numbers of its parts (SText marks).

import { runTogetherTable } from './run-table.js';
import { cellTable, spacedTable } from './cell-table.js';
import { kpiTable } from './kpi.js';
import { isUnitName } from './attribute.js';
import { classify } from './markers.js';
import type { LineKind, LogicalLine } from './markers.js';
import { noticeBody } from './notice.js';
import { headsParagraph, isTitleLike } from './segment.js';
import { BULLET_LINE, collapse, endsSentence, joinS, lineAt, parseChineseNumber, sliceS, stext, toNorm } from './text.js';
import type { SText } from './text.js';

export interface CleanResult {
  lines: LogicalLine[];
  /** Original line numbers dropped as page noise. */
  noise: number[];
  /** The entries of a table of contents dropped (a heading, dot leaders, its page: "1、 環境情勢分析………1-1"), the first of them. */
  toc?: { count: number; first: string };
}

interface Physical {
  no: number;
  st: SText;
  cells?: SText[];
}

const NAV = /^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置|当前所在位置) ?[:>]?/;
const BREADCRUMB = /(>|»|›|→).*(>|»|›|→)/;
const META =
  /(浏览量|浏览次数|阅读量|阅读次数|阅读数|点击量|点击数|点击次数|访问量|访问次数|发布时间|发布日期|更新时间|文章来源|信息来源|来源:|作者:|编辑:|责任编辑|(?<!发文)字号:|字体:|【字体|\[字体|【打印|分享到|扫描二维码)/;
const DATE_ALONE =
  /^((?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:[12]\d|3[01]|0?[1-9])|\d{4} ?[-/.年] ?\d{1,2}(?: ?[-/.月] ?\d{1,2} ?日?)?(?: \d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[-/]\d{1,2}|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$/;
/** A newspaper's masthead: "工人日报 2024年02月29日 星期一". */
const MASTHEAD = /^[\u4e00-\u9fff]{0,12} ?(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日 ?(?:星期|周|礼拜)[一二三四五六日天]$/;
/** The edition line a newspaper's report carries: "《工人日报》(2024年02月29日 01版)". */
const EDITION = /^《[\u4e00-\u9fff]{2,12}》 ?\( ?(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日 ?(?:第 ?)?\d{1,2} ?版 ?\)$/;
/**
 * The closing formula of an announcement or a notice, standing alone after its list ("现予公告。" under a 人大 vote's
 * list of 民生实事, "特此通知。"): the list is over, it is no part of the last item.
 */
const CLOSING = /^(?:现予以?|特此|现将|予以)(?:公告|通知|公布|通告|函告|报告)[。.!]?$/;
/** A line of the signature under a closing formula: the body that signs (masked ** by a mirror too), its date, no sentence. */
function isSignatureLine(norm: string): boolean {
  const n = norm.trim();
  if (DATE_ALONE.test(n) || /^[*＊ ]+$/.test(n)) return true;
  // (A plan's title after a notice's 特此通知。 is no signature: it names a plan, the signer names a body.)
  return n.length <= 40 && !/[。;,!?:]/.test(n) && !LEADING_NUMBER.test(n) && !isTitleLike(n) && SIGNER_END.test(n);
}
/** How the body signing a notice or an announcement ends its name: 人民政府, 办公室, 人民代表大会, 主席团, 委员会 … */
const SIGNER_END = /(?:政府|办公室|办公厅|人民代表大会|主席团|委员会|常委会|局|委|会|团|部|院|厅|办|处|中心|党组|支部|街道办事处)$/;
const LEADING_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、．])/;
/**
 * An entry of a table of contents: words, then dot leaders (……, ....., ·····, or a run of them mixed) and the page
 * it stands on ("環境情勢分析………1-1", "一、总体要求..........3", "(二)主要任务 ······ 12").
 */
const TOC_LINE = /(?<=\S) ?(?:[….·]{4,}|…{2,}[….· ]*) ?(?:\d{1,4}(?: ?[-–—] ?\d{1,4})?|[ivxlc]{1,5})$/i;
/** The same at the end of the line as written (full-width dots, ideographic spaces). */
const TOC_RAW = /[\s\u3000]*(?:[….·．・]{4,}|…{2,}[….·．・\s]*)[\s\u3000]*(?:[\d０-９]{1,4}(?:\s*[-–—－]\s*[\d０-９]{1,4})?|[ivxlc]{1,5})$/i;
const PAGE_NO = /^([-—–] ?\d{1,4} ?[-—–]|[·•] ?\d{1,4} ?[·•]|第 ?\d{1,4} ?页(?: ?[,/]? ?共 ?\d{1,4} ?页)?|\d{1,4} ?\/ ?\d{1,4}|page ?\d{1,4}(?: ?of ?\d{1,4})?)$/i;
/** A document viewer's page number on its own line: "2", "3、", "4." (a page marker when it cuts a sentence in two). */
const BARE_NO = /^(\d{1,4}) ?[、.]?$/;
/** A year spelled out digit by digit: 2 0 2 4. */
const SPACED_YEAR = /^(?:1 9|2 0) \d \d$/;
/** A clause plainly left open: the sentence goes on after the page break. */
const OPEN_CLAUSE = /[,、(“‘《的和与及或等在对为把将从向以]$/;
/** Kinds of line a page break can cut in the middle of a sentence. */
const BODY: ReadonlySet<LineKind> = new Set<LineKind>(['item', 'paren', 'circled', 'text']);
const RECOMMEND =
  /^(推荐访问|最新推荐|相关推荐|热门推荐|推荐阅读|相关阅读|相关文章|猜你喜欢|热门文章|精彩推荐|延伸阅读|更多推荐|热点推荐|推荐文章|本文推荐|相关范文|热门范文|最新文章|精选推荐|为你推荐|相关搜索)/;
const PREV_NEXT = /^(上一篇|下一篇|上一页|下一页|上一条|下一条|上篇|下篇)/;
const COPYRIGHT = /(copyright|版权所有|©|\(c\) ?\d{4}|ICP备|ICP证|公网安备|备案号|技术支持|联系我们|关于我们|网站地图|免责声明|本站所有|本网所有)/i;
const CHROME =
  /^\[?(首页|返回顶部|返回首页|返回列表|打印本页|打印此页|打印本文|关闭窗口|关闭本页|打印|关闭|分享到|分享:|分享|收藏本页|加入收藏|收藏|大|中|小|大 中 小|扫一扫|微信扫一扫|手机版|手机扫码|点击查看|阅读全文|展开全文|查看更多|字号|听新闻|语音播报)\]?$/;
const RANK_ENTRY = /^\d{1,2}(?=[^\d.、,)\s%:年月日号])/;
const TEASER = /(\.\.\.|…)$/;
/** A site's name after a page title: "-湖南省人民政府门户网站", "_中国政府网", " | 某某区政务网". */
const SITE_TAIL = / ?[-_|–—] ?[^-_|–—\s]{2,20}(?:门户网站|政府网站|网站|门户网|政务网|政府网)$/;
/** …what a plan's title ends on before it. */
const PLAN_NAME = /(?:意见|方案|计划|要点|通知|清单|分解|分工|实事|任务)$/;
/**
 * A 范文 site's heading over one of the texts it gathers (第一篇: 2023年中学学校年度工作计划): the number is the site's,
 * the rest the text's own title, with its year and what it is; no part (第一篇) of the plan.
 */
const SITE_PIECE = /^第 ?[一二三四五六七八九十\d]{1,3} ?篇 ?[:：] ?(?=[^。;,:：]{0,30}(?:19|20)\d{2} ?年[^。;,:：]{0,30}(?:意见|方案|计划|要点|清单|安排|规划)$)/;
const IMAGE_FILE = /^\S{1,80}\.(?:jpe?g|png|gif|bmp|webp)$|^!\[[^\]]{0,80}\]\([^()\s]{1,200}\)$/i;

/** A news report's dateline opening its lead: "3月11日上午,", "日前,", "本报讯". */
const DATELINE = /^(?:\d{1,2} ?月 ?\d{1,2} ?日(?:上午|下午|晚上|晚间|早上)?,|(?:近日|日前),|本报讯)/;
/** Line kinds that may continue on the next physical line. */
const JOINABLE: ReadonlySet<LineKind> = new Set<LineKind>(['item', 'paren', 'circled', 'text']);

function splitCells(line: string, no: number): SText[] | undefined {
  const t = line.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, '');
  if (!/\t|[ \u3000]{2,}/.test(t) || t.length > 5000) return undefined;
  const cells = t.split(/\t|[ \u3000]{2,}/).map((c) => stext(collapse(c), no));
  return cells.length >= 2 ? cells : undefined;
}

/** A picture (emoji) and the selector asking for one; © ® ™ and a list's ▶ are kept, by the caller. */
const PICTURE = /[\p{Extended_Pictographic}\ufe0f]/gu;
/** A keycap digit: 1️⃣ (the digit, the selector, the enclosing keycap). */
const KEYCAP = /(\d)\ufe0f?\u20e3/g;
const PINYIN = /(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,8}[)）]/g;
/** Labels of a government page's metadata block (索引号 | 发布机构 | 文号 …): not the plan. */
const META_LABELS =
  '索 ?引 ?号|文件编号|组配分类|文件名称|公开目录|公开责任部门|发文日期|发文时间|公开形式|生效日期|有 ?效 ?期|信息分类|发布机构|生成日期|是否有效|有 ?效 ?性|主题分类|主题词|成文日期|发文机关|公开方式|公开类型|公开属性|公开期限|政策咨询机关|政策咨询电话|发布日期|分 ?类|文 ?号|发文字号|名 ?称|标 ?题';
const META_LABEL = new RegExp(`^(${META_LABELS}) ?[:：]?$`);
/** A label and its value in one cell: "| 标题:南漳镇人民政府2023年工作计划 | |". */
const META_PAIR = new RegExp(`^(${META_LABELS}) ?[:：] ?(\\S.*)?$`);

/**
 * A text in Markdown, as an AI answer or an editor writes a plan out: a heading's #s (### 三、重点任务), a point or an
 * item opening on a bold label (- **生产总值增长**:5.5%左右, 1. **深化改革开放**:…). (Not ** standing for characters a
 * page masks: **市**区人民代表大会, 1.**区上顿渡**2024年.)
 */
const MD_SIGNS = /^ {0,3}#{1,6} \S|^\s*(?:[-*+]|\d{1,3}[.、]) \*\*[^*]+\*\*/m;

/**
 * The marks of such a text, which the page would have drawn: a heading's #s, bold around words (a bold the copy cut
 * before it closed too), an AI answer's references to its sources ([4]). What they hide, the numbering (### 三、…,
 * 1. **深化改革开放**:…) and the titles, is read as the text would be without them; each line stays where it stood.
 */
function markdownMarks(lines: string[]): string[] {
  if (!MD_SIGNS.test(lines.slice(0, 400).join('\n'))) return lines;
  return lines.map((line) => line.replace(/^(\s*)#{1,6}\s+/, '$1').replace(/\*\*|\[\d{1,2}\]/g, ''));
}

/** A mark of a decimal outline: 第二章, 2.1, 2.1.1 (before the heading's or the item's first word). */
const OUTLINE_MARK = /第([一二三四五六七八九十]{1,3})章|(?<![\d.．])(\d{1,2})[.．](\d{1,2})(?:[.．](\d{1,2}))?(?=[ \t\u3000]*[\u4e00-\u9fff“「《])/g;
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/**
 * A plan numbered as a decimal outline, as a document site's generated texts are (第二章党建与思想政治工作 / 2.1党支部“三化”
 * 建设 / 2.1.1标准化:修订…), on lines of their own or run together in one paragraph: read as the marks it stands for, 第二章
 * as 二、, 2.1 as (一), 2.1.1 as 1. — each mark where the outline goes on from the one before (2.1.2 after 2.1.1, 2.2 or
 * 2.2.1 after 2.1.x, 3.1 after a 第三章), so that an amount, 1.5万, is none. Only in a text with items three levels deep
 * (two X.Y.Z marks at least): a text numbered 1.1 / 1.2 alone keeps its lines as they are.
 */
function decimalOutline(lines: string[]): string[] {
  const deep = lines.join('\n').match(/(?<![\d.．])\d{1,2}[.．]\d{1,2}[.．]\d{1,2}(?=[ \t\u3000]*[\u4e00-\u9fff“「《])/g);
  if (!deep || deep.length < 2) return lines;
  let chap = 0;
  let sub = 0;
  let item = 0;
  return lines.map((line) =>
    line.replace(OUTLINE_MARK, (mark: string, ch: string | undefined, x: string | undefined, y: string | undefined, z: string | undefined, at: number) => {
      const lead = line.slice(0, at).trim() === '' ? '' : ' ';
      if (ch !== undefined) {
        const v = parseChineseNumber(ch) ?? 0;
        if (v !== chap + 1) return mark;
        [chap, sub, item] = [v, 0, 0];
        return `${lead}${CN_DIGITS[v] ?? ch}、`;
      }
      const [cx, cy] = [Number(x), Number(y)];
      const chapter = cx === chap || (cx === chap + 1 && cy === 1);
      if (!chapter || CN_DIGITS[cy] === undefined) return mark;
      if (z === undefined) {
        if (!(cy === sub + 1 || (cx === chap + 1 && cy === 1))) return mark;
        [chap, sub, item] = [cx, cy, 0];
        return `${lead}(${CN_DIGITS[cy]})`;
      }
      const cz = Number(z);
      const goesOn = cx === chap && ((cy === sub && cz === item + 1) || (cy === sub + 1 && cz === 1));
      if (!goesOn) return mark;
      const opened = cy !== sub ? `${lead}(${CN_DIGITS[cy]})` : '';
      [sub, item] = [cy, cz];
      return opened !== '' ? `${opened} ${cz}.` : `${lead}${cz}.`;
    }),
  );
}

/** A label of that block where a field of a list starts: at the line's start, after a space or a list's dash. */
const LISTED_LABEL = new RegExp(`(?<=^|[\\s-])(${META_LABELS}) ?[:：]`, 'g');

/**
 * A page's metadata block copied as a list ("- 索 引 号:4311230009/2019-00023 分 类:" / "-" / "发文机关:" /
 * "发文日期: 2019-04-18 15:53 - 名称:" / "双牌工业集中区部室简介 - 文号:"): its fields set off by " - ", a label
 * ending one line and its value opening the next. Furniture, but for the page's name (名称 / 标题) and its 文号,
 * each kept as a field of its own (名称:双牌工业集中区部室简介); the other lines are left as they are.
 */
function listedMeta(lines: string[]): string[] {
  const out = [...lines];
  /** The label that ended the line before, its value still to come. */
  let open: string | undefined;
  for (const [i, line] of lines.entries()) {
    // (Found in the text's normal form, cut from the line as written: the two keep their offsets.)
    const s = toNorm(line);
    const pending = open;
    open = undefined;
    if (s.length > 160) continue;
    if (pending !== undefined && /^-?$/.test(s.trim())) {
      out[i] = '';
      open = pending;
      continue;
    }
    const labels = [...s.matchAll(LISTED_LABEL)];
    const first = labels[0];
    const field = (from: number, to: number) => line.slice(from, to).trim().replace(/^-/, '').replace(/\s-$/, '').trim();
    const lead = field(0, first?.index ?? s.length);
    // (A list's field: after "- ", before " - ", ending the line open, or the value of the label the line before left open.)
    const listed = pending !== undefined || /^\s*- ?\S/.test(s) || / - /.test(s) || (labels.length > 0 && /[:：]\s*$/.test(s));
    if (!first || !listed || (lead !== '' && pending === undefined)) continue;
    const kept: string[] = [];
    const keep = (label: string, value: string) => {
      const l = label.replace(/\s+/g, '');
      if (value === '') return;
      if (/^(?:名称|标题)$/.test(l)) kept.push(`${l}:${value}`);
      else if (/^(?:文号|发文字号|文件编号)$/.test(l) && DOC_NO.test(value)) kept.push(`文号:${value}`);
    };
    if (pending !== undefined) keep(pending, lead);
    labels.forEach((m, k) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = labels[k + 1]?.index ?? s.length;
      const value = field(from, to);
      keep(m[1] ?? '', value);
      if (k === labels.length - 1 && value === '') open = m[1];
    });
    out[i] = kept.join(' ');
  }
  return out;
}

/** A cell opening on a section's or a sub-section's mark: 一、…, (一)…. */
const HEADING_CELL = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\S/;

/**
 * Tables as a page or a viewer flattens them, to one line per row with tab-separated cells:
 *   "序号 |" / "重点工作 |" / … or 序号 / 重点工作 / … one cell per line (cell-table.ts), and
 *   "| 1 | 任务 | 单位 |" markdown-style rows.
 * A repeated header (a table that goes on over a page break) is dropped; a metadata block
 * (索引号: | … |) keeps only the values of 标题 / 名称, the rest is page furniture.
 */
/** The bars of a line: | and ｜. (Plain string tests first: a long line without a bar must cost nothing.) */
const bars = (l: string) => (l.includes('|') ? l.split('|').length - 1 : 0) + (l.includes('｜') ? l.split('｜').length - 1 : 0);

/**
 * A table's last row the page cut before its closing bar ("统战重点工作任务 (55分) | 第一季度:…发展工"), under rows that
 * have theirs: one bar between two cells is a row still.
 */
function cutRow(lines: string[], at: number): boolean {
  const line = lines[at] ?? '';
  if (bars(line) !== 1 || !/\S\s*[|｜]\s*\S/.test(line)) return false;
  let k = at - 1;
  while (k >= 0 && (lines[k] ?? '').trim() === '') k--;
  return k >= 0 && bars(lines[k] ?? '') >= 2 && /[|｜]\s*$/.test(lines[k] ?? '');
}

function pipeTables(lines: string[]): Array<{ raw: string; no: number }> {
  const out: Array<{ raw: string; no: number }> = [];
  const oneCell = (l: string) => bars(l) === 1 && /[|｜]\s*$/.test(l) && l.replace(/[|｜]\s*$/, '').trim() !== '';
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const table = cellTable(lines, i) ?? spacedTable(lines, i);
    if (table) {
      out.push(...table.rows);
      i = table.end;
      continue;
    }
    if (oneCell(line)) {
      // A run of one-cell lines that is no table (no 序号 header): its cells as lines.
      let j = i;
      for (; j < lines.length && (oneCell(lines[j] ?? '') || (lines[j] ?? '').trim() === ''); j++) {
        if ((lines[j] ?? '').trim() !== '') out.push({ raw: (lines[j] ?? '').replace(/\s*[|｜]\s*$/, '').trim(), no: j + 1 });
      }
      i = j;
      continue;
    }
    if (bars(line) >= 2 || cutRow(lines, i)) {
      const cells = line.replace(/^\s*[|｜]|[|｜]\s*$/g, '').split(/[|｜]/).map((c) => c.trim());
      if (cells.every((c) => /^:?-{2,}:?$|^$/.test(c))) {
        i++;
        continue; // |---|---|
      }
      // A metadata row: keep the title's value and the 文号 (the year, the bulletin's basis), drop the rest.
      if (cells.some((c) => META_LABEL.test(c.replace(/\s+/g, ' ')))) {
        cells.forEach((c, k) => {
          if (/^(名 ?称|标 ?题)/.test(c) && cells[k + 1]) out.push({ raw: cells[k + 1]!, no: i + 1 });
          if (/^(文 ?号|发文字号|文件编号) ?[:：]?$/.test(c) && DOC_NO.test(cells[k + 1] ?? '')) out.push({ raw: `文号:${cells[k + 1]!}`, no: i + 1 });
        });
        i++;
        continue;
      }
      // Each label with its value in one cell ("| 发文机关:南漳镇人民政府 | 主题词:工作计划 |"): the same block.
      const filled = cells.filter((c) => c !== '');
      if (filled.length > 0 && filled.every((c) => META_PAIR.test(c))) {
        for (const c of filled) {
          const [, label = '', value = ''] = META_PAIR.exec(c) ?? [];
          if (/^(名 ?称|标 ?题)$/.test(label) && value !== '') out.push({ raw: value, no: i + 1 });
          if (/^(文 ?号|发文字号)$/.test(label) && DOC_NO.test(value)) out.push({ raw: `文号:${value}`, no: i + 1 });
        }
        i++;
        continue;
      }
      // A row opening on the merged cells of its section and sub-section columns, written in its first row only
      // ("一、以公开助力经济平稳健康发展。 | (一)加强涉及市场主体的信息公开。 | 1 | 进一步… |"): headings over the row.
      const number = filled.findIndex((c) => /^\d{1,3}$/.test(c));
      if (number > 0 && filled.slice(0, number).every((c) => HEADING_CELL.test(c))) {
        for (const c of filled.slice(0, number)) out.push({ raw: c, no: i + 1 });
        out.push({ raw: filled.slice(number).join('\t'), no: i + 1 });
        i++;
        continue;
      }
      out.push({ raw: filled.join('\t'), no: i + 1 });
      i++;
      continue;
    }
    out.push({ raw: line, no: i + 1 });
    i++;
  }
  return out;
}

/** The 印发通知's furniture around the plan: "(此件公开发布)", the 红头 "xx人民政府文件", its "(联系人:…,联系电话:…)". */
const NOTICE_FURNITURE = /^\((?:此件|本件)[^()]{0,8}(?:发布|公开)\)$|^.{2,20}(?:人民政府|办公室|办公厅|委员会|党委)文件$|^\(联系人 ?[:：]/;

/** Two or more "label: value" pairs of a page's metadata block on one line. */
const INLINE_META =
  /^(?:索 ?引 ?号|发布机构|公开方式|有效性|组配分类|成文日期|发文机关|发布日期|主题分类|信息分类|公开范围|生成日期|公开日期) ?[:：].*(?:索 ?引 ?号|发布机构|公开方式|有效性|组配分类|成文日期|发文机关|发布日期|主题分类|信息分类|公开范围|生成日期|公开日期|文件编号|发文文号|发文字号|文 ?号) ?[:：]/;
/** A line opening on a metadata label only a page's metadata block uses, its value after a colon or a space. */
const META_START = /^(?:索 ?引 ?号|组配分类|发布机构|生成日期|公开方式|主题分类|信息分类|成文日期|发文机关|公开范围|公开日期|文件编号) ?[:： ] ?\S/;
/** "29.51KB", "24 页", "页数:9页", "大小:15.15KB", "格式:DOCX", "999+", "VIP专免", "侵权投诉": a document site's card. */
const SHARE_CARD =
  /^(?:(?:大小 ?[:：] ?)?\d+(?:\.\d+)? ?[KMG]B|(?:页数 ?[:：] ?)?\d{1,4} ?页|格式 ?[:：] ?(?:DOCX?|PDF|WPS|TXT|PPTX?)|\d{1,5}\+|VIP ?(?:专免|免费|专享)|侵权投诉|举报|下载文档|免费下载|立即下载)$/i;
/** A 文号: 衢政办发〔2021〕3号. */
const DOC_NO = /[〔[［(（【] ?(?:19|20)\d{2} ?[〕\]］)）】] ?\d{1,4} ?[号號]/;

/** A document-sharing site's own notice over the document it shows: "温馨提示:" and its numbered lines. */
const SITE_NOTICE = /^(?:温馨提示|友情提示|下载提示|特别提示|下载须知|用户须知|免责声明) ?[:：]?$/;
/** What such a notice talks about: the file, downloading it, the site. */
const SITE_WORDS = /文档|下载|本站|本网|客服|上传|预览|付费|版权|会员|积分|VIP/i;
/** The site's help line: "网站客服:3074922707". */
/**
 * A site's accessibility furniture: its buttons (无障碍浏览, 无障碍阅读 关怀版) and its badges (符合萬維網聯盟有關無障礙網頁
 * 設計指引中2A級別的要求 / 無障礙網頁嘉許計劃: a 計劃 that is no plan). A plan about 无障碍环境建设 names no such thing.
 */
const ACCESSIBILITY = /无障碍(?:浏览|阅读|模式|通道|版|网页嘉许计划|网页设计指引)|^符合.{0,20}(?:无障碍|万维网联盟)/;
const SITE_HELP = /^(?:网站客服|在线客服|客服(?:QQ|电话|热线|微信|邮箱)?) ?[:：]/i;

/**
 * The physical lines (indices) of a sharing site's notice: the label ("温馨提示:") and the
 * numbered lines under it ("1. 本文档由用户上传,…", "2. 下载前请仔细阅读…"), each broken line
 * with its rest; the notice ends at the first line that is neither. Kept when none of its lines
 * speaks of the file or the site (then it is the plan's own 提示).
 */
function siteNotices(physical: Physical[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < physical.length; i++) {
    if (!SITE_NOTICE.test(physical[i]!.st.norm)) continue;
    const block = [i];
    let site = false;
    let open = false;
    for (let j = i + 1; j < physical.length; j++) {
      const norm = physical[j]!.st.norm;
      const numbered = /^\d{1,2} ?[.、]/.test(norm);
      if (!numbered && !open) break;
      block.push(j);
      site ||= SITE_WORDS.test(norm);
      open = !endsSentence(norm);
    }
    if (site && block.length > 1) for (const k of block) out.add(k);
  }
  for (let i = 0; i < physical.length; i++) {
    const list = unlabelledNotice(physical, i);
    for (const k of list) out.add(k);
    if (list.length) i = list[list.length - 1]!;
  }
  return out;
}

/**
 * A sharing site's notice with no label: a numbered list of two or more lines, starting at 1, each of which speaks of
 * the file or the site ("1、下载文档前请自行甄别…", "2、\"仅部分预览\"的文档…", "3、如文档侵犯您的权益,请联系客服…"). A plan's
 * own list names a task in each line; one line of it about anything else keeps the whole list.
 */
function unlabelledNotice(physical: Physical[], start: number): number[] {
  if (!/^1 ?[.、]/.test(physical[start]!.st.norm)) return [];
  const block: number[] = [];
  let entry = '';
  let open = false;
  for (let j = start; j < physical.length; j++) {
    const norm = physical[j]!.st.norm;
    const numbered = /^\d{1,2} ?[.、]/.test(norm);
    if (!numbered && !open) break;
    if (numbered) {
      if (entry && !SITE_WORDS.test(entry)) return [];
      entry = '';
    }
    entry += norm;
    block.push(j);
    open = !endsSentence(norm);
  }
  if (!SITE_WORDS.test(entry)) return [];
  return block.filter((k) => /^\d{1,2} ?[.、]/.test(physical[k]!.st.norm)).length > 1 ? block : [];
}

function isNoiseAlone(norm: string): boolean {
  const len = norm.length;
  if (len <= 40 && SITE_HELP.test(norm)) return true;
  if (len <= 60 && ACCESSIBILITY.test(norm)) return true;
  if (NOTICE_FURNITURE.test(norm)) return true;
  if (NAV.test(norm)) return true;
  // (Or one that ends on its separator, "…> 重大决策公开制度>": a path, not a sentence.)
  if (len <= 120 && BREADCRUMB.test(norm) && (/首页|网|范文|位置|栏目|频道/.test(norm) || /^[>»›→]|[>»›→]$/.test(norm))) return true;
  // A page's metadata written inline ("索引号: 1133…/2021-121563 成文日期: 2021-03-24"): furniture, unless it holds
  // the 文号 (kept for the bulletin's basis).
  if (len <= 160 && !norm.includes('。') && INLINE_META.test(norm) && !DOC_NO.test(norm)) return true;
  // One label of such a block and its value after a space ("索引号 0010…/2024-196819", "组配分类 重大决策公开制度 发布机构 …").
  if (len <= 80 && !norm.includes('。') && META_START.test(norm) && !DOC_NO.test(norm)) return true;
  // A document-sharing site's card around the text: its size, page count, view count, buttons.
  if (SHARE_CARD.test(norm)) return true;
  if (len <= 80 && META.test(norm) && !norm.includes('。')) return true;
  if (/^\|/.test(norm) && len <= 40) return true;
  if (DATE_ALONE.test(norm) || PAGE_NO.test(norm)) return true;
  // A newspaper's masthead, its name, the date and the weekday, or the edition line under a report.
  if (len <= 40 && (MASTHEAD.test(norm) || EDITION.test(norm))) return true;
  // A picture's file name standing where the page showed it (微信截图_20240920153326.jpg), or Markdown's mark for it
  // (![](/Files244/BeyondPic/2015-2/11/20150211011603639.jpg)).
  if (IMAGE_FILE.test(norm)) return true;
  if (PREV_NEXT.test(norm) && len <= 120) return true;
  if (len <= 120 && COPYRIGHT.test(norm)) return true;
  if (len <= 60 && norm.split(' ').every((t) => CHROME.test(t))) return true;
  return false;
}

/**
 * A bare number between two halves of one sentence is the page number a viewer printed
 * ("…全面推进产业工人" / "2" / "队伍建设改革…"), not an item: the line before it is body text
 * that does not end a sentence, and the line after it is plain text going on. The next item's
 * number stands alone too ("8." after item 7); then only a clause plainly left open (a comma,
 * 、, "的") says it is a page.
 */
function isPageMarker(norm: string, prev: Physical | undefined, next: Physical | undefined, lastItem: number): boolean {
  const m = BARE_NO.exec(norm);
  if (!m || !prev || !next || prev.cells || next.cells) return false;
  const before = prev.st.norm;
  // A heading cut by the page with its clause plainly left open ("四、文化体育惠民工程(项目4个,其中基建工程类3个、" / "5、") goes on too.
  const prevKind = classify({ st: prev.st }).kind;
  const openHeading = (prevKind === 'section' || prevKind === 'sub') && OPEN_CLAUSE.test(before);
  if (before.length < 10 || endsSentence(before) || (!BODY.has(prevKind) && !openHeading)) return false;
  // After a bracket left open ("(牵头单位:市商务局;责任单位:市统计局,"), the rest of its unit list goes on.
  const nextKind = classify({ st: next.st }).kind;
  const inBracket = (nextKind === 'unitList' || nextKind === 'attr') && /\([^()]*$/.test(before);
  if ((nextKind !== 'text' && !inBracket) || isNoiseAlone(next.st.norm)) return false;
  return Number(m[1]) !== lastItem + 1 || OPEN_CLAUSE.test(before);
}

/**
 * A news page that stands each item's number alone on its line ("具体安排如下:" / "1" / "切实筑牢安全防线" /
 * its prose / "2" / …): the bare "1" opens the list when the text before it ends a sentence (or is no text:
 * the page starts there), a short heading stands under it (no sentence in it) and a bare "2" stands alone
 * further on. A viewer's page number cuts a sentence; a "1" over a heading, with its "2" to come, does not.
 */
function opensBareList(physical: readonly Physical[], i: number, prev: Physical | undefined): boolean {
  // A poster's blocks numbered 01, 02, … (the number alone over the block's heading): no viewer pads its page
  // numbers with a zero, so an 01 opens the list after any line, a sentence ended or not.
  const padded = physical[i]?.st.norm === '01';
  if (physical[i]?.st.norm !== '1' && !padded) return false;
  // (After a heading: the list's title over it, "2024年长宁区政府为民办实事项目" / "1" / its first line.)
  if (prev && !prev.cells && !endsSentence(prev.st.norm) && !padded && !isTitleLike(prev.st.norm)) return false;
  const head = physical[i + 1];
  if (!head || head.cells || head.st.norm.length > 30 || /[。;,!?]/.test(head.st.norm) || isNoiseAlone(head.st.norm) || BARE_NO.test(head.st.norm)) return false;
  return physical.slice(i + 2).some((p) => !p.cells && p.st.norm === (padded ? '02' : '2'));
}

/**
 * A line of an item's list of phrases, one to a line with a blank line between ("改建100张认知障碍照护床位、611张护理型床位" /
 * "完成300户居家环境适老化改造"): no clause left open at its end (a comma, 、, a bracket or quote), and short, or shorter
 * than the line after it (a page breaking a sentence fills the line it breaks).
 */
function listLine(line: SText, next: SText, listing: boolean): boolean {
  const blank = (next.marks[0]?.line ?? 0) > (line.marks[line.marks.length - 1]?.line ?? 0) + 1;
  const n = line.norm.trim();
  return blank && n.length >= 4 && !/[,、(《“:]$/.test(n) && !/[。;!?]/.test(n) && (listing || n.length <= 40 || n.length < next.norm.trim().length);
}

/** A numbered line whose words (or the line a bare mark took) head the paragraph `next` (see headsParagraph). */
function headsItem(parts: readonly SText[], next: SText): boolean {
  const [first, second] = parts;
  if (!first || parts.length > 2) return false;
  const c = classify({ st: first });
  if (!['section', 'sub', 'item', 'paren'].includes(c.kind)) return false;
  const bare = c.rest >= first.norm.length;
  if (parts.length === 2 ? !bare || !second : bare) return false;
  return headsParagraph(parts.length === 2 && second ? second : sliceS(first, c.rest), next);
}

/** A heading or an item's number after a sentence's end and a space: "…五方面工作: (一)聚力提质增效", "…活力。 1.构建现代产业体系". */
const INLINE_MARK = /(?<=[。:;]) +(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))/;
/**
 * The same after a heading or a unit list, which end on no punctuation ("…责任分解 一、王丹县长牵头重点工作 1.全县…",
 * "责任单位:县财政局 2.落实…"): Chinese text has no spaces of its own between characters (the parse form).
 */
const BARE_MARK = /(?<=[)》”\u4e00-\u9fff]) +(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?![\d.、]))/g;
/**
 * Any numbering mark after a space (the parse form: ASCII punctuation), with its number; (1) numbers the measures under
 * an item's heading ("…二、项目推进措施与计划 1.推进城市化建设 (1)加快完成…。 (2)加强…").
 */
const SPACED_MARK = / +(?=([一二三四五六七八九十]{1,3})、|\(([一二三四五六七八九十]{1,3})\)|(\d{1,2})[.、](?!\d)|\((\d{1,2})\))/g;
const cnValue = (s: string) => parseChineseNumber(s) ?? 0;

/** Where the numbering stands, read in the order of the text: the last 一、, (一) and 1. seen. */
interface Numbering {
  section: number;
  sub: number;
  item: number;
  /** No item since the last heading: an item 1. may start again. */
  fresh: boolean;
  /** The last (1) since the last mark above it. */
  measure?: number;
}

/** A numbering mark at the start of a piece of text, read in the parse form. */
const LEADING_MARK = /^(?:([一二三四五六七八九十]{1,3})、|\(([一二三四五六七八九十]{1,3})\)|(\d{1,2})[.、](?!\d))/;

/** Does the mark (the groups of SPACED_MARK / LEADING_MARK) go on with the numbering? Counts it when `take`. */
function follows(at: Numbering, m: Array<string | undefined>, take: boolean): boolean {
  const [, sec, paren, num, measure] = m;
  if (measure !== undefined) {
    // (A (1) under any mark above it; (2) after (1).)
    const next = Number(measure) === (at.measure ?? 0) + 1;
    if (take) at.measure = Number(measure);
    return next;
  }
  const value = sec !== undefined ? cnValue(sec) : paren !== undefined ? cnValue(paren) : Number(num);
  const next = sec !== undefined ? value === at.section + 1 : paren !== undefined ? value === at.sub + 1 : value === at.item + 1 || (value === 1 && at.fresh);
  if (!take) return next;
  if (sec !== undefined) Object.assign(at, { section: value, sub: 0, fresh: true, measure: 0 });
  else if (paren !== undefined) Object.assign(at, { sub: value, fresh: true, measure: 0 });
  else Object.assign(at, { item: value, fresh: false, measure: 0 });
  return next;
}

/**
 * A page that lost its paragraph marks gives the whole body as one long line, the paragraphs joined
 * by a space; a numbering mark after a sentence's end and a space starts a paragraph again, and so does
 * one after a space alone when it goes on with the numbering ("…以内, 一、做强产业 1.做大做强茶产业。" —
 * a heading has no full stop of its own), and so does one after any character once the line holds three
 * such marks (a body of headings and items, not a search result's one-paragraph excerpt). Table rows
 * (cells) and lines of ordinary length are left alone, unless the document is known to be such a body
 * (`lost`: a line of it was split so).
 */
function unjoinParagraphs(st: SText, at: Numbering, lost = false): SText[] {
  const norm = st.norm;
  const lead = LEADING_MARK.exec(norm);
  if (lead) follows(at, [...lead], true);
  if (/[|｜\t]/.test(norm)) return [st];
  // (Only a line that is such a body: a mark after a sentence's end says so, or three after any character.)
  const bare = new Set(norm.length < 300 && !lost ? [] : [...norm.matchAll(BARE_MARK)].map((m) => m.index));
  if (!lost && (norm.length < 300 || (!INLINE_MARK.test(norm) && bare.size < 3))) return [st];
  const cuts: Array<[number, number]> = [];
  for (const m of norm.matchAll(SPACED_MARK)) {
    const ended = /[。:;]/.test(norm.charAt(m.index - 1));
    if (!ended && !(bare.size >= 3 && bare.has(m.index)) && !follows(at, [...m], false)) continue;
    follows(at, [...m], true);
    cuts.push([m.index, m.index + m[0].length]);
  }
  return cutAt(st, cuts);
}

/** A numbering mark right after a sentence's end, with or without a space ("…内容。(二)完善…"). */
const SENTENCE_MARK = /(?<=[。!?]) *(?=([一二三四五六七八九十]{1,3})、|\(([一二三四五六七八九十]{1,3})\)|(\d{1,2})[.、](?!\d))/g;

/** The last mark of each level the document opened a line on (1: 一、, 2: (一), 3: 1.); a level's mark clears those below. */
type OpenMarks = Map<number, number>;

/** The level and value of a mark (the groups of LEADING_MARK / SENTENCE_MARK). */
function levelOf(m: Array<string | undefined>): [number, number] {
  const level = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
  return [level, level === 3 ? Number(m[3]) : cnValue(m[level] ?? '')];
}

/** Counts the mark as the one in force at its level. */
function openMark(at: OpenMarks, m: Array<string | undefined>): void {
  const [level, value] = levelOf(m);
  at.set(level, value);
  for (const below of [2, 3]) if (below > level) at.delete(below);
}

/**
 * The items run together: a mark going on from the one in force at its level, right after a sentence's end
 * ("(一)推动…落地实施。…巡查内容。(二)完善“三委三部”运行机制。…", on the line opening on (一) or on the rest of its
 * paragraph after a page break), the page having lost the break between them: the line is cut before each such
 * mark. A mark that skips or goes back ((三) after (一)), one of a level no line has opened on, or one after a comma is
 * the text's own.
 */
function runOnMarks(st: SText, at: OpenMarks, opensLater: (level: number) => boolean = () => false): SText[] {
  const lead = LEADING_MARK.exec(st.norm);
  if (lead) openMark(at, [...lead]);
  const cuts: Array<[number, number]> = [];
  const marks = [...st.norm.matchAll(SENTENCE_MARK)].map((m) => ({ m, first: false }));
  for (const m of st.norm.matchAll(COLON_FIRST)) marks.push({ m, first: true });
  marks.sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0));
  for (const { m, first } of marks) {
    const [level, value] = levelOf([...m]);
    if (first ? !listAfterColon(st.norm, m.index, level, lead, opensLater) : at.get(level) === undefined || value !== (at.get(level) ?? 0) + 1) continue;
    openMark(at, [...m]);
    cuts.push([m.index, m.index + m[0].length]);
  }
  return cutAt(st, cuts);
}

/**
 * A list's first mark right after the colon that ends the heading over it, in the heading's paragraph ("一、主要工作:1.开展…",
 * "…订立以下责任书:一、考核标准:(一) 绩效考核标准(____分):1. 市场档案…"): the list starts there when its second mark opens
 * a line after it (2. the next line, 二、 / (二) a later one). A 1. after a colon with no 2. to follow is the text's own.
 */
const COLON_FIRST = /(?<=:) *(?=(一)、|\((一)\)|(1)[.、](?!\d))/g;
/** The second mark of a level (1: 二、, 2: (二), 3: 2.) opening a line. */
const SECOND_MARK = [/^$/, /^二、/, /^\(二\)/, /^2[.、](?!\d)/];
/** The same within a line, after what ends a list's entry. */
const SECOND_INLINE = [/^$/, /二、/, /\(二\)/, /[;。,] *2[.、](?!\d)/];

/**
 * Does the list start at the first mark after a colon? Not in a line that opens on a mark of the list's own level (an item
 * whose scale is listed, 衡量标准:1.…;2.…), nor when its second mark follows in the same line (a list within the text).
 */
function listAfterColon(norm: string, at: number, level: number, lead: RegExpExecArray | null, opensLater: (level: number) => boolean): boolean {
  if (lead && levelOf([...lead])[0] >= level) return false;
  if (SECOND_INLINE[level]!.test(norm.slice(at))) return false;
  return opensLater(level);
}

/** The pieces of `st` between the cuts ([end of a piece, start of the next]). */
function cutAt(st: SText, cuts: Array<[number, number]>): SText[] {
  if (cuts.length === 0) return [st];
  const parts: SText[] = [];
  let from = 0;
  for (const [end, next] of cuts) {
    if (end > from) parts.push(sliceS(st, from, end));
    from = next;
  }
  parts.push(sliceS(st, from));
  return parts;
}

/** A numbering mark straight after a Chinese character or a sentence's end, no space between (`2 .`: a space before the dot). */
const RUN_MARK = /(?<=[。:;!！\u4e00-\u9fff])(?=([一二三四五六七八九十]{1,3})、|\(([一二三四五六七八九十]{1,3})\)|(\d{1,2}) ?[.、](?![\d.、])|(?<=[。:;!！])\((\d{1,2})\)|(?<=[。!！])(\d{1,2}) (?=[\u4e00-\u9fff]))/g;
/** A plan's title at the start of a text: a year before its plan word, or its years in brackets after it (…行动计划(2021-2022年)). */
const PLAN_WORD = '(?:工作要点|工作计划|工作规划|发展规划|实施方案|工作方案|行动方案|行动计划|工作安排|要点|计划|方案)';
const TITLE_HEAD = new RegExp(`^(\\S{0,30}?(?:19|20)\\d{2} ?年\\S{0,30}?${PLAN_WORD}|\\S{0,40}?${PLAN_WORD}\\((?:19|20)\\d{2} ?[-—–~至] ?(?:19|20)\\d{2} ?年?\\))`);
/**
 * A title run straight into the preamble's first words ("…2025年政务公开工作计划为深入贯彻…", "…行动计划(2021-2022年)为提高…",
 * "镇2023年政府工作要点2023年,是我镇…", "…2023年工作规划今年是…": the preamble opening on the year).
 */
const TITLE_RUN = new RegExp(`${TITLE_HEAD.source}(?=为|根据|按照|依据|总体要求|今年是|(?:19|20)\\d{2} ?年 ?[,，是]|(?:学校|我校|本校)将)`);

/**
 * A body whose marks stand run together on one line with no spaces nor line breaks ("…如下:一、完善工作机制,
 * 夯实公开基础。1.强化组织领导与责任落实2.健全…"): cut before each mark that goes on with the numbering,
 * a heading's mark only after a sentence's end; and the title off the preamble it runs into. Only for
 * a long line holding three such marks or more, and only when no line of the document starts with a mark.
 */
function runTogether(st: SText, page = false): SText[] {
  const norm = st.norm;
  if (norm.length < 100) return [st];
  const at: Numbering = { section: 0, sub: 0, item: 0, fresh: true };
  const cuts: Array<[number, number]> = [];
  /** Where the last section heading cut (一、…): a heading of its own words, no stop, ends where a (一) follows. */
  let section = -1;
  // (The title opening the line runs straight into the first heading, "…2023年工作总结及2024年重点工作安排一、2023年工作完成情况(一)…":
  // the heading's mark stands where a sentence's end would.)
  const titled = TITLE_HEAD.exec(norm)?.[1]?.length ?? -1;
  for (const m of norm.matchAll(RUN_MARK)) {
    const heading = m[1] !== undefined || m[2] !== undefined;
    // (一、2021年完成的主要工作(一)民政系统…: the section's heading runs straight into its first sub-section.)
    const underHeading = m[2] !== undefined && section >= 0 && m.index - section <= 40 && !/[。,;:!?]/.test(norm.slice(section, m.index));
    // ((1) after a sentence's end numbers items as 1. does: "…候选项目。(1)市民中心完成工程总量90%。(2)新农村建设…".)
    // ("…特色现代职业教育。4 不断加强师资队伍建设。": after a sentence's end, the number and a space alone, its dot lost, number
    // the next item when they go on with the numbering.)
    const marks = [m[0], m[1], m[2], m[3] ?? m[4] ?? m[5]];
    if ((heading && !underHeading && m.index !== titled && !/[。:;!！]/.test(norm.charAt(m.index - 1))) || !follows(at, marks, false)) continue;
    follows(at, marks, true);
    cuts.push([m.index, m.index]);
    section = m[1] !== undefined ? m.index : -1;
  }
  // (A viewer's page is the document's body, however few marks it holds: no search excerpt.)
  if (cuts.length < (page ? 1 : 3)) return [st];
  const title = TITLE_RUN.exec(norm)?.[1];
  if (title && title.length < (cuts[0]?.[0] ?? 0)) cuts.unshift([title.length, title.length]);
  return cutAt(st, cuts);
}

/**
 * The plan's title standing first on a line of prose, before a space: "乡镇2023年工作要点 2023年是“十三五…之年。…"
 * (a viewer's copy that lost the line break after the title). A title with a year, then a sentence or a clause
 * of one ("…状况汇报 依据区政府支配,各相关职能部门…,具体设定状况如下:", a page break after its comma or not).
 */
function titleFirst(st: SText): SText[] {
  const head = /^(\S{4,40}?) (?=\S)/.exec(st.norm);
  // (The title run into the preamble before that space, "镇2023年政府工作要点2023年,是我镇…建设“五个新* ”": cut after the title.)
  const run = head ? TITLE_RUN.exec(st.norm)?.[1] : undefined;
  if (head && run && run.length < (head[1] ?? '').length) return cutAt(st, [[run.length, run.length]]);
  if (!head || !isTitleLike(head[1] ?? '') || !/(?:19|20)\d{2} ?年/.test(head[1] ?? '') || !/[。,;]|如下 ?:/.test(st.norm.slice(head[0].length, head[0].length + 200))) return [st];
  return cutAt(st, [[head[1]!.length, head[0].length]]);
}

/** What a number standing before it counts or dates (5个, 3年, 10万): no page number is glued to it. */
const MEASURE = '[个家所座处条项村户栋套台名人次场件年月日号倍万亿千百元米亩吨批期支类余多届周级星岁天时]';

/** The kinds of a numbered entry: 一、, (一), 1. */
const ENTRY_KINDS: ReadonlySet<LineKind> = new Set(['section', 'sub', 'item']);
/** A line ending on a word or a number, no stop: an entry of a list written without them. */
const stopless = (st: SText | undefined): boolean => st !== undefined && /[\u4e00-\u9fff\d]$/.test(st.norm.trim());

/**
 * Is the entry the last groups hold whole at the end of its last line, the next line a paragraph of its own? So when the
 * entry before it, of the same kind, is one line ending with no stop (一、…至少8次 / 二、…780案計畫執行), this one ends so too,
 * and the next line is a line of clauses.
 */
function wholeAtEnd(groups: Array<{ line: LogicalLine; parts: SText[] }>, lastPart: SText, next: SText): boolean {
  if (!stopless(lastPart) || next.norm.trim().length < 20 || !/[,。;]/.test(next.norm)) return false;
  // (The entry may run over a page a viewer numbered, its rest a line of text after it.)
  let e = groups.length - 1;
  while (e > 0 && e >= groups.length - 3 && !ENTRY_KINDS.has(classify(groups[e]!.line).kind)) e--;
  const entry = groups[e];
  const before = groups[e - 1];
  if (!entry || !before || before.parts.length !== 1 || !stopless(before.parts[0])) return false;
  const kind = classify(entry.line).kind;
  return ENTRY_KINDS.has(kind) && classify(before.line).kind === kind;
}

/** A document viewer's page chunk: "2、" and the page's text on one line, the page before cut mid-sentence (often mid-word). */
const CHUNK = /^\s*(\d{1,3})、/;

/**
 * The rows that are a viewer's page chunks, with the length of their number: a run of chunks
 * "1、…", "2、…", "3、…", each starting a line, every chunk but the last long (a page: its line and
 * at most a few more up to the next chunk) and ending in the middle of a sentence. The number is
 * the viewer's, not the plan's; the chunk's text goes on the page before.
 */
function viewerChunks(rows: Array<{ raw: string }>): Map<number, { mark: number; first: boolean }> {
  const out = new Map<number, { mark: number; first: boolean }>();
  for (let i = 0; i < rows.length; i++) {
    const m = CHUNK.exec(rows[i]!.raw);
    if (!m || m[1] !== '1') continue;
    const chain: Array<[number, number]> = [[i, m[0].length]];
    const head = /^(\S{4,40}?) (?=\S)/.exec(toNorm(rows[i]!.raw.slice(m[0].length)).trim())?.[1] ?? '';
    const titled = isTitleLike(head) && /(?:19|20)\d{2} ?年/.test(head);
    let at = i;
    for (;;) {
      // The chunk's text: its line and the lines after it, up to the next chunk.
      let length = 0;
      let last = '';
      let j = at;
      let next: RegExpExecArray | null = null;
      for (; j < rows.length && j <= at + 8; j++) {
        const line = rows[j]!.raw;
        next = j > at ? CHUNK.exec(line) : null;
        if (next || /[|｜\t]/.test(line)) break;
        const t = collapse(line);
        length += t.length;
        if (t !== '' && !PAGE_NO.test(t) && !BARE_NO.test(t)) last = t;
      }
      // (A page may end where a sentence does when the first chunk opens on the plan's title, its year in it and a space
      // after it: "1、2023年县域经济考核指标目标任务状况汇报 依据…" — no plan's first item restates its title.)
      if (!next || Number(next[1]) !== chain.length + 1 || length < 200 || (endsSentence(toNorm(last)) && !titled)) break;
      chain.push([j, next[0].length]);
      at = j;
    }
    if (chain.length >= 2) for (const [k, mark] of chain) out.set(k, { mark, first: k === i });
  }
  return out;
}

/**
 * A viewer's page chunks run on one line, the copy having lost the line breaks between its pages too: the
 * line opens on 1、 and the plan's title (no plan's first item restates its title), and 2、, 3、 … stand
 * further on in order, each a page (200 characters or more) after the one before, wherever the page broke
 * ("…达100%。2、-市综合…", "…实现50公里3、飞行半径…"), no other such mark between them. Those marks are the
 * viewer's: the line without them; undefined when the line is no such page.
 */
function inlineChunks(st: SText): SText | undefined {
  const norm = st.norm;
  // (Or the numbers glued in with no 、: the line opens on 1 glued to the title's year, 12023年街道2023年工作规划今年是…,
  // a five-digit year no title has; 2, 3 … stand alone between words further on, "聚力增效2一是", "拉开新时展新3格局".)
  const first = /^1、/.exec(norm) ?? /^1(?=(?:19|20)\d{2} ?年)/.exec(norm);
  if (!first || norm.length < 400 || !TITLE_HEAD.test(norm.slice(first[0].length))) return undefined;
  const cuts: Array<[number, number]> = [[0, first[0].length]];
  let at = first[0].length;
  if (first[0] === '1') {
    for (;;) {
      const n = String(cuts.length + 1);
      const m = new RegExp(`(?<=[\u4e00-\u9fff。,;:])${n}(?=[\u4e00-\u9fff])(?!${MEASURE})`).exec(norm.slice(at + 200));
      if (!m) break;
      const from = at + 200 + m.index;
      cuts.push([from, from + n.length]);
      at = from + n.length;
    }
  } else
    for (const m of norm.matchAll(/(?<!\d)(\d{1,3})、/g)) {
      if (m.index === 0) continue;
      if (Number(m[1]) !== cuts.length + 1 || m.index - at < 200) return undefined;
      cuts.push([m.index, m.index + m[0].length]);
      at = m.index + m[0].length;
    }
  if (cuts.length < 2) return undefined;
  const parts = cutAt(st, cuts);
  return joinS(parts, parts.slice(1).map(() => ''));
}

/**
 * A table flattened with no separators at all (序号项目名称…配合单位1增加…): its header and rows as cells. The
 * table runs from the line naming its header to the last plain line after it (a page break may cut it anywhere).
 */
function runTogetherTables(lines: LogicalLine[]): LogicalLine[] {
  const plain = (l: LogicalLine | undefined) => l !== undefined && !l.cells && !l.notice;
  const out: LogicalLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!plain(l) || !l.st.norm.includes('序号')) {
      out.push(l);
      continue;
    }
    let j = i + 1;
    while (plain(lines[j])) j++;
    const table = runTogetherTable(j > i + 1 ? joinS(lines.slice(i, j).map((x) => x.st), lines.slice(i + 1, j).map(() => '')) : l.st);
    if (!table) {
      out.push(l);
      continue;
    }
    out.push(...table.map((r) => ({ st: r.st, ...(r.cells ? { cells: r.cells } : {}) })));
    i = j - 1;
  }
  return out;
}

/**
 * Does a list of names go on into the next line, its last name cut by the line's end? "…、园区党工" then "委、各街道党工委":
 * 园区党工 names nothing, 园区党工委 does.
 */
function nameGoesOn(line: string, next: string): boolean {
  const tail = /[^、,:;()]+$/.exec(line)?.[0] ?? '';
  const head = /^[^、,;。()\s]+/.exec(next)?.[0] ?? '';
  return tail.length >= 2 && head.length <= 8 && !isUnitName(tail) && isUnitName(tail + head);
}

export function clean(input: string): CleanResult {
  // Pinyin that a converter put after characters ("新舊(jiù)動能", "一(yī)、") is not the text.
  // Nor are the pictures a post decorates its lines with (🌟一、2023年工作回顾, 展望📈): a keycap's digit (1️⃣) numbers
  // its point as 1. does.
  const text = input
    .replace(KEYCAP, '$1.')
    .replace(PICTURE, (p) => (p.codePointAt(0)! < 0x2190 || BULLET_LINE.test(p) ? p : ''))
    .replace(/\ufeff|\u200b|\u200c|\u200d|\u2060/g, '')
    .replace(PINYIN, '');
  const physical: Physical[] = [];
  const source = listedMeta(markdownMarks(decimalOutline(text.split(/\r\n|\r|\n/))));
  const rows = kpiTable(source) ?? pipeTables(source);
  const chunks = viewerChunks(rows);
  const joined: Physical[] = [];
  /** The lines a viewer's page chunks were joined into: a viewer's page, as chunks run on one line are. */
  const chunked = new Set<number>();
  rows.forEach(({ raw, no }, k) => {
    const chunk = chunks.get(k);
    if (chunk?.first) chunked.add(no);
    const collapsed = collapse(chunk === undefined ? raw : raw.slice(chunk.mark));
    if (collapsed === '') return;
    const prev = joined[joined.length - 1];
    // A page chunk after the first goes on the page before it, mid-word as the viewer cut it.
    if (chunk !== undefined && !chunk.first && prev) {
      prev.st = joinS([prev.st, stext(collapsed, no)], ['']);
      return;
    }
    const cells = chunk === undefined ? splitCells(raw, no) : undefined;
    // The page's own title over the text names the site after the document's: "…分工的意见-湖南省人民政府门户网站".
    const site = joined.length < 5 && !cells ? SITE_TAIL.exec(collapsed) : null;
    const line = site && PLAN_NAME.test(collapsed.slice(0, site.index)) ? collapsed.slice(0, site.index) : collapsed.replace(SITE_PIECE, '');
    joined.push(cells ? { no, st: stext(collapsed, no), cells } : { no, st: stext(line, no) });
  });
  const numbering: Numbering = { section: 0, sub: 0, item: 0, fresh: true };
  /** The body lost its paragraph marks: a line of it was split again. */
  let lost = false;
  for (const p of joined) {
    if (p.cells) {
      physical.push(p);
      continue;
    }
    for (const st of titleFirst(p.st)) {
      const parts = unjoinParagraphs(st, numbering);
      lost ||= parts.length > 1;
      for (const part of parts) physical.push({ no: lineAt(part, 0), st: part });
    }
  }

  // Pass 1: noise. Needs a look ahead (a ranking entry is followed by a teaser) and the
  // running item number (a bare "8" after item 7 is an item number, a bare "28" is not).
  const noise: number[] = [];
  const kept: Physical[] = [];
  const dropped = new Set<number>();
  const signatures = new Set<number>();
  let footer = false;
  let lastItem = 0;
  /** A closing formula (现予公告。) came after the items: the signature under it, up to the next long or numbered line, is no item's. */
  let closed = false;
  /** A numbered line (一、, (一), 1.) has come: a closing formula after it ends the list. */
  let listed = false;
  const toc: { count: number; first?: string } = { count: 0 };
  let tocBefore = false;
  let lastText = physical.length - 1;
  while (lastText > 0 && physical[lastText]?.st.norm.trim() === '') lastText--;
  const site = siteNotices(physical);
  for (let i = 0; i < physical.length; i++) {
    const p = physical[i];
    if (p === undefined) continue;
    const norm = p.st.norm;
    const next = physical[i + 1]?.st.norm ?? '';
    let isNoise = false;
    // (The last entry may be cut where the copy stops, before its dots: the text's last line, under an entry.)
    const lastLine = i === lastText;
    const heading = physical[i + 1];
    if (!p.cells && SPACED_YEAR.test(norm) && heading && !heading.cells && isTitleLike(heading.st.norm) && !/(?:19|20)\d{2}/.test(heading.st.norm)) {
      // A poster's heading with its year spaced out over the words (2 0 2 4 / 工作计划): one title, 2024工作计划.
      heading.st = stext(`${norm.replace(/ /g, '')}${heading.st.raw.trim()}`, heading.no);
      isNoise = true;
    } else if (!p.cells && (TOC_LINE.test(norm) || (lastLine && tocBefore && !endsSentence(norm)))) {
      // An entry of the document's table of contents: its heading, dot leaders and the page it is on. The body
      // has the heading again (or the copy stops before it): no item of the plan.
      toc.count++;
      toc.first ??= collapse(p.st.raw).replace(TOC_RAW, '').trim();
      tocBefore = true;
      isNoise = true;
    } else if (listed && !p.cells && CLOSING.test(norm)) {
      closed = true;
      isNoise = true;
    } else if (closed && !p.cells && isSignatureLine(norm)) {
      isNoise = true;
    } else if (site.has(i)) {
      closed = false;
      isNoise = true;
    } else if (RECOMMEND.test(norm) && norm.length <= 120) {
      footer = true;
      isNoise = true;
    } else if (isNoiseAlone(norm)) {
      isNoise = true;
      // A unit name just before a lone date is the signature block ("xx区人民政府办公室 / 2026年2月10日").
      const prev = kept[kept.length - 1];
      if (DATE_ALONE.test(norm) && prev && !prev.cells && classify({ st: prev.st }).kind === 'unitList') {
        signatures.add(prev.no);
      }
    } else if ((footer ? /^\d/ : RANK_ENTRY).test(norm) && norm.length <= 60 && !norm.includes('。') && (footer || TEASER.test(next))) {
      isNoise = true;
    } else if (TEASER.test(norm) && (footer || dropped.has(physical[i - 1]?.no ?? -1))) {
      isNoise = true;
    } else if (isPageMarker(norm, kept[kept.length - 1], physical[i + 1], lastItem)) {
      isNoise = true;
    } else if (/^\d{1,3}$/.test(norm)) {
      // An item number alone without its separator: only when it continues the numbering.
      isNoise = !((lastItem > 0 && Number(norm) === lastItem + 1 && next !== '' && !isNoiseAlone(next)) || (lastItem === 0 && opensBareList(physical, i, kept[kept.length - 1])));
      if (!isNoise) {
        p.st = stext(`${Number(norm)}.`, p.no);
      }
    }
    if (isNoise) {
      noise.push(p.no);
      dropped.add(p.no);
      continue;
    }
    // A poster's block numbered 01, 02, … with its heading on the number's line ("01 五个持续提升"): item 1, 2, …
    // (no page number, date or count is written with a leading zero before a space and a heading).
    const poster = /^0([1-9]) +[\u4e00-\u9fff“][^。;,!?:]{1,29}$/.exec(norm);
    if (poster && Number(poster[1]) === lastItem + 1) p.st = stext(p.st.raw.replace(/^\s*0([1-9])\s+/, '$1.'), p.no);
    // "2.50个小区新增…" right after item 1: item 2 whose text opens with a count (50个), not the number 2.50.
    const run = /^(\d{1,3})\.\d+[\u4e00-\u9fff]/.exec(norm);
    if (run && lastItem > 0 && Number(run[1]) === lastItem + 1 && classify({ st: p.st }).kind !== 'item') {
      p.st = stext(p.st.raw.replace(/^(\s*[0-9０-９]{1,3}[.．])/, '$1 '), p.no);
    }
    const c = classify({ st: p.st });
    if (c.kind === 'item') lastItem = Number(c.id);
    if (c.kind === 'item' || c.kind === 'section' || c.kind === 'sub') listed = true;
    closed = false;
    if (norm.trim() !== '') tocBefore = false;
    // A paragraph of prose after a site's 推荐文章 label: the label stood over an empty box before the article (a list of
    // links holds titles, not sentences), and the article's short numbered headings (1. 经济发展) are no links.
    if (footer && norm.length > 40 && /[。;!]$/.test(norm.trim())) footer = false;
    kept.push(p);
  }

  // The 印发通知's own text between "现将《…》印发给你们" and the plan (its requirements 一、二、…): not the plan.
  const asLines = kept.map((p): LogicalLine => ({ st: p.st, ...(p.cells ? { cells: p.cells } : {}), ...(signatures.has(p.no) ? { signature: true } : {}) }));
  const notice = noticeBody(asLines);

  // Pass 2: join. Inside an item, a line that does not end a sentence continues on the next
  // plain-text line; a marker alone ("8.", "(一)") takes the next line as its text.
  const groups: Array<{ line: LogicalLine; parts: SText[]; seps: string[] }> = [];
  let inItem = false;
  let inBody = false;
  /** A heading, an item or a table has been seen: the preamble is over. */
  let started = false;
  let prevKind: LineKind | undefined;
  let prevMarkerOnly = false;
  for (const [k, line] of asLines.entries()) {
    if (notice && k >= notice.from && k < notice.to) {
      groups.push({ line: { st: line.st, notice: true }, parts: [line.st], seps: [] });
      prevKind = undefined;
      prevMarkerOnly = false;
      continue;
    }
    const p = { st: line.st };
    const c = classify(line);
    const last = groups[groups.length - 1];
    const lastPart = last?.parts[last.parts.length - 1];
    if (last && prevMarkerOnly && prevKind !== 'tableRow' && (c.kind === 'text' || c.kind === 'unitList')) {
      last.parts.push(p.st);
      last.seps.push(' ');
      prevMarkerOnly = false;
      continue;
    }
    // Prose under a heading ("一、主要目标 / 到2025年，…") is joined too, once a line is long enough not to be a title;
    // so is the preamble before the first heading or item (总体要求, 指导思想 broken over lines), unless it is a title.
    const long = (lastPart?.norm.length ?? 0) >= 20;
    const prose = inBody && prevKind === 'text' && long;
    // (A heading broken inside the 《》 it cites, "石景山区贯彻落实《关于加强新时代" / "街道工作的意见》的任务分解方案", goes on too.)
    const preamble =
      !started && prevKind === 'text' && last !== undefined && !last.line.notice && (long || /[,、]$|《[^》]*$/.test(lastPart?.norm ?? '')) && !isTitleLike(last.parts[0]?.norm ?? '');
    // A row of cells after a row of cells is the table's next row (merged cells leave rows with no number), not the rest of a sentence.
    const nextRow = line.cells !== undefined && last?.parts.length === 1 && last.line.cells !== undefined;
    // An attachment's mark standing alone (附件2) takes no text after it: the title under it is a line of its own.
    const mark = lastPart !== undefined && /^附 ?件 ?\d{1,2}$/.test(lastPart.norm);
    // (A page's metadata kept for its 文号, "发文文号: 嘉政办发〔2022〕23号 发布机关: 市政府办公室", is no sentence the next line goes on.)
    const meta = lastPart !== undefined && last?.parts.length === 1 && /^(?:发文文号|发文字号|文 ?号|文件编号) ?[:：]/.test(lastPart.norm);
    // A unit list left open ("责任单位:市政府办公室、市级其他有关单位、" / "- 6 -" / "各区县政府…"): a page broke it, the rest goes on.
    // So is one whose last name the line's end cut ("…、园区党工" / "委、各街道党工委"): with the next line's first piece it is a name.
    const cutName = prevKind === 'attr' && lastPart !== undefined && nameGoesOn(lastPart.norm, p.st.norm);
    const openUnits = (prevKind === 'attr' && /[、,(]$/.test(lastPart?.norm ?? '')) || cutName;
    // (A point of a bulleted list, ▶… or - …, opens a clause of its own: it goes on no line before it.)
    const bullet = BULLET_LINE.test(line.st.raw) || /^\s*[-•·] (?!\d)\S/.test(line.st.raw);
    // (A news report's lead opens on its dateline, "3月11日上午,…" / "本报讯 …": the headline over it ends there.)
    const dateline = DATELINE.test(p.st.norm) && !/[年于在]$/.test(lastPart?.norm ?? '');
    // A list whose entries end their lines with no stop and are whole there (一、…至少8次 / 二、…780案計畫執行, the entry before
    // this one a line of its own): its last entry is whole at its line's end too, however a viewer broke it, and a line of
    // clauses after it opens a sentence of its own (segment.ts says the same of the lines it joins).
    const wholeEntry = c.kind === 'text' && lastPart !== undefined && wholeAtEnd(groups, lastPart, p.st);
    if (last && lastPart && (c.kind === 'text' || cutName) && !meta && !bullet && !dateline && !line.signature && !nextRow && !mark && !wholeEntry && prevKind !== undefined && (inItem || prose || preamble) && (JOINABLE.has(prevKind) || openUnits) && !endsSentence(lastPart.norm)) {
      const a = lastPart.norm.charAt(lastPart.norm.length - 1);
      const b = p.st.norm.charAt(0);
      // A number alone over a short heading ("1" / "切实筑牢安全防线"), then a blank line and the prose: the
      // heading names the item, a line of its own (not the start of the prose's first sentence).
      const heading = headsItem(last.parts, p.st);
      // (So is a short phrase of an item's list, one to a line with a blank line between: "改建100张认知障碍照护床位" /
      // "完成300户居家环境适老化改造": each a line of the item, not one sentence a page broke.)
      // (Once an item's lines are such a list, a longer one among them is a line of it too.)
      const listed = last.parts.length > 1 && inItem && listLine(lastPart, p.st, last.seps.includes('\n'));
      last.parts.push(p.st);
      last.seps.push(heading || listed ? '\n' : /[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b) ? ' ' : '');
      continue;
    }
    groups.push({ line, parts: [p.st], seps: [] });
    prevKind = c.kind;
    prevMarkerOnly = ['section', 'sub', 'item', 'paren', 'circled'].includes(c.kind) && c.rest >= p.st.norm.length;
    if (c.kind !== 'text' && c.kind !== 'unitList' && c.kind !== 'attr' && c.kind !== 'deadline' && c.kind !== 'circled') started = true;
    if (c.kind === 'item' || c.kind === 'paren' || c.kind === 'tableRow') inItem = true;
    else if (c.kind === 'section' || c.kind === 'sub' || c.kind === 'tableHeader') inItem = false;
    if (c.kind === 'section' || c.kind === 'sub') inBody = true;
    else if (c.kind === 'tableHeader') inBody = false;
  }
  // A joined line is text, not a table row any more.
  // A body that lost its paragraph marks, broken by a page between its paragraphs, is one line again: split it as above.
  const again: Numbering = { section: 0, sub: 0, item: 0, fresh: true };
  const joinedLines = runTogetherTables(
    groups.flatMap((g): LogicalLine[] => {
      if (g.parts.length === 1) {
        const lead = g.line.cells ? null : LEADING_MARK.exec(g.line.st.norm);
        if (lead) follows(again, [...lead], true);
        return [g.line];
      }
      return unjoinParagraphs(joinS(g.parts, g.seps), again, lost).map((st) => ({ st }));
    }),
  );
  // A viewer's pages run on one line (1、<title>… 2、… 3、…): the line without the viewer's marks, the document's body.
  const pages = new Set<LogicalLine>();
  const viewed = joinedLines.map((l): LogicalLine => {
    const st = l.cells || l.notice ? undefined : inlineChunks(l.st);
    if (st === undefined) return l;
    const page = { ...l, st };
    pages.add(page);
    return page;
  });
  // Items run together after a sentence's end: a line each.
  const opened: OpenMarks = new Map();
  const lines = viewed.flatMap((l, i): LogicalLine[] => {
    const opensLater = (level: number): boolean => {
      const after = viewed.slice(i + 1, i + 200).filter((n) => !n.cells && n.st.norm.trim() !== '');
      return (level === 3 ? after.slice(0, 1) : after).some((n) => SECOND_MARK[level]!.test(n.st.norm.trim()));
    };
    const parts = l.cells || l.notice || pages.has(l) ? [l.st] : runOnMarks(l.st, opened, opensLater);
    return parts.length > 1 ? parts.map((st) => ({ st })) : [l];
  });
  // No line starts with a numbering mark: the marks may stand run together in one line with no spaces.
  const contents = toc.first !== undefined && toc.count >= 3 ? { toc: { count: toc.count, first: toc.first } } : {};
  if (lines.some((l) => !l.cells && LEADING_MARK.test(l.st.norm))) return { lines, noise, ...contents };
  return {
    lines: lines.flatMap((l) => {
      const parts = l.cells || l.notice ? [] : runTogether(l.st, pages.has(l) || chunked.has(l.st.marks[0]?.line ?? -1));
      return parts.length > 1 ? parts.map((st) => ({ st })) : [l];
    }),
    noise,
    ...contents,
  };
}
