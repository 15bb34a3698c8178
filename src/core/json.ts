// The JSON contract every --format json follows: ids are strings, dates YYYY-MM-DD,
// statuses the English keys. Every --format json output is built from these.
import type { TargetKind } from './model.js';
import type { PlanModel } from './plan.js';
import { countStatuses, type DepartmentRollup, type ItemStatus, type Status, type TargetStatus } from './status.js';

export interface TargetJson {
  id: string;
  item: string;
  metric: string;
  kind: TargetKind;
  target: number;
  unit: string;
  /** The due date in force (an approved 延期 moves it). */
  due: string;
  /** The due date before an approved 延期; null when not extended. */
  original_due: string | null;
  actual: number | null;
  expected: number | null;
  gap: number | null;
  status: Status;
  stale: boolean;
  last_reading: string | null;
  /** 销号 date; null while not closed. */
  closed: string | null;
  lead: string[];
  departments: string[];
  /** True for the milestone standing in for an item without targets (its id is the item's id). */
  implicit: boolean;
}

export interface ItemJson {
  id: string;
  section: string;
  title: string;
  lead: string[];
  departments: string[];
  status: Status;
  stale: boolean;
  /** True for an item without targets: `targets` then holds its one implicit milestone. */
  implicit: boolean;
  targets: TargetJson[];
}

export interface DepartmentJson {
  name: string;
  aliases: string[];
  lead: string[];
  joined: string[];
  counts: Record<Status, number>;
  lead_counts: Record<Status, number>;
  joined_counts: Record<Status, number>;
  last_reading: string | null;
}

/** Numbers in output: at most 2 decimals, no float noise (0.1+0.2 prints 0.3). */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

export function targetJson(ts: TargetStatus): TargetJson {
  const t = ts.target;
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
    last_reading: ts.report?.date ?? null,
    closed: ts.closed?.date ?? null,
    lead: t.item.lead,
    departments: t.item.departments,
    implicit: t.implicit,
  };
}

/** An item's own fields in the JSON contract, without its targets (the bulletin adds its own). */
export function itemHead(is: ItemStatus): Omit<ItemJson, 'targets'> {
  return {
    id: is.item.id,
    section: is.item.section.id,
    title: is.item.title,
    lead: is.item.lead,
    departments: is.item.departments,
    status: is.status,
    stale: is.stale,
    implicit: is.targets.length === 1 && is.targets[0]!.target.implicit,
  };
}

export function itemJson(is: ItemStatus): ItemJson {
  // itemHead's fields, written out: a spread into a new literal copied them one by one.
  return {
    id: is.item.id,
    section: is.item.section.id,
    title: is.item.title,
    lead: is.item.lead,
    departments: is.item.departments,
    status: is.status,
    stale: is.stale,
    implicit: is.targets.length === 1 && is.targets[0]!.target.implicit,
    targets: is.targets.map(targetJson),
  };
}

export function departmentJson(d: DepartmentRollup): DepartmentJson {
  return {
    name: d.name,
    aliases: d.aliases,
    lead: d.lead.map((i) => i.item.id),
    joined: d.joined.map((i) => i.item.id),
    counts: countStatuses([...d.lead, ...d.joined]),
    lead_counts: countStatuses(d.lead),
    joined_counts: countStatuses(d.joined),
    last_reading: d.lastReading ?? null,
  };
}

/** The head of every JSON output: the contract's version, the plan's id and the as-of date. */
export function planHeader(model: PlanModel, asOf: string): { schema: 1; plan: string; as_of: string } {
  return { schema: 1, plan: model.plan.id, as_of: asOf };
}

/** The head of a JSON output over several plans (`--all`): "plans" (their ids) instead of "plan". */
export function plansHeader(models: readonly PlanModel[], asOf: string): { schema: 1; plans: string[]; as_of: string } {
  return { schema: 1, plans: models.map((m) => m.plan.id), as_of: asOf };
}
