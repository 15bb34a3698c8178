import { isDeepStrictEqual } from 'node:util';
import type { Reading } from '../core/model.js';
import { PlanModel, type TargetView } from '../core/plan.js';
import { PlanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import type { PlanCache } from './cache.js';
import { analyzePlan, loadPlanFile, locateProblems, type LoadedPlan } from './load.js';
import { readTextFile } from './read.js';
import { spliceReading } from './splice.js';
import { atomicWrite, withLock, type Fault } from './write.js';

/** A reading to add to a target's `progress` list. */
export interface NewReading {
  target: TargetView;
  reading: Reading;
}

export interface RecordOptions {
  /** Check and splice, write nothing (and take no lock). */
  dryRun?: boolean;
  timeoutMs?: number;
  /** Only tests pass this. */
  fault?: Fault;
  /** Reads the plan from it, and leaves the new text's checked data in it. */
  cache?: PlanCache;
}

export interface Recorded<T> {
  /** The plan as it was read under the lock. */
  before: LoadedPlan;
  /** The new text (the old one when nothing was added). */
  next: string;
  /** The new text's plan, verified. */
  after: PlanModel;
  /** What `decide` returned beside the readings. */
  result: T;
  /** The same target in the new plan. */
  find(t: TargetView): TargetView;
}

/**
 * The one write path for readings (`plan progress`, `plan sheet import`): under the plan's lock,
 * reads the file, lets `decide` check the new readings against the plan as it is now, splices
 * them into the text one after the other, verifies the result and replaces the file atomically.
 * All the readings land or none does; `decide` refuses by throwing.
 */
export async function recordReadings<T>(
  file: string,
  display: string,
  lang: Lang,
  decide: (loaded: LoadedPlan) => { readings: NewReading[]; result: T },
  opts: RecordOptions = {},
): Promise<Recorded<T>> {
  const record = (): Recorded<T> => {
    const source = readTextFile(file, display);
    const before = loadPlanFile(file, display, lang, source, opts.cache);
    const { readings, result } = decide(before);
    let next = source;
    // The first splice can use the loaded data to find its item's text in a big plan; later ones
    // would need the data as changed so far, so they parse the whole text.
    try {
      for (const r of readings) next = spliceReading(next, r.target.path, r.reading, next === source ? before.data : undefined);
    } catch (e) {
      // The positional parser reads some texts js-yaml accepts differently (lone CR line breaks).
      if (e instanceof PlanError) throw e;
      throw new PlanError('writeNoPlace', { file: display, reason: e instanceof Error ? e.message : String(e) }, { cause: e });
    }
    const after = verify(next, display, lang, readings);
    if (!opts.dryRun && next !== source) {
      atomicWrite(file, next, { display, fault: opts.fault });
      const key = opts.cache?.key(next);
      if (key) opts.cache!.set(key, after.plan);
    }
    return { before, next, after, result, find: (t) => findTarget(after, t)! };
  };
  if (opts.dryRun) return record();
  return withLock(file, record, { display, fault: opts.fault, timeoutMs: opts.timeoutMs });
}

/** A target is its id, or for an item without targets, the item's id. */
function findTarget(model: PlanModel, t: TargetView): TargetView | undefined {
  return t.implicit ? model.itemById.get(t.item.id)?.targets[0] : model.targetById.get(t.id);
}

/**
 * The spliced text must be a valid plan whose only change is the new readings, each target's
 * list being its old readings followed by its new ones; anything else is refused before the
 * file is touched.
 */
function verify(next: string, display: string, lang: Lang, readings: readonly NewReading[]): PlanModel {
  const { data, problems } = analyzePlan(next);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !data) {
    const first = locateProblems(errors.slice(0, 1), next, display, lang)[0];
    throw new PlanError('writeRefused', { file: display, message: first ? `${first.line}:${first.col} ${first.message}` : '' });
  }
  const model = new PlanModel(data);
  const expected = new Map<TargetView, Reading[]>();
  for (const r of readings) expected.set(r.target, [...(expected.get(r.target) ?? r.target.readings), r.reading]);
  for (const [old, list] of expected) {
    const target = findTarget(model, old);
    if (!target || !isDeepStrictEqual(target.readings, list)) {
      throw new PlanError('writeRefused', { file: display, message: 'the new reading did not land where expected' });
    }
  }
  return model;
}
