// Each item's units and targets as numbers, made once per model. The status roll-up, the returns
// and plan status's overview each asked the registry for every unit name of every item (≈ 90,000
// look-ups on 20,000 items, once per question); they now read these flat arrays.

import type { PlanModel } from './plan.js';

export class ItemUnits {
  /** The registry's units: a unit is its index here. */
  readonly names: readonly string[];
  /** Item i's targets are model.targets[targetOff[i]] … model.targets[targetOff[i + 1] - 1]. */
  readonly targetOff: Int32Array;
  /**
   * Item i's registered units (`departments` resolved, each once, in its order): unit[unitOff[i]] …
   * unit[unitOff[i + 1] - 1], leads[k] 1 when that unit is one of the item's lead units.
   */
  readonly unitOff: Int32Array;
  readonly unit: Int32Array;
  readonly leads: Uint8Array;
  /** Item i's registered lead units (`lead` resolved, each once, in its order): lead[leadOff[i]] …. */
  readonly leadOff: Int32Array;
  readonly lead: Int32Array;

  constructor(model: PlanModel) {
    const items = model.items;
    this.names = model.units.names;
    const index = new Map<string, number>();
    this.names.forEach((n, i) => index.set(n, i));
    // A name resolves to a registered unit or to nothing (-1): resolve each distinct spelling once.
    const known = new Map<string, number>();
    const unitOf = (n: string): number => {
      let u = known.get(n);
      if (u === undefined) known.set(n, (u = index.get(model.units.resolve(n) ?? n) ?? -1));
      return u;
    };
    const nu = departmentsNamed(items);
    const nl = leadsNamed(items);
    this.targetOff = new Int32Array(items.length + 1);
    this.unitOff = new Int32Array(items.length + 1);
    this.leadOff = new Int32Array(items.length + 1);
    const unit = new Int32Array(nu);
    const leads = new Uint8Array(nu);
    const lead = new Int32Array(nl);
    fill(items, unitOf, this.targetOff, this.leadOff, this.unitOff, unit, leads, lead);
    const a = this.unitOff[items.length]!;
    const b = this.leadOff[items.length]!;
    this.unit = unit.subarray(0, a);
    this.leads = leads.subarray(0, a);
    this.lead = lead.subarray(0, b);
  }
}

/** The offsets and units of ItemUnits (its own function, ending with its loop: see entries in status.ts). */
function fill(items: PlanModel['items'], unitOf: (n: string) => number, targetOff: Int32Array, leadOff: Int32Array, unitOff: Int32Array, unit: Int32Array, leads: Uint8Array, lead: Int32Array): void {
  let t = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    // Its targets, or the implicit milestone of an item without (counted in the plan's data: the views are made when a screen shows them).
    t += Math.max(1, item.item.targets?.length ?? 0);
    targetOff[i + 1] = t;
    const from = b;
    for (let k = 0; k < item.lead.length; k++) {
      const u = unitOf(item.lead[k]!);
      if (u !== -1 && !has(lead, from, b, u)) lead[b++] = u;
    }
    leadOff[i + 1] = b;
    const start = a;
    for (let k = 0; k < item.departments.length; k++) {
      const u = unitOf(item.departments[k]!);
      if (u === -1 || has(unit, start, a, u)) continue;
      leads[a] = has(lead, from, b, u) ? 1 : 0;
      unit[a++] = u;
    }
    unitOff[i + 1] = a;
  }
}

/** How many units the items name. (Loops in functions of their own: see entries in status.ts.) */
function departmentsNamed(items: PlanModel['items']): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) n += items[i]!.departments.length;
  return n;
}

/** How many lead units the items name. */
function leadsNamed(items: PlanModel['items']): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) n += items[i]!.lead.length;
  return n;
}

/** Whether list[from] … list[to - 1] holds u (an item names a few units). */
function has(list: Int32Array, from: number, to: number, u: number): boolean {
  for (let k = from; k < to; k++) if (list[k] === u) return true;
  return false;
}

const made = new WeakMap<PlanModel, ItemUnits>();

/** The model's ItemUnits, made when first asked (a model's items and registry do not change). */
export function itemUnitsOf(model: PlanModel): ItemUnits {
  let u = made.get(model);
  if (!u) made.set(model, (u = new ItemUnits(model)));
  return u;
}
