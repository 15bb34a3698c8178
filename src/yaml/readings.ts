import { isDeepStrictEqual } from 'node:util';
import type { Department, PlanFile, Reading } from '../core/model.js';
import { PlanModel, type TargetView } from '../core/plan.js';
import { PlanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { valueAt } from '../core/problems.js';
import { analyzeData, analyzePlan, locateProblems } from './analyze.js';
import { reparseItem } from './incremental.js';
import { MAYBE_ALIAS } from './parse.js';
import { spliceReading } from './splice.js';

/** A reading to add to a target's `progress` list. */
export interface NewReading {
  target: TargetView;
  reading: Reading;
}

/** A plan's text with readings added, checked. */
export interface WithReadings {
  text: string;
  /** The new text's plan, verified. */
  model: PlanModel;
  /** The same target in the new plan. */
  find(t: TargetView): TargetView;
}

/**
 * Splices the readings into the plan's text one after the other (every other byte stays) and
 * verifies the result: a valid plan whose only change is the new readings, each target's list
 * being its old readings followed by its new ones. Anything else is refused by throwing.
 */
export function addReadings(source: string, data: PlanFile, readings: readonly NewReading[], display: string, lang: Lang, shared: readonly Department[] = []): WithReadings {
  let text = source;
  // The first splice can use the loaded data to find its item's text in a big plan; later ones
  // would need the data as changed so far, so they parse the whole text.
  try {
    for (const r of readings) text = spliceReading(text, r.target.path, r.reading, text === source ? data : undefined);
  } catch (e) {
    // The positional parser reads some texts js-yaml accepts differently (lone CR line breaks).
    if (e instanceof PlanError) throw e;
    throw new PlanError('writeNoPlace', { file: display, reason: e instanceof Error ? e.message : String(e) }, { cause: e });
  }
  const model = verify(text, display, lang, readings, data, source, shared);
  return { text, model, find: (t) => findTarget(model, t)! };
}

/** A target is its id, or for an item without targets, the item's id. */
function findTarget(model: PlanModel, t: TargetView): TargetView | undefined {
  return t.implicit ? model.itemById.get(t.item.id)?.targets[0] : model.targetById.get(t.id);
}

/**
 * Every other part of the plan must be as it was: a reading spliced into text an alias shares
 * (progress: &p on one target, *p on another) would land in two places. `shared`: the folder's
 * units.yaml, which the plan's units are checked against.
 */
function verify(next: string, display: string, lang: Lang, readings: readonly NewReading[], oldData: PlanFile, source: string, shared: readonly Department[]): PlanModel {
  // One reading changes one item's text: read that item again, not the whole plan (incremental.ts).
  const only = readings.length === 1 ? readings[0]!.target.path.slice(0, 4) : undefined;
  const reread = only && reparseItem(source, next, oldData, only);
  const { data, problems } = reread ? analyzeData(reread, { shared }) : analyzePlan(next, { shared });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !data) {
    const first = locateProblems(errors.slice(0, 1), next, display, lang)[0];
    throw new PlanError('writeRefused', { file: display, message: first ? `${first.line}:${first.col} ${first.message}` : '' });
  }
  const model = new PlanModel(data, shared);
  const expected = new Map<TargetView, Reading[]>();
  for (const r of readings) expected.set(r.target, [...(expected.get(r.target) ?? r.target.readings), r.reading]);
  for (const [old, list] of expected) {
    const target = findTarget(model, old);
    if (!target || !isDeepStrictEqual(target.readings, list)) {
      throw new PlanError('writeRefused', { file: display, message: 'the new reading did not land where expected' });
    }
  }
  // Text can be shared only through an alias (*name): without one, the check above is the whole story.
  if (readings.length && MAYBE_ALIAS.test(source)) {
    // The old data unshared (a JSON copy), with the readings added, must be the new data.
    const want = unshared(oldData);
    for (const [old, list] of expected) {
      const owner = valueAt(want, old.path) as { progress?: Reading[] } | undefined;
      if (owner) owner.progress = unshared(list);
    }
    if (!isDeepStrictEqual(unshared(data), want)) throw new PlanError('writeShared', { file: display });
  }
  return model;
}

/** A deep copy in which nothing is shared (aliases in the YAML share objects; a JSON copy does not). */
export function unshared<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}
