import { checkPlan } from '../core/check.js';
import type { PlanFile } from '../core/model.js';
import { PlanModel } from '../core/plan.js';
import type { DataPath, LocatedProblem, Problem } from '../core/problems.js';
import { PlanError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { displayPath, findPlansDir, listPlanFiles, peekPlanId } from './find.js';
import { PlanCache } from './cache.js';
import { Locator } from './locate.js';
import { parseYaml } from './parse.js';
import { readTextFile } from './read.js';
import { schemaProblems } from './schema.js';

export interface LoadedPlan {
  /** Absolute path. */
  file: string;
  /** As shown in messages. */
  display: string;
  source: string;
  data: PlanFile;
  model: PlanModel;
}

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
export function analyzePlan(source: string, opts: { asOf?: string } = {}): Analysis {
  const parsed = parseYaml(source);
  if (!parsed.ok && parsed.data === undefined) return { problems: parsed.problems };
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
function meaningDespite(data: unknown, schema: Problem[], opts: { asOf?: string }): Problem[] {
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
    return { file: display, line: pos.line, col: pos.col, severity: p.severity, code: p.code, message: t(lang, p.key, params) };
  });
}

/** Reads, parses and checks one plan; any error becomes one PlanError at file:line:col. */
export function loadPlanFile(file: string, display: string, lang: Lang, source = readTextFile(file, display), cache?: PlanCache): LoadedPlan {
  const key = cache?.key(source);
  const cached = key ? (cache!.get(key) as PlanFile | undefined) : undefined;
  if (cached) return { file, display, source, data: cached, model: new PlanModel(cached) };
  const { data, raw, problems } = analyzePlan(source);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !data) {
    const first = locateProblems(errors.slice(0, 1), source, display, lang, raw)[0];
    const more = errors.length > 1 ? t(lang, 'invalidPlanMore', { n: errors.length - 1 }) : '';
    throw new PlanError('invalidPlan', { message: first?.message ?? '', more }, { where: first ? `${first.file}:${first.line}:${first.col}` : display });
  }
  if (key) cache!.set(key, data);
  return { file, display, source, data, model: new PlanModel(data) };
}

export interface PlanSelection {
  cwd: string;
  env: Record<string, string | undefined>;
  dir?: string;
  plan?: string;
  lang: Lang;
}

/** A plan file found in the folder; its text is read on first use, once. */
export interface PlanFileRef {
  file: string;
  display: string;
  readonly source: string;
  readonly id: string | undefined;
}

function planFileRef(file: string, display: string): PlanFileRef {
  let source: string | undefined;
  return {
    file,
    display,
    get source() {
      return (source ??= readTextFile(file, display));
    },
    get id() {
      return peekPlanId(this.source);
    },
  };
}

/**
 * The plan files a command works on: all in the folder, or the one --plan names. A file's text is
 * read only when its id is needed (several plans, or --plan) or a command loads it: a writer that
 * reads the plan under its lock anyway does not read a lone plan twice.
 */
export function selectPlanFiles(sel: PlanSelection): { dir: string; files: PlanFileRef[] } {
  const dir = findPlansDir(sel.cwd, sel.env, sel.dir);
  const files = listPlanFiles(dir).map((file) => planFileRef(file, displayPath(sel.cwd, file)));
  const shownDir = displayPath(sel.cwd, dir) || '.';
  if (!files.length) throw new PlanError('noPlans', { dir: shownDir });
  const byId = new Map<string, string[]>();
  if (files.length > 1) for (const f of files) if (f.id) byId.set(f.id, [...(byId.get(f.id) ?? []), f.display]);
  for (const [id, list] of byId) if (list.length > 1) throw new PlanError('duplicatePlanId', { id, files: list.join(', ') });
  if (sel.plan) {
    const chosen = files.filter((f) => f.id === sel.plan);
    if (!chosen.length) throw new PlanError('unknownPlan', { id: sel.plan, dir: shownDir, ids: [...new Set(files.map((f) => f.id).filter((id) => id !== undefined))].join(', ') }, { exitCode: 2 });
    return { dir, files: chosen };
  }
  return { dir, files };
}

/** The one plan a command works on. */
export function openPlan(sel: PlanSelection): LoadedPlan {
  const { dir, files } = selectPlanFiles(sel);
  if (files.length > 1) {
    throw new PlanError('manyPlans', { dir: displayPath(sel.cwd, dir) || '.', ids: files.map((f) => f.id ?? f.display).join(', ') }, { exitCode: 2 });
  }
  const f = files[0]!;
  return loadPlanFile(f.file, f.display, sel.lang, f.source, PlanCache.from(sel.env));
}
