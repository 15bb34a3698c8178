// 催办: one message per unit, in three escalating tones — 提醒 (due soon, or this round's return
// still to come), 催办 (lagging, or this round's return missing after the deadline), 督办 (overdue
// or escalated) — each target with the exact way to report it.

import type { Compliance } from './compliance.js';
import { recordedOn } from './compliance.js';
import { dayNumber } from './dates.js';
import type { Escalation } from './escalation.js';
import type { PlanModel, TargetView } from './plan.js';
import { roundOf, type Round } from './rounds.js';
import { sheetFileName } from './sheet.js';
import { targetStatus, type TargetStatus } from './status.js';

export type Tone = 'remind' | 'urge' | 'supervise';
export const TONES: readonly Tone[] = ['remind', 'urge', 'supervise'];
const RANK: Record<Tone, number> = { remind: 0, urge: 1, supervise: 2 };

export type Reason = 'overdue' | 'escalated' | 'behind' | 'at_risk' | 'missing' | 'due_soon' | 'report_due';

export interface RemindEntry {
  target: TargetView;
  status: TargetStatus;
  reasons: Reason[];
  tone: Tone;
  escalation: Escalation | undefined;
  /** The command that records its reading. */
  command: string;
  /** The plan's id, in a message over several plans (`remind --all`): the target is plan:id. */
  plan?: string;
}

export interface RemindMessage {
  unit: string;
  tone: Tone;
  round: Round;
  entries: RemindEntry[];
  /** The unit's own escalation (returns missing N rounds in a row). */
  escalation: Escalation | undefined;
  /** The 填报表 to fill in instead of the commands. */
  sheet: string;
}

const TONE_OF: Record<Reason, Tone> = { overdue: 'supervise', escalated: 'supervise', behind: 'urge', at_risk: 'urge', missing: 'urge', due_soon: 'remind', report_due: 'remind' };

/** `plan progress 7.4 --value N`; a milestone `--percent N`; across plans `union-2026:7.4`, which picks its plan. */
export function reportCommand(t: TargetView, plan?: string): string {
  return `plan progress ${plan === undefined ? '' : `${plan}:`}${t.id} ${t.kind === 'milestone' ? '--percent N' : '--value N'}`;
}

export function reminders(model: PlanModel, asOf: string, c: Compliance, esc: readonly Escalation[], within: number, unit?: string): RemindMessage[] {
  const round = roundOf(c.rule, asOf);
  const out: RemindMessage[] = [];
  for (const name of model.units.names) {
    if (unit !== undefined && name !== unit) continue;
    const entries: RemindEntry[] = [];
    for (const t of model.targets) {
      if (!t.item.lead.some((n) => (model.units.resolve(n) ?? n) === name)) continue;
      // As the office knows it on the day: readings entered by then (the file may hold later ones).
      const s = targetStatus(t, asOf, model.settings, { recordedBy: asOf });
      if (s.status === 'done' || s.status === 'not_started' || s.closed) continue;
      const reasons: Reason[] = [];
      const e = esc.find((x) => x.target === t);
      if (s.status === 'overdue') reasons.push('overdue');
      if (e) reasons.push('escalated');
      if (s.status === 'behind') reasons.push('behind');
      else if (s.status === 'at_risk' && (s.gap ?? 0) > model.settings.warn_gap) reasons.push('at_risk');
      const left = dayNumber(s.due) - dayNumber(asOf);
      if (s.status !== 'overdue' && left >= 0 && left <= within) reasons.push('due_soon');
      // This round's return: missing once the deadline has passed, else due within `within` days.
      const reported = t.readings.some((r) => recordedOn(r) >= round.start && recordedOn(r) <= asOf);
      if (!reported) {
        if (asOf > round.deadline) reasons.push('missing');
        else if (dayNumber(round.deadline) - dayNumber(asOf) <= within) reasons.push('report_due');
      }
      if (!reasons.length) continue;
      const tone = reasons.map((r) => TONE_OF[r]).reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'remind' as Tone);
      entries.push({ target: t, status: s, reasons, tone, escalation: e, command: reportCommand(t) });
    }
    const unitEsc = esc.find((x) => !x.target && x.units.includes(name));
    if (!entries.length && !unitEsc) continue;
    // Worst first: the tone, then plan order.
    entries.sort((a, b) => RANK[b.tone] - RANK[a.tone]);
    const tone = unitEsc ? 'supervise' : entries.map((x) => x.tone).reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'remind' as Tone);
    out.push({ unit: name, tone, round, entries, escalation: unitEsc, sheet: sheetFileName(name, asOf) });
  }
  return out;
}

/**
 * `remind --all`: one message per unit over every plan (a unit named the same in two plans is
 * one unit): its entries of all plans, worst first, each tagged with its plan and reported as
 * plan:id; the tone the worst of them; the round the one whose return is due first.
 */
export function mergeReminders(parts: readonly { plan: string; messages: readonly RemindMessage[] }[]): RemindMessage[] {
  const byUnit = new Map<string, RemindMessage>();
  for (const { plan, messages } of parts) {
    for (const m of messages) {
      const entries = m.entries.map((e) => ({ ...e, plan, command: reportCommand(e.target, plan) }));
      const had = byUnit.get(m.unit);
      if (!had) {
        byUnit.set(m.unit, { ...m, entries });
        continue;
      }
      had.entries.push(...entries);
      if (RANK[m.tone] > RANK[had.tone]) had.tone = m.tone;
      if (m.round.deadline < had.round.deadline) had.round = m.round;
      had.escalation ??= m.escalation;
    }
  }
  const out = [...byUnit.values()];
  for (const m of out) m.entries = m.entries.map((e, i) => ({ e, i })).sort((a, b) => RANK[b.e.tone] - RANK[a.e.tone] || a.i - b.i).map(({ e }) => e);
  return out;
}
