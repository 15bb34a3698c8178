import { UsageError } from '../errors.js';
import { isValidDate, normalizeDate } from './dates.js';
import { foldWidth } from './fold.js';
import { isDeepStrictEqual } from 'node:util';
import { isMeasured, type Reading } from './model.js';
import type { PlanModel, TargetView } from './plan.js';
import { resolveRef } from './ref.js';
import { closest } from './problems.js';
import { lastReading, latestMeasured } from './status.js';

/**
 * Full-width digits, full-width/Chinese separators and thousands separators: １，２００ → 1200.
 * With `percent` (a percent target, a milestone), a trailing % is allowed: 85% → 85. With the
 * target's `unit`, the number may carry it as import reads it: 23万吨 for a target in 吨.
 */
export function parseNumber(raw: string, option: string, percent = false, unit = ''): number {
  let folded = foldWidth(raw).trim();
  const u = foldWidth(unit).trim();
  if (u && u !== '%' && folded.endsWith(u) && /\d\s*(万|亿)?$/.test(folded.slice(0, -u.length).trimEnd())) folded = folded.slice(0, -u.length).trimEnd();
  const s = (percent ? folded.replace(/\s*%$/, '') : folded)
    .replace(/\u3002/g, '.')
    .replace(/(\d)[,_'\u00a0 ](?=\d{3}(\D|$))/g, '$1');
  // 23万, 1.2万, 3亿 as import reads them: the decimal point moved in the text, so 0.7万 is 7000, not 7000.000000000001.
  const scaled = /^(-?\d+(?:\.\d+)?)\s*(万|亿)$/.exec(s);
  const plain = scaled ? shiftDecimal(scaled[1]!, scaled[2] === '万' ? 4 : 8) : s;
  if (!/^-?\d+(\.\d+)?$/.test(plain)) {
    // A figure in another unit than the target's (1200万吨 for a target counted in 场次): say which unit it takes
    // (1.2千 or 1.2万万 is no unit, only a number plan does not read).
    const other = /^-?[\d.,\s]+(?:万|亿)?\s*([^\d\s%.,][^\d]*)$/.exec(folded)?.[1];
    if (u && u !== '%' && other !== undefined && other !== u && !/^[十百千万亿]+$/.test(other)) throw new UsageError('wrongUnit', { option, got: raw, unit: u });
    throw new UsageError('badNumber', { option, got: raw });
  }
  const n = Number(plain);
  if (!Number.isFinite(n) || Math.abs(n) > 1e15) throw new UsageError('badNumber', { option, got: raw });
  if (n < 0) throw new UsageError('negativeNumber', { option, got: raw });
  return n === 0 ? 0 : n;
}

/** "1.2" moved `places` to the right: "12000" for 4 places. Exact: no binary fraction in between. */
function shiftDecimal(num: string, places: number): string {
  const neg = num.startsWith('-');
  const [int = '', frac = ''] = (neg ? num.slice(1) : num).split('.');
  const digits = (int + frac.padEnd(places, '0')).replace(/^0+(?=\d)/, '');
  const point = int.length + places;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
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
  // The example names the last target the figure given could be for: 900 is no reading of a rate (10.3 ≥90%), 10.1's 800家 it may be.
  const value = Number(input.value ?? input.add);
  const fits = item.targets.filter((t) => !(t.unit === '%' && value > 100));
  const pool = fits.length ? fits : item.targets;
  const example = pool[pool.length - 1]!;
  throw new UsageError('ambiguousRef', { ref, candidates, example: `${example.id} ${commandTail(input)}` });
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
  /** The reporting unit, a registry name or alias (default: the item's lead unit). */
  by?: string;
  /** Who filled it in (填报人). */
  person?: string;
  problems?: string;
  next?: string;
  evidence?: string[];
  correction?: boolean;
}

/**
 * The new reading for a target, checked as the README (Recording a reading) says; a refusal is a UsageError (exit 2).
 * Without a value option but with text (--note, --problems, --next, --evidence) it is a text
 * report: 进展情况 without a figure, what a co-unit (配合单位) sends.
 */
export function newReading(model: PlanModel, t: TargetView, input: ProgressInput, asOf: string): Reading {
  const given = (['value', 'add', 'percent', 'done'] as const).filter((k) => input[k] !== undefined && input[k] !== false);
  const text = Boolean(input.note || input.problems || input.next || input.evidence?.length);
  const milestone = t.kind === 'milestone';
  // Nothing given at all: say what to give, with the command, rather than "at most one".
  if (given.length === 0 && !text) throw new UsageError(milestone ? 'noValueMilestone' : 'noValueOption', { id: t.id });
  if (given.length > 1) throw new UsageError('oneValueOption', { got: given.map((k) => `--${k}`).join(' ') });
  if ((input.percent !== undefined || input.done) && !milestone) throw new UsageError('percentNotMilestone', { id: t.id, kind: t.kind });
  const date = input.date === undefined ? asOf : (normalizeDate(input.date) ?? input.date);
  if (!isValidDate(date)) throw new UsageError('badDate', { option: '--date', got: date });
  const { start, end } = model.plan.period;
  if (date < start || date > end) throw new UsageError('readingOutsidePeriod', { date, start, end });
  if (date > asOf) throw new UsageError('readingInFuture', { date, asOf });
  const newest = t.readings[t.readings.length - 1];
  if (newest && date < newest.date) throw new UsageError('readingBeforeLatest', { date, latest: newest.date, id: t.id });
  const by = reportingUnit(model, t, input.by);

  const reading: Reading = { date };
  if (given.length) {
    const latest = latestMeasured(t.readings);
    let value: number;
    const inPercent = milestone || foldWidth(t.unit).trim() === '%';
    if (input.done) value = 100;
    else if (input.percent !== undefined) value = parseNumber(input.percent, '--percent', true);
    else if (input.add !== undefined) value = (lastReading(t.readings, date)?.value ?? t.baseline) + parseNumber(input.add, '--add', inPercent, t.unit);
    else value = parseNumber(input.value!, '--value', inPercent, t.unit);
    value = Math.round(value * 1e9) / 1e9; // 0.1 + 0.2 is 0.3 in a plan file
    if (milestone && value > 100) throw new UsageError('percentRangeOption', { got: value });
    if (milestone && value === 100 && latest?.value === 100 && !input.correction) throw new UsageError('alreadyDone', { id: t.id, date: latest.date });
    const cumulative = t.kind === 'at_least' || milestone;
    if (cumulative && latest && value < latest.value && !input.correction) {
      throw new UsageError('decreaseNeedsCorrection', { value, prev: latest.value, date: latest.date });
    }
    // Two units, one target, one day, two figures: which is right is for the office to settle.
    const other = t.readings.find((r) => r.date === date && isMeasured(r) && r.value !== value && r.by !== undefined && (model.units.resolve(r.by) ?? r.by) !== by);
    if (other) throw new UsageError('conflictingValue', { id: t.id, date, unit: by, value, other: other.by!, otherValue: other.value! });
    reading.value = value;
  }
  reading.by = by;
  if (input.person) reading.person = input.person;
  if (input.note) reading.note = input.note;
  if (input.problems) reading.problems = input.problems;
  if (input.next) reading.next = input.next;
  if (input.evidence?.length) reading.evidence = [...input.evidence];
  if (input.correction && given.length) reading.correction = true;
  // The day it was entered: what reporting on time (报送) is judged by. Written only when it is
  // not the reading's own date, which is what a reading without it means.
  if (asOf !== date) reading.recorded = asOf;
  return reading;
}

/** --by: a unit of the registry (did-you-mean otherwise), by its registry name; default: the unit that reported the target last, else the item's lead unit. */
export function reportingUnit(model: PlanModel, t: TargetView, by: string | undefined): string {
  if (by === undefined || by.trim() === '') {
    const previous = [...t.readings].reverse().find((r) => r.by !== undefined && model.units.resolve(r.by) !== undefined)?.by;
    const lead = previous ?? t.item.lead[0] ?? t.item.departments[0];
    if (lead === undefined) throw new UsageError('byNeeded', { id: t.id });
    return model.units.resolve(lead) ?? lead;
  }
  const found = model.units.resolve(by.trim());
  if (found) return found;
  const hint = closest(by.trim(), model.units.allNames(), 3);
  if (hint.length) throw new UsageError('byNotUnitHint', { name: by, hint: hint.join(', ') });
  throw new UsageError('byNotUnit', { name: by });
}

/** `plan progress` records a reading once: the same one again (a command run twice) is refused. */
export function refuseRepeated(t: TargetView, reading: Reading): void {
  if (t.readings.some((r) => sameReading(r, reading))) throw new UsageError('readingRepeated', { id: t.id, date: reading.date });
}

/** The same reading, whenever it was entered (`recorded` aside): a command run twice, a sheet imported twice. */
export function sameReading(a: Reading, b: Reading): boolean {
  const { recorded: _a, ...x } = a;
  const { recorded: _b, ...y } = b;
  return isDeepStrictEqual(x, y);
}
