import { checkPlan } from '../core/check.js';
import type { PlanFile } from '../core/model.js';
import { PlanModel } from '../core/plan.js';
import type { LocatedProblem, Problem } from '../core/problems.js';
import { PlanError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { displayPath, findPlansDir, listPlanFiles, peekPlanId } from './find.js';
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
  problems: (Problem & { offset?: number })[];
}

/** Every problem of a plan's text: syntax, then schema, then meaning. Never throws. */
export function analyzePlan(source: string, opts: { asOf?: string } = {}): Analysis {
  const parsed = parseYaml(source);
  if (!parsed.ok) return { problems: parsed.problems };
  const schema = schemaProblems(parsed.data);
  if (schema.length) return { problems: schema };
  const data = parsed.data as PlanFile;
  return { data, problems: checkPlan(data, opts) };
}

/** Places problems on lines (parsing positions only when there are problems). */
export function locateProblems(problems: Analysis['problems'], source: string, display: string, lang: Lang): LocatedProblem[] {
  if (!problems.length) return [];
  const locator = new Locator(source);
  return problems.map((p) => {
    const pos = p.offset !== undefined ? locator.at(p.offset) : locator.locate(p.path, p.atKey);
    return { file: display, line: pos.line, col: pos.col, severity: p.severity, code: p.code, message: t(lang, p.key, p.params) };
  });
}

/** Reads, parses and checks one plan; any error becomes one PlanError at file:line:col. */
export function loadPlanFile(file: string, display: string, lang: Lang, source = readTextFile(file, display)): LoadedPlan {
  const { data, problems } = analyzePlan(source);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !data) {
    const first = locateProblems(errors.slice(0, 1), source, display, lang)[0];
    const more = errors.length > 1 ? t(lang, 'invalidPlanMore', { n: errors.length - 1 }) : '';
    throw new PlanError('invalidPlan', { message: first?.message ?? '', more }, { where: first ? `${first.file}:${first.line}:${first.col}` : display });
  }
  return { file, display, source, data, model: new PlanModel(data) };
}

export interface PlanSelection {
  cwd: string;
  env: Record<string, string | undefined>;
  dir?: string;
  plan?: string;
  lang: Lang;
}

/** The plan files a command works on: all in the folder, or the one --plan names. */
export function selectPlanFiles(sel: PlanSelection): { dir: string; files: { file: string; display: string; source: string; id?: string }[] } {
  const dir = findPlansDir(sel.cwd, sel.env, sel.dir);
  const files = listPlanFiles(dir).map((file) => {
    const display = displayPath(sel.cwd, file);
    const source = readTextFile(file, display);
    return { file, display, source, id: peekPlanId(source) };
  });
  const shownDir = displayPath(sel.cwd, dir) || '.';
  if (!files.length) throw new PlanError('noPlans', { dir: shownDir });
  const byId = new Map<string, string[]>();
  for (const f of files) if (f.id) byId.set(f.id, [...(byId.get(f.id) ?? []), f.display]);
  for (const [id, list] of byId) if (list.length > 1) throw new PlanError('duplicatePlanId', { id, files: list.join(', ') });
  if (sel.plan) {
    const chosen = files.filter((f) => f.id === sel.plan);
    if (!chosen.length) throw new PlanError('unknownPlan', { id: sel.plan, dir: shownDir, ids: [...byId.keys()].join(', ') }, { exitCode: 2 });
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
  return loadPlanFile(f.file, f.display, sel.lang, f.source);
}
