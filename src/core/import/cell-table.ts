// A table a page copies one cell per line — the layout the importer meets most on published pages:
//   序号 / 工作任务 / 牵头单位 / 责任单位 / 1 / 推进… / 区发改局 / 区财政局、各街道 / 2 / …
// with or without a bar after each cell ("序号 |", an empty cell "||", a row's end "|"), blank lines
// between the cells or not. One reader for all of them:
//  - the header is the run of cells from 序号 to the first row number; a header cell the copy broke
//    over two lines (区政府 / 分管领导) is joined; the header's words give each column its role;
//  - the rows are cut at the row numbers (1, 2, 3 … numbering on; the first may be any number, a
//    page can start mid-table), so a row the copy cuts short keeps the cells it has;
//  - when the task column numbers its own entries ((1) … (9), numbering on across the rows), those
//    are the items and each 序号 row is a group over them (a heading);
//  - a row with as many cells as the header has columns is read cell by cell; any other row is
//    aligned to the columns by what each cell holds (a person's name, unit names, a date, text), a
//    cell running over several lines staying in its column (units over three lines are one list);
//  - a cell written once for several rows (a merged cell) holds for the rows below that leave its
//    column out, until the column gets a new value or a new group starts.
// The table comes out as tab-separated rows under a header of the canonical column words, the way
// the segmenter reads a pipe or a tab table.

import { isUnitListLine, isUnitName } from './attribute.js';
import { isDeadlineCell } from './deadlines.js';
import { SAME, isHeaderCell } from './markers.js';
import { headerRoles, type ColumnRole } from './segment.js';
import { stext, toNorm } from './text.js';

export interface TableRow {
  raw: string;
  /** The row's first line (1-based). */
  no: number;
}

interface Cell {
  text: string;
  no: number;
}

const BAR_END = /[ \t\u3000]*[|｜][ \t\u3000]*$/;
/** The header's first cell. */
const INDEX_HEADER = /^(?:序号|序|编号|NO\.?)$/i;
/** A row's number standing alone: 1, 2., 3、. */
const ROW_NO = /^(\d{1,3}) ?[.、．]?$/;
/** An entry numbered inside the task column: "(1)地区生产总值增长5%左右。". */
const ENTRY_NO = /^[(（] ?(\d{1,3}) ?[)）] ?(?=\S)/;
/** Lines that end a table copied without bars: the next heading (二、 / (二)) or attachment (附件2). */
const TABLE_END = /^(?:[一二三四五六七八九十]{1,3}[、.]|\( ?[一二三四五六七八九十]{1,3} ?\)|附 ?件 ?\d{0,2} ?[:：]?$)/;

/** A viewer's page number that cannot be a cell: "- 4 -", "第 5 页", "3/12". */
const PAGE_MARK = /^(?:[-—–] ?\d{1,4} ?[-—–]|第 ?\d{1,4} ?页(?: ?[,，/]? ?共 ?\d{1,4} ?页)?|\d{1,4} ?\/ ?\d{1,4})$/;

const norm = (s: string) => toNorm(s).replace(/\s+/g, '');
const barred = (line: string) => BAR_END.test(line) && !/[|｜].*[|｜]./.test(line.trim());
const isIndexHeader = (line: string) => INDEX_HEADER.test(norm(line.replace(BAR_END, '')));

/** Canonical header words for the roles the segmenter reads. */
const ROLE_WORD: Partial<Record<ColumnRole, string>> = {
  index: '序号',
  task: '工作任务',
  target: '目标',
  lead: '牵头单位',
  dept: '责任单位',
  co: '配合单位',
  deadline: '完成时限',
  leader: '责任领导',
  measure: '单位',
};

type Kind = 'empty' | 'text' | 'unit' | 'person' | 'deadline' | 'number' | 'amount';

/** Figures with their measure words, one or several: 9亿元, 12亿元/10亿元, 190个/226亿元. */
const AMOUNT = /^\d[\d.]*(?:%|‰|[万亿千百]?[\u4e00-\u9fff]{1,2})(?: ?[/、;] ?\d[\d.]*(?:%|‰|[万亿千百]?[\u4e00-\u9fff]{1,2}))*$/;

/** Common surnames, less those that open everyday words (安全, 项目, 方案): a name cell starts with one; 建成, 持续 do not. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝易冼'.split(''),
);

/** Does a person's name start with this character? */
export const isSurname = (c: string): boolean => SURNAMES.has(c);

/** A person's name (or names): 徐国江, 吴 伟 (spaced to the width of three), 张三、李四. */
function isPeople(text: string): boolean {
  const n = norm(text);
  if (n === '' || /\d/.test(n)) return false;
  const name = (p: string) => /^[\u3400-\u9fff]{2,3}$/.test(p) && SURNAMES.has(p.charAt(0)) && !isUnitName(p);
  // Names a copy ran together in one cell (陆 明俞 悦): the spaces tell them apart.
  return n.split(/[、,;/]/).every(name) || (/^[\u3400-\u9fff]{4,6}$/.test(n) && / /.test(text.trim()) && SURNAMES.has(n.charAt(0)));
}

/**
 * A name the copy broke with the spaces that aligned it in its cell, 节能与综合 利用司: whole again (not units
 * listed with spaces, 市公安局 市交通运输局: a part before a space that is a name of its own).
 */
function unspaced(text: string): string {
  const parts = text.trim().split(/[ \u3000]+/);
  if (parts.slice(0, -1).some((p) => isUnitName(p))) return text;
  return text.replace(/(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g, '');
}

function kindOf(text: string): Kind {
  const n = toNorm(text).trim();
  if (n === '') return 'empty';
  // An amount (48414, 1000 万元) is no year or date, which a deadline cell may be (2023, 202306).
  if (/^\d+$/.test(n) && !/^(?:19|20)\d{2}(?:[01]\d)?$/.test(n)) return 'number';
  if (isDeadlineCell(n)) return 'deadline';
  if (/^[≥≤<>~+-]?\d[\d.,]*%?$|^-$/.test(n)) return 'number';
  if (isPeople(text)) return 'person';
  // A unit cell may close on a full stop ("区投资促进中心。"), or hold the space that aligned its two lines (节能与综合 利用司).
  if (isUnitListLine(n.replace(/[。.]$/, '')) || isUnitName(unspaced(n))) return 'unit';
  return AMOUNT.test(n) ? 'amount' : 'text';
}

const TEXT_ROLES = new Set<ColumnRole>(['task', 'target']);
const UNIT_ROLES = new Set<ColumnRole>(['lead', 'dept', 'co']);

/**
 * A column's role as the aligner reads it: a 进度 column (目标进度, 进度安排) holds dated steps written as text; a
 * step's column (开工时间, 竣工时间) one time, the next time the next step's (2025年3月 / 2025年12月).
 */
type AlignRole = ColumnRole | 'progress' | 'step';

/** How well a cell of this kind sits in a column of this role (a new cell, or the cell before it going on). */
function fit(kind: Kind, role: AlignRole, goesOn: boolean): number {
  if (role === 'index') return -9;
  if (role === 'step') return kind === 'deadline' ? (goesOn ? 1 : 3) : kind === 'empty' ? 0 : kind === 'text' || kind === 'number' ? -1 : -2;
  if (role === 'progress') return kind === 'deadline' ? 3 : kind === 'text' ? (goesOn ? 1.5 : 2) : kind === 'empty' || kind === 'number' ? 0 : -2;
  if (kind === 'empty') return 0;
  // The figure this level is held to (区本级任务数): a figure and nothing else.
  if (role === 'quota') return kind === 'number' || kind === 'amount' ? 3 : -2;
  const unit = UNIT_ROLES.has(role);
  const text = TEXT_ROLES.has(role);
  switch (kind) {
    case 'text':
    case 'amount':
      return text ? (goesOn ? 1.5 : 2) : role === 'ignore' ? 0.5 : unit || role === 'leader' ? -3 : -1;
    case 'unit':
      // The first unit is the 牵头单位, the ones after it 配合 (a lead column takes one cell).
      return unit ? (goesOn && role === 'lead' ? 2 : 3) : text || role === 'ignore' ? 0 : -2;
    case 'person':
      return role === 'leader' ? 3 : role === 'ignore' ? 0 : text ? -1 : -2;
    case 'deadline':
      return role === 'deadline' ? 3 : text || role === 'ignore' ? 0 : -2;
    case 'number':
      return role === 'measure' || role.startsWith('year:') ? 2 : text ? 0 : role === 'ignore' ? 0.5 : -1;
  }
}

/**
 * "区财政局 / 区税务局 / 区政府有关部门,各乡镇人民政府…": a lead cell holding two units goes on one unit a line, then the
 * 配合 cell follows as the list it is. A cell going on one name a line does not close on a list, so the lone names the
 * aligner gave the 配合 column before its list are the lead cell's still (moved in `cols`, in place).
 */
function leadNamesBeforeList(cells: readonly Cell[], cols: number[], roles: readonly AlignRole[]): void {
  for (let k = 1; k < roles.length; k++) {
    if (roles[k - 1] !== 'lead' || !UNIT_ROLES.has(roles[k] as ColumnRole) || roles[k] === 'lead') continue;
    const mine = cols.flatMap((c, i) => (c === k ? [i] : []));
    const last = mine[mine.length - 1];
    if (last === undefined || mine.length < 2 || cols[mine[0]! - 1] !== k - 1 || mine.some((i, n) => n > 0 && i !== mine[n - 1]! + 1)) continue;
    const text = (i: number) => toNorm(cells[i]!.text).trim().replace(/[。.]$/, '');
    const lone = mine.slice(0, -1);
    // (The list may be cut short where the copy stops: its first name says what it is.)
    if (!/[,、]/.test(text(last)) || !isUnitName(text(last).split(/[,、]/)[0] ?? '') || !lone.every((i) => !/[,、;\s]/.test(text(i)) && isUnitName(text(i)))) continue;
    for (const i of lone) cols[i] = k - 1;
  }
}

/** Could this cell stand in this column? Not a unit in a name column, a name or a sentence in a unit column. */
function plausible(kind: Kind, role: ColumnRole): boolean {
  if (role === 'leader') return kind !== 'unit' && kind !== 'text';
  if (UNIT_ROLES.has(role)) return kind !== 'person' && kind !== 'text';
  return true;
}

/**
 * The column of each cell, in order (a column may take several cells in a row): the best total fit,
 * earlier columns first on a tie.
 */
function align(cells: Cell[], roles: AlignRole[]): number[] {
  const n = cells.length;
  const m = roles.length;
  if (n === 0 || m === 0) return [];
  const kinds = cells.map((c) => kindOf(c.text));
  // best[i][j]: cells 0..i placed, cell i in column j.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    best.push(new Array<number>(m).fill(-Infinity));
    from.push(new Array<number>(m).fill(-1));
    for (let j = 0; j < m; j++) {
      const role = roles[j]!;
      const tie = -0.001 * j;
      if (i === 0) {
        best[i]![j] = fit(kinds[0]!, role, false) + tie;
        continue;
      }
      for (let p = 0; p <= j; p++) {
        const prev = best[i - 1]![p]!;
        if (prev === -Infinity) continue;
        const s = prev + fit(kinds[i]!, role, p === j) + tie;
        if (s > best[i]![j]!) {
          best[i]![j] = s;
          from[i]![j] = p;
        }
      }
    }
  }
  let j = 0;
  for (let k = 1; k < m; k++) if (best[n - 1]![k]! > best[n - 1]![j]!) j = k;
  const cols = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    cols[i] = j;
    j = from[i]![j]!;
  }
  return cols;
}

/** The cells from `from` on: for a barred table each line up to a bar; for a bare one each line. */
function readCells(lines: string[], from: number, bars: boolean): { cells: Cell[]; end: number } {
  const cells: Cell[] = [];
  let j = from;
  if (bars) {
    let pending: Cell | undefined;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      const t = line.trim();
      if (t === '' || PAGE_MARK.test(t)) continue;
      if (/^[|｜]$/.test(t)) continue; // a row's end
      if (/^[|｜]{2}$/.test(t)) {
        cells.push({ text: '', no: j + 1 });
        continue;
      }
      if (barred(line)) {
        const text = t.replace(BAR_END, '').trim();
        // "是 ||": the cell, then an empty one.
        const empty = /[|｜]$/.test(text);
        const cell = text.replace(BAR_END, '').trim();
        cells.push(pending ? { text: `${pending.text} ${cell}`, no: pending.no } : { text: cell, no: j + 1 });
        if (empty) cells.push({ text: '', no: j + 1 });
        pending = undefined;
        continue;
      }
      if (/[|｜\t]/.test(line)) break;
      // A line without its bar: the start of a cell running over lines, or the cell the copy cut off.
      let n = j + 1;
      while (n < lines.length && (lines[n] ?? '').trim() === '') n++;
      const next = lines[n];
      if (next !== undefined && barred(next) && !/^[|｜]{1,2}$/.test(next.trim())) {
        pending = pending ? { text: `${pending.text} ${t}`, no: pending.no } : { text: t, no: j + 1 };
        continue;
      }
      if (next === undefined && t.length <= 40) {
        cells.push({ text: t, no: j + 1 });
        j++;
      }
      break;
    }
    return { cells, end: j };
  }
  for (; j < lines.length; j++) {
    const line = lines[j] ?? '';
    const t = line.trim();
    if (t === '' || PAGE_MARK.test(t)) continue;
    if (/[|｜\t]/.test(line) || (cells.length > 0 && ((TABLE_END.test(toNorm(t)) && !headingInTable(lines, j)) || isIndexHeader(t)))) break;
    cells.push({ text: t, no: j + 1 });
  }
  return { cells, end: j };
}

/** A section heading (一、…) standing as a row of its own in the table: rows follow it, or the next heading does. */
const SECTION_ROW = /^[一二三四五六七八九十]{1,3}[、.]/;
/** … or a sub-section's ((一)…) under it. */
const HEADING_ROW = /^(?:[一二三四五六七八九十]{1,3}[、.]|\( ?[一二三四五六七八九十]{1,3} ?\))/;
function headingInTable(lines: string[], at: number): boolean {
  /** The heading so far ends on an open clause: a viewer's page broke it, its number and the rest follow. */
  let open = false;
  for (let k = at; k < lines.length; k++) {
    const t = (lines[k] ?? '').trim();
    if (t === '' || PAGE_MARK.test(t)) continue;
    if (k === at) {
      if (!HEADING_ROW.test(toNorm(t))) return false;
      open = OPEN_CLAUSE.test(toNorm(t));
      continue;
    }
    if (open || HEADING_ROW.test(toNorm(t))) {
      if (!ROW_NO.test(norm(t))) open = OPEN_CLAUSE.test(toNorm(t));
      continue;
    }
    return ROW_NO.test(norm(t));
  }
  return false;
}

/** The header: cells from 序号 to the first row number, a header cell broken over two lines joined. */
function readHeader(cells: Cell[]): { header: Cell[]; width: number } | undefined {
  let k = 0;
  while (k < cells.length && k < 16 && !ROW_NO.test(norm(cells[k]!.text)) && !SECTION_ROW.test(toNorm(cells[k]!.text))) k++;
  if (k < 2 || k >= cells.length || cells.slice(0, k).some((c) => c.text.length > 24)) return undefined;
  const header: Cell[] = [];
  for (let i = 0; i < k; i++) {
    const c = cells[i]!;
    const next = cells[i + 1];
    // A cell broken over two lines: 区政府 / 分管领导, 总投资 / (万元) (its measure), 2023年 / 目标进度 (the year it is for).
    const measure = next !== undefined && /^\([^()]{1,6}\)$/.test(norm(next.text));
    const dated = next !== undefined && /^(?:19|20)\d{2}年度?$/.test(norm(c.text)) && /^(?:目标进度|进度目标|目标任务|工作目标|进度安排|计划)$/.test(norm(next.text));
    // A header word the break cut in two after words of its own: 攻坚目标 / 任务 (…目标任务).
    const cut = next !== undefined && !isHeaderCell(norm(c.text)) && [...norm(c.text)].some((_, at) => at > 0 && isHeaderCell(norm(c.text).slice(at) + norm(next.text)));
    if (i + 1 < k && next && (((!isHeaderCell(norm(c.text)) || measure || dated) && isHeaderCell(norm(c.text + next.text))) || cut)) {
      header.push({ text: c.text + next.text, no: c.no });
      i++;
    } else header.push(c);
  }
  if (header.filter((c) => isHeaderCell(norm(c.text))).length < 2) return undefined;
  return { header, width: k };
}

interface Row {
  no: number;
  /** The row's number (the item's id). */
  id: string;
  cells: Cell[];
  /** The cells of a group row before its first entry (its heading), when entries are numbered (1)… */
  heading?: Cell[];
  /** A section heading standing as a row of its own (一、…): printed as written. */
  section?: string;
}

/** A clause plainly left open: what follows a number here is the same sentence (the number is a viewer's page). */
const OPEN_CLAUSE = /[,，、(（“‘《的和与及或在对为把将从向]$/;

/**
 * A long section row that names who answers for its rows in a closing bracket, as a heading does:
 * 一、主要经济社会发展指标、发改、财政、…等工作目标(牵头领导:成坤、柯相国、王俊).
 */
const HEADING_OWNER = /^.{0,100}\( ?(?:牵头|责任|分管|联系)(?:领导|单位|部门) ?: ?[^()]{2,40}\)$/;

/**
 * A list of units the copy cut inside its last name (▲招商投资促进中心,各部门,各镇乡( ): the names before the cut
 * are a list. (Only a cell that is no list whole: the cut name is what keeps it from being one.)
 */
function cutList(text: string): boolean {
  const n = toNorm(text).trim();
  const sep = Math.max(n.lastIndexOf('、'), n.lastIndexOf(','));
  return sep > 0 && !/[。;!?]/.test(n) && isUnitListLine(n.slice(0, sep));
}

/** Rows cut at the row numbers: the first any number, each next one more. */
function cutRows(cells: Cell[], width: number): Row[] {
  const rows: Row[] = [];
  let next: number | undefined;
  for (const [k, c] of cells.entries()) {
    // A section heading (一、…) as a row of its own: the rows under it may take up any number (an
    // excerpt of a longer list).
    if (HEADING_ROW.test(toNorm(c.text)) && (c.text.length <= 60 || HEADING_OWNER.test(toNorm(c.text.trim()))) && !/。$/.test(c.text.trim())) {
      rows.push({ no: c.no, id: '', cells: [], section: c.text.trim() });
      next = undefined;
      continue;
    }
    const m = ROW_NO.exec(norm(c.text));
    const last = rows[rows.length - 1];
    // The rest of a section row a viewer's page broke after an open clause (…行政审批、 / 2 / 生态环境、…).
    if (!m && last?.section !== undefined && last.cells.length === 0 && OPEN_CLAUSE.test(toNorm(last.section))) {
      last.section += c.text.trim();
      continue;
    }
    // A number further on after a row that has all its cells (but a last one left empty, 备注): the list skips the rows left out.
    if (m && next !== undefined && Number(m[1]) > next && last && !last.section && last.cells.length >= width - 1 && k > 0 && !OPEN_CLAUSE.test(toNorm(cells[k - 1]!.text))) {
      rows.push({ no: c.no, id: m[1]!, cells: [] });
      next = Number(m[1]) + 1;
      continue;
    }
    // A viewer's page number between two halves of a cell's sentence ("…织补," / "3、" / "加快…") is no row.
    if (m && k > 0 && OPEN_CLAUSE.test(toNorm(cells[k - 1]!.text))) continue;
    if (m && (next === undefined || Number(m[1]) === next)) {
      rows.push({ no: c.no, id: m[1]!, cells: [] });
      next = Number(m[1]) + 1;
      continue;
    }
    rows[rows.length - 1]?.cells.push(c);
  }
  return rows;
}

/**
 * Entries numbered in the task column ((1) … numbering on across the rows): each is an item, the
 * row numbers above them groups. Undefined when the table has no such numbering.
 */
function cutEntries(rows: Row[]): Row[] | undefined {
  const marks = rows.flatMap((r) => r.cells.map((c) => ENTRY_NO.exec(toNorm(c.text))?.[1]).filter((x) => x !== undefined)).map(Number);
  if (marks.length < 2 || marks[0] !== 1 || marks.some((n, i) => i > 0 && n !== marks[i - 1]! + 1)) return undefined;
  const out: Row[] = [];
  for (const r of rows) {
    const first = r.cells.findIndex((c) => ENTRY_NO.test(toNorm(c.text)));
    const heading = first < 0 ? r.cells : r.cells.slice(0, first);
    out.push({ no: r.no, id: r.id, cells: [], heading });
    if (first < 0) continue;
    for (const c of r.cells.slice(first)) {
      const m = ENTRY_NO.exec(toNorm(c.text));
      if (m) out.push({ no: c.no, id: m[1]!, cells: [{ text: c.text.slice(m[0].length), no: c.no }] });
      else out[out.length - 1]!.cells.push(c);
    }
  }
  return out;
}

const CN_DIGITS = '零一二三四五六七八九';
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_DIGITS.charAt(tens)}十${n % 10 === 0 ? '' : CN_DIGITS.charAt(n % 10)}`;
}

/** What a column's cells become in the row: units and names listed with 、, text run on. */
function joinCells(cells: Cell[], role: ColumnRole): string {
  const names = UNIT_ROLES.has(role) || role === 'leader';
  const texts = cells.map((c) => c.text.replace(/\s+/g, ' ').trim()).map((t) => (names && isUnitName(unspaced(t)) ? unspaced(t) : t)).filter((t) => t !== '');
  return texts.join(names ? '、' : ' ');
}

/** A unit name the copy broke over two lines (區新興產業 / 服務中心, 區綜合行政 / 執法局): one cell. */
function joinBrokenNames(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const next = cells[i + 1];
    const a = norm(c.text);
    const b = next ? norm(next.text) : '';
    if (next && a.length >= 2 && a.length <= 8 && b.length <= 8 && /^[区市县省镇乡]/.test(a) && !/^[区市县省镇乡]/.test(b) && !/[,;:。、()]/.test(a) && !isUnitName(a) && isUnitName(a + b)) {
      out.push({ text: c.text.trim() + next.text.trim(), no: c.no });
      i++;
    } else out.push(c);
  }
  return out;
}

/**
 * A row one cell over the columns because a short name ran over two lines (城市用气 / 提升工程, 生命守护 / 工程):
 * the first two short cells of text side by side joined, when the row then fills every column.
 */
function joinBrokenName(cells: Cell[], width: number, fits: (cells: Cell[]) => boolean): Cell[] | undefined {
  if (cells.length !== width + 1) return undefined;
  const short = (c: Cell) => kindOf(c.text) === 'text' && norm(c.text).length <= 8 && !/[,.;:。、，；：]/.test(c.text);
  for (let i = 0; i + 1 < cells.length; i++) {
    const [a, b] = [cells[i]!, cells[i + 1]!];
    if (!short(a) || !short(b)) continue;
    const joined = [...cells.slice(0, i), { text: a.text.trim() + b.text.trim(), no: a.no }, ...cells.slice(i + 2)];
    return fits(joined) ? joined : undefined;
  }
  return undefined;
}

/**
 * A project row holding rows of its own under its merged 序号/项目 cells, one per 责任单位 with its
 * content and progress (…一季度開工… / 區住建局 / 實施寺慈線… / 1000 / 6月開工,年內完工。): cut where a unit
 * cell comes again after cells of the columns past the unit columns. Only when the unit columns stand
 * together and other columns follow them.
 */
function subRows(cells: Cell[], roles: ColumnRole[]): Cell[][] {
  // (A row with a cell for every column, the last one ignored (监督方式: 区委、区政府, who oversees it): the unit there
  // is that column's cell, no row of its own.)
  if (cells.length === roles.length && roles[roles.length - 1] === 'ignore') return [cells];
  const tasks = taskRows(cells, roles);
  if (tasks.length > 1) return tasks;
  const unitCols = roles.map((r, i) => (UNIT_ROLES.has(r) ? i : -1)).filter((i) => i >= 0);
  const first = unitCols[0];
  const last = unitCols[unitCols.length - 1];
  if (first === undefined || last === undefined || last - first + 1 !== unitCols.length || last === roles.length - 1) return [cells];
  const out: Cell[][] = [[]];
  let seenUnit = false;
  let after = false;
  for (const c of cells) {
    const kind = kindOf(c.text);
    if (kind === 'unit' && seenUnit && after) {
      out.push([]);
      after = false;
    }
    if (kind === 'unit') seenUnit = true;
    else if (seenUnit && kind !== 'empty') after = true;
    out[out.length - 1]!.push(c);
  }
  return out;
}

/**
 * A row holding a second task of its own under its merged 序号 and unit cells, its time beside it (开工建设县老年养护楼 /
 * 县民政局 / 5月底前动工 / 开工建设老年大学。 / 12月底前): cut where a task comes again after the row's time, when
 * the time column is the last and the new task has its own time. A time running over two lines has no second time.
 */
function taskRows(cells: Cell[], roles: ColumnRole[]): Cell[][] {
  if (roles[roles.length - 1] !== 'deadline' || !roles.slice(0, -1).some((r) => TEXT_ROLES.has(r))) return [cells];
  const kinds = cells.map((c) => kindOf(c.text));
  const out: Cell[][] = [[]];
  for (const [i, c] of cells.entries()) {
    if (kinds[i] === 'text' && kinds[i - 1] === 'deadline' && kinds.slice(i + 1).includes('deadline')) out.push([]);
    out[out.length - 1]!.push(c);
  }
  return out;
}

/**
 * The table starting at line `from` (0-based) when it is one: its rows as tab-separated lines with
 * their first line, and the index of the first line after it.
 */
export function cellTable(lines: string[], from: number): { rows: TableRow[]; end: number } | undefined {
  const first = lines[from] ?? '';
  if (first.length > 12 || !isIndexHeader(first)) return undefined;
  const bars = barred(first);
  const { cells, end } = readCells(lines, from, bars);
  const head = readHeader(cells);
  if (!head) return undefined;
  const roles = headerRoles(head.header.map((c) => stext(norm(c.text), c.no)));
  let rows = cutRows(cells.slice(head.width), roles.filter((r) => r !== 'index').length);
  if (!rows.some((r) => !r.section)) return undefined;
  // A repeated header (the table goes on over a page break) is not a row's cells.
  const headerKey = head.header.map((c) => norm(c.text)).join('|');
  for (const r of rows) {
    for (let k = 0; k + head.header.length <= r.cells.length; k++) {
      if (r.cells.slice(k, k + head.header.length).map((c) => norm(c.text)).join('|') === headerKey) r.cells.splice(k, head.header.length);
    }
  }
  const entries = cutEntries(rows);
  let columns = roles.map((role, i) => ({ role, i })).filter((c) => c.role !== 'index');
  if (entries) {
    rows = entries;
    // The group's name stands in the column after 序号: the entries fill the columns after it.
    if ((entries[0]?.heading?.length ?? 0) > 0) columns = columns.slice(1);
  }
  const kept = columns.filter((c) => c.role !== 'ignore');
  // (A column dating a step, 开工时间, holds times as a 完成时限 column does.)
  const alignRoles = columns.map((c): AlignRole => (c.role === 'deadline' && /进度/.test(norm(head.header[c.i]!.text)) ? 'progress' : c.role.startsWith('step:') ? 'step' : c.role));
  // The header as written where the segmenter reads the same role from it, else the role's own word.
  const word = (c: { role: ColumnRole; i: number }) => {
    const written = norm(head.header[c.i]!.text);
    if (headerRoles([stext(written, 1)])[0] === c.role) return written;
    return c.role.startsWith('year:') ? `${c.role.slice(5)}年` : (ROLE_WORD[c.role] ?? '工作任务');
  };
  const out: TableRow[] = [{ raw: [norm(head.header[0]!.text), ...kept.map(word)].join('\t'), no: head.header[0]!.no }];
  // A merged cell holds for the rows below that leave its column out.
  let carried = new Map<number, string>();
  const cutOff = lines.slice(end).every((l) => l.trim() === '');
  for (const [ri, r] of rows.entries()) {
    if (r.section !== undefined) {
      carried = new Map();
      out.push({ raw: r.section, no: r.no });
      continue;
    }
    if (r.heading) {
      carried = new Map();
      // A sub-heading under the group's name (做精老城区) follows it as a folded title does.
      const title = r.heading.map((c) => c.text.replace(/\s+/g, ' ').trim()).join('：');
      out.push({ raw: `(${chineseNumber(Number(r.id))})${title}`, no: r.no });
      continue;
    }
    const [own, ...subs] = subRows(joinBrokenNames(r.cells), columns.map((c) => c.role));
    const fits = (cs: Cell[]) => cs.length === columns.length && cs.every((c, i) => plausible(kindOf(c.text), columns[i]!.role));
    const cells = fits(own ?? []) ? (own ?? []) : (joinBrokenName(own ?? [], columns.length, fits) ?? own ?? []);
    const full = fits(cells);
    const cols = full ? columns.map((_, i) => i) : align(cells, alignRoles);
    // The copy stopping inside the last row's cell after a text cell whose sentence ended (…的建设进度。 / 沈): the cut
    // cell is the next column's, a few characters of it, not more of that sentence.
    const tail = cells[cells.length - 1];
    const before = cells[cells.length - 2];
    const at = cols[cols.length - 1];
    if (cutOff && ri === rows.length - 1 && !full && tail && before && at !== undefined && at + 1 < columns.length && cols[cols.length - 2] === at) {
      if (TEXT_ROLES.has(columns[at]!.role) && /[。;!?]$/.test(norm(before.text)) && kindOf(tail.text) === 'text' && (/^[\u4e00-\u9fff]{1,8}$/.test(norm(tail.text)) || (UNIT_ROLES.has(columns[at + 1]!.role) && cutList(tail.text)))) cols[cols.length - 1] = at + 1;
    }
    leadNamesBeforeList(cells, cols, alignRoles);
    const values = kept.map((c) => {
      const k = columns.indexOf(c);
      const mine = cells.filter((_, i) => cols[i] === k);
      const text = joinCells(mine, c.role);
      const merged = c.role === 'leader' || c.role === 'deadline' || UNIT_ROLES.has(c.role);
      // (Not into the last row when the copy stops inside it: it keeps the cells it has.)
      if (mine.length === 0 && merged && carried.has(k) && !(cutOff && ri === rows.length - 1)) return carried.get(k)!;
      if (mine.length > 0 && merged) carried.set(k, text);
      return text;
    });
    while (values.length > 0 && values[values.length - 1] === '') values.pop();
    out.push({ raw: [r.id, ...values.map((v) => v || ' ')].join('\t'), no: r.no });
    // Its own rows under the merged 序号/项目 cells, from the unit column on: "〃" (as above) in the 序号 column.
    const unitAt = columns.findIndex((c) => UNIT_ROLES.has(c.role));
    for (const sub of subs) {
      // (A second task is read from the first column on, a unit's own row from the unit column.)
      const from = kindOf(sub[0]?.text ?? '') === 'text' ? 0 : unitAt;
      const at = align(sub, alignRoles.slice(from)).map((j) => j + from);
      const cellsOf = kept.map((c) => joinCells(sub.filter((_, i) => at[i] === columns.indexOf(c)), c.role));
      while (cellsOf.length > 0 && cellsOf[cellsOf.length - 1] === '') cellsOf.pop();
      out.push({ raw: [SAME, ...cellsOf.map((v) => v || ' ')].join('\t'), no: sub[0]?.no ?? r.no });
    }
  }
  return { rows: out, end };
}

/** Where the copy put one space between a row's cells, a heading line, whole: 一、…, (一)…. */
const KEEP_WHOLE = /^(?:[一二三四五六七八九十]{1,3}[、.]|\( ?[一二三四五六七八九十]{1,3} ?\))/;

/**
 * A table copied with one space between cells and a row to a line ("序号 目标任务 责任单位 上半年推进情况" /
 * "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。"), a cell that holds several units
 * going on one unit a line: read as the same table copied one cell per line. Only under a header whose
 * every cell is a header word, from 序号 on; its heading lines (一、…, (一)…) stay whole.
 */
export function spacedTable(lines: string[], from: number): { rows: TableRow[]; end: number } | undefined {
  const first = (lines[from] ?? '').trim();
  if (first.length > 200 || !/^\S+(?:[ \u3000]+\S+){2,}$/.test(first)) return undefined;
  const header = first.split(/[ \u3000]+/);
  // (A header word the copy broke with the spaces that aligned it, 牵头  领导 / 配合         责任单位: its halves together.)
  const joins = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && isHeaderCell(norm(a + b));
  if (!INDEX_HEADER.test(norm(header[0] ?? '')) || !header.slice(1).every((c, i) => isHeaderCell(norm(c)) || joins(c, header[i + 2]) || joins(header[i], c))) return undefined;
  const cells: string[] = [];
  /** The line (0-based) each cell came from. */
  const at: number[] = [];
  for (let j = from; j < lines.length; j++) {
    const t = (lines[j] ?? '').trim();
    if (/[|｜\t]/.test(t)) break;
    // (A name spaced to the width of three, 汪  峰: one cell, as one character is no cell of its own.)
    // (A page's number between its lines, - 2 - / 第 3 页, whole: the table reader drops it.)
    for (const c of t === '' || KEEP_WHOLE.test(toNorm(t)) || PAGE_MARK.test(t) ? [t] : t.replace(/(?<=(?:^|[ \u3000])[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff](?:[ \u3000]|$))/g, '').split(/[ \u3000]+/)) {
      cells.push(c);
      at.push(j);
    }
  }
  const table = cellTable(cells, 0);
  if (!table) return undefined;
  return { rows: table.rows.map((r) => ({ raw: r.raw, no: (at[r.no - 1] ?? from) + 1 })), end: table.end < at.length ? (at[table.end] ?? lines.length) : lines.length };
}
