// 延期 and 销号 written into a plan's text: spliced in place (every other byte stays), then the
// result is checked to be a valid plan whose data is the old data plus exactly this change.
// Pure: text in, text out; the caller writes it under the plan's lock.

import { isDeepStrictEqual } from 'node:util';
import type { Closed, Department, Extension, PlanFile } from '../core/model.js';
import { PlanModel, type TargetView } from '../core/plan.js';
import { valueAt } from '../core/problems.js';
import { PlanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { analyzePlan, locateProblems } from './analyze.js';
import { MAYBE_ALIAS } from './parse.js';
import { unshared } from './readings.js';
import { flowMap, scalar, spliceEntry, spliceMapValue } from './splice.js';

export interface Amended {
  text: string;
  /** The new text's plan, verified. */
  model: PlanModel;
  /** The same target in the new plan. */
  find(t: TargetView): TargetView;
}

/** Adds a 延期 request (approved or pending) to the target's `extensions`. */
export function addExtension(source: string, data: PlanFile, target: TargetView, x: Extension, display: string, lang: Lang, shared: readonly Department[] = []): Amended {
  const fields: [string, string][] = [
    ['requested', x.requested],
    ['to', x.to],
    ['reason', scalar(x.reason)],
  ];
  if (x.approved !== undefined) fields.push(['approved', x.approved]);
  if (x.by !== undefined) fields.push(['by', scalar(x.by)]);
  const text = splice(display, () => spliceEntry(source, target.path, 'extensions', fields, data));
  return verify(text, data, target.path, display, lang, shared, (owner) => {
    owner.extensions = [...((owner.extensions as Extension[] | undefined) ?? []), x];
  });
}

/** Approves the pending request at `index` of the target's `extensions`: adds its `approved` (and `by`). */
export function approveExtension(source: string, data: PlanFile, target: TargetView, index: number, approved: string, by: string | undefined, display: string, lang: Lang, shared: readonly Department[] = []): Amended {
  const path = [...target.path, 'extensions', index];
  let text = splice(display, () => spliceMapValue(source, path, 'approved', approved, data));
  if (by !== undefined) text = splice(display, () => spliceMapValue(text, path, 'by', scalar(by)));
  return verify(text, data, target.path, display, lang, shared, (owner) => {
    const x = (owner.extensions as Extension[])[index]!;
    x.approved = approved;
    if (by !== undefined) x.by = by;
  });
}

/** 销号: adds `closed:` to the target (an item without targets: to the item). */
export function addClosed(source: string, data: PlanFile, target: TargetView, c: Closed, display: string, lang: Lang, shared: readonly Department[] = []): Amended {
  const fields: [string, string][] = [['date', c.date]];
  if (c.by !== undefined) fields.push(['by', scalar(c.by)]);
  fields.push(['evidence', `[${c.evidence.map(scalar).join(', ')}]`]);
  if (c.note !== undefined) fields.push(['note', scalar(c.note)]);
  const text = splice(display, () => spliceMapValue(source, target.path, 'closed', flowMap(fields), data));
  return verify(text, data, target.path, display, lang, shared, (owner) => {
    owner.closed = c;
  });
}

/** The same target in another version of the plan (an item without targets: the item's milestone). */
export function sameTarget(model: PlanModel, t: TargetView): TargetView {
  const found = t.implicit ? model.itemById.get(t.item.id)?.targets[0] : model.targetById.get(t.id);
  if (!found) throw new PlanError('writeRefused', { file: model.plan.id, message: `${t.id} is gone` });
  return found;
}

function splice(display: string, f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof PlanError) throw e;
    throw new PlanError('writeNoPlace', { file: display, reason: e instanceof Error ? e.message : String(e) }, { cause: e });
  }
}

/** The new text must be a valid plan equal to the old data with `change` made to the mapping at `path`; else refused. */
/** `shared`: the folder's units.yaml, which the plan's units are checked against. */
function verify(text: string, old: PlanFile, path: readonly (string | number)[], display: string, lang: Lang, shared: readonly Department[], change: (owner: Record<string, unknown>) => void): Amended {
  const { data, problems } = analyzePlan(text, { shared });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !data) {
    const first = locateProblems(errors.slice(0, 1), text, display, lang)[0];
    throw new PlanError('writeRefused', { file: display, message: first ? `${first.line}:${first.col} ${first.message}` : '' });
  }
  // structuredClone would keep what aliases share, and a change to shared text would pass unseen.
  const expected = unshared(old);
  change(valueAt(expected, path) as Record<string, unknown>);
  if (!isDeepStrictEqual(unshared(data), expected)) {
    if (MAYBE_ALIAS.test(text)) throw new PlanError('writeShared', { file: display });
    throw new PlanError('writeRefused', { file: display, message: 'the change did not land where expected' });
  }
  const model = new PlanModel(data, shared);
  return { text, model, find: (t) => sameTarget(model, t) };
}
