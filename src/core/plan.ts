import type { Closed, Department, Extension, Item, Period, PlanFile, Reading, Section, Settings, Target } from './model.js';
import { DEFAULT_SETTINGS } from './model.js';

/** One empty list for every target without checkpoints, readings or 延期: the views only read them (frozen, so a push fails loudly). */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * A target's goal and baseline when the plan gives none (a milestone runs from 0 to 100 %), and the
 * implicit milestone's of an item without targets: the target views and status's Timelines, which
 * read the plan's data without views, both fill them in from here.
 */
export const DEFAULT_GOAL = 100;
export const DEFAULT_BASELINE = 0;

/** A target with its defaults filled in. Items without targets get one implicit milestone. */
export interface TargetView {
  id: string;
  item: ItemView;
  metric: string;
  kind: Target['kind'];
  target: number;
  unit: string;
  start: string;
  due: string;
  baseline: number;
  checkpoints: readonly { date: string; value: number }[];
  readings: readonly Reading[];
  /** 延期 requests, oldest first (the due date above is the original one). */
  extensions: readonly Extension[];
  /** 销号, when the office has closed it. */
  closed: Closed | undefined;
  /** True for the milestone standing in for an item without targets. */
  implicit: boolean;
  /** Where the readings live in the data: the path of the `progress` list's owner (a new list each time). */
  readonly path: (string | number)[];
}

export interface ItemView {
  id: string;
  section: Section;
  sectionIndex: number;
  item: Item;
  title: string;
  /** Units as the plan writes them. */
  departments: string[];
  lead: string[];
  readonly targets: TargetView[];
  /** ['sections', sectionIndex, 'items', its index] (a new list each time). */
  readonly path: (string | number)[];
}

/**
 * The views are classes whose path is made when asked: only writes ask, and a list per item and
 * target was ≈ 70,000 lists on 20,000 items for the young-generation collector to copy. An item's
 * targets are made when first asked for: `plan list --dept` shows the targets of the items it
 * keeps (2,000 of 20,000), and a view of every target was ≈ 50,000 objects of 15 fields.
 */
class ItemEntry implements ItemView {
  private made: TargetView[] | undefined;
  private leads: string[] | undefined;
  constructor(
    readonly id: string,
    readonly section: Section,
    readonly sectionIndex: number,
    /** Its index in the section's items. */
    readonly index: number,
    readonly item: Item,
    readonly title: string,
    readonly departments: string[],
    private readonly period: Period,
  ) {}

  /**
   * The lead units: the item's `lead`, else its first unit (a list made when first asked for: a
   * list per item was 20,000 lists for the young-generation collector to copy, and `list --dept`
   * shows the lead of the items it keeps only).
   */
  get lead(): string[] {
    return (this.leads ??= this.item.lead ?? this.departments.slice(0, 1));
  }

  get targets(): TargetView[] {
    return (this.made ??= this.views());
  }

  private views(): TargetView[] {
    const item = this.item;
    const { start, end } = this.period;
    const targets = item.targets ?? [];
    if (targets.length === 0) return [new TargetEntry(item.id, this, item.title, 'milestone', DEFAULT_GOAL, '%', start, end, DEFAULT_BASELINE, NONE, item.progress ?? NONE, item.extensions ?? NONE, item.closed, -1)];
    // A list made to its length (one grown by push keeps room for 16).
    return targets.map((t, ti): TargetView => new TargetEntry(
      t.id,
      this,
      t.metric,
      t.kind,
      t.target ?? DEFAULT_GOAL,
      t.unit ?? (t.kind === 'milestone' ? '%' : ''),
      t.start ?? start,
      t.due ?? end,
      t.baseline ?? DEFAULT_BASELINE,
      t.checkpoints ?? NONE,
      t.progress ?? NONE,
      t.extensions ?? NONE,
      t.closed,
      ti,
    ));
  }

  get path(): (string | number)[] {
    return ['sections', this.sectionIndex, 'items', this.index];
  }
}

class TargetEntry implements TargetView {
  constructor(
    readonly id: string,
    readonly item: ItemEntry,
    readonly metric: string,
    readonly kind: Target['kind'],
    readonly target: number,
    readonly unit: string,
    readonly start: string,
    readonly due: string,
    readonly baseline: number,
    readonly checkpoints: readonly { date: string; value: number }[],
    readonly readings: readonly Reading[],
    readonly extensions: readonly Extension[],
    readonly closed: Closed | undefined,
    /** Its index in the item's targets; -1 for the implicit milestone. */
    readonly index: number,
  ) {
    this.implicit = index < 0;
  }

  readonly implicit: boolean;

  get path(): (string | number)[] {
    const path = this.item.path;
    if (this.index >= 0) path.push('targets', this.index);
    return path;
  }
}

/** Resolves unit names and aliases to the registry's names. */
export class UnitRegistry {
  readonly names: string[];
  private readonly canonical = new Map<string, string>();
  readonly aliasesOf = new Map<string, string[]>();

  /** The first registration of a name wins; a unit listed twice gathers the aliases of both. */
  constructor(departments: readonly Department[]) {
    this.names = [];
    for (const d of departments) {
      if (!this.aliasesOf.has(d.name)) {
        this.names.push(d.name);
        this.aliasesOf.set(d.name, []);
      }
      if (!this.canonical.has(d.name)) this.canonical.set(d.name, d.name);
      const aliases = this.aliasesOf.get(d.name)!;
      for (const a of d.aliases ?? []) {
        if (!this.canonical.has(a)) this.canonical.set(a, d.name);
        if (!aliases.includes(a)) aliases.push(a);
      }
    }
  }

  resolve(name: string): string | undefined {
    return this.canonical.get(name);
  }

  /** Every name and alias, for suggestions and completion. */
  allNames(): string[] {
    return [...this.canonical.keys()];
  }
}

/** The plan indexed once: items, targets and units by id. */
export class PlanModel {
  readonly items: ItemView[] = [];
  private allTargets: TargetView[] | undefined;
  private byId: { items: Map<string, ItemView>; targets: Map<string, TargetView> } | undefined;
  readonly units: UnitRegistry;
  /** The units the plan registers itself (not only through the shared registry). */
  readonly ownUnits: ReadonlySet<string>;
  readonly settings: Required<Settings>;

  /** `shared`: the folder's unit registry (units.yaml); the plan's own departments add to it. */
  constructor(
    readonly plan: PlanFile,
    readonly shared: readonly Department[] = [],
  ) {
    const own = plan.departments ?? [];
    this.units = new UnitRegistry([...own, ...shared]);
    this.ownUnits = new Set(own.map((d) => d.name));
    this.settings = { ...DEFAULT_SETTINGS, ...plan.settings };
    for (let si = 0; si < plan.sections.length; si++) {
      const section = plan.sections[si]!;
      for (let ii = 0; ii < section.items.length; ii++) {
        const item = section.items[ii]!;
        this.items.push(new ItemEntry(item.id, section, si, ii, item, item.title, item.departments, plan.period));
      }
    }
  }

  /** Every target, each item's in turn (the implicit milestone of an item without targets too); made when first asked for. */
  get targets(): TargetView[] {
    if (this.allTargets) return this.allTargets;
    const all: TargetView[] = [];
    for (let i = 0; i < this.items.length; i++) {
      const targets = this.items[i]!.targets;
      for (let k = 0; k < targets.length; k++) all.push(targets[k]!);
    }
    return (this.allTargets = all);
  }

  /**
   * The first item (in plan order) whose id `match`es, and the first target other than an implicit
   * one: what itemById and targetById give for one id, found without making a view of every target
   * (a command that resolves one reference on 20,000 items made 50,000 views and two maps for it).
   */
  itemWhere(match: (id: string) => boolean): ItemView | undefined {
    const items = this.items;
    for (let i = 0; i < items.length; i++) if (match(items[i]!.id)) return items[i];
    return undefined;
  }

  targetWhere(match: (id: string) => boolean): TargetView | undefined {
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      const targets = items[i]!.item.targets;
      if (targets) for (let k = 0; k < targets.length; k++) if (match(targets[k]!.id)) return items[i]!.targets[k];
    }
    return undefined;
  }

  /**
   * The target at a path (['sections', si, 'items', ii] for an item's implicit milestone, then
   * 'targets', ti): a write's new plan keeps every item and target in its place, and its ids.
   */
  targetAt(path: readonly (string | number)[]): TargetView | undefined {
    const [sections, si, items, ii, targets, ti] = path;
    if (sections !== 'sections' || items !== 'items' || typeof si !== 'number' || typeof ii !== 'number') return undefined;
    let k = ii;
    for (let s = 0; s < si && s < this.plan.sections.length; s++) k += this.plan.sections[s]!.items.length;
    const item = this.items[k];
    if (!item || item.sectionIndex !== si || item.item !== this.plan.sections[si]?.items[ii]) return undefined;
    if (targets === undefined) return item.item.targets?.length ? undefined : item.targets[0];
    return targets === 'targets' && typeof ti === 'number' && path.length === 6 ? item.targets[ti] : undefined;
  }

  /** Items by id, the first of an id (in plan order). Made when first asked: plan status and list never ask. */
  get itemById(): Map<string, ItemView> {
    return (this.byId ??= this.index()).items;
  }

  /** Targets by id (not the implicit ones), the first of an id. */
  get targetById(): Map<string, TargetView> {
    return (this.byId ??= this.index()).targets;
  }

  private index(): { items: Map<string, ItemView>; targets: Map<string, TargetView> } {
    const items = new Map<string, ItemView>();
    const targets = new Map<string, TargetView>();
    for (const view of this.items) {
      if (!items.has(view.id)) items.set(view.id, view);
      for (const t of view.targets) if (!t.implicit && !targets.has(t.id)) targets.set(t.id, t);
    }
    return { items, targets };
  }

  /** Does the unit (any name or alias) lead or join the item? */
  role(item: ItemView, unit: string): 'lead' | 'joined' | undefined {
    const u = this.units.resolve(unit) ?? unit;
    if (item.lead.some((n) => (this.units.resolve(n) ?? n) === u)) return 'lead';
    if (item.departments.some((n) => (this.units.resolve(n) ?? n) === u)) return 'joined';
    return undefined;
  }
}
