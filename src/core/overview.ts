// What `plan status` shows on screen: counts, a line per section and per lagging unit, the worst
// few targets, and two 督办 lines. On 20,000 items that is a few dozen numbers out of 50,000
// target statuses, 300,000 returns and 40,000 escalations, so it is computed for the screen alone,
// keeping no status, return or escalation it does not show (the JSON and the other commands take
// the full lists). overviewOf and dubanOf derive the same from the full lists: a test holds the two
// ways to the same answer.

import { leadTargets, judgeRound, RESULTS, unitResult, type Compliance, type Return } from './compliance.js';
import { dayNumber } from './dates.js';
import { firingRule, missingStreak, ruleOrder, strength, type Escalation } from './escalation.js';
import type { Section } from './model.js';
import type { PlanModel } from './plan.js';
import { pastRounds, reportingRule, type Round } from './rounds.js';
import { elapsedShare, judged, LAGGING, lagging, planStatus, severity, STATUSES, timelinesOf, Worst, type PlanStatus, type Status, type TargetStatus } from './status.js';

export interface StatusOverview {
  /** Share of the plan period elapsed, 0..1. */
  elapsed: number;
  targets: number;
  counts: Record<Status, number>;
  stale: number;
  /** Every section of the plan, in order: its items, and of them done and lagging. */
  sections: { section: Section; items: number; done: number; lagging: number }[];
  /** The units of planStatus's roll-up, in its order: lagging items they lead and join, latest report on any of their items. */
  units: { name: string; led: number; joined: number; lastReading: string | undefined }[];
  /** The first `limit` of lagging(targets). */
  worst: TargetStatus[];
}

/** The overview from the full status of the plan (what the screen used to compute from it). */
export function overviewOf(model: PlanModel, ps: PlanStatus, limit = 5): StatusOverview {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const t of ps.targets) counts[t.status]++;
  return {
    elapsed: ps.elapsed,
    targets: ps.targets.length,
    counts,
    stale: ps.targets.filter((t) => t.stale).length,
    sections: model.plan.sections.map((section) => {
      const items = ps.items.filter((i) => i.item.section === section);
      return { section, items: items.length, done: items.filter((i) => i.status === 'done').length, lagging: items.filter((i) => LAGGING.includes(i.status)).length };
    }),
    units: ps.departments.map((d) => ({ name: d.name, led: d.lead.filter((i) => LAGGING.includes(i.status)).length, joined: d.joined.filter((i) => LAGGING.includes(i.status)).length, lastReading: d.lastReading })),
    worst: lagging(ps.targets, limit),
  };
}

const AT_RISK = severity('at_risk');

/**
 * overviewOf(model, planStatus(model, asOf), limit), without a status object per target or item:
 * each target is judged through the model's Timelines and counted where the screen counts it.
 */
export function statusOverview(model: PlanModel, asOf: string, limit = 5): StatusOverview {
  const th = model.settings;
  const tl = timelinesOf(model.targets);
  const day = dayNumber(asOf);
  const bySeverity = new Array<number>(STATUSES.length).fill(0);
  let stale = 0;
  const bySection = new Map(model.plan.sections.map((s) => [s, { items: 0, done: 0, lagging: 0 }]));
  const byUnit = new Map<string, { name: string; led: number; joined: number; lastReading: string | undefined; items: number }>();
  for (const name of model.units.names) byUnit.set(name, { name, led: 0, joined: 0, lastReading: undefined, items: 0 });
  const worst = new Worst<number>(limit);
  const leads: string[] = [];
  const seen: string[] = [];
  let k = 0;
  for (const item of model.items) {
    let worstOfItem = 0;
    let latest: string | undefined;
    for (let j = 0; j < item.targets.length; j++, k++) {
      const t = item.targets[j]!;
      // model.targets holds each item's targets in turn (as planStatus relies on).
      if (tl.targets[k] !== t) return overviewOf(model, planStatus(model, asOf), limit);
      const s = tl.judge(k, day, th);
      bySeverity[s]!++;
      if (judged.stale) stale++;
      if (s > worstOfItem) worstOfItem = s;
      if (judged.report !== -1) {
        const date = t.readings[judged.report]!.date;
        if (latest === undefined || date > latest) latest = date;
      }
      if (s >= AT_RISK) worst.offer(k, s, judged.gap, k);
    }
    const lag = worstOfItem >= AT_RISK;
    const sec = bySection.get(item.section);
    if (sec) {
      sec.items++;
      if (worstOfItem === 0) sec.done++;
      else if (lag) sec.lagging++;
    }
    leads.length = 0;
    for (const n of item.lead) leads.push(model.units.resolve(n) ?? n);
    seen.length = 0;
    for (const n of item.departments) {
      const name = model.units.resolve(n) ?? n;
      if (seen.includes(name)) continue;
      seen.push(name);
      const u = byUnit.get(name);
      if (!u) continue;
      u.items++;
      if (lag) {
        if (leads.includes(name)) u.led++;
        else u.joined++;
      }
      if (latest !== undefined && (!u.lastReading || latest > u.lastReading)) u.lastReading = latest;
    }
  }
  const counts = Object.fromEntries(STATUSES.map((s) => [s, bySeverity[severity(s)]!])) as Record<Status, number>;
  const units = [...byUnit.values()].filter((u) => model.ownUnits.has(u.name) || u.items > 0).map(({ name, led, joined, lastReading }) => ({ name, led, joined, lastReading }));
  return {
    elapsed: elapsedShare(model.plan.period, asOf),
    targets: k,
    counts,
    stale,
    sections: model.plan.sections.map((section) => ({ section, ...bySection.get(section)! })),
    units,
    worst: worst.found.map(({ x }) => tl.targetStatus(x, asOf, day, th)),
  };
}

/** The 督办 lines of plan status: the last past round's returns per unit, and how many escalations fire per action. */
export interface DubanOverview {
  round: Round | undefined;
  /** Units by their result in the last round, in the registry's order (a unit with nothing to report there is in none). */
  returns: Record<Return, string[]>;
  /** Escalations per action, the actions in the order of the escalation list (strongest first, then plan order). */
  actions: [string, number][];
}

/** The overview from the full compliance and escalation list (what the screen used to compute from them). */
export function dubanOf(c: Compliance, list: readonly Escalation[]): DubanOverview {
  const last = c.rounds.at(-1);
  const of = (r: Return) => (last ? c.units.filter((u) => u.rounds.find((x) => x.round.id === last.id)?.result === r).map((u) => u.unit) : []);
  const byAction = new Map<string, number>();
  for (const e of list) byAction.set(e.rule.action, (byAction.get(e.rule.action) ?? 0) + 1);
  return { round: last, returns: { on_time: of('on_time'), late: of('late'), missing: of('missing') }, actions: [...byAction] };
}

/**
 * dubanOf(compliance(model, asOf), escalations(…)) without either list: the returns of the last
 * round only (and of earlier ones only for a unit whose missing returns a rule counts), and for
 * each target the rule that fires, looking back no further than the rules count.
 */
export function dubanOverview(model: PlanModel, asOf: string): DubanOverview {
  const rule = reportingRule(model.plan.settings?.reporting);
  const rounds = pastRounds(rule, model.plan.period, asOf);
  const tl = timelinesOf(model.targets);
  const by = dayNumber(asOf);
  const returns: Record<Return, string[]> = { on_time: [], late: [], missing: [] };
  const rules = ruleOrder(model);
  // How many times each rule fires. The list is ordered by the rule's strength, then plan order;
  // but of the rules of one strength only the first tried ever fires (they ask the same), so the
  // actions come in the order of the rules' strengths.
  const fired = new Map<number, { rule: (typeof rules.targets)[number]; count: number }>();
  const fire = (key: number, r: (typeof rules.targets)[number]) => {
    const f = fired.get(key);
    if (f) f.count++;
    else fired.set(key, { rule: r, count: 1 });
  };
  if (rounds.length) {
    const led = leadTargets(model);
    const rows = new Array<Uint8Array | undefined>(rounds.length);
    const row = (i: number) => (rows[i] ??= judgeRound(tl, rounds[i]!, by));
    const last = rounds.length - 1;
    const deepest = rules.units.length ? rules.units[0]!.rounds : 0;
    for (const [unit, indexes] of led) {
      if (!indexes.length) continue;
      const result = unitResult(row(last), indexes);
      if (result !== 0) returns[RESULTS[result]!].push(unit);
      if (deepest) {
        // The unit's missing rounds in a row, back from the latest it had to report in, as far as a rule counts.
        const streak: { result: string }[] = [];
        for (let i = last; i >= 0 && streak.length < deepest; i--) {
          const r = i === last ? result : unitResult(row(i), indexes);
          if (r === 0) continue;
          if (RESULTS[r] !== 'missing') break;
          streak.push({ result: 'missing' });
        }
        const n = missingStreak(streak);
        const k = rules.units.findIndex((x) => n >= x.rounds);
        if (k !== -1) fire(-1 - k, rules.units[k]!);
      }
    }
  }
  if (rules.targets.length) {
    const deadlines = rounds.map((r) => dayNumber(r.deadline));
    const depth = Math.max(...rules.targets.map((r) => r.rounds));
    const at: number[] = [];
    for (let i = 0; i < model.targets.length; i++) {
      const r = firingRule(tl, i, by, deadlines, rules, model.settings, at, depth);
      if (r !== -1) fire(r, rules.targets[r]!);
    }
  }
  const order = [...fired.values()].sort((a, b) => strength(b.rule) - strength(a.rule));
  const actions = new Map<string, number>();
  for (const f of order) actions.set(f.rule.action, (actions.get(f.rule.action) ?? 0) + f.count);
  return { round: rounds.at(-1), returns, actions: [...actions] };
}
