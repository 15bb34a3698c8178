import type { Closed, Department, Extension, Item, PlanFile, Reading, Section, Settings, Target } from './model.js';
import { DEFAULT_SETTINGS } from './model.js';

/** One empty list for every target without checkpoints, readings or 延期: the views only read them (frozen, so a push fails loudly). */
const NONE: readonly never[] = Object.freeze([]);

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
  /** Where the readings live in the data: the path of the `progress` list's owner. */
  path: (string | number)[];
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
  targets: TargetView[];
  path: (string | number)[];
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
  readonly targets: TargetView[] = [];
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
        const path = ['sections', si, 'items', ii];
        const view: ItemView = {
          id: item.id,
          section,
          sectionIndex: si,
          item,
          title: item.title,
          departments: item.departments,
          lead: item.lead ?? item.departments.slice(0, 1),
          targets: [],
          path,
        };
        const targets = item.targets ?? [];
        if (targets.length === 0) {
          view.targets = [{
            id: item.id,
            item: view,
            metric: item.title,
            kind: 'milestone',
            target: 100,
            unit: '%',
            start: plan.period.start,
            due: plan.period.end,
            baseline: 0,
            checkpoints: NONE,
            readings: item.progress ?? NONE,
            extensions: item.extensions ?? NONE,
            closed: item.closed,
            implicit: true,
            path,
          }];
        }
        // A list made to its length (one grown by push keeps room for 16).
        else view.targets = targets.map((t, ti): TargetView => ({
            id: t.id,
            item: view,
            metric: t.metric,
            kind: t.kind,
            target: t.target ?? 100,
            unit: t.unit ?? (t.kind === 'milestone' ? '%' : ''),
            start: t.start ?? plan.period.start,
            due: t.due ?? plan.period.end,
            baseline: t.baseline ?? 0,
            checkpoints: t.checkpoints ?? NONE,
            readings: t.progress ?? NONE,
            extensions: t.extensions ?? NONE,
            closed: t.closed,
            implicit: false,
            path: ['sections', si, 'items', ii, 'targets', ti],
          }));
        this.items.push(view);
        for (const t of view.targets) this.targets.push(t);
      }
    }
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
