// A table a page flattened with no separators at all (a document site's text of a .docx):
//   …责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施…。何海平教育局经开区
//   高新园(邹区镇)各街道市国有公司2促进就业稳定增长落实…
// The header is the run of header words after 序号; the rows are cut at their numbers (1, 2, 3 …
// numbering on, after the unit that ends the row above or a full stop); in a row, the sentence ends
// before a person's name followed by unit names (the 分管领导, the 牵头单位, the 配合单位): a row may
// hold several such blocks (its own rows under a merged 序号, written 〃 as the cell table does), and
// text after the last block is the row's still. The header repeated (a new page) is dropped.

import { isUnitName } from './attribute.js';
import { isSurname } from './cell-table.js';
import { SAME, isHeaderCell } from './markers.js';
import { sliceS, stext } from './text.js';
import type { SText } from './text.js';

export interface RunRow {
  st: SText;
  cells?: SText[];
}

/** The header words after 序号, run together: each the longest that is a header cell. */
function headerWords(norm: string, from: number): number[] | undefined {
  const ends: number[] = [];
  let at = from;
  for (;;) {
    let found = 0;
    for (let len = Math.min(10, norm.length - at); len >= 2; len--) {
      if (isHeaderCell(norm.slice(at, at + len))) {
        found = len;
        break;
      }
    }
    if (found === 0) break;
    at += found;
    ends.push(at);
  }
  return ends.length >= 3 ? ends : undefined;
}

/** Unit names run together from `at` (区政府 / 教育局经开区高新园(邹区镇)各街道): their spans, each the shortest name. */
function unitChain(norm: string, at: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let p = at;
  for (;;) {
    let end = 0;
    for (let len = 2; len <= 12 && p + len <= norm.length; len++) {
      const s = norm.slice(p, p + len);
      if (/[\d\s,.;:。、，；：“”"(（)）]/.test(s)) break;
      // (人社局, not 人社 / 局…: no name starts on a unit's last character.)
      if (!isUnitName(s) || /^[局委办厅处科室司署]/.test(norm.slice(p + len))) continue;
      end = p + len;
      // A place in brackets after the name is the name's: 高新园(邹区镇).
      const bracket = /^\([^()。,;]{1,10}\)/.exec(norm.slice(end));
      if (bracket) end += bracket[0].length;
      break;
    }
    if (end === 0) break;
    out.push([p, end]);
    p = end;
  }
  return out;
}

/**
 * A person's name (2 or 3 characters) at `at`, followed by the unit names: the leader block. A name
 * whose surname is not among the common ones (芮春祥) is one when its units run to the row's end.
 */
function leaderBlock(norm: string, at: number, rowEnd: number): { name: [number, number]; units: Array<[number, number]> } | undefined {
  const common = isSurname(norm.charAt(at));
  for (const len of [3, 2]) {
    const name = norm.slice(at, at + len);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || isUnitName(name) || /^(?:推进|实施|完成|开展|新建|提升|落实|加强|建设|组织|为|对|在)/.test(name)) continue;
    const units = unitChain(norm, at + len);
    const first = units[0];
    const last = units[units.length - 1];
    // (何海平教育局, not 何海 / 平教育局; 张菁民政局, not 张菁民 / 政局: a unit's name has three characters or more.)
    if (!first || !last || first[1] - first[0] < 3) continue;
    if (common || (units.length >= 2 && last[1] === rowEnd)) return { name: [at, at + len], units };
  }
  return undefined;
}

/** Where a row's number stands: not part of a number, a count (12个) or a date; after a unit or a full stop. */
function rowNumberAt(norm: string, at: number, n: number, bodyStart: number): boolean {
  const s = String(n);
  if (norm.slice(at, at + s.length) !== s) return false;
  const before = norm.charAt(at - 1);
  const after = norm.slice(at + s.length);
  if (/[\d.%]/.test(before) || !/^[\u4e00-\u9fff“"]/.test(after) || /^[个家所座处套台辆张人名户项条次批期万亿千百年月日号岁倍元亩吨米%]/.test(after)) return false;
  if (at === bodyStart) return true;
  const head = norm.slice(Math.max(bodyStart, at - 12), at);
  return /[。;]$/.test(head) || [...Array(head.length - 1).keys()].some((k) => isUnitName(head.slice(k)));
}

/** A project's name run into what it does (增加教育资源供给 / 实施新建…): cut before the first verb past four characters. */
function cutName(norm: string): number {
  const m = /^.{4,12}?(?=实施|落实|完成|推进|开展|新建|建设|提升|为|对)/.exec(norm);
  return m ? m[0].length : 0;
}

/**
 * The rows of a line holding such a table: the text before the header, the header as cells, each row
 * as cells (序号, then the header's columns). Undefined when the line holds none.
 */
export function runTogetherTable(st: SText): RunRow[] | undefined {
  const norm = st.norm;
  const at = norm.indexOf('序号');
  if (at < 0) return undefined;
  const ends = headerWords(norm, at + 2);
  if (!ends) return undefined;
  const headerEnd = ends[ends.length - 1]!;
  const headerText = norm.slice(at, headerEnd);
  const headCells = [sliceS(st, at, at + 2), ...ends.map((e, k) => sliceS(st, k === 0 ? at + 2 : ends[k - 1]!, e))];
  const words = headCells.map((c) => c.norm);
  const leaderCol = words.findIndex((w) => /领导|责任人/.test(w));
  const leadCol = words.findIndex((w) => /^(?:牵头|主办|主责)(?:单位|部门)$/.test(w));
  const unitCols = words.map((w, k) => (/单位|部门/.test(w) ? k : -1)).filter((k) => k >= 0);
  const nameCol = words.findIndex((w) => /名称/.test(w));
  const contentCol = words.findIndex((w, k) => k !== nameCol && k > 0 && (leaderCol < 0 || k < leaderCol) && !/单位|部门|领导/.test(w));
  if (leaderCol < 0 || unitCols.length === 0) return undefined;

  // The body: from the header on, the header repeated on a new page cut out (its place a boundary).
  const pieces: Array<[number, number]> = [];
  let from = headerEnd;
  for (;;) {
    const again = norm.indexOf(headerText, from);
    pieces.push([from, again < 0 ? norm.length : again]);
    if (again < 0) break;
    from = again + headerText.length;
  }
  // Rows cut at their numbers.
  const rows: Array<{ id: string; start: number; end: number }> = [];
  let n = 1;
  for (const [ps, pe] of pieces) {
    for (let i = ps; i < pe; i++) {
      if (rowNumberAt(norm, i, n, ps)) {
        const last = rows[rows.length - 1];
        if (last && last.end > i) last.end = i;
        rows.push({ id: String(n), start: i + String(n).length, end: pe });
        i += String(n).length - 1;
        n++;
      }
    }
  }
  if (rows.length < 2) return undefined;

  const out: RunRow[] = [];
  if (at > 0) out.push({ st: sliceS(st, 0, at) });
  out.push({ st: sliceS(st, at, headerEnd), cells: headCells });
  const width = headCells.length;
  const empty = (pos: number) => sliceS(st, pos, pos);
  for (const r of rows) {
    // The leader blocks: after a full stop, a name and the units.
    const blocks: Array<{ content: [number, number]; name: [number, number]; units: Array<[number, number]> }> = [];
    let cs = r.start;
    for (let i = r.start; i < r.end; i++) {
      if (norm.charAt(i - 1) !== '。') continue;
      const b = leaderBlock(norm, i, r.end);
      if (!b) continue;
      const last = b.units[b.units.length - 1]!;
      if (last[1] > r.end) continue;
      blocks.push({ content: [cs, i], ...b });
      cs = last[1];
      i = cs - 1;
    }
    const rest: [number, number] = [cs, r.end];
    const lineOf = (first: boolean, content: [number, number], name?: [number, number], units?: Array<[number, number]>): RunRow => {
      const cells: SText[] = Array.from({ length: width }, () => empty(content[0]));
      cells[0] = first ? stext(r.id, sliceS(st, r.start).marks[0]?.line ?? 1) : stext(SAME, sliceS(st, content[0]).marks[0]?.line ?? 1);
      const cut = first && nameCol > 0 && contentCol > 0 ? cutName(norm.slice(content[0], content[1])) : 0;
      if (cut > 0) {
        cells[nameCol] = sliceS(st, content[0], content[0] + cut);
        cells[contentCol] = sliceS(st, content[0] + cut, content[1]);
      } else cells[contentCol > 0 ? contentCol : 1] = sliceS(st, content[0], content[1]);
      if (name) cells[leaderCol] = sliceS(st, name[0], name[1]);
      if (units && units.length > 0) {
        const [first1, ...others] = units;
        const coCols = unitCols.filter((k) => k !== leadCol);
        if (leadCol >= 0 && first1) cells[leadCol] = sliceS(st, first1[0], first1[1]);
        const listed = leadCol >= 0 ? others : units;
        const col = coCols[0];
        if (col !== undefined && listed.length > 0) cells[col] = stext(listed.map(([s, e]) => st.raw.slice(s, e)).join('、'), sliceS(st, listed[0]![0]).marks[0]?.line ?? 1);
      }
      return { st: sliceS(st, content[0], (units?.[units.length - 1]?.[1] ?? content[1])), cells };
    };
    if (blocks.length === 0) {
      out.push(lineOf(true, [r.start, r.end]));
      continue;
    }
    blocks.forEach((b, k) => out.push(lineOf(k === 0, b.content, b.name, b.units)));
    if (rest[1] - rest[0] > 0 && norm.slice(rest[0], rest[1]).trim() !== '') out.push(lineOf(false, rest));
  }
  return out;
}
