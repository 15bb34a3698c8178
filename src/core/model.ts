// The plan file format. schemas/plan.schema.json is the source of truth; the key lists
// at the bottom are checked against the schema by tests/unit/schema-types.test.ts, and
// `satisfies` makes TypeScript check them against these types, so the two cannot drift.

export type TargetKind = 'at_least' | 'at_most' | 'level' | 'milestone';
export const TARGET_KINDS: readonly TargetKind[] = ['at_least', 'at_most', 'level', 'milestone'];

export interface Reading {
  date: string;
  value: number;
  by?: string;
  note?: string;
  correction?: boolean;
}

export interface Checkpoint {
  date: string;
  value: number;
}

export interface Target {
  id: string;
  metric: string;
  kind: TargetKind;
  target?: number;
  unit?: string;
  start?: string;
  due?: string;
  baseline?: number;
  checkpoints?: Checkpoint[];
  progress?: Reading[];
}

export interface Item {
  id: string;
  title: string;
  text?: string;
  departments: string[];
  lead?: string[];
  /** 责任领导 / 牵头领导: people, never units. */
  leaders?: string[];
  primary?: string;
  targets?: Target[];
  progress?: Reading[];
}

export interface Section {
  id: string;
  title: string;
  items: Item[];
}

export interface Department {
  name: string;
  aliases?: string[];
}

export interface Settings {
  warn_gap?: number;
  behind_gap?: number;
  stale_days?: number;
  due_soon_days?: number;
}

export interface Period {
  start: string;
  end: string;
}

export interface PlanFile {
  $schema?: string;
  schema: 1;
  id: string;
  title: string;
  organization?: string;
  period: Period;
  departments: Department[];
  settings?: Settings;
  /** What the bulletin says about the plan (the basis document with its 文号). */
  bulletin?: Bulletin;
  sections: Section[];
}

export interface Bulletin {
  basis?: string;
}

export const DEFAULT_SETTINGS: Required<Settings> = {
  warn_gap: 10,
  behind_gap: 30,
  stale_days: 45,
  due_soon_days: 14,
};

type Keys<T> = { [K in keyof Required<T>]: true };
export const SCHEMA_KEYS = {
  plan: { $schema: true, schema: true, id: true, title: true, organization: true, period: true, departments: true, settings: true, bulletin: true, sections: true } satisfies Keys<PlanFile>,
  bulletin: { basis: true } satisfies Keys<Bulletin>,
  period: { start: true, end: true } satisfies Keys<Period>,
  department: { name: true, aliases: true } satisfies Keys<Department>,
  settings: { warn_gap: true, behind_gap: true, stale_days: true, due_soon_days: true } satisfies Keys<Settings>,
  section: { id: true, title: true, items: true } satisfies Keys<Section>,
  item: { id: true, title: true, text: true, departments: true, lead: true, leaders: true, primary: true, targets: true, progress: true } satisfies Keys<Item>,
  target: { id: true, metric: true, kind: true, target: true, unit: true, start: true, due: true, baseline: true, checkpoints: true, progress: true } satisfies Keys<Target>,
  reading: { date: true, value: true, by: true, note: true, correction: true } satisfies Keys<Reading>,
  checkpoint: { date: true, value: true } satisfies Keys<Checkpoint>,
};
