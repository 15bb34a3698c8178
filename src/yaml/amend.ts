// 延期 and 销号 written into a plan's text: spliced in place (every other byte stays), then the
// result is checked to be a valid plan whose data is the old data plus exactly these changes
// (edit.ts). Pure: text in, text out; the caller writes it under the plan's lock.

import type { Closed, Department, Extension, PlanFile } from '../core/model.js';
import type { PlanModel, TargetView } from '../core/plan.js';
import { PlanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { editPlan, type Edit } from './edit.js';
import { flowMap, scalar, spliceEntry, spliceMapValue } from './splice.js';

export interface Amended {
  text: string;
  /** The new text's plan, verified. */
  model: PlanModel;
  /** The same target in the new plan. */
  find(t: TargetView): TargetView;
}

/** The changes made to the plan's text at once and checked once (one target's each, or several targets' of one item). */
export function amendPlan(source: string, data: PlanFile, edits: readonly Edit[], display: string, lang: Lang, shared: readonly Department[] = []): Amended {
  const { text, model } = editPlan(source, data, edits, display, lang, shared);
  return { text, model, find: (t) => sameTarget(model, t) };
}

/** Adds a 延期 request (approved or pending) to the target's `extensions`. */
export function extensionAdded(target: TargetView, x: Extension): Edit {
  const fields: [string, string][] = [
    ['requested', x.requested],
    ['to', x.to],
    ['reason', scalar(x.reason)],
  ];
  if (x.approved !== undefined) fields.push(['approved', x.approved]);
  if (x.by !== undefined) fields.push(['by', scalar(x.by)]);
  return {
    path: target.path,
    splice: (text, at) => spliceEntry(text, at, 'extensions', fields),
    apply: (owner) => {
      owner.extensions = [...((owner.extensions as Extension[] | undefined) ?? []), x];
    },
  };
}

/** Approves the pending request at `index` of the target's `extensions`: adds its `approved` (and `by`). */
export function extensionApproved(target: TargetView, index: number, approved: string, by: string | undefined): Edit {
  return {
    path: target.path,
    splice: (text, at) => {
      const entry = [...at, 'extensions', index];
      const next = spliceMapValue(text, entry, 'approved', approved);
      return by === undefined ? next : spliceMapValue(next, entry, 'by', scalar(by));
    },
    apply: (owner) => {
      const x = (owner.extensions as Extension[])[index]!;
      x.approved = approved;
      if (by !== undefined) x.by = by;
    },
  };
}

/** 销号: adds `closed:` to the target (an item without targets: to the item). */
export function closedAdded(target: TargetView, c: Closed): Edit {
  const fields: [string, string][] = [['date', c.date]];
  if (c.by !== undefined) fields.push(['by', scalar(c.by)]);
  fields.push(['evidence', `[${c.evidence.map(scalar).join(', ')}]`]);
  if (c.note !== undefined) fields.push(['note', scalar(c.note)]);
  return {
    path: target.path,
    splice: (text, at) => spliceMapValue(text, at, 'closed', flowMap(fields)),
    apply: (owner) => {
      owner.closed = c;
    },
  };
}

/** The same target in another version of the plan (an item without targets: the item's milestone). */
export function sameTarget(model: PlanModel, t: TargetView): TargetView {
  const found = model.targetAt(t.path);
  if (!found || found.id !== t.id) throw new PlanError('writeRefused', { file: model.plan.id, message: `${t.id} is gone` });
  return found;
}
