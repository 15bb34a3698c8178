import { dayNumber } from './dates.js';
import { closedOn, dueDateOn, dueOn } from './extension.js';
import { isMeasured, type Closed, type Extension, type Measured, type Reading } from './model.js';
import type { ItemView, PlanModel, TargetView } from './plan.js';

export type Status = 'done' | 'not_started' | 'overdue' | 'behind' | 'at_risk' | 'on_track';

/** Worst first: the order of every status list and count in every output. */
export const STATUSES: readonly Status[] = ['overdue', 'behind', 'at_risk', 'on_track', 'not_started', 'done'];
const SEVERITY: Record<Status, number> = { overdue: 5, behind: 4, at_risk: 3, on_track: 2, not_started: 1, done: 0 };
export const LAGGING: readonly Status[] = ['overdue', 'behind', 'at_risk'];

export function severity(s: Status): number {
  return SEVERITY[s];
}

export interface TargetStatus {
  target: TargetView;
  /** The latest reading with a value on or before the as-of date. */
  last: Measured | undefined;
  /** The latest reading of any kind (a text report too) on or before the as-of date: its 存在问题 is the unit's reason. */
  report: Reading | undefined;
  actual: number | undefined;
  /** The time-proportional expectation (序时进度); undefined for level and at_most. */
  expected: number | undefined;
  /** Percentage points behind schedule (negative: ahead); undefined for level and at_most. */
  gap: number | undefined;
  status: Status;
  stale: boolean;
  /** The due date in force on the day (an approved 延期 moves it); the target's own is target.due. */
  due: string;
  /** The approved extension in force, and a request still waiting. */
  extension: Extension | undefined;
  pending: Extension | undefined;
  /** 销号 by the day. */
  closed: Closed | undefined;
}

export interface Thresholds {
  warn_gap: number;
  behind_gap: number;
  stale_days: number;
  due_soon_days: number;
}

/** Value expected on a day: linear from (start, baseline) to (due, target), or through the checkpoints. */
export function expectedAt(t: Pick<TargetView, 'start' | 'due' | 'baseline' | 'target' | 'checkpoints'>, asOf: string): number {
  return expectedOn(t, dayNumber(t.due), dayNumber(asOf));
}

/**
 * expectedAt with the due date in force and the day as day numbers. Called for every target at
 * every round by compliance and escalations, so it walks the checkpoints without building a list.
 */
function expectedOn(t: Pick<TargetView, 'start' | 'baseline' | 'target' | 'checkpoints'>, due: number, day: number): number {
  const start = dayNumber(t.start);
  if (day <= start) return t.baseline;
  let ad = start;
  let av = t.baseline;
  for (const c of t.checkpoints) {
    const d = dayNumber(c.date);
    if (d <= start || d >= due) continue;
    if (day <= d) return d === ad ? c.value : av + ((c.value - av) * (day - ad)) / (d - ad);
    ad = d;
    av = c.value;
  }
  if (day <= due) return due === ad ? t.target : av + ((t.target - av) * (day - ad)) / (due - ad);
  return t.target;
}

/**
 * The latest reading dated on or before asOf (readings are oldest first); with `recordedBy`, only
 * those entered by that day (a reading without `recorded` was entered on its date).
 */
export function lastReading(readings: readonly Reading[], asOf: string, recordedBy?: string): Measured | undefined {
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i]!;
    if (r.date <= asOf && isMeasured(r) && (recordedBy === undefined || (r.recorded ?? r.date) <= recordedBy)) return r;
  }
  return undefined;
}

/** The latest reading of any kind (a text report, without a value, included) dated on or before asOf. */
export function lastReport(readings: readonly Reading[], asOf: string, recordedBy?: string): Reading | undefined {
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i]!;
    if (r.date <= asOf && (recordedBy === undefined || (r.recorded ?? r.date) <= recordedBy)) return r;
  }
  return undefined;
}

/** The latest reading with a value, whatever its date (the one a new value is compared with). */
export function latestMeasured(readings: readonly Reading[]): Measured | undefined {
  for (let i = readings.length - 1; i >= 0; i--) if (isMeasured(readings[i]!)) return readings[i] as Measured;
  return undefined;
}

export interface StatusOptions {
  /** Count only the readings entered by this day: the status as the office could know it then. */
  recordedBy?: string;
}

/** The status of one target on a day, by the README's status rules, the first that applies. */
export function targetStatus(target: TargetView, asOf: string, th: Thresholds, opts: StatusOptions = {}): TargetStatus {
  // An approved 延期 moves the due date every rule uses, from its approval on.
  const d = dueOn(target, asOf);
  const day = dayNumber(asOf);
  const last = lastReading(target.readings, asOf, opts.recordedBy);
  const actual = last?.value;
  const a = assess(target, dayNumber(d.due), day, actual, th);
  const report = lastReport(target.readings, asOf, opts.recordedBy);
  const since = report ? dayNumber(report.date) : dayNumber(target.start);
  const stale = a.status !== 'done' && a.status !== 'not_started' && day - since > th.stale_days;
  return { target, last, report, actual, expected: a.expected, gap: a.gap, status: a.status, stale, due: d.due, extension: d.extension, pending: d.pending, closed: closedOn(target.closed, asOf) };
}

/**
 * Only the status of targetStatus, by the same rules (assess), for the many days compliance and
 * escalations look at: no TargetStatus, no list of pending requests.
 */
export function statusOn(target: TargetView, asOf: string, th: Thresholds, opts: StatusOptions = {}): Status {
  const actual = lastReading(target.readings, asOf, opts.recordedBy)?.value;
  return assess(target, dayNumber(dueDateOn(target, asOf)), dayNumber(asOf), actual, th).status;
}

/** The rules themselves: status, expectation and gap from the due date in force and the latest value. */
function assess(t: TargetView, due: number, day: number, actual: number | undefined, th: Thresholds): { status: Status; expected: number | undefined; gap: number | undefined } {
  const past = day > due;
  const scheduled = t.kind === 'at_least' || t.kind === 'milestone';
  let expected: number | undefined;
  let gap: number | undefined;
  if (scheduled) {
    expected = expectedOn(t, due, day);
    const span = t.target - t.baseline;
    gap = span === 0 ? 0 : ((expected - (actual ?? t.baseline)) / span) * 100;
  }
  const withinBar = actual !== undefined && (t.kind === 'level' ? actual >= t.target : t.kind === 'at_most' ? actual <= t.target : false);
  const outsideBar = actual !== undefined && !withinBar;

  let status: Status;
  if (scheduled ? (actual ?? t.baseline) >= t.target : past && withinBar) status = 'done';
  else if (day < dayNumber(t.start)) status = 'not_started';
  else if (past) status = 'overdue';
  else if (scheduled ? gap! > th.behind_gap : outsideBar) status = 'behind';
  else if (scheduled && (gap! > th.warn_gap || due - day <= th.due_soon_days)) status = 'at_risk';
  // A rate or a cap with nothing reported is not known to hold: 预警, never green.
  else if (!scheduled && actual === undefined) status = 'at_risk';
  else status = 'on_track';
  return { status, expected, gap };
}

export interface ItemStatus {
  item: ItemView;
  status: Status;
  stale: boolean;
  /** 已销号: every target closed. */
  closed: boolean;
  targets: TargetStatus[];
}

/** An item is as bad as its worst target. */
export function itemStatus(item: ItemView, asOf: string, th: Thresholds): ItemStatus {
  const targets = item.targets.map((t) => targetStatus(t, asOf, th));
  const status = targets.reduce<Status>((w, s) => (SEVERITY[s.status] > SEVERITY[w] ? s.status : w), 'done');
  return { item, status, stale: targets.some((s) => s.stale), closed: targets.length > 0 && targets.every((s) => s.closed), targets };
}

export interface DepartmentRollup {
  name: string;
  aliases: string[];
  lead: ItemStatus[];
  joined: ItemStatus[];
  /** Latest reading date on any target of its items, on or before the as-of date. */
  lastReading: string | undefined;
}

export interface PlanStatus {
  asOf: string;
  /** Share of the plan period elapsed, 0..1. */
  elapsed: number;
  items: ItemStatus[];
  targets: TargetStatus[];
  departments: DepartmentRollup[];
}

/** Everything every command needs to know about a plan on a day, computed once. */
export function planStatus(model: PlanModel, asOf: string): PlanStatus {
  const th = model.settings;
  const items = model.items.map((i) => itemStatus(i, asOf, th));
  const targets = items.flatMap((i) => i.targets);
  const { start, end } = model.plan.period;
  const span = dayNumber(end) - dayNumber(start);
  const elapsed = span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(asOf) - dayNumber(start)) / span));
  const byUnit = new Map<string, DepartmentRollup>();
  for (const name of model.units.names) byUnit.set(name, { name, aliases: model.units.aliasesOf.get(name) ?? [], lead: [], joined: [], lastReading: undefined });
  for (const is of items) {
    const leads = new Set(is.item.lead.map((n) => model.units.resolve(n) ?? n));
    const seen = new Set<string>();
    for (const n of is.item.departments) {
      const name = model.units.resolve(n) ?? n;
      if (seen.has(name)) continue;
      seen.add(name);
      const r = byUnit.get(name);
      if (!r) continue;
      (leads.has(name) ? r.lead : r.joined).push(is);
      for (const ts of is.targets) if (ts.report && (!r.lastReading || ts.report.date > r.lastReading)) r.lastReading = ts.report.date;
    }
  }
  // A unit of the shared registry that this plan never names is no part of its matrix.
  const departments = [...byUnit.values()].filter((d) => model.ownUnits.has(d.name) || d.lead.length || d.joined.length);
  return { asOf, elapsed, items, targets, departments };
}

export function countStatuses(list: readonly { status: Status }[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const x of list) counts[x.status]++;
  return counts;
}

/** Lagging targets, worst first: status, then gap, then plan order. */
export function lagging(targets: readonly TargetStatus[]): TargetStatus[] {
  return targets
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => LAGGING.includes(t.status))
    .sort((a, b) => SEVERITY[b.t.status] - SEVERITY[a.t.status] || (b.t.gap ?? -Infinity) - (a.t.gap ?? -Infinity) || a.i - b.i)
    .map(({ t }) => t);
}
