// A plan's text to its data and every problem in it, placed on lines: the pure part of
// loading a plan (no files).
import { checkPlan, type CheckOptions } from '../core/check.js';
import type { Item, PlanFile } from '../core/model.js';
import type { DataPath, LocatedProblem, Problem } from '../core/problems.js';
import { clipParams, t, type Lang } from '../i18n/index.js';
import { Locator } from './locate.js';
import { LIMITS, parseYaml } from './parse.js';
import { itemPassesSchema, schemaProblems } from './schema.js';
import type { Utf8Text } from './text.js';

export interface Analysis {
  data?: PlanFile;
  /** What the text parsed to, valid or not: lets big files place problems by region. */
  raw?: unknown;
  problems: (Problem & { offset?: number })[];
}

/**
 * Every problem of a plan's text: syntax, then schema, then meaning. Never throws.
 * `data` is set only when the text parses and passes the schema (meaning problems may remain).
 */
export function analyzePlan(source: string | Utf8Text, opts: CheckOptions = {}): Analysis {
  const parsed = parseYaml(source);
  if (!parsed.ok && parsed.data === undefined) return { problems: parsed.problems };
  return analyzeParsed(parsed, opts);
}

/** The schema and the checks of meaning on data read already (a write's re-read item in the old data: yaml/incremental.ts). */
export function analyzeData(data: unknown, opts: CheckOptions = {}): Analysis {
  return analyzeParsed({ ok: true, data, problems: [] }, opts);
}

/**
 * Whether `next` has no error, shown from the items it changed alone: `before` is a plan with no
 * error (schema or meaning), and `next` is it with the items at `changed` ([section, item]) replaced
 * and everything else the very same objects (a write's re-read, yaml/incremental.ts). Then the
 * schema can only fail in those items, and so can the checks of meaning, as long as the items keep
 * their ids (the checks between items compare ids only). False when that is not what `next` is, or
 * when a changed item has an error or a new id: the whole check (analyzeData) then says what is
 * wrong, or that nothing is. A property test holds the two to the same answer.
 */
export function changedItemsSound(before: PlanFile, next: PlanFile, changed: readonly (readonly [number, number])[], opts: CheckOptions = {}): boolean {
  const at = new Set<string>();
  const items: [number, number][] = [];
  for (const [si, ii] of changed) {
    if (at.has(`${si}/${ii}`)) continue;
    at.add(`${si}/${ii}`);
    items.push([si, ii]);
  }
  if (!sameBut(before, next, 'sections') || !Array.isArray(next.sections) || next.sections.length !== before.sections.length) return false;
  for (let si = 0; si < next.sections.length; si++) {
    const a = before.sections[si]!;
    const b = next.sections[si]!;
    if (a === b) continue;
    if (!sameBut(a, b, 'items') || !Array.isArray(b.items) || b.items.length !== a.items.length) return false;
    for (let ii = 0; ii < b.items.length; ii++) if (b.items[ii] !== a.items[ii] && !at.has(`${si}/${ii}`)) return false;
  }
  for (const [si, ii] of items) {
    const old = before.sections[si]?.items[ii];
    const item = next.sections[si]?.items[ii];
    if (!old || itemPassesSchema(item) !== true || !sameIds(old, item!)) return false;
  }
  return !checkPlan(next, opts, items).some((p) => p.severity === 'error');
}

/** Whether two mappings have the same keys in the same order, each with the very same value but `key`'s. */
function sameBut(a: object, b: unknown, key: string): boolean {
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const other = Object.keys(y);
  if (keys.length !== other.length) return false;
  for (let k = 0; k < keys.length; k++) if (keys[k] !== other[k] || (keys[k] !== key && x[keys[k]!] !== y[keys[k]!])) return false;
  return true;
}

/** The item's id and its targets' ids, in order, are the old item's. */
function sameIds(a: Item, b: Item): boolean {
  if (a.id !== b.id) return false;
  const x = a.targets ?? [];
  const y = b.targets ?? [];
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k]!.id !== y[k]!.id) return false;
  return true;
}

function analyzeParsed(parsed: ReturnType<typeof parseYaml> & { data?: unknown }, opts: CheckOptions): Analysis {
  const syntax = parsed.ok ? [] : parsed.problems;
  const schema = schemaProblems(parsed.data);
  if (!syntax.length && !schema.length) {
    const data = parsed.data as PlanFile;
    return { data, raw: data, problems: checkPlan(data, opts) };
  }
  return { raw: parsed.data, problems: [...syntax, ...schema, ...meaningDespite(parsed.data, schema, opts)] };
}

/** Top-level fields the checks of meaning never read: a schema error there leaves them sound. */
const UNCHECKED = new Set(['$schema', 'schema', 'id', 'title', 'organization', 'settings']);

/**
 * The part of the plan a schema error spoils for the checks of meaning: its section or item,
 * or a field the checks never read. Undefined when the error spoils everything (the period,
 * the unit registry, the shape of the document).
 */
function spoiled(p: Problem): DataPath | undefined {
  const path = p.code === 'schema-required' && typeof p.params?.field === 'string' ? [...p.path, p.params.field] : p.path;
  const [root, si, items, ii] = path;
  if (typeof root !== 'string') return undefined;
  if (UNCHECKED.has(root)) return [root];
  if (root !== 'sections') return p.code === 'schema-unknown-field' && path.length === 1 ? [root] : undefined;
  if (typeof si !== 'number') return undefined;
  if (items !== 'items' || typeof ii !== 'number') return ['sections', si];
  const item = ['sections', si, 'items', ii];
  return path[4] === 'targets' && typeof path[5] === 'number' ? [...item, 'targets', path[5]] : item;
}

/**
 * So that one misspelt kind does not hide an unknown unit elsewhere, the checks of meaning
 * also run on a plan that fails the schema when its errors are confined to some items;
 * what they find inside those items is dropped (it would only echo the schema error).
 */
function meaningDespite(data: unknown, schema: Problem[], opts: CheckOptions): Problem[] {
  const scopes: DataPath[] = [];
  for (const p of schema) {
    const scope = spoiled(p);
    if (!scope) return [];
    scopes.push(scope);
    // A broken target may be the one its item's primary names.
    if (scope[4] === 'targets') scopes.push([...scope.slice(0, 4), 'primary']);
  }
  let found: Problem[];
  try {
    found = checkPlan(data as PlanFile, opts);
  } catch {
    return [];
  }
  const within = (path: DataPath, scope: DataPath) => scope.every((seg, i) => path[i] === seg);
  return found.filter((p) => !scopes.some((s) => within(p.path, s)));
}

/** Places problems on lines (parsing positions only when there are problems). */
export function locateProblems(problems: Analysis['problems'], source: string, display: string, lang: Lang, raw?: unknown): LocatedProblem[] {
  if (!problems.length) return [];
  const locator = new Locator(source, raw);
  return problems.map((p) => {
    const pos = p.offset !== undefined ? locator.at(p.offset) : locator.locate(p.path, p.atKey);
    // A bare number is shown as written (7.10), not as YAML read it (7.1).
    const params = p.key === 'idNotString' ? { ...p.params, raw: locator.text(p.path) ?? String(p.params?.got ?? '') } : p.params;
    return { file: display, line: pos.line, col: pos.col, severity: p.severity, code: p.code, message: t(lang, p.key, clipParams(params)) };
  });
}

/**
 * All of a file's problems for plan validate, placed and in line order. A hostile file can hold a
 * million problems, and placing each on its line would exhaust memory: at most LIMITS.problems
 * are placed (errors first), the rest counted in one more problem.
 */
export function placeProblems(all: Analysis['problems'], source: string, display: string, lang: Lang, raw?: unknown): LocatedProblem[] {
  const sorted = all.length <= LIMITS.problems ? all : [...all.filter((p) => p.severity === 'error'), ...all.filter((p) => p.severity !== 'error')];
  const kept = sorted.slice(0, LIMITS.problems);
  const rest = sorted.slice(LIMITS.problems);
  const placed = locateProblems(kept, source, display, lang, raw)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
    .map(({ p }) => p);
  if (rest.length) {
    const severity = rest.some((p) => p.severity === 'error') ? 'error' : 'warning';
    placed.push({ file: display, line: 1, col: 1, severity, code: 'too-many-problems', message: t(lang, 'tooManyProblems', { n: rest.length, limit: LIMITS.problems }) });
  }
  return placed;
}
