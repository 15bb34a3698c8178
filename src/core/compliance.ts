// Reporting on time (按时报送): per unit and round, whether every target the unit leads was
// reported in the round by its deadline (on time), later in the round (late), or not (missing).
// Judged by the day each reading was entered (`recorded`, else its date), so the same file gives
// the same answer for any as-of date.

import { dayNumber } from './dates.js';
import { itemUnitsOf } from './item-units.js';
import type { PlanModel, TargetView } from './plan.js';
import { pastRounds, reportingRule, type ReportingRule, type Round } from './rounds.js';
import { timelinesOf, type Timelines } from './status.js';

export type Return = 'on_time' | 'late' | 'missing';
export const RETURNS: readonly Return[] = ['on_time', 'late', 'missing'];

export interface UnitRound {
  round: Round;
  result: Return;
  /** The targets it had to report on in the round. */
  due: TargetView[];
  /** Of those: reported after the deadline, and not reported. */
  late: TargetView[];
  missing: TargetView[];
}

export interface UnitCompliance {
  unit: string;
  rounds: UnitRound[];
  counts: Record<Return, number>;
  /** Share of rounds on time, 0..1; undefined when it had none to report. */
  rate: number | undefined;
}

export interface Compliance {
  asOf: string;
  rule: ReportingRule;
  rounds: Round[];
  units: UnitCompliance[];
}

/** The day a reading was entered: `recorded`, else its date. */
export function recordedOn(r: { date: string; recorded?: string }): string {
  return r.recorded ?? r.date;
}

/**
 * A target needs a return in a round when it has started by the deadline and was neither done
 * nor closed before the round began (as the readings entered by then showed); `before` is the
 * day before the round's start. Days as numbers (Timelines), target i of the model.
 */
function needsReturn(tl: Timelines, i: number, deadline: number, before: number): boolean {
  const start = tl.startOf(i);
  if (start > deadline) return false;
  if (tl.closed[i]! <= before) return false;
  if (before < start) return true;
  return !tl.done(i, before, before);
}

const NONE = 0;
const ON_TIME = 1;
const LATE = 2;
const MISSING = 3;
/** A unit's result in a round is its worst target's: the codes grow with it. */
export const RESULTS: readonly (Return | undefined)[] = [undefined, 'on_time', 'late', 'missing'];

/**
 * A unit's round. Its lists of targets are made when first read: plan status and escalations
 * need only the result, and on 20,000 items they would hold 300,000 entries.
 */
class JudgedRound implements UnitRound {
  private lists: { due: TargetView[]; late: TargetView[]; missing: TargetView[] } | undefined;

  constructor(
    readonly round: Round,
    readonly result: Return,
    private readonly indexes: readonly number[],
    private readonly row: Uint8Array,
    private readonly targets: readonly TargetView[],
  ) {}

  private made(): { due: TargetView[]; late: TargetView[]; missing: TargetView[] } {
    if (this.lists) return this.lists;
    const lists = { due: [] as TargetView[], late: [] as TargetView[], missing: [] as TargetView[] };
    for (const k of this.indexes) {
      const r = this.row[k]!;
      if (r === NONE) continue;
      const t = this.targets[k]!;
      lists.due.push(t);
      if (r === MISSING) lists.missing.push(t);
      else if (r === LATE) lists.late.push(t);
    }
    return (this.lists = lists);
  }

  get due(): TargetView[] {
    return this.made().due;
  }

  get late(): TargetView[] {
    return this.made().late;
  }

  get missing(): TargetView[] {
    return this.made().missing;
  }
}

export function compliance(model: PlanModel, asOf: string): Compliance {
  const rule = reportingRule(model.plan.settings?.reporting);
  const rounds = pastRounds(rule, model.plan.period, asOf);
  const led = leadTargets(model);
  // Each target's return in each round, judged once however many units lead it.
  const tl = timelinesOf(model);
  const by = dayNumber(asOf);
  const judged = rounds.map((round) => judgeRound(tl, round, by));
  const units: UnitCompliance[] = [];
  for (const [unit, indexes] of led) {
    if (!indexes.length) continue;
    const list: UnitRound[] = [];
    rounds.forEach((round, i) => {
      const row = judged[i]!;
      const worst = unitResult(row, indexes);
      if (worst !== NONE) list.push(new JudgedRound(round, RESULTS[worst]!, indexes, row, model.targets));
    });
    const counts: Record<Return, number> = { on_time: 0, late: 0, missing: 0 };
    for (const r of list) counts[r.result]++;
    units.push({ unit, rounds: list, counts, rate: list.length ? counts.on_time / list.length : undefined });
  }
  return { asOf, rule, rounds, units };
}

/**
 * Targets by lead unit (registry name, in the registry's order), as indexes into model.targets: a
 * target is reported by the units leading its item. A unit that leads nothing has an empty list.
 */
export function leadTargets(model: PlanModel): Map<string, number[]> {
  const iu = itemUnitsOf(model);
  const lists = iu.names.map((): number[] => []);
  for (let i = 0; i < model.items.length; i++) {
    for (let l = iu.leadOff[i]!; l < iu.leadOff[i + 1]!; l++) {
      const list = lists[iu.lead[l]!]!;
      for (let k = iu.targetOff[i]!; k < iu.targetOff[i + 1]!; k++) list.push(k);
    }
  }
  return new Map(iu.names.map((name, u) => [name, lists[u]!]));
}

/** Every target's return in a round, as codes (NONE, ON_TIME, LATE, MISSING), counting what was entered by day `by`. */
export function judgeRound(tl: Timelines, round: Round, by: number): Uint8Array {
  const start = dayNumber(round.start);
  const end = dayNumber(round.end);
  const deadline = dayNumber(round.deadline);
  const out = new Uint8Array(tl.size);
  for (let i = 0; i < out.length; i++) {
    if (!needsReturn(tl, i, deadline, start - 1)) continue;
    const on = tl.firstEntered(i, start, end, by);
    out[i] = Number.isNaN(on) ? MISSING : on > deadline ? LATE : ON_TIME;
  }
  return out;
}

/** A unit's result in a round (its worst target's code), from the round's codes and the targets it leads; 0 when it had none to report. */
export function unitResult(row: Uint8Array, indexes: readonly number[]): number {
  let worst = NONE;
  for (const k of indexes) if (row[k]! > worst) worst = row[k]!;
  return worst;
}

/** Units whose latest past round was late or missing (不按时报送), for the bulletin and status. */
export function lateUnits(c: Compliance): { unit: string; round: Round; result: Exclude<Return, 'on_time'> }[] {
  const last = c.rounds.at(-1);
  if (!last) return [];
  const out: { unit: string; round: Round; result: Exclude<Return, 'on_time'> }[] = [];
  for (const u of c.units) {
    const r = u.rounds.find((x) => x.round.id === last.id);
    if (r && r.result !== 'on_time') out.push({ unit: u.unit, round: last, result: r.result });
  }
  return out;
}

/** The bulletin's 不按时报送 list: each unit late or missing in the last past round, with the targets concerned. */
export function bulletinReporting(c: Compliance): {
  rule: 'cadence';
  days: null;
  round: string | null;
  departments: { name: string; status: 'late' | 'missing'; targets: string[]; last_reading: string | null }[];
} {
  const last = c.rounds.at(-1);
  const departments = [];
  for (const u of c.units) {
    const r = last && u.rounds.find((x) => x.round.id === last.id);
    if (!r || r.result === 'on_time') continue;
    const entered = r.due.flatMap((t) => t.readings.map(recordedOn)).filter((d) => d <= c.asOf);
    const last_reading = entered.length ? entered.reduce((a, b) => (b > a ? b : a)) : null;
    // The bulletin says "never reported" for missing: a unit that reported before is late.
    departments.push({
      name: u.unit,
      status: last_reading === null ? ('missing' as const) : ('late' as const),
      targets: (r.result === 'missing' ? r.missing : r.late).map((t) => t.id),
      last_reading,
    });
  }
  return { rule: 'cadence', days: null, round: last?.id ?? null, departments };
}
