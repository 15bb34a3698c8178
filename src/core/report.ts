// The 督查通报 as plain data: everything the Markdown, HTML and Word renderers print,
// computed once from the plan and an as-of date. Numbers only, no words: the renderers
// choose the language.
import { namedLang, type Lang } from '../i18n/index.js';
import { round, targetJson, type TargetJson } from './json.js';
import type { ItemView, PlanModel } from './plan.js';
import { countStatuses, LAGGING, lagging, planStatus, type ItemStatus, type Status, type Thresholds, type TargetStatus } from './status.js';

/** A target as the bulletin shows it: the JSON contract's target object, with units by registry name. */
export interface ReportTarget extends Omit<TargetJson, 'last_reading' | 'lead' | 'departments'> {
  itemTitle: string;
  /** The milestone standing in for an item without targets. */
  implicit: boolean;
  /** How full the progress bar is, 0..1; null when the kind has nothing to fill (at_most). */
  share: number | null;
  lastReading: string | null;
  /** Registry names: the lead units, then the others in plan order. */
  lead: string[];
  others: string[];
}

export interface ReportItem {
  id: string;
  title: string;
  lead: string[];
  others: string[];
  status: Status;
  stale: boolean;
  targets: ReportTarget[];
}

export interface ReportSection {
  id: string;
  title: string;
  items: ReportItem[];
}

/** An item with targets not reported within stale_days. */
export interface StaleItem {
  id: string;
  title: string;
  lead: string[];
  others: string[];
  status: Status;
  /** The ids of its unreported targets. */
  targets: string[];
  /** The latest reading of those targets, null when none was ever reported. */
  lastReading: string | null;
}

export interface ReportUnit {
  name: string;
  aliases: string[];
  /** Item ids. */
  led: string[];
  joined: string[];
  laggingLed: string[];
  laggingJoined: string[];
  /** Targets of its items that have started (done ones included): the ones that owe readings. */
  active: number;
  /** Of those, reported within stale_days (or done). */
  onTime: number;
  lastReading: string | null;
}

export interface ReportData {
  plan: { id: string; title: string; organization: string | null; period: { start: string; end: string } };
  asOf: string;
  /** Share of the plan period elapsed, 0..1 (rounded to 4 places). */
  elapsed: number;
  /** The unit the report is narrowed to (--dept), by its registry name. */
  unit: string | null;
  settings: Thresholds;
  totals: { items: number; targets: number; stale: number };
  /** Targets by status, and items by status (an item is as bad as its worst target). */
  counts: Record<Status, number>;
  itemCounts: Record<Status, number>;
  sections: ReportSection[];
  /** At risk, behind or overdue targets, worst first: exactly `plan behind`'s list. */
  lagging: ReportTarget[];
  staleItems: StaleItem[];
  units: ReportUnit[];
}

/** Progress toward the target for the bar: done share for schedules, the level reached for rates. */
function share(ts: TargetStatus): number | null {
  const t = ts.target;
  if (t.kind === 'at_most') return null;
  if (ts.actual === undefined) return 0;
  if (t.kind === 'level') return t.target > 0 ? clamp(ts.actual / t.target) : 1;
  const span = t.target - t.baseline;
  return span === 0 ? 1 : clamp((ts.actual - t.baseline) / span);
}

const clamp = (x: number) => round(Math.min(1, Math.max(0, x)), 4);

/** Builds the report data. `unit` (a registry name) narrows it to the items that unit leads or joins. */
export function buildReport(model: PlanModel, asOf: string, opts: { unit?: string } = {}): ReportData {
  const ps = planStatus(model, asOf);
  const canon = (n: string) => model.units.resolve(n) ?? n;
  const mine = (item: ItemView) => !opts.unit || model.role(item, opts.unit) !== undefined;
  const units = (item: ItemView) => {
    const lead = unique(item.lead.map(canon));
    return { lead, others: unique(item.departments.map(canon)).filter((n) => !lead.includes(n)) };
  };
  // The JSON contract's target object, plus what the bulletin shows beside it.
  const target = (ts: TargetStatus): ReportTarget => {
    const { last_reading: lastReading, lead: _lead, departments: _departments, ...json } = targetJson(ts);
    return { ...json, itemTitle: ts.target.item.title, implicit: ts.target.implicit, share: share(ts), lastReading, ...units(ts.target.item) };
  };
  const items = ps.items.filter((is) => mine(is.item));
  const targets = items.flatMap((is) => is.targets);
  const item = (is: ItemStatus): ReportItem => ({
    id: is.item.id,
    title: is.item.title,
    ...units(is.item),
    status: is.status,
    stale: is.stale,
    targets: is.targets.map(target),
  });

  const sections = model.plan.sections
    .map((s) => ({ id: s.id, title: s.title, items: items.filter((is) => is.item.section === s).map(item) }))
    .filter((s) => s.items.length > 0);

  const staleItems = items
    .filter((is) => is.stale)
    .map((is): StaleItem => {
      const stale = is.targets.filter((ts) => ts.stale);
      const dates = stale.map((ts) => ts.report?.date).filter((d): d is string => d !== undefined);
      return { id: is.item.id, title: is.item.title, ...units(is.item), status: is.status, targets: stale.map((ts) => ts.target.id), lastReading: dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null };
    });

  const rollups = ps.departments.filter((d) => !opts.unit || d.name === opts.unit);
  const unitRows = rollups.map((d): ReportUnit => {
    const own = [...d.lead, ...d.joined].flatMap((is) => is.targets).filter((ts) => ts.status !== 'not_started');
    const lag = (list: ItemStatus[]) => list.filter((is) => LAGGING.includes(is.status)).map((is) => is.item.id);
    return {
      name: d.name,
      aliases: d.aliases,
      led: d.lead.map((is) => is.item.id),
      joined: d.joined.map((is) => is.item.id),
      laggingLed: lag(d.lead),
      laggingJoined: lag(d.joined),
      active: own.length,
      onTime: own.filter((ts) => !ts.stale).length,
      lastReading: d.lastReading ?? null,
    };
  });

  const p = model.plan;
  return {
    plan: { id: p.id, title: p.title, organization: p.organization ?? null, period: { start: p.period.start, end: p.period.end } },
    asOf,
    elapsed: round(ps.elapsed, 4),
    unit: opts.unit ?? null,
    settings: { ...model.settings },
    totals: { items: items.length, targets: targets.length, stale: targets.filter((ts) => ts.stale).length },
    counts: countStatuses(targets),
    itemCounts: countStatuses(items),
    sections,
    lagging: lagging(targets).map(target),
    staleItems,
    units: unitRows,
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** Han, kana, hangul: a plan titled in Chinese gets a Chinese bulletin unless the user chose a language. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]/;

/** The language a plan is written in, by its title. */
export function planLang(title: string): Lang {
  return CJK.test(title) ? 'zh' : 'en';
}

/** The bulletin's language: the one the user or the environment names, else the plan's. */
export function reportLang(option: string | undefined, env: Record<string, string | undefined>, title: string): Lang {
  return namedLang(option, env) ?? planLang(title);
}
