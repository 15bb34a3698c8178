import type { PlanFile } from '../core/model.js';
import { PlanModel } from '../core/plan.js';
import { PlanError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { registrations } from '../core/units.js';
import { analyzePlan, locateProblems } from '../yaml/analyze.js';
import { registryConflictProblems, type RegistryText } from '../yaml/units.js';
import { displayPath, findPlansDir, listPlanFiles, peekPlanId, peekPlanTitle, UNITS_FILE } from './find.js';
import { readSharedUnits, type SharedUnits } from './units.js';
import type { PlanCache } from './cache.js';
import { readPlanText, readUtf8Text, type PlanText } from './read.js';
import { textOf, type Utf8Text } from '../yaml/text.js';
import { isUntouchedStarter } from '../yaml/starter.js';

export interface LoadedPlan {
  /** Absolute path. */
  file: string;
  /** As shown in messages. */
  display: string;
  /** The plan's text (decoded when first read: a read-only command never needs it). */
  readonly source: string;
  data: PlanFile;
  model: PlanModel;
}

/** What a plan's checked data depends on besides its text: the folder's units.yaml. */
export function cacheKey(cache: PlanCache | undefined, source: string, shared?: SharedUnits): string | undefined {
  return cache?.key(shared ? `${source}\0${UNITS_FILE}\0${shared.source}` : source);
}

/** Reads, parses and checks one plan (with the folder's shared units); any error becomes one PlanError at file:line:col. */
export function loadPlanFile(file: string, display: string, lang: Lang, source: string | Utf8Text = readUtf8Text(file, display), cache?: PlanCache, shared?: SharedUnits): LoadedPlan {
  const units = shared?.data.departments;
  const key = cache ? cacheKey(cache, textOf(source), shared) : undefined;
  const cached = key ? (cache!.get(key) as PlanFile | undefined) : undefined;
  if (cached) return loaded(file, display, source, cached, new PlanModel(cached, units));
  const { data, raw, problems } = analyzePlan(source, { shared: units });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !data) {
    const first = locateProblems(errors.slice(0, 1), textOf(source), display, lang, raw)[0];
    const more = errors.length > 1 ? t(lang, 'invalidPlanMore', { n: errors.length - 1 }) : '';
    throw new PlanError('invalidPlan', { message: first?.message ?? '', more }, { where: first ? `${first.file}:${first.line}:${first.col}` : display });
  }
  if (key) cache!.set(key, data);
  return loaded(file, display, source, data, new PlanModel(data, units));
}

function loaded(file: string, display: string, source: string | Utf8Text, data: PlanFile, model: PlanModel): LoadedPlan {
  return {
    file,
    display,
    get source() {
      return textOf(source);
    },
    data,
    model,
  };
}

export interface PlanSelection {
  cwd: string;
  /** PLAN_DIR */
  env: Record<string, string | undefined>;
  dir?: string;
  plan?: string;
  lang: Lang;
  /**
   * The texts read so far in this run, by path, each with the file's stamp before its read: the
   * language picker's look at the plan's title and the command's load then share one read of a big
   * plan. A write takes its plan's text from here only when the file, under the lock, still has
   * that stamp (store/update.ts).
   */
  texts?: Map<string, PlanText>;
  /**
   * The folder's plan files as this run listed them already (the language picker's look, for the
   * same --dir): the command's selection takes them instead of walking the folder again.
   */
  folder?: PlanFolder;
}

/** A plan file found in the folder; its text is read on first use, once. */
export interface PlanFileRef {
  file: string;
  display: string;
  readonly source: string;
  /** The text as read, still bytes until `source` is asked for. */
  readonly utf8: string | Utf8Text;
  readonly id: string | undefined;
  readonly title: string | undefined;
}

function planFileRef(file: string, display: string, texts: Map<string, PlanText> = new Map()): PlanFileRef {
  const read = (): PlanText => {
    let r = texts.get(file);
    if (r === undefined) texts.set(file, (r = readPlanText(file, display)));
    return r;
  };
  return {
    file,
    display,
    get source() {
      return read().text;
    },
    get utf8() {
      const r = read();
      return r.utf8 ?? r.text;
    },
    get id() {
      return peekPlanId(this.utf8);
    },
    get title() {
      return peekPlanTitle(this.utf8);
    },
  };
}

/** The plans folder of a selection (--dir, PLAN_DIR or the nearest plans/) and the plan files in it. */
export interface PlanFolder {
  dir: string;
  files: PlanFileRef[];
}

export function planFolder(sel: PlanSelection): PlanFolder {
  const dir = findPlansDir(sel.cwd, sel.env, sel.dir);
  return { dir, files: listPlanFiles(dir).map((file) => planFileRef(file, displayPath(sel.cwd, file), sel.texts)) };
}

export interface SelectOptions {
  /** plan validate: list unreadable files and shared ids too. */
  checking?: boolean;
  /** The plan a qualified reference names (`union-2026` of union-2026:7.4). */
  refPlan?: string;
}

/**
 * The one place that decides which plan files a command works on (every other selection goes
 * through here): all in the folder, or the one --plan names. A file's text is
 * read only when its id is needed (several plans, or --plan) or a command loads it: a writer that
 * reads the plan under its lock anyway does not read a lone plan twice. `checking` (plan validate)
 * lists every file, unreadable ones and ones that share an id too: validating them is its job.
 */
export function selectPlanFiles(sel: PlanSelection, opts: SelectOptions = {}): PlanFolder {
  const { dir, files } = sel.folder ?? planFolder(sel);
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
  // --plan wins; else the plan a qualified reference (union-2026:7.4) names, when the folder holds several.
  const wanted = sel.plan ?? (files.length > 1 ? opts.refPlan : undefined);
  if (wanted) {
    const chosen = files.filter((f) => idOf(f) === wanted);
    const ids = opts.checking ? files.map((f) => idOf(f) ?? f.display) : [...new Set(files.map((f) => f.id).filter((id) => id !== undefined))];
    if (!chosen.length) throw new PlanError('unknownPlan', { id: wanted, dir: shownDir, ids: ids.join(', ') }, { exitCode: 2 });
    return { dir, files: chosen };
  }
  // `plan init`, then `plan import` into the same folder: the starter nobody has edited is not a
  // second plan, so no command asks for --plan (validate still checks every file).
  if (files.length > 1 && !opts.checking) {
    const real = files.filter((f) => !isUntouchedStarter(f.utf8));
    if (real.length) return { dir, files: real };
  }
  return { dir, files };
}

/** The title of the plan a command would work on (the first, when there are several), or undefined. Never throws. */
export function planTitle(sel: PlanSelection): string | undefined {
  try {
    const f = selectPlanFiles(sel).files[0];
    return f?.title;
  } catch {
    return undefined;
  }
}

/** The one plan a command works on. */
export function openPlan(sel: PlanSelection, cache?: PlanCache, opts: SelectOptions = {}): LoadedPlan {
  const { dir, files } = selectPlanFiles(sel, opts);
  if (files.length > 1) {
    throw new PlanError('manyPlans', { dir: displayPath(sel.cwd, dir) || '.', ids: files.map((f) => f.id ?? f.display).join(', ') }, { exitCode: 2 });
  }
  const f = files[0]!;
  return loadPlanFile(f.file, f.display, sel.lang, f.utf8, cache, readSharedUnits(dir, sel.cwd, sel.lang));
}

/** Every plan of the folder (or the one --plan names), loaded with the shared units, in folder order. */
export interface AllPlans {
  dir: string;
  shared: SharedUnits | undefined;
  plans: LoadedPlan[];
}

/**
 * `--all`: every plan, each checked with the folder's units.yaml; a name two registries register
 * differently is an error here too (a roll-up by unit would be ambiguous), at file:line:col.
 */
export function openAllPlans(sel: PlanSelection, cache?: PlanCache): AllPlans {
  const { dir, files } = selectPlanFiles(sel);
  const shared = readSharedUnits(dir, sel.cwd, sel.lang);
  const plans = files.map((f) => loadPlanFile(f.file, f.display, sel.lang, f.utf8, cache, shared));
  const regs = [...(shared ? [registrations(shared.display, shared.data.departments)] : []), ...plans.map((p) => registrations(p.display, p.data.departments))];
  // (Each plan's text is decoded only to place a conflict in it.)
  const texts = new Map<string, RegistryText>(
    plans.map((p) => [
      p.display,
      {
        get source() {
          return p.source;
        },
        data: p.data,
      },
    ]),
  );
  if (shared) texts.set(shared.display, { source: shared.source, data: shared.data });
  const conflicts = registryConflictProblems(regs, texts, sel.lang);
  const first = conflicts[0];
  if (first) {
    const more = conflicts.length > 1 ? t(sel.lang, 'invalidPlanMore', { n: conflicts.length - 1 }) : '';
    throw new PlanError('invalidPlan', { message: first.message, more }, { where: `${first.file}:${first.line}:${first.col}` });
  }
  return { dir, shared, plans };
}
