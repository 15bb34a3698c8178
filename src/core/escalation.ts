// 督办升级: a rule fires when a target stood at a status (or worse) at N consecutive round
// deadlines, each status computed from the readings entered by that deadline (and the 延期
// approved by then), so what fires on a day is reproducible from the file alone. A `missing`
// rule watches a unit's returns instead: N rounds in a row without one.

import type { Compliance } from './compliance.js';
import { DEFAULT_SETTINGS, type EscalationRule } from './model.js';
import type { ItemView, PlanModel, TargetView } from './plan.js';
import type { Round } from './rounds.js';
import { severity, statusOf, targetStatus, timelinesOf, type Status, type TargetStatus, type Thresholds, type Timelines } from './status.js';
import { dayNumber } from './dates.js';

export interface Escalation {
  rule: EscalationRule;
  /** The target, or undefined for a unit's missing returns. */
  target: TargetView | undefined;
  /** The units to act on: the target's lead units, or the unit itself. */
  units: string[];
  /** The consecutive deadlines that fired it, oldest first, with the status at each. */
  streak: { round: Round; status: Status | 'missing' }[];
  /** Status now (as of the day), for targets. */
  now: TargetStatus | undefined;
}

/**
 * A target's escalation. Its status now and its streak are made when first read: plan status
 * shows only how many fire per action, and on 20,000 items tens of thousands fire.
 */
class TargetEscalation implements Escalation {
  private nowStatus: TargetStatus | undefined;
  private streakList: Escalation['streak'] | undefined;

  constructor(
    readonly rule: EscalationRule,
    readonly target: TargetView,
    readonly units: string[],
    /** The statuses of the streak as severities, latest first, at rounds[last], rounds[last - 1]… */
    private readonly statuses: number[],
    private readonly rounds: readonly Round[],
    private readonly asOf: string,
    private readonly th: Thresholds,
  ) {}

  get now(): TargetStatus {
    return (this.nowStatus ??= targetStatus(this.target, this.asOf, this.th, { recordedBy: this.asOf }));
  }

  get streak(): Escalation['streak'] {
    const last = this.rounds.length - 1;
    return (this.streakList ??= this.statuses.map((n, k) => ({ round: this.rounds[last - k]!, status: statusOf(n) })).reverse());
  }
}

export function escalationRules(model: PlanModel): EscalationRule[] {
  return model.plan.settings?.escalation ?? DEFAULT_SETTINGS.escalation;
}

/** Stronger rules first: a worse status, then more rounds. */
export function strength(r: EscalationRule): number {
  return (r.status === 'missing' ? 0 : severity(r.status)) * 1000 + r.rounds;
}

/** A plan's escalation rules as they are tried: target rules strongest first, unit rules (missing) most rounds first. */
export interface RuleOrder {
  targets: EscalationRule[];
  /** Each target rule's status as a severity. */
  severities: number[];
  /** The mildest of them (a streak ends below it). */
  weakest: number;
  units: EscalationRule[];
}

export function ruleOrder(model: PlanModel): RuleOrder {
  const rules = escalationRules(model);
  const targets = rules.filter((r) => r.status !== 'missing').sort((a, b) => strength(b) - strength(a));
  const severities = targets.map((r) => severity(r.status as Status));
  return { targets, severities, weakest: Math.min(...severities), units: rules.filter((r) => r.status === 'missing').sort((a, b) => b.rounds - a.rounds) };
}

/**
 * A target's statuses (severities) at the deadlines, latest first: the first `n` of `at`. One is
 * reused for every target, its list never shortened (setting an array's length is a call into the
 * runtime, once per target of the plan).
 */
export class Streak {
  readonly at: number[] = [];
  n = 0;
}

/**
 * The target rule that fires for target i of the model's Timelines (an index into rules.targets),
 * or -1: none when it is closed or done on the day, else the first rule whose status (or worse)
 * it stood at on as many deadlines in a row, back from the latest (`deadlines`, oldest first).
 * `streak` is left holding its statuses at the deadlines, latest first, while bad enough for some
 * rule, looking back at most `depth` deadlines (a count needs no more than the most rounds a rule asks).
 */
export function firingRule(tl: Timelines, i: number, day: number, deadlines: readonly number[], rules: RuleOrder, th: Thresholds, streak: Streak, depth = Infinity): number {
  streak.n = 0;
  if (tl.closed[i]! <= day || tl.done(i, day, day)) return -1;
  const start = tl.startOf(i);
  const at = streak.at;
  let n = 0;
  for (let k = deadlines.length - 1; k >= 0 && deadlines[k]! >= start && n < depth; k--) {
    const s = tl.severity(i, deadlines[k]!, deadlines[k]!, th);
    if (s < rules.weakest) break;
    at[n++] = s;
  }
  streak.n = n;
  for (let r = 0; r < rules.targets.length; r++) {
    let m = 0;
    while (m < n && at[m]! >= rules.severities[r]!) m++;
    if (m >= rules.targets[r]!.rounds) return r;
  }
  return -1;
}

/** How many rounds in a row, back from the latest, a unit's returns were missing (its rounds with nothing to report do not count). */
export function missingStreak(rounds: readonly { result: string }[]): number {
  let n = 0;
  for (let k = rounds.length - 1; k >= 0 && rounds[k]!.result === 'missing'; k--) n++;
  return n;
}

export function escalations(model: PlanModel, c: Compliance, asOf: string): Escalation[] {
  const rules = ruleOrder(model);
  const out: Escalation[] = [];
  if (rules.targets.length) {
    const tl = timelinesOf(model);
    const day = dayNumber(asOf);
    const deadlines = c.rounds.map((r) => dayNumber(r.deadline));
    // The statuses (severities) at the deadlines, latest first: one reused for every target.
    const streak = new Streak();
    // The lead units, once per item (every target of an item has the same, and an item's targets come together).
    let leadsOf: ItemView | undefined;
    let leads: string[] = [];
    for (let i = 0; i < model.targets.length; i++) {
      const r = firingRule(tl, i, day, deadlines, rules, model.settings, streak);
      if (r === -1) continue;
      const t = model.targets[i]!;
      if (leadsOf !== t.item) {
        leadsOf = t.item;
        leads = lead(model, t);
      }
      let n = 0;
      while (n < streak.n && streak.at[n]! >= rules.severities[r]!) n++;
      out.push(new TargetEscalation(rules.targets[r]!, t, leads, streak.at.slice(0, n), c.rounds, asOf, model.settings));
    }
  }
  for (const u of c.units) {
    const n = missingStreak(u.rounds);
    const rule = rules.units.find((r) => n >= r.rounds);
    if (rule) out.push({ rule, target: undefined, units: [u.unit], streak: u.rounds.slice(u.rounds.length - n).map((r) => ({ round: r.round, status: 'missing' as const })), now: undefined });
  }
  // Strongest first, then plan order (targets before units at the same strength): a stable sort,
  // made by gathering them by strength (a few rules) rather than comparing 40,000 of them.
  const byStrength = new Map<number, Escalation[]>();
  for (const e of out) {
    const k = strength(e.rule);
    let list = byStrength.get(k);
    if (!list) byStrength.set(k, (list = []));
    list.push(e);
  }
  if (byStrength.size === 1) return out;
  const sorted: Escalation[] = [];
  for (const k of [...byStrength.keys()].sort((a, b) => b - a)) for (const e of byStrength.get(k)!) sorted.push(e);
  return sorted;
}

/** The item's lead units, each once, in a list of their number (one list gathers them, a copy is kept). */
const gathered: string[] = [];
function lead(model: PlanModel, t: TargetView): string[] {
  gathered.length = 0;
  for (const n of t.item.lead) {
    const name = model.units.resolve(n) ?? n;
    if (!gathered.includes(name)) gathered.push(name);
  }
  return gathered.slice();
}

/** The bulletin's 督办事项: one line per target and lead unit (a unit's missing returns are named under reporting). */
export function bulletinEscalations(list: readonly Escalation[]): { target: string; item: string; department: string; status: Status; rounds: number; action: string }[] {
  return list.flatMap((e) =>
    e.target && e.rule.status !== 'missing'
      ? e.units.map((department) => ({ target: e.target!.id, item: e.target!.item.id, department, status: e.rule.status as Status, rounds: roundsAtRule(e), action: e.rule.action }))
      : [],
  );
}

/** The last deadlines in a row at the rule's status or worse (the run may start with milder ones). */
export function roundsAtRule(e: Escalation): number {
  let n = 0;
  for (let i = e.streak.length - 1; i >= 0 && e.streak[i]!.status !== 'missing' && severity(e.streak[i]!.status as Status) >= severity(e.rule.status as Status); i--) n++;
  return n;
}
