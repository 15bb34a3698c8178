// 延期 and 销号 as of a day. An extension moves the due date from the day it is approved, never
// before: a pending request (or one approved later) leaves the original date in force, so a
// request made after the due date (超期申请) does not clear 逾期 until it is approved.

import { PlanError, UsageError } from '../errors.js';
import { isValidDate, normalizeDate } from './dates.js';
import type { Closed, Extension } from './model.js';
import type { PlanModel, TargetView } from './plan.js';
import { resolveRef } from './ref.js';
import { targetStatus, type Thresholds } from './status.js';

export interface DueOn {
  /** The due date in force on the day. */
  due: string;
  /** The target's own due date, before any extension. */
  original: string;
  /** The approved extension in force on the day (the latest approved by then). */
  extension: Extension | undefined;
  /** The latest request not yet approved on the day. */
  pending: Extension | undefined;
}

interface Extensible {
  due: string;
  extensions: readonly Extension[];
}

export function dueOn(t: Extensible, day: string): DueOn {
  const extension = approvedOn(t, day);
  // A request still waiting on the day; one older than the approval in force was overtaken by it.
  const pending = t.extensions.filter((x) => x.requested <= day && !(x.approved !== undefined && x.approved <= day) && (!extension || x.requested >= extension.approved!)).at(-1);
  return { due: extension?.to ?? t.due, original: t.due, extension, pending };
}

/** The approved extension in force on the day (the latest approved by then). */
function approvedOn(t: Extensible, day: string): Extension | undefined {
  let extension: Extension | undefined;
  for (const x of t.extensions) {
    if (x.requested <= day && x.approved !== undefined && x.approved <= day && (!extension || x.approved >= extension.approved!)) extension = x;
  }
  return extension;
}

/** 超期申请: asked for after the due date in force on the day it was asked. */
export function lateRequest(t: Extensible, x: Extension): boolean {
  return x.requested > dueOn({ due: t.due, extensions: t.extensions.filter((o) => o !== x) }, x.requested).due;
}

/** The 销号 in force on the day: closed on or before it. */
export function closedOn(closed: Closed | undefined, day: string): Closed | undefined {
  return closed && closed.date <= day ? closed : undefined;
}

/** The targets a REF names for 延期 and 销号: a target, or every target of an item. */
export function refTargets(model: PlanModel, ref: string): TargetView[] {
  const r = resolveRef(model, ref);
  return r.kind === 'target' ? [r.target] : r.item.targets;
}

export interface ExtendInput {
  to: string;
  reason: string;
  requested?: string;
  /** true: approved on the as-of date. */
  approved?: string | true;
  by?: string;
}

/**
 * A 延期 request for each target, checked: a real later date, a reason, approval not before the
 * request; done or closed targets are refused. A late request (超期申请) is allowed and flagged.
 */
export function newExtension(targets: readonly TargetView[], input: ExtendInput, asOf: string, th: Thresholds): Extension {
  const date = (raw: string, option: string) => {
    const d = normalizeDate(raw) ?? raw;
    if (!isValidDate(d)) throw new UsageError('badDate', { option, got: raw });
    return d;
  };
  const to = date(input.to, '--to');
  const requested = input.requested === undefined ? asOf : date(input.requested, '--requested');
  const approved = input.approved === undefined ? undefined : input.approved === true ? asOf : date(input.approved, '--approved');
  const reason = input.reason.trim();
  if (!reason) throw new UsageError('extendNoReason');
  if (requested > asOf) throw new UsageError('readingInFuture', { date: requested, asOf });
  if (approved !== undefined && approved < requested) throw new UsageError('extendApprovedEarly', { approved, requested });
  if (approved !== undefined && approved > asOf) throw new UsageError('readingInFuture', { date: approved, asOf });
  for (const t of targets) {
    const now = targetStatus(t, asOf, th);
    if (now.closed) throw new PlanError('extendClosed', { id: t.id, date: now.closed.date });
    if (now.status === 'done') throw new PlanError('extendDone', { id: t.id });
    const due = dueOn(t, requested).due;
    if (to <= due) throw new UsageError('extendNotLater', { id: t.id, to, due });
  }
  const x: Extension = { requested, to, reason };
  if (approved !== undefined) x.approved = approved;
  if (input.by) x.by = input.by;
  return x;
}

/** `plan extend REF --approve`: the request still waiting on each target (an error when one has none). */
export function pendingRequest(t: TargetView, asOf: string): number {
  const p = dueOn(t, asOf).pending;
  if (!p) throw new PlanError('extendNothingPending', { id: t.id });
  return t.extensions.indexOf(p);
}

export interface CloseInput {
  evidence: readonly string[];
  note?: string;
  by?: string;
  date?: string;
}

/** 销号 of done targets: refused when any is not done by the day, or already closed. */
export function newClosed(targets: readonly TargetView[], input: CloseInput, asOf: string, th: Thresholds): Closed {
  const date = input.date === undefined ? asOf : (normalizeDate(input.date) ?? input.date);
  if (!isValidDate(date)) throw new UsageError('badDate', { option: '--date', got: input.date ?? '' });
  if (date > asOf) throw new UsageError('readingInFuture', { date, asOf });
  const evidence = input.evidence.map((e) => e.trim()).filter(Boolean);
  if (!evidence.length) throw new UsageError('closeNoEvidence');
  for (const t of targets) {
    if (t.closed) throw new PlanError('closeAlready', { id: t.id, date: t.closed.date });
    const s = targetStatus(t, date, th);
    if (s.status !== 'done') throw new PlanError('closeNotDone', { id: t.id, status: s.status, actual: s.actual ?? '–', target: `${t.target}${t.unit}` });
  }
  const c: Closed = { date, evidence };
  if (input.by) c.by = input.by;
  if (input.note) c.note = input.note;
  return c;
}
