// The 督查通报 as plain data: everything the Markdown, HTML and Word renderers print,
// computed once from the plan and an as-of date, in the JSON contract's own words (snake_case,
// ids as strings, `departments`). Numbers only, no prose: the renderers choose the language.
import { dayNumber } from './dates.js';
import { round, type ItemJson, type TargetJson } from './json.js';
import type { Bulletin } from './model.js';
import type { ItemView, PlanModel } from './plan.js';
import { countStatuses, LAGGING, lagging, planStatus, severity, STATUSES, type ItemStatus, type Status, type Thresholds, type TargetStatus } from './status.js';

/** A target as the bulletin shows it: the JSON contract's target object, units by registry name, and the unit's own words. */
export interface ReportTarget extends TargetJson {
  item_title: string;
  /** How full the progress bar is, 0..1; null when the kind has nothing to fill (at_most). */
  share: number | null;
  /** 存在问题 of the last report (a text report included), null when the unit gave none. */
  problems: string | null;
  /** 下步计划 of the last report. */
  next: string | null;
  /** The unit that sent the last report. */
  reported_by: string | null;
}

/** An item as the bulletin shows it: the JSON contract's item, units by registry name, its targets as above. */
export interface ReportItem extends Omit<ItemJson, 'targets'> {
  targets: ReportTarget[];
}

export interface ReportSection {
  id: string;
  title: string;
  items: ReportItem[];
}

/** A unit that has not reported: by `stale_days` today, by the reporting cadence once `plan compliance` feeds it. */
export interface ReportingUnit {
  name: string;
  /** missing: never reported those targets; late: reported, but not within the rule. */
  status: 'late' | 'missing';
  /** Target ids it leads that are owed a report. */
  targets: string[];
  last_reading: string | null;
}

export interface Reporting {
  /** How late was decided: `stale_days` (no report for that long), or a reporting `cadence` round. */
  rule: 'stale_days' | 'cadence';
  days: number | null;
  /** The round the cadence rule looked at (e.g. 2026-09), null under stale_days. */
  round: string | null;
  departments: ReportingUnit[];
}

/** An escalation that fires (专函督办, 约谈…), as `plan escalations` will compute it. */
export interface Escalation {
  target: string;
  item: string;
  department: string;
  status: Status;
  rounds: number;
  action: string;
}

export interface ReportUnit {
  name: string;
  aliases: string[];
  /** Item ids. */
  lead: string[];
  joined: string[];
  lagging_lead: string[];
  lagging_joined: string[];
  /** Targets of its items that have started (done ones included): the ones that owe readings. */
  active: number;
  /** Of those, reported within stale_days (or done). */
  on_time: number;
  last_reading: string | null;
}

/** The 公文 frame: 报头, 主送, 导语, 下步工作要求, 落款, 版记; from the plan's `bulletin:` block and the flags, else defaults (null). */
export interface BulletinFrame {
  publication: string | null;
  issue: number;
  issuer: string | null;
  /** 成文日期 and 印发日期: the as-of date. */
  date: string;
  /** 1—9月, 第三季度: from --period-label, else null (the renderer words it from the period and the as-of date). */
  period_label: string | null;
  /** The months the bulletin covers: the period's start month to the last full month by the as-of date. */
  months: { from: string; to: string };
  to: string | null;
  cc: string[];
  /** `text`: the basis as one citation (《…的通知》（文号）, as `plan import` writes it), else null and the parts. */
  basis: { text: string | null; title: string; doc_no: string | null; issuer: string | null };
  method: string | null;
  requirements: string[];
}

export interface ReportData {
  schema: 1;
  plan: string;
  title: string;
  organization: string | null;
  period: { start: string; end: string };
  as_of: string;
  /** Share of the plan period elapsed, 0..1 (rounded to 4 places). */
  elapsed: number;
  /** The unit the report is narrowed to (--dept), by its registry name. */
  department: string | null;
  settings: Thresholds;
  bulletin: BulletinFrame;
  totals: { items: number; targets: number; stale: number };
  /** Targets by status, and items by status (an item is as bad as its worst target). */
  counts: Record<Status, number>;
  item_counts: Record<Status, number>;
  /** Percent of targets in each status, one decimal, summing to exactly 100 (largest remainders). */
  shares: Record<Status, number>;
  sections: ReportSection[];
  /** At risk, behind or overdue targets, worst first: exactly `plan behind`'s list. */
  lagging: ReportTarget[];
  /** Done, and running ahead of schedule by more than warn_gap points: named as examples. */
  ahead: ReportTarget[];
  reporting: Reporting;
  escalations: Escalation[];
  departments: ReportUnit[];
}

export interface ReportOptions {
  /** A registry name: narrows the report to the items that unit leads or joins. */
  unit?: string;
  issue?: number;
  periodLabel?: string;
  /** Reporting compliance from the cadence (`plan compliance`); default: units with targets not reported within stale_days. */
  reporting?: Reporting;
  /** Escalations that fire (`plan escalations`); default none. */
  escalations?: Escalation[];
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

/** Percentages with one decimal that add up to exactly 100.0: the largest remainders get the spare tenths. */
export function oneDecimalShares(counts: Record<Status, number>): Record<Status, number> {
  const total = STATUSES.reduce((a, s) => a + counts[s], 0);
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  if (total === 0) return out;
  const raw = STATUSES.map((s) => ({ s, tenths: (counts[s] * 1000) / total }));
  const floors = raw.map((r) => ({ ...r, floor: Math.floor(r.tenths + 1e-9) }));
  let spare = 1000 - floors.reduce((a, r) => a + r.floor, 0);
  const order = [...floors].sort((a, b) => b.tenths - b.floor - (a.tenths - a.floor) || STATUSES.indexOf(a.s) - STATUSES.indexOf(b.s));
  for (const r of order) {
    if (spare <= 0) break;
    if (counts[r.s] === 0) continue;
    r.floor++;
    spare--;
  }
  for (const r of floors) out[r.s] = r.floor / 10;
  return out;
}

/** The months a bulletin as of a day covers: from the period's start to the last month complete by then (the as-of month when it is its last day). */
export function coveredMonths(start: string, asOf: string): { from: string; to: string } {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  let to = d === lastDay ? `${y}-${String(m).padStart(2, '0')}` : m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const from = start.slice(0, 7);
  if (to < from) to = asOf.slice(0, 7);
  return { from, to };
}

/** Builds the report data. `unit` (a registry name) narrows it to the items that unit leads or joins. */
export function buildReport(model: PlanModel, asOf: string, opts: ReportOptions = {}): ReportData {
  const ps = planStatus(model, asOf);
  const canon = (n: string) => model.units.resolve(n) ?? n;
  const mine = (item: ItemView) => !opts.unit || model.role(item, opts.unit) !== undefined;
  // An item's units by registry name, once per item (its targets show the same lists).
  const unitsOf = new Map<ItemView, { lead: string[]; departments: string[] }>();
  const units = (item: ItemView) => {
    let u = unitsOf.get(item);
    if (!u) {
      const lead = unique(item.lead.map(canon));
      u = { lead, departments: unique([...lead, ...item.departments.map(canon)]) };
      unitsOf.set(item, u);
    }
    return u;
  };
  // One object literal, in the contract's key order (targetJson's, then the bulletin's own):
  // spreading two objects into one made a slow dictionary-mode object per target.
  const target = (ts: TargetStatus): ReportTarget => {
    const t = ts.target;
    const u = units(t.item);
    const report = ts.report;
    return {
      id: t.id,
      item: t.item.id,
      metric: t.metric,
      kind: t.kind,
      target: t.target,
      unit: t.unit,
      due: ts.due,
      original_due: ts.extension ? t.due : null,
      actual: ts.actual ?? null,
      expected: ts.expected === undefined ? null : round(ts.expected),
      gap: ts.gap === undefined ? null : round(ts.gap, 1),
      status: ts.status,
      stale: ts.stale,
      last_reading: report?.date ?? null,
      closed: ts.closed?.date ?? null,
      lead: u.lead,
      departments: u.departments,
      implicit: t.implicit,
      item_title: t.item.title,
      share: share(ts),
      problems: report?.problems ?? null,
      next: report?.next ?? null,
      reported_by: report?.by === undefined ? null : canon(report.by),
    };
  };
  const items = ps.items.filter((is) => mine(is.item));
  const targets = items.flatMap((is) => is.targets);
  const item = (is: ItemStatus): ReportItem => {
    const u = units(is.item);
    return {
      id: is.item.id,
      section: is.item.section.id,
      title: is.item.title,
      lead: u.lead,
      departments: u.departments,
      status: is.status,
      stale: is.stale,
      implicit: is.targets.length === 1 && is.targets[0]!.target.implicit,
      targets: is.targets.map(target),
    };
  };

  const sections = model.plan.sections
    .map((s) => ({ id: s.id, title: s.title, items: items.filter((is) => is.item.section === s).map(item) }))
    .filter((s) => s.items.length > 0);

  const rollups = ps.departments.filter((d) => !opts.unit || d.name === opts.unit);
  const unitRows = rollups.map((d): ReportUnit => {
    const own = [...d.lead, ...d.joined].flatMap((is) => is.targets).filter((ts) => ts.status !== 'not_started');
    const lag = (list: ItemStatus[]) => list.filter((is) => LAGGING.includes(is.status)).map((is) => is.item.id);
    return {
      name: d.name,
      aliases: d.aliases,
      lead: d.lead.map((is) => is.item.id),
      joined: d.joined.map((is) => is.item.id),
      lagging_lead: lag(d.lead),
      lagging_joined: lag(d.joined),
      active: own.length,
      on_time: own.filter((ts) => !ts.stale).length,
      last_reading: d.lastReading ?? null,
    };
  });

  // Until the reporting cadence exists (plan compliance), a unit is late when targets it leads went stale_days without a report.
  const reporting: Reporting = opts.reporting ?? {
    rule: 'stale_days',
    days: model.settings.stale_days,
    round: null,
    departments: rollups
      .map((d): ReportingUnit | undefined => {
        const owed = d.lead.flatMap((is) => is.targets).filter((ts) => ts.stale);
        if (!owed.length) return undefined;
        const dates = owed.map((ts) => ts.report?.date).filter((x): x is string => x !== undefined);
        return { name: d.name, status: dates.length ? 'late' : 'missing', targets: owed.map((ts) => ts.target.id), last_reading: dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null };
      })
      .filter((x): x is ReportingUnit => x !== undefined),
  };

  const p = model.plan;
  const b: Bulletin = p.bulletin ?? {};
  const months = coveredMonths(p.period.start, asOf);
  const counts = countStatuses(targets);
  const ahead = targets.filter((ts) => (ts.status === 'done' && dayNumber(asOf) <= dayNumber(ts.target.due)) || (ts.status === 'on_track' && ts.gap !== undefined && ts.gap < -model.settings.warn_gap));
  return {
    schema: 1,
    plan: p.id,
    title: p.title,
    organization: p.organization ?? null,
    period: { start: p.period.start, end: p.period.end },
    as_of: asOf,
    elapsed: round(ps.elapsed, 4),
    department: opts.unit ?? null,
    settings: { ...model.settings },
    bulletin: {
      publication: b.publication ?? null,
      // The quarter of the last month covered: a bulletin as of 1 July (1—6月) is the second.
      issue: opts.issue ?? Math.floor((Number(months.to.slice(5, 7)) - 1) / 3) + 1,
      issuer: b.issuer ?? null,
      date: asOf,
      period_label: opts.periodLabel ?? null,
      months,
      to: b.to ?? null,
      cc: b.cc ?? [],
      basis: typeof b.basis === 'string' ? { text: b.basis, title: p.title, doc_no: null, issuer: null } : { text: null, title: b.basis?.title ?? p.title, doc_no: b.basis?.doc_no ?? null, issuer: b.basis?.issuer ?? null },
      method: b.method ?? null,
      requirements: b.requirements ?? [],
    },
    totals: { items: items.length, targets: targets.length, stale: targets.filter((ts) => ts.stale).length },
    counts,
    item_counts: countStatuses(items),
    shares: oneDecimalShares(counts),
    sections,
    lagging: lagging(targets).map(target),
    ahead: ahead.map(target),
    reporting,
    escalations: opts.escalations ?? [],
    departments: unitRows,
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

// ---------------------------------------------------------------------------------------------
// Several plans (`plan report --all`)

/** The bulletin over every plan of the folder: ids qualified as plan:item, "plans" instead of "plan". */
export type AllReportData = Omit<ReportData, 'schema' | 'plan'> & {
  schema: 1;
  plans: string[];
  /** Each plan's title, by id: the bulletin cites them all. */
  plan_titles: Record<string, string>;
};

/** Either bulletin: the renderers print both. */
export type BulletinData = ReportData | AllReportData;

/**
 * One bulletin from the bulletins of several plans (each built by buildReport with its own
 * settings, compliance and escalations): ids qualified as plan:item, counts and units added up,
 * the lagging worst first across all plans, a unit named the same in two plans one unit. The 公文
 * frame (报头 publication, issuer, organization, 主送, 抄送, method, requirements) is what the
 * plans agree on, field by field (a plan that leaves a field out does not disagree); where they
 * disagree, the first plan's that sets it (frameConflicts says which), unless `bulletinFrom`
 * names the plan whose frame to take whole.
 */
export function mergeReports(parts: readonly ReportData[], asOf: string, opts: Pick<ReportOptions, 'issue' | 'periodLabel'> & { unit?: string; bulletinFrom?: string } = {}): AllReportData {
  const first = parts[0]!;
  const chosen = opts.bulletinFrom === undefined ? undefined : parts.find((p) => p.plan === opts.bulletinFrom);
  const q = (plan: string, id: string) => `${plan}:${id}`;
  const target = (plan: string) => (tg: ReportTarget): ReportTarget => ({ ...tg, id: q(plan, tg.id), item: q(plan, tg.item) });
  const sections = parts.flatMap((p) =>
    p.sections.map((s) => ({ id: q(p.plan, s.id), title: s.title, items: s.items.map((it) => ({ ...it, id: q(p.plan, it.id), section: q(p.plan, it.section), targets: it.targets.map(target(p.plan)) })) })),
  );
  // Worst first across the plans: status, then gap, then plan and the plan's own order.
  const lagging = parts
    .flatMap((p, pi) => p.lagging.map((tg, i) => ({ tg: target(p.plan)(tg), pi, i })))
    .sort((a, b) => severity(b.tg.status) - severity(a.tg.status) || (b.tg.gap ?? -Infinity) - (a.tg.gap ?? -Infinity) || a.pi - b.pi || a.i - b.i)
    .map((x) => x.tg);
  const units = new Map<string, ReportUnit>();
  for (const p of parts) {
    for (const u of p.departments) {
      const mine = (ids: string[]) => ids.map((id) => q(p.plan, id));
      const had = units.get(u.name);
      if (!had) {
        units.set(u.name, { ...u, aliases: [...u.aliases], lead: mine(u.lead), joined: mine(u.joined), lagging_lead: mine(u.lagging_lead), lagging_joined: mine(u.lagging_joined) });
        continue;
      }
      had.aliases = unique([...had.aliases, ...u.aliases]);
      had.lead.push(...mine(u.lead));
      had.joined.push(...mine(u.joined));
      had.lagging_lead.push(...mine(u.lagging_lead));
      had.lagging_joined.push(...mine(u.lagging_joined));
      had.active += u.active;
      had.on_time += u.on_time;
      had.last_reading = later(had.last_reading, u.last_reading);
    }
  }
  const late = new Map<string, ReportingUnit>();
  for (const p of parts) {
    for (const u of p.reporting.departments) {
      const had = late.get(u.name);
      const targets = u.targets.map((id) => q(p.plan, id));
      if (!had) late.set(u.name, { ...u, targets });
      else {
        had.targets.push(...targets);
        had.last_reading = later(had.last_reading, u.last_reading);
        // Missing only when it never reported to any plan.
        if (had.last_reading !== null) had.status = 'late';
      }
    }
  }
  const sum = (pick: (p: ReportData) => Record<Status, number>) => Object.fromEntries(STATUSES.map((s) => [s, parts.reduce((n, p) => n + pick(p)[s], 0)])) as Record<Status, number>;
  const counts = sum((p) => p.counts);
  const start = parts.map((p) => p.period.start).reduce((a, b) => (b < a ? b : a));
  const end = parts.map((p) => p.period.end).reduce((a, b) => (b > a ? b : a));
  const span = dayNumber(end) - dayNumber(start);
  const framed = chosen ?? parts.find((p) => p.bulletin.publication !== null || p.bulletin.issuer !== null || p.bulletin.to !== null) ?? first;
  const frame = chosen ? frameOf(chosen) : agreedFrame(parts);
  const months = coveredMonths(start, asOf);
  const orgs = unique(parts.map((p) => p.organization).filter((o): o is string => o !== null));
  const reportingOf = parts.find((p) => p.reporting.departments.length) ?? first;
  return {
    schema: 1,
    plans: parts.map((p) => p.plan),
    plan_titles: Object.fromEntries(parts.map((p) => [p.plan, p.title])),
    title: parts.map((p) => p.title).join('、'),
    organization: chosen ? chosen.organization : (frame.organization ?? orgs[0] ?? null),
    period: { start, end },
    as_of: asOf,
    elapsed: round(span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(asOf) - dayNumber(start)) / span)), 4),
    department: opts.unit ?? null,
    settings: { ...framed.settings },
    bulletin: {
      ...framed.bulletin,
      publication: frame.publication,
      issuer: frame.issuer,
      to: frame.to,
      cc: frame.cc,
      method: frame.method,
      requirements: frame.requirements,
      issue: opts.issue ?? Math.floor((Number(months.to.slice(5, 7)) - 1) / 3) + 1,
      period_label: opts.periodLabel ?? null,
      months,
      basis: { text: null, title: parts.map((p) => p.title).join('、'), doc_no: null, issuer: null },
    },
    totals: { items: parts.reduce((n, p) => n + p.totals.items, 0), targets: parts.reduce((n, p) => n + p.totals.targets, 0), stale: parts.reduce((n, p) => n + p.totals.stale, 0) },
    counts,
    item_counts: sum((p) => p.item_counts),
    shares: oneDecimalShares(counts),
    sections,
    lagging,
    ahead: parts.flatMap((p) => p.ahead.map(target(p.plan))),
    reporting: { rule: reportingOf.reporting.rule, days: reportingOf.reporting.days, round: reportingOf.reporting.round, departments: [...late.values()] },
    escalations: parts.flatMap((p) => p.escalations.map((e) => ({ ...e, target: q(p.plan, e.target), item: q(p.plan, e.item) }))),
    departments: [...units.values()],
  };
}

/** The fields of the 公文 frame that plans may word differently, in the order the bulletin prints them. */
export const FRAME_FIELDS = ['publication', 'issuer', 'organization', 'to', 'method', 'requirements', 'cc'] as const;
export type FrameField = (typeof FRAME_FIELDS)[number];
type Frame = { organization: string | null } & Pick<BulletinFrame, 'publication' | 'issuer' | 'to' | 'method' | 'requirements' | 'cc'>;

function frameOf(p: ReportData): Frame {
  const b = p.bulletin;
  return { organization: p.organization, publication: b.publication, issuer: b.issuer, to: b.to, method: b.method, requirements: b.requirements, cc: b.cc };
}

/** A field a plan leaves out: null, or an empty list. */
const unset = (v: string | string[] | null) => v === null || (Array.isArray(v) && v.length === 0);

/** Two plans that word a field differently: each value with the plans (ids, folder order) that give it; the first is the one used. */
export interface FrameConflict {
  field: FrameField;
  values: { value: string | string[]; plans: string[] }[];
}

/** Each value a field takes across the plans that set it, in folder order of first use. */
function valuesOf(parts: readonly ReportData[], field: FrameField): FrameConflict['values'] {
  const seen = new Map<string, FrameConflict['values'][number]>();
  for (const p of parts) {
    const v = frameOf(p)[field];
    if (unset(v)) continue;
    const key = JSON.stringify(v);
    const had = seen.get(key);
    if (had) had.plans.push(p.plan);
    else seen.set(key, { value: v as string | string[], plans: [p.plan] });
  }
  return [...seen.values()];
}

/** Per field, the value the plans that set it agree on; where they disagree, the first plan's. */
function agreedFrame(parts: readonly ReportData[]): Frame {
  const pick = (f: FrameField) => valuesOf(parts, f)[0]?.value;
  return {
    organization: (pick('organization') as string | undefined) ?? null,
    publication: (pick('publication') as string | undefined) ?? null,
    issuer: (pick('issuer') as string | undefined) ?? null,
    to: (pick('to') as string | undefined) ?? null,
    method: (pick('method') as string | undefined) ?? null,
    requirements: (pick('requirements') as string[] | undefined) ?? [],
    cc: (pick('cc') as string[] | undefined) ?? [],
  };
}

/** The frame fields the plans of `report --all` word differently (none when they agree, or only one plan sets each). */
export function frameConflicts(parts: readonly ReportData[]): FrameConflict[] {
  return FRAME_FIELDS.map((field) => ({ field, values: valuesOf(parts, field) })).filter((c) => c.values.length > 1);
}

function later(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : b > a ? b : a;
}
