import { dayNumber } from './dates.js';
import { closedOn, dueOn } from './extension.js';
import { isMeasured, type Closed, type Extension, type Measured, type Reading } from './model.js';
import { DEFAULT_BASELINE, DEFAULT_GOAL, NONE, type ItemView, type PlanModel, type TargetView } from './plan.js';

export type Status = 'done' | 'not_started' | 'overdue' | 'behind' | 'at_risk' | 'on_track';

/** Worst first: the order of every status list and count in every output. */
export const STATUSES: readonly Status[] = ['overdue', 'behind', 'at_risk', 'on_track', 'not_started', 'done'];
/**
 * The status of each severity (STATUSES best first, so DONE is 0 and OVERDUE 5): assess() and
 * Timelines answer with the number, which orders and compares without a lookup.
 */
const BY_SEVERITY: readonly Status[] = [...STATUSES].reverse();
const SEVERITY = Object.fromEntries(BY_SEVERITY.map((s, i) => [s, i])) as Record<Status, number>;
const DONE = SEVERITY.done;
const NOT_STARTED = SEVERITY.not_started;
const ON_TRACK = SEVERITY.on_track;
const AT_RISK = SEVERITY.at_risk;
const BEHIND = SEVERITY.behind;
const OVERDUE = SEVERITY.overdue;
export const LAGGING: readonly Status[] = ['overdue', 'behind', 'at_risk'];

export function severity(s: Status): number {
  return SEVERITY[s];
}

/** The status of a severity (severity(statusOf(n)) === n). */
export function statusOf(severity: number): Status {
  return BY_SEVERITY[severity]!;
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
  const d = target.extensions.length ? dueOn(target, asOf) : undefined;
  const due = d ? d.due : target.due;
  const day = dayNumber(asOf);
  const last = lastReading(target.readings, asOf, opts.recordedBy);
  const actual = last?.value;
  const status = BY_SEVERITY[assess(target.kind, dayNumber(target.start), dayNumber(due), target.baseline, target.target, target, day, actual, th)]!;
  const expected = assessed.scheduled ? assessed.expected : undefined;
  const gap = assessed.scheduled ? assessed.gap : undefined;
  const report = lastReport(target.readings, asOf, opts.recordedBy);
  const since = report ? dayNumber(report.date) : dayNumber(target.start);
  const stale = status !== 'done' && status !== 'not_started' && day - since > th.stale_days;
  return { target, last, report, actual, expected, gap, status, stale, due, extension: d?.extension, pending: d?.pending, closed: closedOn(target.closed, asOf) };
}

/**
 * What the last assess() computed besides the status (one object for the process: no object per
 * call). The expectation and the gap are there only for a scheduled target (`scheduled`); they are
 * always numbers, never undefined: a field that holds a number and sometimes undefined changes its
 * representation in V8's hidden class while the status rules run, which throws away the optimised
 * code of every function that reads or writes it (assess, judge, plan status's overview).
 */
const assessed: { scheduled: boolean; expected: number; gap: number } = { scheduled: false, expected: NaN, gap: NaN };

/**
 * What the last Timelines.judge() found besides the severity: the gap (a number when `scheduled`, as in `assessed`), staleness, and its target's
 * latest reading (`report`, dated `reportDay`) and latest with a value (`last`), as indexes into its
 * readings (-1: none).
 */
export const judged: { scheduled: boolean; gap: number; stale: boolean; report: number; reportDay: number; last: number } = { scheduled: false, gap: NaN, stale: false, report: -1, reportDay: NaN, last: -1 };

/**
 * The rules themselves: the status (as its severity) from the due date in force and the latest value,
 * dates as day numbers; the expectation and the gap are left in `assessed`.
 */
function assess(kind: TargetView['kind'], start: number, due: number, baseline: number, goal: number, cps: Pick<TargetView, 'start' | 'baseline' | 'target' | 'checkpoints'> | Timelines, day: number, actual: number | undefined, th: Thresholds, i = 0): number {
  const past = day > due;
  const scheduled = kind === 'at_least' || kind === 'milestone';
  let expected = NaN;
  let gap = NaN;
  if (scheduled) {
    expected = cps instanceof Timelines ? cps.expected(i, due, day) : expectedOn(cps, due, day);
    const span = goal - baseline;
    gap = span === 0 ? 0 : ((expected - (actual ?? baseline)) / span) * 100;
  }
  assessed.scheduled = scheduled;
  assessed.expected = expected;
  assessed.gap = gap;
  const withinBar = actual !== undefined && (kind === 'level' ? actual >= goal : kind === 'at_most' ? actual <= goal : false);
  const outsideBar = actual !== undefined && !withinBar;

  if (scheduled ? (actual ?? baseline) >= goal : past && withinBar) return DONE;
  if (day < start) return NOT_STARTED;
  if (past) return OVERDUE;
  if (scheduled ? gap > th.behind_gap : outsideBar) return BEHIND;
  if (scheduled && (gap > th.warn_gap || due - day <= th.due_soon_days)) return AT_RISK;
  // A rate or a cap with nothing reported is not known to hold: 预警, never green.
  if (!scheduled && actual === undefined) return AT_RISK;
  return ON_TRACK;
}

/** Timelines by the model they were made of: planStatus, compliance and escalations of one model share them. */
const made = new WeakMap<PlanModel, { tl: Timelines; readings: number }>();

/**
 * The Timelines of a model's targets, made once: a model whose targets have gained or lost
 * readings or 延期 since (a count of them tells) gets new ones.
 */
export function timelinesOf(model: PlanModel): Timelines {
  const known = made.get(model);
  const n = entries(model.items);
  if (known && known.readings === n) return known.tl;
  const tl = new Timelines(model);
  made.set(model, { tl, readings: n });
  return tl;
}

/**
 * How many targets, readings, extensions and checkpoints the items have, read from the plan's own
 * data (the target views are made only where a screen shows a target). (Indexed loops here and in
 * Timelines: a for-of loop run before V8 optimises it makes an iterator result per step, ≈ 15 MB
 * for the young-generation collector on 20,000 items.) A long loop is compiled while it runs (on
 * stack replacement) together with the rest of its function, which has not run yet: TurboFan then
 * has no feedback for that rest, and the code is thrown away as soon as the loop ends. So the
 * counting loops of timelinesOf, Timelines and ItemUnits are functions of their own, each ending
 * with its loop.
 */
function entries(items: readonly ItemView[]): number {
  const counts = new Int32Array(4);
  countEntries(items, counts);
  return counts[0]! + counts[1]! + counts[2]! + counts[3]!;
}

/** Into counts: how many readings (0), checkpoints (1), extensions (2) and targets (3) the items have (an item without targets has its implicit milestone). */
function countEntries(items: readonly ItemView[], counts: Int32Array): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!.item;
    const targets = item.targets;
    if (targets === undefined || targets.length === 0) {
      counts[0] = counts[0]! + (item.progress?.length ?? 0);
      counts[2] = counts[2]! + (item.extensions?.length ?? 0);
      counts[3]!++;
      continue;
    }
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k]!;
      counts[0] = counts[0]! + (t.progress?.length ?? 0);
      counts[1] = counts[1]! + (t.checkpoints?.length ?? 0);
      counts[2] = counts[2]! + (t.extensions?.length ?? 0);
    }
    counts[3] = counts[3]! + targets.length;
  }
}

/**
 * Targets with their dates as day numbers and their readings as numbers, in flat arrays (one set
 * for the whole list, made once): compliance and escalations judge every target on many days
 * (each round's eve, each deadline), and then parse no date and build no object per question.
 * The answers are targetStatus's (a property test holds them to it); a target is given by its index.
 */
export class Timelines {
  /** How many targets: target i is the model's targets[i]. */
  readonly size: number;
  /** Each target's item (an index into model.items), and each item's first target: itemOff[item] … itemOff[item + 1] - 1. */
  private readonly itemOf: Int32Array;
  private readonly itemOff: Int32Array;
  /** Each target's kind, baseline and target (its goal) beside its dates: judging it touches no object. */
  private readonly kind: TargetView['kind'][];
  private readonly baseline: Float64Array;
  private readonly goal: Float64Array;
  private readonly start: Float64Array;
  private readonly due: Float64Array;
  /** The 销号 day, NaN when not closed. */
  readonly closed: Float64Array;
  /** Readings of target i: rOff[i] up to rOff[i + 1]; rMeasured 0 for a text report; rRec the day it was entered. */
  private readonly rOff: Int32Array;
  private readonly rDate: Float64Array;
  private readonly rRec: Float64Array;
  private readonly rValue: Float64Array;
  private readonly rMeasured: Uint8Array;
  private readonly cOff: Int32Array;
  private readonly cDay: Float64Array;
  private readonly cValue: Float64Array;
  /** Extensions: requested, approved (NaN when not yet), to. */
  private readonly xOff: Int32Array;
  private readonly xReq: Float64Array;
  private readonly xApp: Float64Array;
  private readonly xTo: Float64Array;

  /**
   * Made from the plan's own data, with the defaults the target views fill in (plan.ts), not from
   * the views: plan status judges every target but shows five, and a view of each was ≈ 50,000
   * objects on 20,000 items for the young-generation collector.
   */
  constructor(private readonly model: PlanModel) {
    const items = model.items;
    const counts = new Int32Array(4);
    countEntries(items, counts);
    const nr = counts[0]!;
    const nc = counts[1]!;
    const nx = counts[2]!;
    const n = counts[3]!;
    this.size = n;
    this.itemOf = new Int32Array(n);
    this.itemOff = new Int32Array(items.length + 1);
    this.kind = new Array<TargetView['kind']>(n);
    this.baseline = new Float64Array(n);
    this.goal = new Float64Array(n);
    this.start = new Float64Array(n);
    this.due = new Float64Array(n);
    this.closed = new Float64Array(n);
    this.rOff = new Int32Array(n + 1);
    this.rDate = new Float64Array(nr);
    this.rRec = new Float64Array(nr);
    this.rValue = new Float64Array(nr);
    this.rMeasured = new Uint8Array(nr);
    this.cOff = new Int32Array(n + 1);
    this.cDay = new Float64Array(nc);
    this.cValue = new Float64Array(nc);
    this.xOff = new Int32Array(n + 1);
    this.xReq = new Float64Array(nx);
    this.xApp = new Float64Array(nx);
    this.xTo = new Float64Array(nx);
    const period = model.plan.period;
    const periodStart = dayNumber(period.start);
    const periodEnd = dayNumber(period.end);
    let i = 0;
    for (let it = 0; it < items.length; it++) {
      const item = items[it]!.item;
      const targets = item.targets;
      if (targets === undefined || targets.length === 0) {
        // The implicit milestone of an item without targets: 0 to 100 % over the plan's period.
        this.itemOf[i] = it;
        this.kind[i] = 'milestone';
        this.baseline[i] = DEFAULT_BASELINE;
        this.goal[i] = DEFAULT_GOAL;
        this.start[i] = periodStart;
        this.due[i] = periodEnd;
        this.fill(i, item.closed, item.progress ?? NONE, NONE, item.extensions ?? NONE);
        i++;
      } else {
        for (let k = 0; k < targets.length; k++) {
          const t = targets[k]!;
          this.itemOf[i] = it;
          this.kind[i] = t.kind;
          this.baseline[i] = t.baseline ?? DEFAULT_BASELINE;
          this.goal[i] = t.target ?? DEFAULT_GOAL;
          this.start[i] = t.start === undefined ? periodStart : dayNumber(t.start);
          this.due[i] = t.due === undefined ? periodEnd : dayNumber(t.due);
          this.fill(i, t.closed, t.progress ?? NONE, t.checkpoints ?? NONE, t.extensions ?? NONE);
          i++;
        }
      }
      this.itemOff[it + 1] = i;
    }
  }

  /** Target i's 销号 day, readings, checkpoints and 延期, after those of target i - 1. */
  private fill(i: number, closed: TargetView['closed'], readings: readonly Reading[], checkpoints: TargetView['checkpoints'], extensions: readonly Extension[]): void {
    this.closed[i] = closed ? dayNumber(closed.date) : NaN;
    let r = this.rOff[i]!;
    for (let k = 0; k < readings.length; k++) {
      const reading = readings[k]!;
      const date = dayNumber(reading.date);
      this.rDate[r] = date;
      this.rRec[r] = reading.recorded === undefined ? date : dayNumber(reading.recorded);
      if (isMeasured(reading)) {
        this.rValue[r] = reading.value;
        this.rMeasured[r] = 1;
      }
      r++;
    }
    this.rOff[i + 1] = r;
    let c = this.cOff[i]!;
    for (let k = 0; k < checkpoints.length; k++) {
      const cp = checkpoints[k]!;
      this.cDay[c] = dayNumber(cp.date);
      this.cValue[c] = cp.value;
      c++;
    }
    this.cOff[i + 1] = c;
    let x = this.xOff[i]!;
    for (let k = 0; k < extensions.length; k++) {
      const ext = extensions[k]!;
      this.xReq[x] = dayNumber(ext.requested);
      this.xApp[x] = ext.approved === undefined ? NaN : dayNumber(ext.approved);
      this.xTo[x] = dayNumber(ext.to);
      x++;
    }
    this.xOff[i + 1] = x;
  }

  /** The view of target i (its item's views are made then, if they were not). */
  view(i: number): TargetView {
    const it = this.itemOf[i]!;
    return this.model.items[it]!.targets[i - this.itemOff[it]!]!;
  }

  /** targetStatus(targets[i], day, th, { recordedBy }).status with days as numbers (recordedBy Infinity: every reading). */
  status(i: number, day: number, recordedBy: number, th: Thresholds): Status {
    return BY_SEVERITY[this.severity(i, day, recordedBy, th)]!;
  }

  /** severity(status(i, day, recordedBy, th)), without the status's name: compliance and escalations ask it 300,000 times on 20,000 items. */
  severity(i: number, day: number, recordedBy: number, th: Thresholds): number {
    return assess(this.kind[i]!, this.start[i]!, this.dueOn(i, day), this.baseline[i]!, this.goal[i]!, this, day, this.lastValue(i, day, recordedBy), th, i);
  }

  /**
   * targetStatus(targets[i], asOf, th) for planStatus, `day` being asOf's day number: the readings
   * looked at once, as numbers. A target with 延期 requests takes targetStatus itself.
   */
  targetStatus(i: number, asOf: string, day: number, th: Thresholds): TargetStatus {
    const t = this.view(i);
    if (t.extensions.length) return targetStatus(t, asOf, th);
    const status = BY_SEVERITY[this.judge(i, day, th)]!;
    return {
      target: t,
      last: judged.last === -1 ? undefined : (t.readings[judged.last] as Measured),
      report: judged.report === -1 ? undefined : t.readings[judged.report],
      actual: judged.last === -1 ? undefined : this.rValue[this.rOff[i]! + judged.last]!,
      expected: assessed.scheduled ? assessed.expected : undefined,
      gap: assessed.scheduled ? assessed.gap : undefined,
      status,
      stale: judged.stale,
      due: t.due,
      extension: undefined,
      pending: undefined,
      closed: closedOn(t.closed, asOf),
    };
  }

  /**
   * targetStatus(targets[i], asOf, th) as a severity, `day` being asOf's day number (every reading
   * counts; the due date in force): the readings looked at once, as numbers. Its staleness, gap and
   * readings are left in `judged` (plan status's screen counts them for every target and keeps none).
   */
  judge(i: number, day: number, th: Thresholds): number {
    const first = this.rOff[i]!;
    // The latest reading dated by the day (a text report too), and the latest with a value.
    let report = -1;
    let last = -1;
    for (let k = this.rOff[i + 1]! - 1; k >= first; k--) {
      if (this.rDate[k]! > day) continue;
      if (report === -1) report = k;
      if (this.rMeasured[k]) {
        last = k;
        break;
      }
    }
    const start = this.start[i]!;
    const due = this.xOff[i] === this.xOff[i + 1] ? this.due[i]! : this.dueOn(i, day);
    const severity = assess(this.kind[i]!, start, due, this.baseline[i]!, this.goal[i]!, this, day, last === -1 ? undefined : this.rValue[last]!, th, i);
    const since = report === -1 ? start : this.rDate[report]!;
    judged.stale = severity !== DONE && severity !== NOT_STARTED && day - since > th.stale_days;
    judged.scheduled = assessed.scheduled;
    judged.gap = assessed.gap;
    judged.report = report === -1 ? -1 : report - first;
    judged.reportDay = report === -1 ? NaN : this.rDate[report]!;
    judged.last = last === -1 ? -1 : last - first;
    return severity;
  }

  /**
   * status(i, day, recordedBy, th) === 'done', without the rest of the rules: done is the first of
   * them, and needs no expectation. compliance asks it of every target at every round.
   */
  done(i: number, day: number, recordedBy: number): boolean {
    const kind = this.kind[i]!;
    const actual = this.lastValue(i, day, recordedBy);
    const goal = this.goal[i]!;
    if (kind === 'at_least' || kind === 'milestone') return (actual ?? this.baseline[i]!) >= goal;
    if (actual === undefined || !(kind === 'level' ? actual >= goal : kind === 'at_most' ? actual <= goal : false)) return false;
    return day > this.dueOn(i, day);
  }

  /** The target's start day. */
  startOf(i: number): number {
    return this.start[i]!;
  }

  /** The value of lastReading(…) as numbers: the latest value dated by `day` and entered by `recordedBy`. */
  private lastValue(i: number, day: number, recordedBy: number): number | undefined {
    for (let k = this.rOff[i + 1]! - 1; k >= this.rOff[i]!; k--) {
      if (this.rDate[k]! <= day && this.rMeasured[k] && this.rRec[k]! <= recordedBy) return this.rValue[k]!;
    }
    return undefined;
  }

  /** dueOn(…).due: the latest approved extension by the day moves the due date. */
  private dueOn(i: number, day: number): number {
    let best = -1;
    for (let k = this.xOff[i]!; k < this.xOff[i + 1]!; k++) {
      const app = this.xApp[k]!;
      if (this.xReq[k]! <= day && app <= day && (best === -1 || app >= this.xApp[best]!)) best = k;
    }
    return best === -1 ? this.due[i]! : this.xTo[best]!;
  }

  /** The first day a reading was entered within [from, to] (and by `by`), or NaN. */
  firstEntered(i: number, from: number, to: number, by: number): number {
    let first = NaN;
    for (let k = this.rOff[i]!; k < this.rOff[i + 1]!; k++) {
      const on = this.rRec[k]!;
      if (on >= from && on <= to && on <= by && !(on >= first)) first = on;
    }
    return first;
  }

  /** expectedOn with the checkpoints as numbers. */
  expected(i: number, due: number, day: number): number {
    const start = this.start[i]!;
    const baseline = this.baseline[i]!;
    const goal = this.goal[i]!;
    if (day <= start) return baseline;
    let ad = start;
    let av = baseline;
    for (let k = this.cOff[i]!; k < this.cOff[i + 1]!; k++) {
      const d = this.cDay[k]!;
      if (d <= start || d >= due) continue;
      const v = this.cValue[k]!;
      if (day <= d) return d === ad ? v : av + ((v - av) * (day - ad)) / (d - ad);
      ad = d;
      av = v;
    }
    if (day <= due) return due === ad ? goal : av + ((goal - av) * (day - ad)) / (due - ad);
    return goal;
  }
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
  const targets: TargetStatus[] = [];
  let status: Status = 'done';
  let stale = false;
  let closed = item.targets.length > 0;
  for (const t of item.targets) {
    const s = targetStatus(t, asOf, th);
    targets.push(s);
    if (SEVERITY[s.status] > SEVERITY[status]) status = s.status;
    if (s.stale) stale = true;
    if (!s.closed) closed = false;
  }
  return { item, status, stale, closed, targets };
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
  const tl = timelinesOf(model);
  const day = dayNumber(asOf);
  let k = 0;
  const items = model.items.map((item): ItemStatus => {
    // A list made to its length (one grown by push keeps room for 16).
    const targets = new Array<TargetStatus>(item.targets.length);
    let status: Status = 'done';
    let stale = false;
    let closed = item.targets.length > 0;
    for (let j = 0; j < item.targets.length; j++, k++) {
      // model.targets holds each item's targets in turn: target k is item.targets[j].
      const s = k < tl.size && tl.view(k) === item.targets[j] ? tl.targetStatus(k, asOf, day, th) : targetStatus(item.targets[j]!, asOf, th);
      targets[j] = s;
      if (SEVERITY[s.status] > SEVERITY[status]) status = s.status;
      if (s.stale) stale = true;
      if (!s.closed) closed = false;
    }
    return { item, status, stale, closed, targets };
  });
  const targets = new Array<TargetStatus>(k);
  k = 0;
  for (const is of items) for (const ts of is.targets) targets[k++] = ts;
  const elapsed = elapsedShare(model.plan.period, asOf);
  const byUnit = new Map<string, DepartmentRollup>();
  for (const name of model.units.names) byUnit.set(name, { name, aliases: model.units.aliasesOf.get(name) ?? [], lead: [], joined: [], lastReading: undefined });
  // An item names a few units: lists, not sets, and two lists for all items.
  const leads: string[] = [];
  const seen: string[] = [];
  for (const is of items) {
    leads.length = 0;
    for (const n of is.item.lead) leads.push(model.units.resolve(n) ?? n);
    seen.length = 0;
    let latest: string | undefined;
    for (const ts of is.targets) if (ts.report && (latest === undefined || ts.report.date > latest)) latest = ts.report.date;
    for (const n of is.item.departments) {
      const name = model.units.resolve(n) ?? n;
      if (seen.includes(name)) continue;
      seen.push(name);
      const r = byUnit.get(name);
      if (!r) continue;
      (leads.includes(name) ? r.lead : r.joined).push(is);
      if (latest !== undefined && (!r.lastReading || latest > r.lastReading)) r.lastReading = latest;
    }
  }
  // A unit of the shared registry that this plan never names is no part of its matrix.
  const departments = [...byUnit.values()].filter((d) => model.ownUnits.has(d.name) || d.lead.length || d.joined.length);
  return { asOf, elapsed, items, targets, departments };
}

/** Share of the plan period elapsed on the day, 0..1. */
export function elapsedShare(period: { start: string; end: string }, asOf: string): number {
  const span = dayNumber(period.end) - dayNumber(period.start);
  return span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(asOf) - dayNumber(period.start)) / span));
}

export function countStatuses(list: readonly { status: Status }[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const x of list) counts[x.status]++;
  return counts;
}

/**
 * The worst-first order of lagging targets: a worse status (severity), then a larger gap (none
 * counts least), then plan order. Negative when a comes first.
 */
export function worseFirst(sa: number, ga: number | undefined, ia: number, sb: number, gb: number | undefined, ib: number): number {
  return sb - sa || (gb ?? -Infinity) - (ga ?? -Infinity) || ia - ib;
}

/** The first `limit` of many entries in worseFirst order, kept sorted as they come: the rest are never sorted. */
export class Worst<T> {
  readonly found: { x: T; s: number; g: number | undefined; i: number }[] = [];

  constructor(readonly limit: number) {}

  /** Whether an entry would be kept (the caller can then build it). */
  wants(s: number, g: number | undefined, i: number): boolean {
    if (this.found.length < this.limit) return true;
    const l = this.found[this.found.length - 1];
    return l !== undefined && worseFirst(s, g, i, l.s, l.g, l.i) < 0;
  }

  offer(x: T, s: number, g: number | undefined, i: number): void {
    if (!this.wants(s, g, i)) return;
    const f = this.found;
    if (f.length < this.limit) f.push({ x, s, g, i });
    else f[f.length - 1] = { x, s, g, i };
    for (let k = f.length - 1; k > 0 && worseFirst(f[k]!.s, f[k]!.g, f[k]!.i, f[k - 1]!.s, f[k - 1]!.g, f[k - 1]!.i) < 0; k--) [f[k], f[k - 1]] = [f[k - 1]!, f[k]!];
  }
}

/** Lagging targets, worst first: status, then gap, then plan order; with `limit`, only the first so many. */
export function lagging(targets: readonly TargetStatus[], limit = Infinity): TargetStatus[] {
  if (limit <= 0) return [];
  if (limit === Infinity) {
    const found: { t: TargetStatus; i: number }[] = [];
    for (let i = 0; i < targets.length; i++) if (LAGGING.includes(targets[i]!.status)) found.push({ t: targets[i]!, i });
    found.sort((a, b) => worseFirst(SEVERITY[a.t.status], a.t.gap, a.i, SEVERITY[b.t.status], b.t.gap, b.i));
    return found.map(({ t }) => t);
  }
  const worst = new Worst<TargetStatus>(limit);
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    if (t.status === 'overdue' || t.status === 'behind' || t.status === 'at_risk') worst.offer(t, SEVERITY[t.status], t.gap, i);
  }
  return worst.found.map(({ x }) => x);
}
