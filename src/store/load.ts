import type { PlanFile } from '../core/model.js';
import { PlanModel } from '../core/plan.js';
import { PlanError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { analyzePlan, locateProblems } from '../yaml/analyze.js';
import { displayPath, findPlansDir, listPlanFiles, peekPlanId, peekPlanTitle } from './find.js';
import type { PlanCache } from './cache.js';
import { readTextFile } from './read.js';
import { isUntouchedStarter } from '../yaml/starter.js';

export interface LoadedPlan {
  /** Absolute path. */
  file: string;
  /** As shown in messages. */
  display: string;
  source: string;
  data: PlanFile;
  model: PlanModel;
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
  /** PLAN_DIR */
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
 * reads the plan under its lock anyway does not read a lone plan twice. `checking` (plan validate)
 * lists every file, unreadable ones and ones that share an id too: validating them is its job.
 */
export function selectPlanFiles(sel: PlanSelection, opts: { checking?: boolean } = {}): { dir: string; files: PlanFileRef[] } {
  const dir = findPlansDir(sel.cwd, sel.env, sel.dir);
  const files = listPlanFiles(dir).map((file) => planFileRef(file, displayPath(sel.cwd, file)));
  const shownDir = displayPath(sel.cwd, dir) || '.';
  if (!files.length) throw new PlanError('noPlans', { dir: shownDir });
  const idOf = (f: PlanFileRef) => {
    if (!opts.checking) return f.id;
    try {
      return f.id;
    } catch {
      return undefined; // an unreadable file has no id to match
    }
  };
  const byId = new Map<string, string[]>();
  if (files.length > 1 && !opts.checking) for (const f of files) if (f.id) byId.set(f.id, [...(byId.get(f.id) ?? []), f.display]);
  for (const [id, list] of byId) if (list.length > 1) throw new PlanError('duplicatePlanId', { id, files: list.join(', ') });
  if (sel.plan) {
    const chosen = files.filter((f) => idOf(f) === sel.plan);
    const ids = opts.checking ? files.map((f) => idOf(f) ?? f.display) : [...new Set(files.map((f) => f.id).filter((id) => id !== undefined))];
    if (!chosen.length) throw new PlanError('unknownPlan', { id: sel.plan, dir: shownDir, ids: ids.join(', ') }, { exitCode: 2 });
    return { dir, files: chosen };
  }
  // `plan init`, then `plan import` into the same folder: the starter nobody has edited is not a
  // second plan, so no command asks for --plan (validate still checks every file).
  if (files.length > 1 && !opts.checking) {
    const real = files.filter((f) => !isUntouchedStarter(f.source));
    if (real.length) return { dir, files: real };
  }
  return { dir, files };
}

/** The title of the plan a command would work on (the first, when there are several), or undefined. Never throws. */
export function planTitle(sel: PlanSelection): string | undefined {
  try {
    const f = selectPlanFiles(sel).files[0];
    return f && peekPlanTitle(f.source);
  } catch {
    return undefined;
  }
}

/** The one plan a command works on. */
export function openPlan(sel: PlanSelection, cache?: PlanCache): LoadedPlan {
  const { dir, files } = selectPlanFiles(sel);
  if (files.length > 1) {
    throw new PlanError('manyPlans', { dir: displayPath(sel.cwd, dir) || '.', ids: files.map((f) => f.id ?? f.display).join(', ') }, { exitCode: 2 });
  }
  const f = files[0]!;
  return loadPlanFile(f.file, f.display, sel.lang, f.source, cache);
}
