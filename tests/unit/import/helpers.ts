// Shared by the import tests: fixture paths and the plan schema validator.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { importPlan } from '../../../src/core/import/index.js';
import type { TargetKind } from '../../../src/core/model.js';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '../../..');
export const SEED_PATH = resolve(here, '../../fixtures/seed/000_668d129e6c332627.txt');
export const FIXTURES = resolve(here, '../../fixtures/import');

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const schema: unknown = JSON.parse(readFileSync(resolve(ROOT, 'schemas/plan.schema.json'), 'utf8'));
const validate = ajv.compile(schema as object);

/** Schema errors of a plan, as readable strings; [] when valid. */
export function schemaErrors(plan: unknown): string[] {
  if (validate(plan)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

export interface ExpectedTarget {
  kind: TargetKind;
  target: number;
  unit?: string;
  metric?: string;
  due?: string;
}

export interface ExpectedItem {
  title?: string;
  departments: string[];
  lead?: string[];
  targets: ExpectedTarget[];
  textIncludes?: string;
}

/** The answer key of a fixture: tests/fixtures/import/<name>.expected.json. */
export interface Expected {
  options: { year?: number; id?: string };
  title: string;
  organization?: string;
  sections: Array<{ id: string; title: string; items: string[] }>;
  items: Record<string, ExpectedItem>;
  /** Original line numbers that must get a warning (and no others). */
  warningLines: number[];
  /** Item id -> why the parser still gets it wrong (tested with it.fails). */
  knownWrong: Record<string, string>;
}

export function readExpected(name: string): Expected {
  return JSON.parse(readFixture(`${name}.expected.json`)) as Expected;
}

/** What the batch tests compare: each imported item's id, units, lead, leaders and targets as [kind, target, unit, due]. */
export const importedItems = (text: string, year?: number) =>
  importPlan(text, year === undefined ? {} : { year }).plan.sections.flatMap((s) =>
    s.items.map((i) => ({
      id: i.id,
      departments: i.departments,
      ...(i.lead ? { lead: i.lead } : {}),
      ...(i.leaders ? { leaders: i.leaders } : {}),
      targets: (i.targets ?? []).map((t) => [t.kind, t.target, t.unit, t.due]),
    })),
  );

/** Why a text holds no plan: the ImportError's detail (its message key and params), undefined when it imports. */
export function refusal(text: string): { key?: string; params?: Record<string, unknown> } | undefined {
  try {
    importPlan(text);
  } catch (e) {
    return (e as { detail?: { key?: string; params?: Record<string, unknown> } }).detail;
  }
  return undefined;
}
