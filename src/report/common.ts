// What the three bulletin renderers (Markdown, HTML, Word) share: the options, the words,
// and the cells of every table, as plain text. Each renderer escapes the text for its
// own format; none of them decides what is in the bulletin.
import type { ReportData, ReportTarget, ReportUnit } from '../core/report.js';
import { STATUSES, type Status } from '../core/status.js';
import { t, type Lang, type MessageKey, type Params } from '../i18n/index.js';
import { bar, gapText, num, withUnit } from '../render/status.js';
import { safeLines } from '../render/text.js';

export interface ReportMeta {
  lang: Lang;
  /** 🟢🟡🔴 in Markdown; off: the status words alone. */
  emoji: boolean;
  /** The plan file as the user sees it (relative to the working folder). */
  source: string;
  /** The plan file's git state; undefined outside a repository. */
  git?: { commit?: string; dirty: boolean };
  version: string;
}

export type Words = (key: MessageKey, params?: Params) => string;
export const words = (lang: Lang): Words => (key, params) => t(lang, key, params);

export const LIGHT_EMOJI: Record<Status, string> = {
  overdue: '🔴',
  behind: '🔴',
  at_risk: '🟡',
  on_track: '🟢',
  not_started: '⚪',
  done: '✅',
};

/** The light's color, for HTML and Word (the colors of the terminal's lights). */
export const LIGHT_COLOR: Record<Status, string> = {
  overdue: '9B1C1C',
  behind: 'D73A49',
  at_risk: 'E3A008',
  on_track: '28A745',
  not_started: '9CA3AF',
  done: '1F6FEB',
};

/** Text safe inside HTML or XML, in an element or a quoted attribute. */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** One line of plan text, for headings and list entries. */
export const oneLine = (s: string): string => safeLines(s).replace(/\s*\n\s*/g, ' ');

export function statusWord(L: Words, s: Status, stale: boolean): string {
  return `${L(`st_${s}`)}${stale ? ` · ${L('st_stale')}` : ''}`;
}

/** The units of an item, the lead ones starred: 办公室★、宣传教育部. */
export function unitsText(L: Words, lead: string[], others: string[]): string {
  return [...lead.map((u) => `${u}★`), ...others].join(L('rp_sep'));
}

export function percent(share: number): string {
  return `${num(share * 100)}%`;
}

/** 400/2500条, 50/100%. */
export function actualOfTarget(tg: ReportTarget): string {
  return `${withUnit(tg.actual, '')}/${withUnit(tg.target, tg.unit)}`;
}

export function progressText(tg: ReportTarget): string {
  return tg.share === null ? '–' : `${bar(tg.share)} ${percent(tg.share)}`;
}

export function expectedText(tg: ReportTarget): string {
  return withUnit(tg.expected, tg.expected === null ? '' : tg.unit);
}

export { gapText, num };

export function metricText(L: Words, tg: ReportTarget): string {
  return tg.implicit ? L('rp_overall') : tg.metric;
}

/** Statuses with at least one target, worst first (for the chart: no empty slices). */
export function presentStatuses(data: ReportData): Status[] {
  return STATUSES.filter((s) => data.counts[s] > 0);
}

export function onTimeText(u: ReportUnit): string {
  return u.active === 0 ? '–' : `${percent(u.onTime / u.active)} (${u.onTime}/${u.active})`;
}

export function laggingItemsText(L: Words, u: ReportUnit): string {
  const ids = [...u.laggingLed.map((id) => `${id}★`), ...u.laggingJoined];
  return ids.length ? ids.join(L('rp_sep')) : '–';
}

export function titleText(L: Words, data: ReportData): string {
  const title = L('rp_title', { title: oneLine(data.plan.title) });
  return data.unit ? `${title}${L('rp_titleUnit', { unit: oneLine(data.unit) })}` : title;
}

export function asOfText(L: Words, data: ReportData): string {
  const { start, end } = data.plan.period;
  return L('rp_asOf', { asOf: data.asOf, start, end, elapsed: num(data.elapsed * 100) });
}

export function overviewText(L: Words, data: ReportData): string {
  const parts = ['overdue', 'behind', 'at_risk', 'on_track', 'not_started', 'done'].filter((s) => data.counts[s as Status] > 0).map((s) => L('rp_countOf', { status: L(`st_${s as Status}`), n: data.counts[s as Status] }));
  return L('rp_overview', { items: data.totals.items, targets: data.totals.targets, counts: parts.join(L('rp_listSep')), stale: data.totals.stale, days: data.settings.stale_days });
}

/** The footer's lines: where the numbers come from, and what made the bulletin. */
export function footerLines(L: Words, data: ReportData, meta: ReportMeta): string[] {
  let source = L('rp_source', { file: oneLine(meta.source) });
  if (meta.git) {
    const state = meta.git.commit ? L('rp_commit', { commit: meta.git.commit.slice(0, 12) }) : L('rp_noCommit');
    source += L('rp_paren', { text: meta.git.dirty ? `${state}${L('rp_listSep')}${L('rp_dirty')}` : state });
  }
  return [source, L('rp_generated', { version: meta.version, asOf: data.asOf })];
}

// The columns of each table, in order. Header keys here, cell text in the renderers' rows.
export const SECTION_COLUMNS: MessageKey[] = ['h_id', 'h_item', 'h_metric', 'h_units', 'rp_c_actual', 'rp_c_progress', 'h_expected', 'h_gap', 'h_status'];
export const LAGGING_COLUMNS: MessageKey[] = ['rp_c_rank', 'h_id', 'h_metric', 'rp_c_actual', 'h_expected', 'h_gap', 'rp_c_chase', 'h_last', 'h_status'];
export const STALE_COLUMNS: MessageKey[] = ['h_id', 'h_item', 'rp_c_unreported', 'rp_c_chase', 'h_last', 'h_status'];
export const UNIT_COLUMNS: MessageKey[] = ['h_unit', 'h_led', 'h_joined', 'h_lagging', 'rp_c_lagItems', 'rp_c_onTime', 'h_last'];
export const COUNT_COLUMNS: MessageKey[] = ['h_status', 'rp_c_targets', 'rp_c_items', 'rp_c_share'];

/** Columns printed right-aligned (numbers). */
export const NUMERIC = new Set<MessageKey>(['rp_c_rank', 'rp_c_actual', 'h_expected', 'h_gap', 'h_led', 'h_joined', 'h_lagging', 'rp_c_targets', 'rp_c_items', 'rp_c_share']);

/** A cell: its text, and the status whose light goes in front of it (the status column). */
export interface ReportCell {
  text: string;
  status?: Status;
  stale?: boolean;
  /** Share 0..1 drawn as a bar (the progress column); text holds the Unicode bar. */
  share?: number | null;
}

export interface ReportTable {
  columns: { key: MessageKey; header: string; numeric: boolean }[];
  rows: ReportCell[][];
  /** A closing row (totals), printed bold. */
  total?: ReportCell[];
}

function table(L: Words, keys: MessageKey[], rows: ReportCell[][], total?: ReportCell[]): ReportTable {
  return { columns: keys.map((key) => ({ key, header: L(key), numeric: NUMERIC.has(key) })), rows, ...(total ? { total } : {}) };
}

const status = (L: Words, s: Status, stale: boolean): ReportCell => ({ text: statusWord(L, s, stale), status: s, stale });

export function countTable(L: Words, data: ReportData): ReportTable {
  const n = data.totals.targets;
  const rows = STATUSES.map((s) => [status(L, s, false), { text: String(data.counts[s]) }, { text: String(data.itemCounts[s]) }, { text: n ? percent(data.counts[s] / n) : '–' }]);
  return table(L, COUNT_COLUMNS, rows, [{ text: L('rp_total') }, { text: String(n) }, { text: String(data.totals.items) }, { text: n ? '100%' : '–' }]);
}

export function sectionTable(L: Words, section: ReportData['sections'][number]): ReportTable {
  const rows = section.items.flatMap((it) =>
    it.targets.map((tg, i) => [
      { text: tg.id },
      { text: i === 0 ? safeLines(it.title) : '' },
      { text: safeLines(metricText(L, tg)) },
      { text: i === 0 ? unitsText(L, it.lead, it.others) : '' },
      { text: actualOfTarget(tg) },
      { text: progressText(tg), share: tg.share },
      { text: expectedText(tg) },
      { text: gapText(tg.gap) },
      status(L, tg.status, tg.stale),
    ]),
  );
  return table(L, SECTION_COLUMNS, rows);
}

export function laggingTable(L: Words, data: ReportData): ReportTable {
  const rows = data.lagging.map((tg, i) => [
    { text: String(i + 1) },
    { text: tg.id },
    { text: safeLines(tg.implicit ? tg.itemTitle : tg.metric) },
    { text: actualOfTarget(tg) },
    { text: expectedText(tg) },
    { text: gapText(tg.gap) },
    { text: unitsText(L, tg.lead, tg.others) },
    { text: tg.lastReading ?? L('rp_never') },
    status(L, tg.status, tg.stale),
  ]);
  return table(L, LAGGING_COLUMNS, rows);
}

export function staleTable(L: Words, data: ReportData): ReportTable {
  const rows = data.staleItems.map((it) => [
    { text: it.id },
    { text: safeLines(it.title) },
    { text: it.targets.join(L('rp_sep')) },
    { text: unitsText(L, it.lead, it.others) },
    { text: it.lastReading ?? L('rp_never') },
    status(L, it.status, true),
  ]);
  return table(L, STALE_COLUMNS, rows);
}

export function unitTable(L: Words, data: ReportData): ReportTable {
  const rows = data.units.map((u) => [
    { text: u.name + (u.aliases.length ? L('rp_paren', { text: u.aliases.join(L('rp_sep')) }) : '') },
    { text: String(u.led.length) },
    { text: String(u.joined.length) },
    { text: String(u.laggingLed.length + u.laggingJoined.length) },
    { text: laggingItemsText(L, u) },
    { text: onTimeText(u) },
    { text: u.lastReading ?? L('rp_never') },
  ]);
  return table(L, UNIT_COLUMNS, rows);
}

/** The bulletin as an ordered list of blocks; each renderer prints the blocks in its format. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; text: string; elapsed: number }
  | { kind: 'h2'; text: string }
  | { kind: 'h3'; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; title: string; slices: { status: Status; label: string; value: number }[] }
  | { kind: 'footer'; lines: string[] };

export function reportBlocks(data: ReportData, meta: ReportMeta): Block[] {
  const L = words(meta.lang);
  const days = data.settings.stale_days;
  const blocks: Block[] = [
    { kind: 'title', text: titleText(L, data) },
    { kind: 'meta', text: asOfText(L, data), elapsed: data.elapsed },
    { kind: 'h2', text: L('rp_h_summary') },
    { kind: 'p', text: overviewText(L, data) },
    { kind: 'table', table: countTable(L, data) },
    { kind: 'chart', title: L('rp_chartTitle'), slices: presentStatuses(data).map((s) => ({ status: s, label: L(`st_${s}`), value: data.counts[s] })) },
    { kind: 'h2', text: L('rp_h_sections') },
  ];
  if (!data.sections.length) blocks.push({ kind: 'p', text: L('noItemsMatch') });
  for (const s of data.sections) {
    blocks.push({ kind: 'h3', text: L('rp_section', { id: oneLine(s.id), title: oneLine(s.title) }) });
    blocks.push({ kind: 'table', table: sectionTable(L, s) });
  }
  blocks.push({ kind: 'h2', text: L('rp_h_lagging') });
  if (data.lagging.length) {
    blocks.push({ kind: 'p', text: L('rp_laggingIntro', { n: data.lagging.length, warn: data.settings.warn_gap, behind: data.settings.behind_gap }) });
    blocks.push({ kind: 'table', table: laggingTable(L, data) });
  } else blocks.push({ kind: 'p', text: L('rp_noLagging') });
  blocks.push({ kind: 'h3', text: L('rp_h_stale') });
  if (data.staleItems.length) {
    blocks.push({ kind: 'p', text: L('rp_staleIntro', { n: data.staleItems.length, days }) });
    blocks.push({ kind: 'table', table: staleTable(L, data) });
  } else blocks.push({ kind: 'p', text: L('rp_noStale', { days }) });
  blocks.push({ kind: 'h2', text: L('rp_h_units') });
  blocks.push({ kind: 'p', text: L('rp_unitsIntro', { days }) });
  blocks.push({ kind: 'table', table: unitTable(L, data) });
  blocks.push({ kind: 'footer', lines: footerLines(L, data, meta) });
  return blocks;
}
