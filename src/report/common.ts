// What the three bulletin renderers (Markdown, HTML, Word) share: the 公文 as an ordered list of
// blocks — 报头, 标题, 主送, 正文, 附件说明, 落款, 附件, 版记 — with every sentence and every table
// cell already worded. Each renderer only lays the blocks out in its format and escapes the text,
// so the three say the same thing.
import type { BulletinData, FrameConflict, FrameField, ReportTarget } from '../core/report.js';
import type { Status } from '../core/status.js';
import { t, type Lang, type MessageKey, type Params } from '../i18n/index.js';
import { num } from '../render/status.js';
import { safe, safeLines, truncate, width } from '../render/text.js';

export interface ReportMeta {
  lang: Lang;
  /** The plan file as the user sees it (relative to the working folder). */
  source: string;
  /** The plan file's git state; undefined outside a repository. */
  git?: { commit?: string; dirty: boolean };
  version: string;
  /** Print the provenance line in the body too (--provenance); it always goes into the properties / a meta tag. */
  provenance?: boolean;
}

export type Words = (key: MessageKey, params?: Params) => string;
export const words = (lang: Lang): Words => (key, params) => t(lang, key, params);

/** Text safe inside HTML or XML, in an element or a quoted attribute. */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** One line of plan text, for headings and list entries. */
export const oneLine = (s: string): string => safeLines(s).replace(/\s*\n\s*/g, ' ');

/** 2026-09-30 → 2026年9月30日 (zh) / 30 September 2026 (en): every date in the bulletin's body. */
export function dateText(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${d} ${month} ${y}`;
}

/** A reporting round's id in the bulletin's words: 2026-09 → 2026年9月, 2026-Q3 → 2026年第三季度, a week by its Monday. */
export function roundText(lang: Lang, id: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(id);
  if (q) return lang === 'zh' ? `${q[1]}年第${cnNumber(Number(q[2]))}季度` : `Q${q[2]} ${q[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(id);
  if (m) return lang === 'zh' ? `${m[1]}年${Number(m[2])}月` : `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(m[2]) - 1]} ${m[1]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(id)) return lang === 'zh' ? `${dateText(lang, id)}起一周` : `week of ${dateText(lang, id)}`;
  return id;
}

/** The numbers of sub-headings and requirements: （一）/一是 in Chinese, (1)/1. in English. */
const counter = (lang: Lang, n: number): string => (lang === 'zh' ? cnNumber(n) : String(n));

/** 一 二 … 十九: the 一是、二是 of the requirements, the numbering of sub-headings. */
export function cnNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n <= 10) return n === 10 ? '十' : digits[n]!;
  if (n < 20) return `十${digits[n - 10]}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}

/** 1—9月 (zh) / January–September (en); the same month alone when it is one. */
export function periodLabel(lang: Lang, data: BulletinData): string {
  if (data.bulletin.period_label) return data.bulletin.period_label;
  const { from, to } = data.bulletin.months;
  const fm = Number(from.slice(5, 7));
  const tm = Number(to.slice(5, 7));
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  if (lang === 'zh') {
    if (from === to) return `${tm}月`;
    return sameYear ? `${fm}—${tm}月` : `${from.slice(0, 4)}年${fm}月—${to.slice(0, 4)}年${tm}月`;
  }
  const name = (m: number) => ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]!;
  return from === to ? name(tm) : `${name(fm)}–${name(tm)}`;
}

/** The order counts are told in: the good news first, as bulletins do. */
const TOLD: readonly Status[] = ['done', 'on_track', 'at_risk', 'behind', 'overdue', 'not_started'];

export interface ReportColumn {
  /** May hold a line break ("差距\n（百分点）"). */
  header: string;
  numeric: boolean;
  /** Width in characters of the table's font; 0: the column that takes the rest of the line. */
  width: number;
  /** A figure, a date or a status: it grows to its widest cell rather than break across lines. */
  nowrap: boolean;
}

export interface ReportTable {
  columns: ReportColumn[];
  rows: string[][];
}

/** The bulletin as an ordered list of blocks; each renderer prints the blocks in its format. */
export type Block =
  | { kind: 'masthead'; publication: string; issue: string; issuer: string; date: string }
  /** `lines`: where a title too long for one line breaks — at a boundary of meaning, never inside a word (GB/T 9704 7.3.3). */
  | { kind: 'title'; text: string; lines: string[] }
  | { kind: 'to'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'h1'; text: string }
  | { kind: 'h2'; text: string }
  | { kind: 'annex-list'; label: string; items: string[] }
  | { kind: 'signature'; issuer: string; date: string }
  | { kind: 'annex'; label: string; title: string; table: ReportTable; landscape: boolean; empty: string }
  | { kind: 'colophon'; cc: string | null; issuer: string; date: string }
  | { kind: 'provenance'; text: string };

/** Who issues the bulletin: the block's issuer, else the plan's organization, else its title. */
export function issuerOf(data: BulletinData): string {
  return oneLine(data.bulletin.issuer ?? data.organization ?? data.title);
}

/** The provenance: plan file and git commit, for document properties and a meta tag (and the body only with --provenance). */
export function provenanceText(L: Words, meta: ReportMeta): string {
  let source = L('rp_source', { file: oneLine(meta.source) });
  if (meta.git) {
    const state = meta.git.commit ? L('rp_commit', { commit: meta.git.commit.slice(0, 12) }) : L('rp_noCommit');
    source += L('rp_paren', { text: meta.git.dirty ? `${state}${L('rp_listSep')}${L('rp_dirty')}` : state });
  }
  return `${source}${L('rp_listSep')}${L('rp_generated', { version: meta.version })}`;
}

export function statusWord(L: Words, s: Status): string {
  return L(`st_${s}`);
}

const withUnit = (n: number | null, unit: string) => (n === null ? '—' : `${num(n)}${unit}`);

/** The name of a target in prose: its metric in quotes, under the item when it has its own targets. */
function targetName(L: Words, tg: ReportTarget): string {
  if (!tg.implicit) return L('bl_targetName', { id: tg.id, metric: oneLine(tg.metric) });
  // Across plans (report --all) an item is union-2026:13: said as 第13项 of its plan.
  const at = tg.item.lastIndexOf(':');
  if (at > 0) return L('bl_itemNameIn', { plan: tg.item.slice(0, at), id: tg.item.slice(at + 1), title: oneLine(tg.item_title) });
  return L('bl_itemName', { id: tg.item, title: oneLine(tg.item_title) });
}

const joinUnits = (L: Words, list: string[]) => list.map(oneLine).join(L('rp_sep'));

/** One lagging target, 点名: who leads it, how far behind, and the unit's own reason. */
function laggingSentence(L: Words, lang: Lang, tg: ReportTarget, n: number): string {
  const others = tg.departments.filter((d) => !tg.lead.includes(d));
  const units = others.length ? L('bl_unitsLeadOthers', { lead: joinUnits(L, tg.lead), others: joinUnits(L, others) }) : L('bl_unitsLead', { lead: joinUnits(L, tg.lead) });
  let state: string;
  const actual = withUnit(tg.actual, tg.unit);
  const target = withUnit(tg.target, tg.unit);
  if (tg.actual === null) state = tg.status === 'overdue' ? L('bl_stateOverdueNone', { due: dateText(lang, tg.due) }) : L('bl_stateNone');
  else if (tg.status === 'overdue') state = L('bl_stateOverdue', { due: dateText(lang, tg.due), actual, target });
  else if (tg.kind === 'level') state = L('bl_stateLevel', { actual, target });
  else if (tg.kind === 'at_most') state = L('bl_stateCap', { actual, target });
  else state = L('bl_stateBehind', { actual, target, expected: withUnit(tg.expected === null ? null : Math.round(tg.expected * 10) / 10, tg.unit), gap: num(tg.gap ?? 0) });
  const reason = tg.problems ? L('bl_reason', { problems: oneLine(tg.problems).replace(/[。.]$/, '') }) : '';
  return L('bl_laggingItem', { n, name: targetName(L, tg), units, state, reason });
}

/** 附件1 滞后事项清单: exactly `plan behind`'s list, with the units' own reasons. */
export function laggingTable(L: Words, data: BulletinData): ReportTable {
  const cols: [MessageKey, boolean, number][] = [
    ['bl_c_no', true, 2],
    ['bl_c_id', false, 3],
    ['bl_c_task', false, 0],
    ['bl_c_lead', false, 5],
    ['bl_c_others', false, 8],
    ['bl_c_target', true, 5],
    ['bl_c_actual', true, 5],
    ['bl_c_expected', true, 5],
    ['bl_c_gap', true, 4.5],
    ['bl_c_status', false, 2],
    ['bl_c_problems', false, 9],
  ];
  const nowrap = new Set<MessageKey>(['bl_c_status']);
  const rows = data.lagging.map((tg, i) => [
    String(i + 1),
    tg.id,
    tg.implicit ? oneLine(tg.item_title) : `${oneLine(tg.metric)}${L('rp_paren', { text: oneLine(tg.item_title) })}`,
    joinUnits(L, tg.lead),
    joinUnits(L, tg.departments.filter((d) => !tg.lead.includes(d))) || '—',
    withUnit(tg.target, tg.unit),
    withUnit(tg.actual, tg.unit),
    withUnit(tg.expected === null ? null : Math.round(tg.expected * 10) / 10, tg.unit),
    tg.gap === null ? '—' : num(tg.gap),
    statusWord(L, tg.status),
    tg.problems ? oneLine(tg.problems) : '—',
  ]);
  return { columns: cols.map(([k, numeric, width]) => ({ header: L(k), numeric, width, nowrap: numeric || nowrap.has(k) })), rows };
}

/** 附件2 全部指标推进情况一览表: every target, by section. */
export function allTable(L: Words, lang: Lang, data: BulletinData): ReportTable {
  const cols: [MessageKey, boolean, number][] = [
    ['bl_c_no', true, 2],
    ['bl_c_id', false, 3],
    ['bl_c_task', false, 0],
    ['bl_c_lead', false, 5],
    ['bl_c_target', true, 5],
    ['bl_c_actual', true, 5],
    ['bl_c_rate', true, 3.5],
    ['bl_c_expected', true, 5],
    ['bl_c_gap', true, 4.5],
    ['bl_c_due', false, 7.5],
    ['bl_c_last', false, 7.5],
    ['bl_c_status', false, 2],
  ];
  const nowrap = new Set<MessageKey>(['bl_c_due', 'bl_c_last', 'bl_c_status']);
  let i = 0;
  const rows = data.sections.flatMap((s) =>
    s.items.flatMap((it) =>
      it.targets.map((tg) => [
        String(++i),
        tg.id,
        tg.implicit ? oneLine(it.title) : `${oneLine(tg.metric)}${L('rp_paren', { text: oneLine(it.title) })}`,
        joinUnits(L, tg.lead),
        withUnit(tg.target, tg.unit),
        withUnit(tg.actual, tg.unit),
        tg.share === null ? '—' : `${num(tg.share * 100)}%`,
        withUnit(tg.expected === null ? null : Math.round(tg.expected * 10) / 10, tg.unit),
        tg.gap === null ? '—' : num(tg.gap),
        dateText(lang, tg.due),
        tg.last_reading ? dateText(lang, tg.last_reading) : L('bl_never'),
        statusWord(L, tg.status),
      ]),
    ),
  );
  return { columns: cols.map(([k, numeric, width]) => ({ header: L(k), numeric, width, nowrap: numeric || nowrap.has(k) })), rows };
}

/** Characters of 2号 (22 pt) on the 156 mm line. */
const TITLE_LINE = 20;

/**
 * The title block: the catalogue marks the boundary of meaning with a line break (关于《…》 /
 * 1—9月落实情况的通报); a title that fits on one line is one line, a longer one breaks there
 * rather than wherever the line runs out (落实 / 情况).
 */
function titleBlock(worded: string): Extract<Block, { kind: 'title' }> {
  const parts = worded.split('\n');
  const text = parts.join('');
  return { kind: 'title', text, lines: width(text) / 2 > TITLE_LINE ? parts : [text] };
}

export function reportBlocks(data: BulletinData, meta: ReportMeta): Block[] {
  const lang = meta.lang;
  const L = words(lang);
  const b = data.bulletin;
  const date = dateText(lang, data.as_of);
  const issuer = issuerOf(data);
  const period = periodLabel(lang, data);
  const scope = data.department ? L('rp_paren', { text: oneLine(data.department) }) : '';
  // A bulletin over several plans (report --all) names them all, in the title and the 导语.
  const many = 'plans' in data;
  const blocks: Block[] = [
    { kind: 'masthead', publication: oneLine(b.publication ?? L('bl_publication')), issue: L('bl_issue', { n: b.issue }), issuer, date },
    titleBlock(L('bl_title', { title: many ? L('bl_allTitle', { org: oneLine(data.organization ?? '') }).trim() : oneLine(data.title), period, scope })),
    { kind: 'to', text: L('bl_to', { to: oneLine(b.to ?? L('bl_toDefault')) }) },
  ];
  const p = (text: string) => blocks.push({ kind: 'p', text });

  // 导语: the basis with its 文号, the method, 现将有关情况通报如下.
  const docNo = b.basis.doc_no ? L('rp_paren', { text: oneLine(b.basis.doc_no) }) : '';
  const method = oneLine(b.method ?? L('bl_methodDefault'));
  const cited = b.basis.text === null ? null : oneLine(b.basis.text);
  // A citation that is the plan itself (《title》（文号）) reads as the basis; the 印发通知 is cited before it.
  if (many) p(L('bl_lead', { basis: Object.values(data.plan_titles).map(oneLine).join(L('bl_basisJoin')), docNo: '', issuer, method, date }));
  else if (cited === null || cited.startsWith(`《${oneLine(data.title)}》`)) p(L('bl_lead', { basis: oneLine(b.basis.title), docNo: cited === null ? docNo : cited.slice(oneLine(data.title).length + 2), issuer, method, date }));
  else p(L('bl_leadNotice', { notice: cited, basis: oneLine(data.title), issuer, method, date }));

  // 一、总体情况
  blocks.push({ kind: 'h1', text: L('bl_h_overall') });
  const told = TOLD.filter((s) => data.counts[s] > 0).map((s) => L('bl_countShare', { status: L(`bl_st_${s}`), n: data.counts[s], share: data.shares[s].toFixed(1) }));
  p(
    L('bl_overall', {
      date,
      elapsed: num(data.elapsed * 100),
      items: data.totals.items,
      targets: data.totals.targets,
      counts: told.join(L('bl_semicolon')) || L('bl_noTargets'),
    }),
  );
  p(L('bl_rule', { warn: data.settings.warn_gap, behind: data.settings.behind_gap }));
  if (data.ahead.length) {
    const named = data.ahead.map((tg) => (tg.status === 'done' ? L('bl_aheadDone', { name: targetName(L, tg), lead: joinUnits(L, tg.lead) }) : L('bl_aheadGap', { name: targetName(L, tg), lead: joinUnits(L, tg.lead), gap: num(-(tg.gap ?? 0)) })));
    p(L('bl_ahead', { list: named.join(L('rp_sep')), n: data.ahead.length }));
  }

  // 二、存在问题: 点名 the lagging, with the units' own reasons; then reporting and escalations.
  blocks.push({ kind: 'h1', text: L('bl_h_problems') });
  let sub = 0;
  const red = data.lagging.filter((tg) => tg.status === 'behind' || tg.status === 'overdue');
  const yellow = data.lagging.filter((tg) => tg.status === 'at_risk');
  if (!data.lagging.length) p(L('bl_noLagging'));
  if (red.length) {
    blocks.push({ kind: 'h2', text: L('bl_h_behind', { n: counter(lang, ++sub) }) });
    p(L('bl_behindIntro', { n: red.length, overdue: data.counts.overdue }));
    red.forEach((tg, i) => p(laggingSentence(L, lang, tg, i + 1)));
  }
  if (yellow.length) {
    blocks.push({ kind: 'h2', text: L('bl_h_risk', { n: counter(lang, ++sub) }) });
    const list = yellow.map((tg) => L('bl_riskEntry', { name: targetName(L, tg), lead: joinUnits(L, tg.lead), gap: tg.gap === null ? L('bl_noFigure') : L('bl_gapPoints', { gap: num(tg.gap) }) }));
    p(L('bl_risk', { list: list.join(L('rp_sep')), n: yellow.length, warn: data.settings.warn_gap }));
    const reasons = yellow.filter((tg) => tg.problems);
    if (reasons.length) p(L('bl_riskReasons', { list: reasons.map((tg) => L('bl_riskReason', { name: targetName(L, tg), problems: oneLine(tg.problems!).replace(/[。.]$/, '') })).join(L('bl_semicolon')) }));
  }
  if (data.reporting.departments.length) {
    blocks.push({ kind: 'h2', text: L('bl_h_reporting', { n: counter(lang, ++sub) }) });
    const list = data.reporting.departments.map((u) => L(u.status === 'missing' ? 'bl_unitMissing' : 'bl_unitLate', { unit: oneLine(u.name), ids: u.targets.join(L('rp_sep')), n: u.targets.length, last: u.last_reading ? dateText(lang, u.last_reading) : '' }));
    p(
      data.reporting.rule === 'stale_days'
        ? L('bl_reportingStale', { list: list.join(L('bl_semicolon')), days: data.reporting.days ?? data.settings.stale_days, date })
        : L('bl_reportingRound', { list: list.join(L('bl_semicolon')), round: roundText(lang, data.reporting.round ?? '') }),
    );
  }
  if (data.escalations.length) {
    blocks.push({ kind: 'h2', text: L('bl_h_escalations', { n: counter(lang, ++sub) }) });
    for (const e of data.escalations) p(L('bl_escalation', { target: e.target, unit: oneLine(e.department), status: L(`bl_st_${e.status}`), rounds: e.rounds, action: oneLine(e.action) }));
  }

  // 三、下步工作要求: 一是…二是…, ending with the office's own follow-up.
  blocks.push({ kind: 'h1', text: L('bl_h_next') });
  const reqs = b.requirements.length ? b.requirements.map(oneLine) : [L('bl_req1', { behind: data.settings.behind_gap }), L('bl_req2'), L('bl_req3')];
  reqs.forEach((r, i) => p(L('bl_reqN', { n: counter(lang, i + 1), text: r })));
  p(L('bl_followUp', { issuer }));

  const annexes = [L('bl_annex1'), L('bl_annex2')];
  blocks.push({ kind: 'annex-list', label: L('bl_annexLabel'), items: annexes });
  blocks.push({ kind: 'signature', issuer, date });
  blocks.push({ kind: 'annex', label: L('bl_annexN', { n: 1 }), title: annexes[0]!, table: laggingTable(L, data), landscape: true, empty: L('bl_noLagging') });
  blocks.push({ kind: 'annex', label: L('bl_annexN', { n: 2 }), title: annexes[1]!, table: allTable(L, lang, data), landscape: true, empty: L('noItemsMatch') });
  blocks.push({ kind: 'colophon', cc: data.bulletin.cc.length ? L('bl_cc', { cc: data.bulletin.cc.map(oneLine).join(L('rp_sep')) }) : null, issuer, date: L('bl_printed', { date }) });
  if (meta.provenance) blocks.push({ kind: 'provenance', text: provenanceText(L, meta) });
  return blocks;
}

/**
 * `report --all` over plans whose 报头 differ: one line saying, per field, which plan's wording the
 * bulletin took and which plans word it otherwise, and the option that picks one plan's.
 */
export function frameConflictNote(conflicts: readonly FrameConflict[], lang: Lang): string {
  const shown = (v: string | string[]) => truncate(safe(oneLine(Array.isArray(v) ? v.join(t(lang, 'rp_sep')) : v)), 24);
  const fields = conflicts.map(({ field, values }) => {
    const [used, ...others] = values;
    return t(lang, 'rp_frameField', {
      field: t(lang, FIELD_KEYS[field]),
      plan: used!.plans.join(t(lang, 'rp_sep')),
      value: shown(used!.value),
      others: others.map((o) => t(lang, 'rp_frameOther', { plans: o.plans.join(t(lang, 'rp_sep')), value: shown(o.value) })).join(t(lang, 'rp_listSep')),
    });
  });
  return t(lang, 'rp_frameDiffers', { fields: fields.join(t(lang, 'rp_fieldSep')), example: conflicts[0]!.values[1]!.plans[0]! });
}

const FIELD_KEYS: Record<FrameField, MessageKey> = {
  publication: 'rp_f_publication',
  issuer: 'rp_f_issuer',
  organization: 'rp_f_organization',
  to: 'rp_f_to',
  method: 'rp_f_method',
  requirements: 'rp_f_requirements',
  cc: 'rp_f_cc',
};
