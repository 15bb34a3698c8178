// A plan's text to its data and every problem in it, placed on lines: the pure part of
// loading a plan (no files).
import { checkPlan, type CheckOptions } from '../core/check.js';
import type { PlanFile } from '../core/model.js';
import type { DataPath, LocatedProblem, Problem } from '../core/problems.js';
import { clipParams, t, type Lang } from '../i18n/index.js';
import { Locator } from './locate.js';
import { LIMITS, parseYaml } from './parse.js';
import { schemaProblems } from './schema.js';

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
export function analyzePlan(source: string, opts: CheckOptions = {}): Analysis {
  const parsed = parseYaml(source);
  if (!parsed.ok && parsed.data === undefined) return { problems: parsed.problems };
  return analyzeParsed(parsed, opts);
}

/** The schema and the checks of meaning on data read already (a write's re-read item in the old data: yaml/incremental.ts). */
export function analyzeData(data: unknown, opts: CheckOptions = {}): Analysis {
  return analyzeParsed({ ok: true, data, problems: [] }, opts);
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
