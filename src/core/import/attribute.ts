// Stage 3: who is responsible. Finds 牵头单位 / 责任单位 / 配合单位 in the usual layouts:
//   trailing "(责任单位:A、B)"            labelled, in brackets at the end of the item
//   "(A牵头,B配合)" "(A、B按职责分工负责)"  role words after the names
//   "牵头单位:A 责任单位:B、C"             labelled lines after the item (several on one line)
//   "A、B、C"                              a bare unit list on its own line after the item
// All matching is done on the parse form (`norm`); names are cut from `raw` at the same
// offsets, so a Traditional document keeps 區發改局 as written.

import { foldWidth } from '../fold.js';
import { isDeadlineCell } from './deadlines.js';
import { display, lineAt, sliceS } from './text.js';
import type { SText } from './text.js';

export type Role = 'lead' | 'dept' | 'co';

export interface UnitRef {
  name: string;
  role: Role;
  line: number;
}

export interface Attribution {
  units: UnitRef[];
  /** Values of 完成时限 / 完成时间 labels, still to be read as dates. */
  deadlines: SText[];
  /** Names under a 牵头领导 / 责任领导 / 责任人 label: people, not units (the item's `leaders`). */
  leaders: string[];
  /** Spans of the input that held the attribution (left out of the item title). */
  spans: Array<[number, number]>;
}

// A label is a role, 责任 or 负责 or not, and what it names: 牵头单位, 牵头责任单位 (the lead among the 责任单位),
// 主要责任单位 beside 协同配合单位, 协同责任单位, 责任股室, 牵头负责领导, 分管县领导. The same words head a
// table's columns, so one set of patterns reads both.
// (A ministry's table names its units by their kind, 司局: 牵头负责司局.)
const UNIT_NOUN = '(?:单位|部门|处室|科室|股室|司局)';
const LABEL_PATTERNS: Array<[LabelKind, string]> = [
  ['lead', `(?:牵头|主要|主办)(?:负责|责任)?${UNIT_NOUN}`],
  ['co', `(?:配合|协办|协助|协同|协作|参与|主要协作|协同配合)(?:责任)?${UNIT_NOUN}`],
  ['dept', `(?:主体)?(?:责任|主责|承办|实施|落实)${UNIT_NOUN}|责任主体`],
  ['leader', '(?:[省市县区]政府)?(?:牵头|责任|分管|联系|包保|挂点|挂钩)(?:负责)?(?:省|市|县|区|镇|乡|街道)?级?领导|(?:省|市|县|区)级?领导|责任人|牵头人|(?:具体)?负责(?:实施)?人'],
  ['deadline', '完成时限|完成时间|时间节点|时限要求|办结时限|完成期限|时间要求'],
];

type LabelKind = Role | 'leader' | 'deadline';
const LABEL_WORDS: Array<[LabelKind, RegExp]> = LABEL_PATTERNS.map(([kind, src]) => [kind, new RegExp(`^(?:${src})$`)]);
/** What a label names (责任科室 -> dept, 包保领导 -> leader): the same word heads a table's column. */
export function labelKind(word: string): LabelKind | undefined {
  return LABEL_WORDS.find(([, re]) => re.test(word))?.[0];
}

const ALL_LABELS = LABEL_PATTERNS.map(([, src]) => src).join('|');
/** The labels naming units. */
const UNIT_LABELS = LABEL_PATTERNS.filter(([kind]) => kind === 'lead' || kind === 'dept' || kind === 'co').map(([, src]) => src).join('|');
/** A label needs a colon, or a space when it opens the text: "各责任单位要…" is prose. */
const LABEL_RE = new RegExp(`(${ALL_LABELS}) ?(?::|：) ?`, 'g');
const LABEL_START_RE = new RegExp(`^[(\\[]?(${ALL_LABELS})(?: ?: ?| )`);

const ORG_SUFFIX =
  /(局|委|办|部|会|厅|院|室|处|科|所|站|队|中心|宫|馆|校|中专|社|团|署|组|政府|街道|镇|乡|区|县|市|公司|集团|银行|行|(?<!家)庭|园|司|基地|单位|部门|办事处|机关|党委|党组|支部|监狱|医院|联)$/;
/** Words that open a clause of prose, never a unit name ("召开座谈会" ends in 会 but is not a unit). */
const VERB_START =
  /^([一二三四五六七八九十]是|其中|召开|开展|举办|推进|推动|加强|建立|实现|完善|落实|深化|提高|提升|强化|加快|做好|抓好|打造|培育|创建|形成|完成|健全|优化|积极|全面|持续|不断|着力|进一步|认真|切实|大力|鼓励|引导|确保|坚持|发挥|促进|围绕|聚焦|依托|针对|按照|根据|结合|通过|利用|采取|实施|制定|出台|印发|修订|探索|扩大|增加|减少|降低|严格|加大|巩固|拓展|帮助|维护|负责|牵头|配合|参加|召集|争取|力争|全年|年内|今年|成功(?![镇鎮乡鄉村])|启动|开工|迁建|扩建|改建|新改建|新建(?![区县])|建成(?![区县])|新增)/;

/** Is this (parse-form) token the name of a unit? 宣传教育部, 区发改局, 各镇(街道), 职工中专. */
export function isUnitName(norm: string): boolean {
  const n = norm.trim();
  if (n.length < 2 || n.length > 40) return false;
  if (/[。:;,!?"“”《》\s的]/.test(n) || /^\d+$/.test(n)) return false;
  if (VERB_START.test(n)) return false;
  const bare = n.replace(/\([^()]{1,12}\)$/, '');
  if (bare.length < 2) return false;
  // A 股 is a section of a county bureau (农业股, 乡村产业发展股); 控股, 入股 are no units.
  return ORG_SUFFIX.test(bare) || (bare.length >= 3 && /[^入控参持配募新]股$/.test(bare));
}

/** A role closing a list of units; 分别 / 共同 before it (A、B分别牵头: each leads its part) is part of it, no part of B's name. */
const ROLE_SUFFIX =
  /(?:分别|共同)?(?:按职责分工负责|按职责分工落实|按职责负责|按职责落实|分工负责|负责落实|牵头负责|牵头落实|负责牵头|负总责|牵头|主办|主责|负责|配合|协办|协同|协助|参与|落实)$/;
const ROLE_SPLIT = /(牵头|主办|主责|配合|协办|协助|参与|负责)(?=[^,;、)\]]|$)/g;

/** "(A、B主办,C协办)", "A主责,B协同", "A负总责": 主办 / 主责 / 负总责 lead, as 牵头 does. */
function roleOfSuffix(suffix: string): Role {
  if (/牵头|主办|主责|负总责/.test(suffix)) return 'lead';
  if (/配合|协办|协同|协助|参与/.test(suffix)) return 'co';
  return 'dept';
}

interface RoleParse {
  units: UnitRef[];
  /** Every token looked like a unit name. */
  unitLike: boolean;
  /** How many tokens looked like unit names. */
  unitTokens: number;
  /** Some segment named its role (牵头, 配合, 负责 …). */
  roleWords: boolean;
  tokens: number;
}

/** Splits [start, end) of `norm` at the given separators, outside brackets. */
function splitSpans(norm: string, start: number, end: number, seps: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = norm.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && seps.includes(c)) {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, end]);
  return out;
}

/** Narrows [start, end) to the name itself: no spaces, no 由/等/brackets, no trailing role words. */
function trimName(norm: string, start: number, end: number): { start: number; end: number; role?: Role } {
  let s = start;
  let e = end;
  let role: Role | undefined;
  const ws = ' \t。.';
  while (s < e && ws.includes(norm.charAt(s))) s++;
  while (e > s && ws.includes(norm.charAt(e - 1))) e--;
  if (norm.startsWith('由', s) && e - s > 3) s++;
  // "★区发改局" / "区发改局★": the star lists marks the lead unit with.
  if (/^[★☆▲△]/.test(norm.slice(s, e)) && e - s > 3) {
    s++;
    role = 'lead';
  } else if (/[★☆▲△]$/.test(norm.slice(s, e)) && e - s > 3) {
    e--;
    role = 'lead';
  }
  while (s < e && ws.includes(norm.charAt(s))) s++;
  while (e > s && ws.includes(norm.charAt(e - 1))) e--;
  // "区发改局(牵头)" / "区财政局(配合)"
  const marker = /\((牵头|主办|配合|协办|参与|负责)\)$/.exec(norm.slice(s, e));
  if (marker) {
    role = roleOfSuffix(marker[1] ?? '');
    e -= marker[0].length;
  }
  const suffix = ROLE_SUFFIX.exec(norm.slice(s, e));
  if (suffix && e - s - suffix[0].length >= 2) {
    role ??= roleOfSuffix(suffix[0]);
    e -= suffix[0].length;
  }
  const etc = /等(有关|相关)?(单位|部门)?$/.exec(norm.slice(s, e));
  if (etc && e - s - etc[0].length >= 2) e -= etc[0].length;
  // "市住建局等政府各有关部门" (or cut off after 有关): a unit named, then 等 and a word for the others: the unit
  // (not "诸佛庵镇等红色旅游小镇", the kind of place a sentence names).
  const others = /等(?:[省市县区]?(?:政府|级))?(?:各|有关|相关|其他|其它|成员)/.exec(norm.slice(s, e));
  if (others && others.index >= 2 && isUnitName(norm.slice(s, s + others.index))) e = s + others.index;
  // Unbalanced wrapping brackets left by the splitting.
  while (s < e && /[([]/.test(norm.charAt(s)) && !norm.slice(s, e).includes(')') && !norm.slice(s, e).includes(']')) s++;
  while (e > s && /[)\]]/.test(norm.charAt(e - 1)) && !/[([]/.test(norm.slice(s, e - 1))) e--;
  while (s < e && norm.charAt(s) === ' ') s++;
  while (e > s && norm.charAt(e - 1) === ' ') e--;
  return role === undefined ? { start: s, end: e } : { start: s, end: e, role };
}

/** A note saying how the unit lists are written: "首位单位为牵头单位", "列第一位者为牵头或汇总单位", "排名第一的为牵头单位". */
const FIRST_LEADS = /(?:首位|第一位|第一个|第一(?:责任)?单位|排名第一|排序第一|排在第一|排第一|列第一|列在第一)[^。;()[\]]{0,12}牵头/;

/** Does the text say that the unit listed first in each list leads ("(首位单位为牵头单位,下同)")? */
export function saysFirstLeads(norm: string): boolean {
  return FIRST_LEADS.test(norm);
}

/** A note for the tasks after it: "以下任务均需各区市政府、开发区管委落实,不再一一列出" (its units are in no later list). */
const LATER_UNITS = /(以下(?:各项)?(?:任务|工作|事项)(?:均|都|也)?(?:需|须|要|由)由?)([^。;:()[\]]{2,80}?)(?:共同|抓好|负责|参与)?(?:落实|负责|参与|配合|实施)[^。;()[\]]{0,12}不再(?:一一)?列出/;

/** The units such a note gives every item after the one it is written in (none when there is no note). */
export function laterUnits(st: SText): string[] {
  const m = LATER_UNITS.exec(st.norm);
  if (!m) return [];
  const start = m.index + (m[1] ?? '').length;
  const p = parseRoles(st, start, start + (m[2] ?? '').length, 'dept');
  return p.unitLike ? p.units.map((u) => u.name) : [];
}

/** The same text with such notes, or "(★为牵头单位)", in brackets blanked out (same length: names are cut from raw at the same offsets). */
function withoutNotes(norm: string): string {
  if (!norm.includes('牵头')) return norm;
  return norm.replace(/[([][^()[\]]{2,30}[)\]]/g, (m) => (FIRST_LEADS.test(m) || /[★☆][^()[\]]{0,8}牵头/.test(m) ? ' '.repeat(m.length) : m));
}

/**
 * Reads "A牵头,B、C配合" / "A、B按职责分工负责" / "A、B、C" in [start, end) of `st`.
 * `role` is the default for names without a role word (the label's role, or 'dept').
 */
export function parseRoles(written: SText, start: number, end: number, role: Role): RoleParse {
  const result: RoleParse = { units: [], unitLike: true, unitTokens: 0, roleWords: false, tokens: 0 };
  // "县发改局(首位单位为牵头单位,下同)、县财政局": the note says who leads, it is no unit and no role.
  const st = { ...written, norm: withoutNotes(written.norm) };
  const norm = st.norm;
  if (end - start > 2000) return { ...result, unitLike: false };
  const starred: UnitRef[] = [];
  for (const [segStart, segEnd] of splitSpans(norm, start, end, ',;，；。')) {
    // "A牵头B配合" has no separator between the two parts: cut after each role word.
    const cuts: number[] = [segStart];
    ROLE_SPLIT.lastIndex = 0;
    const seg = norm.slice(segStart, segEnd);
    for (let m = ROLE_SPLIT.exec(seg); m; m = ROLE_SPLIT.exec(seg)) {
      const at = segStart + m.index + m[0].length;
      if (at < segEnd && norm.charAt(at) !== ')' && !/^[、 ]*$/.test(norm.slice(at, segEnd))) {
        // Only cut where the rest is a new clause of names, not "负责人" or "参与式" (nor 各主要经济指标牵头单位, one name).
        if (!/^(人|式|制|者|度|单位|部门)/.test(norm.slice(at))) cuts.push(at);
      }
    }
    cuts.push(segEnd);
    for (let c = 0; c + 1 < cuts.length; c++) {
      const partStart = cuts[c] ?? segStart;
      const partEnd = cuts[c + 1] ?? segEnd;
      const part = norm.slice(partStart, partEnd).trim();
      if (part === '') continue;
      let partRole = role;
      let nameEnd = partEnd;
      const suffix = ROLE_SUFFIX.exec(norm.slice(partStart, partEnd).replace(/[ 。.]+$/, ''));
      if (suffix) {
        result.roleWords = true;
        partRole = roleOfSuffix(suffix[0]);
        nameEnd = partStart + norm.slice(partStart, partEnd).replace(/[ 。.]+$/, '').length - suffix[0].length;
      }
      const toks = splitSpans(norm, partStart, nameEnd, '、/');
      const first = result.units.length;
      /** The units that open a name between 、 (A、B及C: A and B, not C). */
      const opening = new Set<number>();
      for (let k = 0; k < toks.length; k++) {
        opening.add(result.units.length);
        const [tokStart, tokEnd] = toks[k] ?? [0, 0];
        const next = toks[k + 1];
        const shared = next && norm.charAt(tokEnd) === '、' ? sharedName(norm.slice(tokStart, tokEnd).trim(), norm.slice(next[0], next[1]).trim()) : undefined;
        const before = result.units.length;
        if (shared !== undefined) addTokens(st, tokStart, tokEnd, partRole, result, shared);
        else addTokens(st, tokStart, tokEnd, partRole, result);
        // "区政府办公室*、区财政局": a star after a name in the list marks the lead unit (the * is no part of the name).
        if (result.units.length === before + 1 && /[*＊] *$/.test(st.raw.slice(tokStart, tokEnd))) starred.push(result.units[before]!);
      }
      // "各县区党委、政府": a bare 政府 (党委, 人大, 政协) after a body named with its place shares that place (各县区政府).
      for (let u = first + 1; u < result.units.length; u++) {
        const unit = result.units[u]!;
        const place = /^(.{2,}?)(?:党委|政府|人大|政协)$/.exec(result.units[u - 1]!.name)?.[1];
        if (place !== undefined && /^(?:党委|政府|人大|政协)$/.test(unit.name)) unit.name = place + unit.name;
      }
      // "市直有关部门、单位": a bare 单位 (部门) after 部门 (单位) is the one collective the 、 joins two nouns of, as written.
      for (let u = result.units.length - 1; u > first; u--) {
        const prev = result.units[u - 1]!;
        if (/^(?:单位|部门)$/.test(result.units[u]!.name) && /(?:部门|单位)$/.test(prev.name)) {
          prev.name += `、${result.units[u]!.name}`;
          result.units.splice(u, 1);
        }
      }
      shareEach(result.units, first, opening);
    }
  }
  // One unit starred among several, and no role word naming the lead: that unit leads.
  if (starred.length === 1 && result.units.length >= 2 && !result.units.some((u) => u.role === 'lead')) starred[0]!.role = 'lead';
  if (result.tokens === 0) result.unitLike = false;
  return result;
}

/** A kind of place a list names under one 各 (区, 县(市), 镇(街道), 开发区), then the body of each (政府, 管委会…). */
const PLACE_KIND = '(?:省|市|州|盟|县|区|旗|镇|乡|村|乡镇|街道|社区|县区|县市区|区县|市县|开发区|园区)(?:[(（][^()（）]{1,8}[)）])?';
const EACH_FIRST = new RegExp(`^各${PLACE_KIND}$`);
const EACH_NEXT = new RegExp(`^${PLACE_KIND}((?:人民政府|政府|党委|党工委|管委会|办事处)?)$`);

/**
 * "各开发区、镇(街道)", "各区、县(市)政府": kinds of place listed under one 各 share it, and the body the
 * last one names (各开发区 and 各镇(街道); 各区政府 and 各县(市)政府) — 镇(街道) alone names nobody.
 * Only after a bare kind: 各乡镇人民政府、街道办事处 names two bodies, each as written.
 */
function shareEach(units: UnitRef[], from: number, opening: ReadonlySet<number>): void {
  for (let i = from; i < units.length; i++) {
    if (!EACH_FIRST.test(units[i]!.name)) continue;
    let j = i + 1;
    let body = '';
    for (; j < units.length && body === '' && opening.has(j); j++) {
      const m = EACH_NEXT.exec(units[j]!.name);
      if (!m) break;
      body = m[1] ?? '';
    }
    if (j === i + 1) continue;
    const list = units.slice(i, j);
    // Kinds of one character each, 各县、市、区政府 or 各乡、镇人民政府, are the one collective name the 、 is
    // written into (各县市区政府, 各乡镇人民政府), as 各县市区 is written without it.
    if (list.every((u, k) => u.name.length - body.length * Number(k === list.length - 1) === (k === 0 ? 2 : 1))) {
      units.splice(i, j - i, { ...list[0]!, name: list.map((u) => u.name).join('') });
      continue;
    }
    for (const [k, u] of list.entries()) {
      if (k > 0) u.name = `各${u.name}`;
      if (k < j - i - 1) u.name += body;
    }
    i = j - 1;
  }
}

/** The end of a name that two names joined by 、 share: 人民大垸、荒湖管理区 are 人民大垸管理区 and 荒湖管理区. */
const SHARED_SUFFIX = /(?:管理区|开发区|高新区|工业园区|街道办事处|办事处|人民政府|管委会|委员会)$/;

/**
 * "A、B<suffix>" where A alone names no unit: A takes B's suffix (人民大垸、荒湖管理区 -> 人民大垸管理区,
 * 荒湖管理区). Undefined: two names (各乡、镇人民政府 is one: see shareEach).
 */
function sharedName(a: string, b: string): { norm: string; raw: string } | undefined {
  const m = SHARED_SUFFIX.exec(b);
  if (!m || a.length < 1 || /[()[\] ]/.test(a)) return undefined;
  const stem = b.slice(0, m.index);
  if (stem.length >= 2 && a.length >= 2 && !isUnitName(a) && isUnitName(a + m[0])) return { norm: m[0], raw: m[0] };
  return undefined;
}

function addTokens(st: SText, start: number, end: number, role: Role, out: RoleParse, tail?: { norm: string; raw: string }): void {
  const norm = st.norm;
  const t = trimName(norm, start, end);
  if (t.end <= t.start) return;
  if (t.role !== undefined) out.roleWords = true;
  const tokenNorm = norm.slice(t.start, t.end);
  // "区发改局 区财政局": spaces separate names only when every part is a name by itself.
  if (tokenNorm.includes(' ')) {
    const parts = splitSpans(norm, t.start, t.end, ' ').filter(([a, b]) => b > a);
    if (parts.length > 1 && parts.every(([a, b]) => isUnitName(norm.slice(a, b)))) {
      for (const [a, b] of parts) addTokens(st, a, b, role, out);
      return;
    }
  }
  // "市财政局会同市发改委", "宣传处会办公室": 会同 (会 for short) joins the unit doing the work to one it works with,
  // the first leading, when each side is a name by itself (区总工会办公室, 管委会办公室 stay whole).
  const jointly = /^(.{2,}?(?:处|局|室|科|厅|办|部|中心))会同?(?=.{2,}$)/.exec(tokenNorm);
  if (jointly?.[1] !== undefined && isUnitName(jointly[1]) && isUnitName(tokenNorm.slice(jointly[0].length))) {
    addTokens(st, t.start, t.start + jointly[1].length, 'lead', out);
    addTokens(st, t.start + jointly[0].length, t.end, 'co', out);
    return;
  }
  // "市级各有关部门及各县市区政府": 及 / 以及 / 和 / 与 join two names only when each side is a name
  // by itself (市住房和城乡建设局 stays whole: 市住房 is no unit).
  const joined = /以及|及|和|与/g;
  for (let m = joined.exec(tokenNorm); m; m = joined.exec(tokenNorm)) {
    const cut = t.start + m.index;
    if (isUnitName(norm.slice(t.start, cut)) && isUnitName(norm.slice(cut + m[0].length, t.end))) {
      addTokens(st, t.start, cut, role, out);
      addTokens(st, cut + m[0].length, t.end, role, out);
      return;
    }
  }
  // A label standing alone ("责任单位" where the copy stops before its colon) names nobody; nor does a
  // post with no name (分管副省长、协管副秘书长负责): no unit, and no person to name as a leader.
  if (tail === undefined && (labelKind(tokenNorm) !== undefined || POST_ONLY.test(tokenNorm))) return;
  out.tokens++;
  if (isUnitName(tokenNorm + (tail?.norm ?? ''))) out.unitTokens++;
  else out.unitLike = false;
  const name = display(st.raw.slice(t.start, t.end) + (tail?.raw ?? '')).replace(/\s+/g, '');
  if (name === '' || name.length > 100) {
    out.unitLike = false;
    return;
  }
  out.units.push({ name, role: t.role ?? role, line: lineAt(st, t.start) });
}

/** Labelled attribution ("牵头单位:A 责任单位:B、C;完成时限:6月底前") in [start, end); undefined when no label. */
export function parseLabeled(st: SText, start = 0, end = st.norm.length): Attribution | undefined {
  const norm = st.norm.slice(0, end);
  LABEL_RE.lastIndex = start;
  const hits: Array<{ kind: LabelKind; at: number; valueStart: number }> = [];
  for (let m = LABEL_RE.exec(norm); m; m = LABEL_RE.exec(norm)) {
    const kind = labelKind(m[1] ?? '');
    if (kind !== undefined) hits.push({ kind, at: m.index, valueStart: m.index + m[0].length });
  }
  if (hits.length === 0) return undefined;
  const out: Attribution = { units: [], deadlines: [], leaders: [], spans: [] };
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (hit === undefined) continue;
    const listEnd = hits[i + 1]?.at ?? end;
    if (hit.kind === 'leader') out.leaders.push(...parsePeople(st, hit.valueStart, listEnd));
    else if (hit.kind === 'deadline') out.deadlines.push(sliceS(st, hit.valueStart, listEnd));
    else {
      // "责任单位:州司法局、…,各县市人民政府,6月底完成": the last list's time, unlabelled, closes it (a deadline, no unit).
      // A unit list ends with its sentence: "责任单位:A、B。以下任务均需…落实,不再一一列出" goes on with a note, no names.
      const stop = norm.indexOf('。', hit.valueStart);
      const valueEnd = stop >= 0 && stop < listEnd - 1 ? stop : listEnd;
      const tail = i === hits.length - 1 ? /[,;，；] *([^,;，；]{2,24}?)[ 。.]*$/.exec(norm.slice(hit.valueStart, valueEnd)) : null;
      const due = tail?.[1] !== undefined && isDeadlineCell(tail[1]) ? hit.valueStart + tail.index : valueEnd;
      if (due < valueEnd) out.deadlines.push(sliceS(st, due + 1, valueEnd));
      // One character is a name cut short ("(牵头单位:市" where the copy stops), not a unit.
      out.units.push(...parseRoles(st, hit.valueStart, due, hit.kind).units.filter((u) => u.name.length >= 2));
    }
  }
  out.spans.push([hits[0]?.at ?? start, end]);
  return out;
}

/**
 * A table's name column spaces two-character names out to the width of three ("俞 悦" is 俞悦), and
 * a copy runs the names of one cell together ("陆 明俞 悦" is 陆明 and 俞悦): a character standing
 * alone takes the first character of the next piece, the rest of that piece is the next name (or
 * its first character). Nothing to split when no piece is a single character ("副区长 王五").
 */
export function spacedNames(text: string): string[] {
  const pieces = text.trim().split(/[ \t\u3000\u00a0]+/).filter((p) => p !== '');
  if (pieces.length < 2 || !pieces.every((p) => /^[\u3400-\u9fff]+$/.test(p)) || !pieces.some((p) => p.length === 1)) return [text];
  const names: string[] = [];
  let open = '';
  for (const piece of pieces) {
    let rest = piece;
    if (open !== '') {
      names.push(open + rest.charAt(0));
      open = '';
      rest = rest.slice(1);
    }
    if (rest.length === 1) open = rest;
    else if (rest !== '') names.push(rest);
  }
  if (open !== '') names.push(open);
  return names;
}

/** "张三、李四" / "副区长 王五" under a leader label: names as written, at most 50. */
export function parsePeople(st: SText, start: number, end: number): string[] {
  const out: string[] = [];
  for (const [a, b] of splitSpans(st.norm, start, end, '、,;，；/')) {
    const written = foldWidth(st.raw.slice(a, b)).replace(/^\s*[([（［]|[)\]）］。.]\s*$/g, '');
    for (const piece of spacedNames(written)) {
      const name = display(piece).replace(/^[([]|[)\]。.]$/g, '').trim();
      if (name !== '' && name.length <= 100 && !out.includes(name)) out.push(name);
    }
  }
  return out.slice(0, 50);
}

/** Does this whole line carry attribution (a label first, or a bracketed role list)? */
export function isAttributionLine(norm: string): boolean {
  if (LABEL_START_RE.test(norm)) return true;
  const m = /^[([](.*)[)\]][。.]?$/.exec(norm);
  if (!m) return false;
  const inner = m[1] ?? '';
  if (/[()[\]]/.test(inner.replace(/\([^()]*\)/g, ''))) return false;
  const st: SText = { raw: inner, norm: inner, marks: [{ at: 0, line: 1 }] };
  const p = parseRoles(st, 0, inner.length, 'dept');
  return p.roleWords && p.unitLike;
}

/** A line that is nothing but unit names ("办公室、宣传教育部" or "区发改局牵头,区财政局配合"). */
export function isUnitListLine(norm: string): boolean {
  if (norm.length > 150 || /[。"“”《》]/.test(norm.replace(/[。.]$/, ''))) return false;
  const st: SText = { raw: norm, norm, marks: [{ at: 0, line: 1 }] };
  const p = parseRoles(st, 0, norm.length, 'dept');
  // One name and a full stop is a sentence ("搭建职工教育培训平台。"), not a list.
  return p.unitLike && (p.tokens >= 2 || (p.tokens === 1 && !/[。.]$/.test(norm)));
}

/**
 * Reads one attribution line (labelled, bracketed or a bare list). `cutOff`: the copy stops at the
 * end of this line ("责任单位:市发改委、…、市税务局、市协"), so an unfinished last name is left out,
 * as in a bracket the page end cuts (a name cut inside its own bracket keeps the part before it).
 */
export function parseAttributionLine(st: SText, cutOff = false): Attribution {
  let start = 0;
  let end = st.norm.length;
  // (People are not cut: a name such as 汤飞帆 is no unit name.)
  if (cutOff && !/[)\]。.;]$/.test(st.norm) && !/领导|负责人|责任人/.test(st.norm.slice(0, Math.max(0, st.norm.indexOf(':'))))) {
    // The name after the last separator (or after the label's colon: "责任单位:区", the only name, cut after its first character).
    const sep = Math.max(st.norm.lastIndexOf('、'), st.norm.lastIndexOf(','));
    const label = LABEL_START_RE.exec(st.norm);
    const unitLabel = label !== null && ['lead', 'dept', 'co'].includes(labelKind(label[1] ?? '') ?? '');
    const nameAt = sep >= 0 ? sep + 1 : unitLabel && label ? label[0].length : -1;
    if (nameAt >= 0 && !isUnitName(st.norm.slice(nameAt))) end = sep >= 0 ? sep : nameAt;
    end = unclosedAt(st.norm, 0, end);
  }
  const m = /^[([](.*)[)\]][。.]?$/.exec(st.norm);
  if (m) {
    start = 1;
    end = 1 + (m[1] ?? '').length;
  }
  const labeled = parseLabeled(st, start, end);
  if (labeled) return { ...labeled, spans: [[0, st.norm.length]] };
  const p = parseRoles(st, start, end, 'dept');
  return { units: p.units, deadlines: [], leaders: [], spans: [[0, st.norm.length]] };
}

/**
 * Where a name cut off inside its own bracket ends: "各区人民政府〈含开发区" is 各区人民政府 (the
 * bracket says what it includes). `end` when every bracket in [start, end) is closed.
 */
function unclosedAt(norm: string, start: number, end: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '〈': '〉', '<': '>' };
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const c = norm.charAt(i);
    if (c in pairs) open.push(i);
    else if (open.length > 0 && pairs[norm.charAt(open[open.length - 1]!)] === c) open.pop();
  }
  return open[0] ?? end;
}

/**
 * Where a list the copy cuts off ends: before its unfinished last name ("区发改局、市" ends after
 * 区发改局), `end` when the last name is whole. A name after a role's label counts without the label
 * ("牵头单位:A、B;责任单位:区政" ends after B: the cut is inside the second role's first name).
 */
function lastNameCut(norm: string, open: number, end: number): number {
  const sep = Math.max(norm.lastIndexOf('、', end), norm.lastIndexOf(',', end));
  const semi = norm.lastIndexOf(';', end);
  const label = semi > sep ? LABEL_START_RE.exec(norm.slice(semi + 1, end)) : null;
  const at = label ? semi : sep;
  if (at <= open) return end;
  const name = norm.slice(at + 1 + (label?.[0].length ?? 0), end);
  return isUnitName(name) ? end : at;
}

/** Index of the bracket opening the group that closes at `close`, or -1. */
function openingBracket(norm: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = norm.charAt(i);
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Attribution written inside an item's own text: a trailing bracket group
 * "(责任单位:A、B)" / "(A牵头,B配合)" / "(A、B)", or a label after the last sentence
 * ("…工作。责任单位:A、B"), or a labelled bracket group anywhere.
 */
export function bodyAttribution(st: SText): Attribution | undefined {
  const norm = st.norm;
  let end = norm.length;
  while (end > 0 && ' \n。.;'.includes(norm.charAt(end - 1))) end--;
  const last = norm.charAt(end - 1);
  // 〔责任单位:A、B〕 (the 文号's brackets, so only a labelled group counts), its list ending with its
  // first sentence (〔责任单位:A、B按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工。〕).
  if (last === '〕') {
    const open = norm.lastIndexOf('〔', end - 1);
    const stop = norm.indexOf('。', open);
    const labeled = open >= 0 ? parseLabeled(st, open + 1, stop > open && stop < end - 1 ? stop : end - 1) : undefined;
    if (labeled) return { ...labeled, spans: [[open, norm.length]] };
    // A bare list of units after a sentence's end, 。〔省发展改革委、省科技厅〕, is the item's as (A、B) is: a 文号's
    // 〔2023〕 holds no unit names.
    const bare = open > 0 && /[。;]/.test(norm.charAt(open - 1)) ? parseRoles(st, open + 1, end - 1, 'dept') : undefined;
    if (bare && bare.tokens > 0 && (bare.roleWords ? bare.unitTokens * 2 >= bare.tokens : bare.unitLike)) return { units: bare.units, deadlines: [], leaders: [], spans: [[open, norm.length]] };
  }
  if (last === ')' || last === ']') {
    const open = openingBracket(norm, end - 1);
    if (open >= 0) {
      const labeled = parseLabeled(st, open + 1, end - 1);
      if (labeled) return { ...labeled, spans: [[open, norm.length]] };
      const p = parseRoles(st, open + 1, end - 1, 'dept');
      // "镇(街道)" is a name, not an attribution: a bare list must follow punctuation.
      const before = norm.charAt(open - 1);
      const afterPunct = open === 0 || /[。;:,!?)\]\s、”]/.test(before);
      // With role words (牵头/配合/负责) most names must look like units; a bare list needs all of them.
      const ok = p.roleWords
        ? p.unitTokens * 2 >= p.tokens && p.tokens > 0
        : p.unitLike && afterPunct && (p.tokens >= 2 || norm.slice(open + 1, end - 1).trim().length >= 3);
      if (ok) return { units: p.units, deadlines: [], leaders: [], spans: [[open, norm.length]] };
    }
  }
  // A copy that stops inside the closing bracket ("…措施。(市政府辦公室、市"): the names written
  // before the cut, the unfinished last one left out.
  // (〔 too, a name inside it in brackets of its own: 。〔省委军民融合办、…、省数据局(省营商局).)
  const tortoise = norm.lastIndexOf('〔', end);
  const open = tortoise >= 0 && !norm.slice(tortoise, end).includes('〕') ? tortoise : Math.max(norm.lastIndexOf('(', end), norm.lastIndexOf('[', end));
  // (After a sentence's end; or anywhere when it says who does what: "…下降2.5%(分管副省长…负责,省发展改革委牵头,省".)
  const roles = open > 0 && /(?:牵头|负责|配合)[,;、]/.test(norm.slice(open, end));
  const unclosed = norm.charAt(open) === '〔' ? !norm.slice(open, end).includes('〕') : !/[)\]]/.test(norm.slice(open, end));
  if (open > 0 && unclosed && (/[。;]/.test(norm.charAt(open - 1)) || roles)) {
    const cut = unclosedAt(norm, open + 1, lastNameCut(norm, open, end));
    const labeled = parseLabeled(st, open + 1, cut);
    if (labeled && labeled.units.length > 0) return { ...labeled, spans: [[open, norm.length]] };
    const p = parseRoles(st, open + 1, cut, 'dept');
    const ok = roles ? p.roleWords && p.tokens > 0 && p.unitTokens * 2 >= p.tokens : p.unitLike && p.tokens > 0;
    if (!labeled && ok) return { units: p.units, deadlines: [], leaders: [], spans: [[open, norm.length]] };
  }
  // A labelled group or tail somewhere else in the text.
  LABEL_RE.lastIndex = 0;
  const m = LABEL_RE.exec(norm);
  if (!m) return statedUnits(st) ?? reportingOffice(st) ?? assignedUnits(st);
  const at = m.index;
  const before = norm.charAt(at - 1);
  if (before === '(' || before === '[') {
    let depth = 0;
    let close = -1;
    for (let i = at - 1; i < norm.length; i++) {
      const c = norm.charAt(i);
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') {
        depth--;
        if (depth === 0) {
          close = i;
          break;
        }
      }
    }
    if (close < 0) close = norm.length;
    const labeled = parseLabeled(st, at, close);
    return labeled ? { ...labeled, spans: [[at - 1, Math.min(norm.length, close + 1)]] } : undefined;
  }
  if (at === 0 || /[。;!?\n\s]/.test(before)) {
    const labeled = parseLabeled(st, at, norm.length);
    return labeled ? { ...labeled, spans: [[at, norm.length]] } : undefined;
  }
  return undefined;
}

/**
 * A progress report under a pledge, its sentence opening on the office that answers for it (…提升鄉親生活品質。
 * 工務處中柱碼頭區營運設施改善工程已完成。 / 行政處辦理…已完成。): that office, the shortest name ending in 处 or 局
 * (the government's offices) right after the sentence's end; 各处, 此处, 在市水利局, 问责处罚 and the like are no office.
 */
const REPORTING = /。 ?((?![各此该本到多每全在要对由经向从将把被为与和及已按据])[\u4e00-\u9fff]{1,4}?[处局])(?![罚理置分于])(?=[\u4e00-\u9fff])/g;

function reportingOffice(st: SText): Attribution | undefined {
  const out: Attribution = { units: [], deadlines: [], leaders: [], spans: [] };
  for (const m of st.norm.matchAll(REPORTING)) {
    const name = m[1] ?? '';
    if (!isUnitName(name)) continue;
    const from = m.index + m[0].indexOf(name);
    out.units.push(...parseRoles(st, from, from + name.length, 'dept').units);
  }
  return out.units.length > 0 ? out : undefined;
}

/** A label saying whose the clause is in a sentence of its own words: "…(依据…),责任单位为区发改委;". */
const STATED_RE = new RegExp(`(?<=^|[,;:。\\s])(${UNIT_LABELS})为([^,;:。\\s()]{2,60})(?=[;。\\s]|$)`, 'g');

/**
 * The units a text names each in a sentence, "X为<units>" closing a clause (an indicator list: "人均地区生产总值:增长6%左右
 * (…),责任单位为区发改委;规模以上工业增加值:增长8%(…),责任单位为区经信局;"): every one, each with its label's role.
 */
function statedUnits(st: SText): Attribution | undefined {
  const out: Attribution = { units: [], deadlines: [], leaders: [], spans: [] };
  for (const m of st.norm.matchAll(STATED_RE)) {
    const kind = labelKind(m[1] ?? '');
    const value = m[2] ?? '';
    if ((kind !== 'lead' && kind !== 'dept' && kind !== 'co') || !isUnitListLine(value)) continue;
    const from = m.index + (m[1] ?? '').length + 1;
    out.units.push(...parseRoles(st, from, from + value.length, kind).units);
    out.spans.push([m.index, from + value.length]);
  }
  return out.units.length > 0 ? out : undefined;
}

/** What a unit named after 由 goes on to do: 由人事处负责发文落实, 由学校办公室根据会议精神负责督办落实, 由X会同Y具体实施. */
const ASSIGNED_DOES = /^(?:会同|负责|牵头|具体|根据|发文|组织|统筹|按照|结合|抓好|落实|实施|督办)/;
/** After a unit that works with the first: the next one, 等, or what they do. */
const WITH_NEXT = new RegExp(`^(?:、|等|${ASSIGNED_DOES.source.slice(1)})`);
/** A meeting's demand (会议要求,…) and, after each unit it names, the next one or what it must do (要 / 应 / 会同). */
const DEMANDED = /会议(?:要求|强调|明确)[,:]/g;
const DEMANDED_NEXT = /^(?:及|、|和|与|要|应|须|必须|务必|会同)/;
/** 由 opening a clause (后续事宜由…, 该项工作由…), not inside a word (自由, 理由). */
const ASSIGNED_BY = /(?<=^|[,;:。\s]|事宜|事项|工作|任务)由/g;

/** The end of the shortest unit name from `start` that `follows` comes after (学校办公室 before 根据, not 学校), or -1. */
function unitEnd(norm: string, start: number, follows: RegExp): number {
  for (let e = start + 2; e <= Math.min(norm.length, start + 30); e++) {
    if (isUnitName(norm.slice(start, e)) && follows.test(norm.slice(e))) return e;
  }
  return -1;
}

/**
 * The units a clause hands the work to, "由X(会同Y、Z)负责…": a meeting's decisions (…名单,由人事处负责发文落实;
 * 由人事处会同发规办具体实施) name the office carrying each out so. Each is the item's unit; 会同 names no lead.
 */
function assignedUnits(st: SText): Attribution | undefined {
  const norm = st.norm;
  const units: UnitRef[] = [];
  const add = (s: number, e: number): void => {
    const name = display(sliceS(st, s, e).raw);
    if (!units.some((u) => u.name === name)) units.push({ name, role: 'dept', line: lineAt(st, s) });
  };
  // The units a 会同 names after the first: 会同教务处、校团委等相关职能部门.
  const joined = (e: number): void => {
    let from = e + 2;
    if (!norm.startsWith('会同', e)) return;
    for (let next = unitEnd(norm, from, WITH_NEXT); next > 0; next = unitEnd(norm, from, WITH_NEXT)) {
      add(from, next);
      if (norm.charAt(next) !== '、') break;
      from = next + 1;
    }
  };
  for (const m of norm.matchAll(ASSIGNED_BY)) {
    const s = m.index + 1;
    const e = unitEnd(norm, s, ASSIGNED_DOES);
    if (e < 0) continue;
    add(s, e);
    joined(e);
  }
  // 会议要求,人事处及各教学单位要… / 学校办公室应会同教务处…: the units a meeting's demand is addressed to.
  for (const m of norm.matchAll(DEMANDED)) {
    let from = m.index + m[0].length;
    for (let e = unitEnd(norm, from, DEMANDED_NEXT); e > 0; e = unitEnd(norm, from, DEMANDED_NEXT)) {
      add(from, e);
      const and = /^(?:及|、|和|与)/.exec(norm.slice(e));
      if (and) {
        from = e + and[0].length;
        continue;
      }
      joined(norm.charAt(e) === '会' ? e : e + 1);
      break;
    }
  }
  return units.length > 0 ? { units, deadlines: [], leaders: [], spans: [] } : undefined;
}

/**
 * departments = every unit in listed order with the lead unit(s) first; lead only when named (牵头), or
 * when the units that answer for the work (责任单位) stand beside the ones that help (配合单位): they lead.
 */
export function mergeUnits(units: UnitRef[]): { departments: string[]; lead: string[] } {
  const lead: string[] = [];
  const departments: string[] = [];
  const leading = units.some((u) => u.role === 'lead') ? 'lead' : units.some((u) => u.role === 'co') ? 'dept' : 'lead';
  for (const u of units) if (u.role === leading && !lead.includes(u.name)) lead.push(u.name);
  for (const name of [...lead, ...units.map((u) => u.name)]) if (!departments.includes(name)) departments.push(name);
  return { departments, lead };
}

/** A leader's post in a heading: 县长, 常务副区长, 区政府党组成员, 市委常委、副市长, 副局长, 副校长, 总经理. */
const POST =
  '(?:(?:常务|专职|执行)?副?(?:省|市|州|盟|县|区|旗|镇|乡|局|处|厅|部|科|校|院)长|(?:(?:省|市|州|县|区|镇|乡)(?:政府|委))?(?:党组|党委|纪委|纪工委)?(?:副?书记|成员|常委)|(?:常务|专职)?副?(?:主任|主席|秘书长|总经理|董事长)|总(?:工程|会计|经济)师|(?:一级|二级)?(?:调研员|巡视员))';
/** How a heading says its leader heads the work: 牵头, 领衔, 负责, 分管, and 主抓 / 主管 ("王纲市长主抓重点工作"). */
const LEADS = '(?:牵头|领衔|负责|分管|主抓|主管)';
/** A post alone, maybe with what it does: 分管副省长, 协管副秘书长. */
const POST_ONLY = new RegExp(`^(?:分管|协管|联系|主管)?${POST}$`);
/** "王丹县长牵头重点工作", "曹惠明同志牵头": the name, then the post. */
const LEADER_HEADING = new RegExp(`^(?:由)?([\\u4e00-\\u9fff]{2,4}?)(?:同志)?(${POST}(?:、${POST})?)(?:同志)?${LEADS}`);
/** "由县委常委、常务副县长曹惠明牵头": the post, then the name. */
const POST_FIRST_HEADING = new RegExp(`^(?:由)?(?:${POST}(?:、${POST})?)([\\u4e00-\\u9fff]{2,3})(?:同志)?${LEADS}`);
/** "县示范区管委会牵头工作(8项)": a unit that leads the section's work. */
const UNIT_HEADING = /^(?:由)?([^,;:。、()[\]\s]{2,30}?)(?:牵头|负责|主办)(?:的|负责的|落实的)?(?:重点|主要)?(?:工作|任务|事项|项目)/;

/** An office (室, 局, 部, 中心 …) named alone, with the other names it goes by in brackets: 综合办公室(党群工作部、监察室、督查室、财务室). */
const OFFICE = /^([\u4e00-\u9fff]{2,20}(?:室|局|部|中心|办|委|会|科|股|处|所|站|队|组))(?:\(([^()]{2,60})\))?$/;

/**
 * A heading that is only an office's name (a 部室简介's (一)综合办公室(党群工作部、…) over that office's tasks): the
 * office answers for them, one unit written with its other names, as 县发改局(粮食局) is.
 */
export function officeHeading(st: SText): UnitRef | undefined {
  const t = st.norm.trim();
  const m = OFFICE.exec(t);
  if (!m?.[1] || !isUnitName(m[1]) || (m[2] !== undefined && !m[2].split('、').every((n) => isUnitName(n)))) return undefined;
  const at = st.norm.indexOf(t);
  return { name: display(st.raw.slice(at, at + t.length)).replace(/\s+/g, ''), role: 'dept', line: lineAt(st, at) };
}

/**
 * Who a heading says leads the work under it: "王丹县长牵头重点工作" names a leader (the name,
 * without the post), "县示范区管委会牵头工作(8项)" a unit (its items' lead when they name none).
 */
export function headingOwner(st: SText): { leaders: string[]; units: UnitRef[] } {
  const norm = st.norm;
  const person = LEADER_HEADING.exec(norm) ?? POST_FIRST_HEADING.exec(norm);
  // A person's name: not a unit, not a scope (各/全/本/相关…), no joining word.
  if (person?.[1] !== undefined && !isUnitName(person[1]) && !/^[各全本该此其每有相主分副]|[的和与及等]/.test(person[1])) {
    const at = person[0].indexOf(person[1]);
    return { leaders: [display(st.raw.slice(at, at + person[1].length)).replace(/\s+/g, '')], units: [] };
  }
  const unit = UNIT_HEADING.exec(norm);
  if (unit?.[1] !== undefined && isUnitName(unit[1])) {
    const at = unit[0].indexOf(unit[1]);
    return { leaders: [], units: [{ name: display(st.raw.slice(at, at + unit[1].length)).replace(/\s+/g, ''), role: 'lead', line: lineAt(st, at) }] };
  }
  return { leaders: [], units: [] };
}
