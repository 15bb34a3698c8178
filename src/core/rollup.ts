// `--all`: several plans of one office added up. Each plan keeps its own status engine run;
// the roll-up only joins the results, with each item and target tagged by its plan.
import { RETURNS, type Return } from './compliance.js';
import { departmentJson, itemJson, round, targetJson, type DepartmentJson, type ItemJson, type TargetJson } from './json.js';
import type { Department } from './model.js';
import type { DubanOverview } from './overview.js';
import { UnitRegistry, type PlanModel } from './plan.js';
import type { Round } from './rounds.js';
import { countStatuses, lagging, planStatus, type DepartmentRollup, type ItemStatus, type PlanStatus, type Status, type TargetStatus } from './status.js';

export interface PlanRoll {
  model: PlanModel;
  status: PlanStatus;
}

export interface Rollup {
  asOf: string;
  plans: PlanRoll[];
  /** units.yaml and every plan's own units: the names a user may type with --all. */
  units: UnitRegistry;
}

/** An item (or target) with the plan it belongs to. */
export interface PlanItem {
  plan: PlanModel;
  is: ItemStatus;
}
export interface PlanTarget {
  plan: PlanModel;
  ts: TargetStatus;
}

/** One unit across all plans: what it leads and joins in each. */
export interface UnitRollup {
  name: string;
  aliases: string[];
  lead: PlanItem[];
  joined: PlanItem[];
  lastReading: string | undefined;
}

export function rollup(models: readonly PlanModel[], asOf: string, shared: readonly Department[] = []): Rollup {
  return {
    asOf,
    plans: models.map((model) => ({ model, status: planStatus(model, asOf) })),
    units: new UnitRegistry([...shared, ...models.flatMap((m) => m.plan.departments ?? [])]),
  };
}

/** `plan:item`, the id that cannot clash across plans. */
export function qualified(plan: PlanModel, id: string): string {
  return `${plan.plan.id}:${id}`;
}

export function allItems(r: Rollup): PlanItem[] {
  return r.plans.flatMap(({ model, status }) => status.items.map((is) => ({ plan: model, is })));
}

export function allTargets(r: Rollup): PlanTarget[] {
  return r.plans.flatMap(({ model, status }) => status.targets.map((ts) => ({ plan: model, ts })));
}

/** Lagging targets of every plan, worst first (status, then gap, then plan and plan order). */
export function allLagging(r: Rollup): PlanTarget[] {
  const planOf = new Map<TargetStatus, PlanModel>();
  for (const { model, status } of r.plans) for (const ts of status.targets) planOf.set(ts, model);
  return lagging(r.plans.flatMap((p) => p.status.targets)).map((ts) => ({ plan: planOf.get(ts)!, ts }));
}

/** Per unit (registry order: units.yaml, then the plans' own), its items in every plan; units with none are left out. */
export function allUnits(r: Rollup): UnitRollup[] {
  const byName = new Map<string, UnitRollup>();
  for (const name of r.units.names) byName.set(name, { name, aliases: r.units.aliasesOf.get(name) ?? [], lead: [], joined: [], lastReading: undefined });
  for (const { model, status } of r.plans) {
    for (const d of status.departments) {
      const u = byName.get(r.units.resolve(d.name) ?? d.name);
      if (!u) continue;
      u.lead.push(...d.lead.map((is) => ({ plan: model, is })));
      u.joined.push(...d.joined.map((is) => ({ plan: model, is })));
      if (d.lastReading && (!u.lastReading || d.lastReading > u.lastReading)) u.lastReading = d.lastReading;
    }
  }
  return [...byName.values()].filter((u) => u.lead.length || u.joined.length);
}

/** What `list --all` shows, per plan and overall: items, and targets other than implicit ones. */
export interface ListTotals {
  plans: { plan: string; items: number; targets: number }[];
  items: number;
  targets: number;
}

export function listTotals(r: Rollup, items: readonly PlanItem[]): ListTotals {
  const plans = r.plans.map(({ model }) => {
    const mine = items.filter((x) => x.plan === model);
    return { plan: model.plan.id, items: mine.length, targets: mine.reduce((n, x) => n + x.is.targets.filter((ts) => !ts.target.implicit).length, 0) };
  });
  return { plans, items: items.length, targets: plans.reduce((n, p) => n + p.targets, 0) };
}

/** Per plan and overall: items, targets, counts by status, stale. */
export interface PlanTotals {
  plan: string;
  title: string;
  items: number;
  targets: number;
  counts: Record<Status, number>;
  stale: number;
  elapsed: number;
}

export function planTotals(p: PlanRoll): PlanTotals {
  const ts = p.status.targets;
  return { plan: p.model.plan.id, title: p.model.plan.title, items: p.status.items.length, targets: ts.length, counts: countStatuses(ts), stale: ts.filter((x) => x.stale).length, elapsed: round(p.status.elapsed, 4) };
}

export function overallTotals(r: Rollup): Omit<PlanTotals, 'plan' | 'title' | 'elapsed'> {
  const ts = r.plans.flatMap((p) => p.status.targets);
  return { items: r.plans.reduce((n, p) => n + p.status.items.length, 0), targets: ts.length, counts: countStatuses(ts), stale: ts.filter((x) => x.stale).length };
}

/** The plans added up, in folder order (for the JSON envelope's "plans"). */
export function models(r: Rollup): PlanModel[] {
  return r.plans.map((p) => p.model);
}

// JSON: the single-plan contract, with "plan" on each item and target object and "plans" on top.

export function planItemJson(x: PlanItem): ItemJson & { plan: string } {
  const j = itemJson(x.is);
  return { plan: x.plan.plan.id, ...j, targets: j.targets.map((t) => ({ plan: x.plan.plan.id, ...t })) };
}

export function planTargetJson(x: PlanTarget): TargetJson & { plan: string } {
  return { plan: x.plan.plan.id, ...targetJson(x.ts) };
}

/**
 * A unit across plans: the depts object, its item ids qualified (plan:item), and its counts in
 * every plan of the roll-up, in folder order (zeros too: the same keys for every unit, so CSV
 * has the same columns whatever the first unit is).
 */
export function unitJson(u: UnitRollup, r: Rollup): DepartmentJson & { plans: Record<string, Record<Status, number>> } {
  const d: DepartmentRollup = { name: u.name, aliases: u.aliases, lead: u.lead.map((x) => x.is), joined: u.joined.map((x) => x.is), lastReading: u.lastReading };
  const plans: Record<string, Record<Status, number>> = {};
  const all = [...u.lead, ...u.joined];
  for (const { model } of r.plans) plans[model.plan.id] = countStatuses(all.filter((x) => x.plan === model).map((x) => x.is));
  return { ...departmentJson(d), lead: u.lead.map((x) => qualified(x.plan, x.is.item.id)), joined: u.joined.map((x) => qualified(x.plan, x.is.item.id)), plans };
}

// 督办 across plans: the reporting line and the escalations line of `plan status`, added up.

const RANK: Record<Return, number> = { on_time: 1, late: 2, missing: 3 };

/** A unit's return over several rounds: the worst of them (missing over late over on time). */
function keepWorst(worst: Map<string, Return>, name: string, ret: Return): void {
  const had = worst.get(name);
  if (had === undefined || RANK[ret] > RANK[had]) worst.set(name, ret);
}

/** One reporting round that one or more plans share (same round, same deadline), each unit by its worst return in any of them. */
export interface RoundReturns {
  round: Round;
  plans: string[];
  returns: Record<Return, string[]>;
}

/** The 督办 lines of `status --all`: a reporting line per distinct last round, one escalation count per action. */
export interface DubanAll {
  rounds: RoundReturns[];
  /** Every unit once, by its worst return in any plan's last round (the same as `rounds` when the plans share one). */
  returns: Record<Return, string[]>;
  actions: [string, number][];
}

/**
 * Each plan's DubanOverview (in folder order) added up: plans whose last round is the same share a
 * line, where a unit counts once, by its worst return (missing in one plan and on time in another
 * is missing: it still has to be chased); units in registry order. Escalations are summed per
 * action, the actions in the order the plans first name them (each plan lists its strongest first).
 */
export function dubanAll(r: Rollup, parts: readonly { plan: string; duban: DubanOverview }[]): DubanAll {
  const groups = new Map<string, { round: Round; plans: string[]; worst: Map<string, Return> }>();
  const actions = new Map<string, number>();
  for (const { plan, duban } of parts) {
    for (const [a, n] of duban.actions) actions.set(a, (actions.get(a) ?? 0) + n);
    const round = duban.round;
    if (!round) continue;
    const key = `${round.id} ${round.deadline}`;
    const g = groups.get(key) ?? { round, plans: [], worst: new Map<string, Return>() };
    groups.set(key, g);
    g.plans.push(plan);
    for (const ret of RETURNS) {
      for (const unit of duban.returns[ret]) {
        keepWorst(g.worst, r.units.resolve(unit) ?? unit, ret);
      }
    }
  }
  const order = new Map(r.units.names.map((n, i) => [n, i]));
  const at = (n: string) => order.get(n) ?? Infinity;
  const byReturn = (worst: Map<string, Return>) => {
    const names = [...worst.keys()].sort((a, b) => at(a) - at(b));
    return Object.fromEntries(RETURNS.map((ret) => [ret, names.filter((n) => worst.get(n) === ret)])) as Record<Return, string[]>;
  };
  const all = new Map<string, Return>();
  const rounds = [...groups.values()]
    .sort((a, b) => (a.round.deadline < b.round.deadline ? -1 : a.round.deadline > b.round.deadline ? 1 : 0))
    .map(({ round, plans, worst }) => {
      for (const [name, ret] of worst) keepWorst(all, name, ret);
      return { round, plans, returns: byReturn(worst) };
    });
  return { rounds, returns: byReturn(all), actions: [...actions] };
}
