import type { Department, PlanFile, Reading } from '../core/model.js';
import type { PlanModel, TargetView } from '../core/plan.js';
import type { Lang } from '../i18n/index.js';
import { sameTarget } from './amend.js';
import { editPlan } from './edit.js';
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
 * verifies the result (edit.ts): a valid plan whose only change is the new readings, each
 * target's list being its old readings followed by its new ones. Anything else is refused by
 * throwing; so is a reading that would land in text an alias shares (progress: &p on one target,
 * *p on another). `shared`: the folder's units.yaml, which the plan's units are checked against.
 */
export function addReadings(source: string, data: PlanFile, readings: readonly NewReading[], display: string, lang: Lang, shared: readonly Department[] = []): WithReadings {
  const edits = readings.map(({ target, reading }) => ({
    path: target.path,
    splice: (text: string, at: readonly (string | number)[]) => spliceReading(text, at, reading),
    apply: (owner: Record<string, unknown>) => {
      owner.progress = [...((owner.progress as Reading[] | undefined) ?? []), reading];
    },
  }));
  const { text, model } = editPlan(source, data, edits, display, lang, shared, 'the new reading');
  return { text, model, find: (t) => sameTarget(model, t) };
}
