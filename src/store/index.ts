import type { Lang } from '../i18n/index.js';
import type { PlanCache } from './cache.js';
import { faultFromSpec } from './fault.js';
import type { GitState } from './git-state.js';
import type { GitRevision } from './git.js';
import { findPlansDir } from './find.js';
import { openAllPlans, openPlan, selectPlanFiles, type AllPlans, type LoadedPlan, type PlanFileRef, type PlanFolder, type SelectOptions } from './load.js';
import { readSharedUnits, type SharedUnits } from './units.js';
import type { Change, ChangeMany, Updated, UpdatedMany } from './update.js';
import { postRobot, webhookUrl, type Posted } from './webhook.js';
import type { PlanText } from './read.js';
import type { Fault } from './write.js';

export interface StoreOptions {
  cwd: string;
  /** Passed on to git, and read for the store's own settings (PLAN_CACHE…, PLAN_LOCK_TIMEOUT_MS, PLAN_FAULT). */
  env: Record<string, string | undefined>;
  dir?: string;
  plan?: string;
  lang: Lang;
  /** The texts the run has read already (see PlanSelection.texts). */
  texts?: Map<string, PlanText>;
  /** The folder's plan files as the run listed them already, for this --dir (see PlanSelection.folder). */
  folder?: PlanFolder;
  /** Where an injected fault says it is waiting (tests only). */
  say: (line: string) => void;
  /** The cache of checked plans' module, loaded by the caller when cacheWanted(env) (see store/cache.ts). */
  planCache?: typeof PlanCache;
}

/**
 * Whether the environment asks for the cache of checked plans (PLAN_CACHE=1 or PLAN_CACHE_DIR, and
 * not PLAN_CACHE=0). Its module is loaded only then: node:crypto is no part of a plain run's start-up.
 */
export function cacheWanted(env: Record<string, string | undefined>): boolean {
  return env.PLAN_CACHE !== '0' && (env.PLAN_CACHE === '1' || Boolean(env.PLAN_CACHE_DIR));
}

/**
 * The plans folder as the commands see it: which plans there are, the one to work on, the one
 * write transaction, and git. Made once per run from the global options and the environment.
 */
export class Store {
  private cached: PlanCache | undefined | null = null;
  private shared: SharedUnits | undefined | null = null;

  constructor(private readonly o: StoreOptions) {}

  /** The cache of checked plans for this plans folder, when asked for and there is a place for it. */
  private get cache(): PlanCache | undefined {
    if (this.cached === null) this.cached = this.o.planCache?.from(this.o.env, findPlansDir(this.o.cwd, this.o.env, this.o.dir));
    return this.cached;
  }

  /** The plan files in the folder (or the one --plan names); texts are read on first use. */
  planFiles(opts: SelectOptions = {}): { dir: string; files: PlanFileRef[] } {
    return selectPlanFiles(this.o, opts);
  }

  /**
   * The one plan file a write goes to: --plan, else the plan a qualified reference names, else
   * the only one (the several-plans error when the folder holds more).
   */
  onePlanFile(opts: SelectOptions = {}): { dir: string; file: PlanFileRef } {
    const { dir, files } = this.planFiles(opts);
    if (files.length > 1) this.open(opts); // throws the "several plans: use --plan" error
    return { dir, file: files[0]! };
  }

  /**
   * The one plan a command works on: --plan, else the plan a qualified reference names, else the
   * only one (an error when the folder holds several).
   */
  open(opts: SelectOptions = {}): LoadedPlan {
    return openPlan(this.o, this.cache, opts);
  }

  /** `--all`: every plan of the folder (or the one --plan names), with the shared units.yaml. */
  openAll(): AllPlans {
    return openAllPlans(this.o, this.cache);
  }

  /** The folder's shared unit registry (units.yaml), read once; undefined when there is none. */
  sharedUnits(): SharedUnits | undefined {
    if (this.shared === null) this.shared = readSharedUnits(findPlansDir(this.o.cwd, this.o.env, this.o.dir), this.o.cwd, this.o.lang);
    return this.shared;
  }

  /** Under the plan's lock: read it, let `change` compute the new text, write it atomically. */
  async update<T>(plan: { file: string; display: string }, change: (loaded: LoadedPlan) => Change<T>, opts: { dryRun?: boolean } = {}): Promise<Updated<T>> {
    // The write path (locks, atomic writes) is loaded by the commands that write, not by every run.
    const { updatePlan } = await import('./update.js');
    return updatePlan(plan.file, plan.display, this.o.lang, change, {
      dryRun: opts.dryRun,
      timeoutMs: Number(this.o.env.PLAN_LOCK_TIMEOUT_MS) || undefined,
      fault: faultFromSpec(this.o.env.PLAN_FAULT, this.o.say),
      cache: this.cache,
      shared: this.sharedUnits(),
      known: this.o.texts,
    });
  }

  /** Several plans in one transaction: every lock, then every read, then the writes; a refused change writes none. */
  async updateMany<T>(plans: readonly { file: string; display: string }[], change: (loaded: LoadedPlan[]) => ChangeMany<T>, opts: { dryRun?: boolean } = {}): Promise<UpdatedMany<T>> {
    const { updatePlans } = await import('./update.js');
    return updatePlans(plans, this.o.lang, change, {
      dryRun: opts.dryRun,
      timeoutMs: Number(this.o.env.PLAN_LOCK_TIMEOUT_MS) || undefined,
      fault: faultFromSpec(this.o.env.PLAN_FAULT, this.o.say),
      cache: this.cache,
      shared: this.sharedUnits(),
      known: this.o.texts,
    });
  }

  /** The group robot's URL: --webhook, else --webhook-file, else PLAN_WEBHOOK (never printed: it holds a token). */
  webhookUrl(given: string | undefined, file: string | undefined): string | undefined {
    return webhookUrl(this.o.cwd, this.o.env, given, file);
  }

  /** One POST to a robot, never retried. */
  postRobot(url: string, body: string, timeoutMs: number): Promise<Posted> {
    return postRobot(url, body, timeoutMs);
  }

  /** The injected fault of a test run (PLAN_FAULT), for writes outside update(): plan init. */
  fault(): Fault | undefined {
    return faultFromSpec(this.o.env.PLAN_FAULT, this.o.say);
  }

  /** The plans at a git revision (plan validate --against). git (node:child_process) is loaded only here. */
  async revision(ref: string): Promise<GitRevision> {
    const { GitRevision } = await import('./git.js');
    return new GitRevision(ref, this.o.env);
  }

  /** The commit and state of a file's repository, for a bulletin's footer. */
  async gitState(file: string): Promise<GitState | undefined> {
    const { gitState } = await import('./git-state.js');
    return gitState(file, this.o.env);
  }
}
