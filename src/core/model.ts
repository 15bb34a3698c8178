// The plan file format. schemas/plan.schema.json is the source of truth; the key lists
// at the bottom are checked against the schema by tests/unit/schema-types.test.ts, and
// `satisfies` makes TypeScript check them against these types, so the two cannot drift.

export type TargetKind = 'at_least' | 'at_most' | 'level' | 'milestone';
export const TARGET_KINDS: readonly TargetKind[] = ['at_least', 'at_most', 'level', 'milestone'];

export interface Reading {
  date: string;
  /** Absent in a text report (进展情况 / 存在问题 only): it counts as reporting, not as a measurement. */
  value?: number;
  /** The reporting unit (a registry name or alias). */
  by?: string;
  /** Who filled it in (填报人): a person. */
  person?: string;
  /** 进展情况. */
  note?: string;
  /** 存在问题: the unit's own reason for a lag. */
  problems?: string;
  /** 下步计划. */
  next?: string;
  /** 佐证材料: paths or links. */
  evidence?: string[];
  correction?: boolean;
  /** The day it was entered (报送日期); absent on old readings: counted as their `date`. */
  recorded?: string;
}

/** A 延期 request: approved when `approved` is set; it moves the due date from that day on. */
export interface Extension {
  requested: string;
  to: string;
  reason: string;
  approved?: string;
  by?: string;
}

/** 销号: a done target verified by the office, with its evidence (佐证材料). */
export interface Closed {
  date: string;
  by?: string;
  evidence: string[];
  note?: string;
}

/** A reading that measures something (not a text report). */
export type Measured = Reading & { value: number };
export const isMeasured = (r: Reading): r is Measured => typeof r.value === 'number';

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
  extensions?: Extension[];
  closed?: Closed;
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
  /** 延期 and 销号 of an item without targets (its implicit milestone). */
  extensions?: Extension[];
  closed?: Closed;
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
  reporting?: Reporting;
  escalation?: EscalationRule[];
}

export type Cadence = 'monthly' | 'quarterly' | 'weekly';
export const CADENCES: readonly Cadence[] = ['monthly', 'quarterly', 'weekly'];

/** When units report: each round's deadline is its `due_day` (day of the month; weekly: 1 = Monday … 7 = Sunday). */
export interface Reporting {
  cadence?: Cadence;
  due_day?: number;
}

/** The statuses an escalation rule can watch: a target's, or a unit's missing return. */
export type EscalationStatus = 'at_risk' | 'behind' | 'overdue' | 'missing';
export const ESCALATION_STATUSES: readonly EscalationStatus[] = ['at_risk', 'behind', 'overdue', 'missing'];

/** `rounds` consecutive round deadlines at `status` (or worse) -> `action` (专函督办, 约谈…). */
export interface EscalationRule {
  status: EscalationStatus;
  rounds: number;
  action: string;
}

export interface Period {
  start: string;
  end: string;
}

/** 依据: the document the plan was issued by (its title and 文号). */
export interface BulletinBasis {
  title?: string;
  doc_no?: string;
  issuer?: string;
}

/** The 督查通报's 公文 frame: 报头, 主送, 抄送, 导语, 下步工作要求. */
export interface Bulletin {
  publication?: string;
  issuer?: string;
  to?: string;
  cc?: string[];
  /** The basis as `plan import` writes it, one text (《…》（文号）), or in parts. */
  basis?: string | BulletinBasis;
  method?: string;
  requirements?: string[];
}

export interface PlanFile {
  $schema?: string;
  schema: 1;
  id: string;
  title: string;
  organization?: string;
  period: Period;
  /** The plan's own units; they add to the folder's shared registry (units.yaml), if any. */
  departments?: Department[];
  settings?: Settings;
  /** What the bulletin says about the plan (the basis document with its 文号). */
  bulletin?: Bulletin;
  sections: Section[];
}

/** plans/units.yaml: the unit registry every plan in the folder shares (schemas/units.schema.json). */
export interface UnitsFile {
  $schema?: string;
  schema: 1;
  departments: Department[];
}

export const DEFAULT_SETTINGS: Required<Settings> = {
  warn_gap: 10,
  behind_gap: 30,
  stale_days: 45,
  due_soon_days: 14,
  reporting: { cadence: 'monthly', due_day: 25 },
  // Two yellows in a row -> 专函督办, three reds -> 约谈 (county and city 督查督办 rules).
  escalation: [
    { status: 'at_risk', rounds: 2, action: '专函督办' },
    { status: 'behind', rounds: 3, action: '约谈' },
  ],
};

/** The due day when none is given: the 25th; weekly, Friday. */
export function defaultDueDay(cadence: Cadence): number {
  return cadence === 'weekly' ? 5 : 25;
}

type Keys<T> = { [K in keyof Required<T>]: true };
export const SCHEMA_KEYS = {
  plan: { $schema: true, schema: true, id: true, title: true, organization: true, period: true, departments: true, settings: true, bulletin: true, sections: true } satisfies Keys<PlanFile>,
  bulletin: { publication: true, issuer: true, to: true, cc: true, basis: true, method: true, requirements: true } satisfies Keys<Bulletin>,
  basis: { title: true, doc_no: true, issuer: true } satisfies Keys<BulletinBasis>,
  period: { start: true, end: true } satisfies Keys<Period>,
  department: { name: true, aliases: true } satisfies Keys<Department>,
  settings: { warn_gap: true, behind_gap: true, stale_days: true, due_soon_days: true, reporting: true, escalation: true } satisfies Keys<Settings>,
  reporting: { cadence: true, due_day: true } satisfies Keys<Reporting>,
  escalation: { status: true, rounds: true, action: true } satisfies Keys<EscalationRule>,
  section: { id: true, title: true, items: true } satisfies Keys<Section>,
  item: { id: true, title: true, text: true, departments: true, lead: true, leaders: true, primary: true, targets: true, progress: true, extensions: true, closed: true } satisfies Keys<Item>,
  target: { id: true, metric: true, kind: true, target: true, unit: true, start: true, due: true, baseline: true, checkpoints: true, progress: true, extensions: true, closed: true } satisfies Keys<Target>,
  reading: { date: true, value: true, by: true, person: true, note: true, problems: true, next: true, evidence: true, correction: true, recorded: true } satisfies Keys<Reading>,
  extension: { requested: true, to: true, reason: true, approved: true, by: true } satisfies Keys<Extension>,
  closed: { date: true, by: true, evidence: true, note: true } satisfies Keys<Closed>,
  checkpoint: { date: true, value: true } satisfies Keys<Checkpoint>,
};
