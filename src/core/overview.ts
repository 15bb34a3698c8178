// What `plan status` shows on screen: counts, a line per section and per lagging unit, the worst
// few targets, and two 督办 lines. On 20,000 items that is a few dozen numbers out of 50,000
// target statuses, 300,000 returns and 40,000 escalations, so it is computed for the screen alone,
// keeping no status, return or escalation it does not show (the JSON and the other commands take
// the full lists). overviewOf and dubanOf derive the same from the full lists: a test holds the two
// ways to the same answer.

import { judgeRound, RESULTS, type Compliance, type Return } from './compliance.js';
import { dayNumber } from './dates.js';
import { firingRule, ruleOrder, strength, Streak, type Escalation } from './escalation.js';
import { itemUnitsOf } from './item-units.js';
import type { Section } from './model.js';
import type { PlanModel } from './plan.js';
import { pastRounds, reportingRule, type Round } from './rounds.js';
import { elapsedShare, judged, LAGGING, lagging, severity, STATUSES, timelinesOf, Worst, type PlanStatus, type Status, type TargetStatus } from './status.js';

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
 * each target is judged through the model's Timelines, its item's units read from ItemUnits, and
 * counted where the screen counts it.
 */
export function statusOverview(model: PlanModel, asOf: string, limit = 5): StatusOverview {
  const th = model.settings;
  const tl = timelinesOf(model);
  const iu = itemUnitsOf(model);
  const day = dayNumber(asOf);
  const bySeverity = new Array<number>(STATUSES.length).fill(0);
  let stale = 0;
  const sections = model.plan.sections.map(() => ({ items: 0, done: 0, lagging: 0 }));
  const nu = iu.names.length;
  const led = new Int32Array(nu);
  const joined = new Int32Array(nu);
  const items = new Int32Array(nu);
  // Each unit's latest report on any of its items: the day, and the target and reading it is.
  const latestDay = new Float64Array(nu).fill(-Infinity);
  const latestAt = new Int32Array(nu * 2);
  const worst = new Worst<number>(limit);
  for (let i = 0; i < model.items.length; i++) {
    let worstOfItem = 0;
    let latest = -Infinity;
    let latestTarget = -1;
    let latestReading = -1;
    for (let k = iu.targetOff[i]!; k < iu.targetOff[i + 1]!; k++) {
      const s = tl.judge(k, day, th);
      bySeverity[s]!++;
      if (judged.stale) stale++;
      if (s > worstOfItem) worstOfItem = s;
      if (judged.report !== -1 && judged.reportDay > latest) {
        latest = judged.reportDay;
        latestTarget = k;
        latestReading = judged.report;
      }
      if (s >= AT_RISK) worst.offer(k, s, judged.scheduled ? judged.gap : undefined, k);
    }
    const lag = worstOfItem >= AT_RISK;
    const sec = sections[model.items[i]!.sectionIndex];
    if (sec) {
      sec.items++;
      if (worstOfItem === 0) sec.done++;
      else if (lag) sec.lagging++;
    }
    for (let k = iu.unitOff[i]!; k < iu.unitOff[i + 1]!; k++) {
      const u = iu.unit[k]!;
      items[u]!++;
      if (lag) {
        if (iu.leads[k]) led[u]!++;
        else joined[u]!++;
      }
      if (latest > latestDay[u]!) {
        latestDay[u] = latest;
        latestAt[2 * u] = latestTarget;
        latestAt[2 * u + 1] = latestReading;
      }
    }
  }
  const counts = Object.fromEntries(STATUSES.map((s) => [s, bySeverity[severity(s)]!])) as Record<Status, number>;
  const units: StatusOverview['units'] = [];
  for (let u = 0; u < nu; u++) {
    const name = iu.names[u]!;
    if (!model.ownUnits.has(name) && items[u] === 0) continue;
    const lastReading = latestDay[u] === -Infinity ? undefined : tl.view(latestAt[2 * u]!).readings[latestAt[2 * u + 1]!]!.date;
    units.push({ name, led: led[u]!, joined: joined[u]!, lastReading });
  }
  return {
    elapsed: elapsedShare(model.plan.period, asOf),
    targets: tl.size,
    counts,
    stale,
    sections: model.plan.sections.map((section, s) => ({ section, ...sections[s]! })),
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
  const tl = timelinesOf(model);
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
    // Each unit's result in a round: its worst target's return (0: it had none to report).
    const iu = itemUnitsOf(model);
    const results = new Array<Uint8Array | undefined>(rounds.length);
    const resultsIn = (r: number): Uint8Array => {
      const known = results[r];
      if (known) return known;
      const row = judgeRound(tl, rounds[r]!, by);
      const worst = new Uint8Array(iu.names.length);
      for (let i = 0; i < model.items.length; i++) {
        let w = 0;
        for (let k = iu.targetOff[i]!; k < iu.targetOff[i + 1]!; k++) if (row[k]! > w) w = row[k]!;
        for (let k = iu.leadOff[i]!; k < iu.leadOff[i + 1]!; k++) if (w > worst[iu.lead[k]!]!) worst[iu.lead[k]!] = w;
      }
      return (results[r] = worst);
    };
    const last = rounds.length - 1;
    const deepest = rules.units.length ? rules.units[0]!.rounds : 0;
    // The units compliance lists: those that lead a target.
    const leads = new Uint8Array(iu.names.length);
    for (let i = 0; i < model.items.length; i++) if (iu.targetOff[i + 1]! > iu.targetOff[i]!) for (let k = iu.leadOff[i]!; k < iu.leadOff[i + 1]!; k++) leads[iu.lead[k]!] = 1;
    for (let u = 0; u < iu.names.length; u++) {
      if (!leads[u]) continue;
      const result = resultsIn(last)[u]!;
      if (result !== 0) returns[RESULTS[result]!].push(iu.names[u]!);
      if (!deepest) continue;
      // The unit's missing rounds in a row, back from the latest it had to report in, as far as a rule counts.
      let n = 0;
      for (let r = last; r >= 0 && n < deepest; r--) {
        const x = resultsIn(r)[u]!;
        if (x === 0) continue;
        if (RESULTS[x] !== 'missing') break;
        n++;
      }
      const k = rules.units.findIndex((x) => n >= x.rounds);
      if (k !== -1) fire(-1 - k, rules.units[k]!);
    }
  }
  if (rules.targets.length) {
    const deadlines = rounds.map((r) => dayNumber(r.deadline));
    const depth = Math.max(...rules.targets.map((r) => r.rounds));
    const streak = new Streak();
    for (let i = 0; i < tl.size; i++) {
      const r = firingRule(tl, i, by, deadlines, rules, model.settings, streak, depth);
      if (r !== -1) fire(r, rules.targets[r]!);
    }
  }
  const order = [...fired.values()].sort((a, b) => strength(b.rule) - strength(a.rule));
  const actions = new Map<string, number>();
  for (const f of order) actions.set(f.rule.action, (actions.get(f.rule.action) ?? 0) + f.count);
  return { round: rounds.at(-1), returns, actions: [...actions] };
}
