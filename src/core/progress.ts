import { UsageError } from '../errors.js';
import { isValidDate, normalizeDate } from './dates.js';
import { foldWidth } from './fold.js';
import type { Reading } from './model.js';
import type { PlanModel, TargetView } from './plan.js';
import { resolveRef } from './ref.js';
import { lastReading } from './status.js';

/**
 * Full-width digits, full-width/Chinese separators and thousands separators: １，２００ → 1200.
 * With `percent` (a percent target, a milestone), a trailing % is allowed: 85% → 85.
 */
export function parseNumber(raw: string, option: string, percent = false): number {
  const folded = foldWidth(raw).trim();
  const s = (percent ? folded.replace(/\s*%$/, '') : folded)
    .replace(/\u3002/g, '.')
    .replace(/(\d)[,_'\u00a0 ](?=\d{3}(\D|$))/g, '$1');
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new UsageError('badNumber', { option, got: raw });
  const n = Number(s);
  if (!Number.isFinite(n) || Math.abs(n) > 1e15) throw new UsageError('badNumber', { option, got: raw });
  if (n < 0) throw new UsageError('negativeNumber', { option, got: raw });
  return n === 0 ? 0 : n;
}

/** `plan progress 7`: the primary target, the only target, or the item's implicit milestone. */
export function progressTarget(model: PlanModel, ref: string, input: ProgressInput = {}): TargetView {
  const r = resolveRef(model, ref);
  if (r.kind === 'target') return r.target;
  const item = r.item;
  if (item.item.primary) {
    const t = item.targets.find((x) => x.id === item.item.primary);
    if (t) return t;
  }
  if (item.targets.length === 1) return item.targets[0]!;
  const candidates = item.targets.map((t) => `  ${t.id}  ${t.metric}  ${t.kind === 'milestone' ? '' : `${t.target}${t.unit}`}`.trimEnd()).join('\n');
  throw new UsageError('ambiguousRef', { ref, candidates, example: `${item.targets[item.targets.length - 1]!.id} ${commandTail(input)}` });
}

/** The user's own options, to repeat in a suggested command: `--add 10 --note '十月 发布'`, else `--value N`. */
function commandTail(input: ProgressInput): string {
  const quote = (s: string) => (/^[\p{L}\p{N}_.,:/@%+-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts: string[] = [];
  for (const k of ['value', 'add', 'percent', 'date', 'note', 'by'] as const) {
    const v = input[k];
    if (v !== undefined) parts.push(`--${k} ${quote(v)}`);
  }
  if (input.done) parts.push('--done');
  if (input.correction) parts.push('--correction');
  if (!['value', 'add', 'percent', 'done'].some((k) => input[k as keyof ProgressInput] !== undefined)) parts.unshift('--value N');
  return parts.join(' ');
}

export interface ProgressInput {
  value?: string;
  add?: string;
  percent?: string;
  done?: boolean;
  date?: string;
  note?: string;
  by?: string;
  correction?: boolean;
}

/** The new reading for a target, checked as design.md asks; a refusal is a UsageError (exit 2). */
export function newReading(model: PlanModel, t: TargetView, input: ProgressInput, asOf: string): Reading {
  const given = (['value', 'add', 'percent', 'done'] as const).filter((k) => input[k] !== undefined && input[k] !== false);
  if (given.length !== 1) throw new UsageError('oneValueOption', { got: given.map((k) => `--${k}`).join(' ') || '-' });
  const milestone = t.kind === 'milestone';
  if ((input.percent !== undefined || input.done) && !milestone) throw new UsageError('percentNotMilestone', { id: t.id, kind: t.kind });
  const date = input.date === undefined ? asOf : (normalizeDate(input.date) ?? input.date);
  if (!isValidDate(date)) throw new UsageError('badDate', { option: '--date', got: date });
  const { start, end } = model.plan.period;
  if (date < start || date > end) throw new UsageError('readingOutsidePeriod', { date, start, end });
  if (date > asOf) throw new UsageError('readingInFuture', { date, asOf });
  const latest = t.readings[t.readings.length - 1];
  if (latest && date < latest.date) throw new UsageError('readingBeforeLatest', { date, latest: latest.date, id: t.id });

  let value: number;
  const inPercent = milestone || foldWidth(t.unit).trim() === '%';
  if (input.done) value = 100;
  else if (input.percent !== undefined) value = parseNumber(input.percent, '--percent', true);
  else if (input.add !== undefined) value = (lastReading(t.readings, date)?.value ?? t.baseline) + parseNumber(input.add, '--add', inPercent);
  else value = parseNumber(input.value!, '--value', inPercent);
  value = Math.round(value * 1e9) / 1e9; // 0.1 + 0.2 is 0.3 in a plan file
  if (milestone && value > 100) throw new UsageError('percentRangeOption', { got: value });
  if (milestone && value === 100 && latest?.value === 100 && !input.correction) throw new UsageError('alreadyDone', { id: t.id, date: latest.date });
  const cumulative = t.kind === 'at_least' || milestone;
  if (cumulative && latest && value < latest.value && !input.correction) {
    throw new UsageError('decreaseNeedsCorrection', { value, prev: latest.value, date: latest.date });
  }
  const reading: Reading = { date, value };
  if (input.by) reading.by = input.by;
  if (input.note) reading.note = input.note;
  if (input.correction) reading.correction = true;
  // The day it was entered: what reporting on time (报送) is judged by. Written only when it is
  // not the reading's own date, which is what a reading without it means.
  if (asOf !== date) reading.recorded = asOf;
  return reading;
}
