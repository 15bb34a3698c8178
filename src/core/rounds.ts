// Reporting rounds (报送周期): the calendar periods units report in, each with its deadline.
import { dayNumber, daysInMonth, fromDayNumber } from './dates.js';
import { defaultDueDay, DEFAULT_SETTINGS, type Cadence, type Reporting } from './model.js';

export interface Round {
  /** 2026-03, 2026-Q1, or the Monday of the week (2026-03-02). */
  id: string;
  start: string;
  end: string;
  /** Returns recorded on or before it are on time; later in the round, late. */
  deadline: string;
}

export interface ReportingRule {
  cadence: Cadence;
  due_day: number;
}

/** The plan's reporting setting with its defaults (monthly, the 25th; weekly: Friday). */
export function reportingRule(r: Reporting | undefined): ReportingRule {
  const cadence = r?.cadence ?? DEFAULT_SETTINGS.reporting.cadence ?? 'monthly';
  return { cadence, due_day: r?.due_day ?? (r?.cadence ? defaultDueDay(cadence) : (DEFAULT_SETTINGS.reporting.due_day ?? 25)) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every round that overlaps [from, to], oldest first. */
export function roundsBetween(rule: ReportingRule, from: string, to: string): Round[] {
  const out: Round[] = [];
  if (from > to) return out;
  if (rule.cadence === 'weekly') {
    // ISO weeks, Monday to Sunday; the deadline is the due_day-th day (1 = Monday).
    const first = dayNumber(from);
    const weekday = (((first + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: Monday is 0
    for (let d = first - weekday; d <= dayNumber(to); d += 7) {
      const start = fromDayNumber(d);
      out.push({ id: start, start, end: fromDayNumber(d + 6), deadline: fromDayNumber(d + Math.min(7, Math.max(1, rule.due_day)) - 1) });
    }
    return out;
  }
  const step = rule.cadence === 'quarterly' ? 3 : 1;
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  if (step === 3) m = m - ((m - 1) % 3);
  for (;;) {
    const lastMonth = m + step - 1;
    const start = `${y}-${pad(m)}-01`;
    if (start > to) break;
    const end = `${y}-${pad(lastMonth)}-${pad(daysInMonth(y, lastMonth))}`;
    const deadline = `${y}-${pad(lastMonth)}-${pad(Math.min(rule.due_day, daysInMonth(y, lastMonth)))}`;
    out.push({ id: step === 3 ? `${y}-Q${(m + 2) / 3}` : `${y}-${pad(m)}`, start, end, deadline });
    m += step;
    if (m > 12) {
      m -= 12;
      y++;
    }
  }
  return out;
}

/** The rounds of a plan whose deadline has passed by the day (the last one may still be open: its end is later). */
export function pastRounds(rule: ReportingRule, period: { start: string; end: string }, asOf: string): Round[] {
  return roundsBetween(rule, period.start, period.end < asOf ? period.end : asOf).filter((r) => r.deadline <= asOf && r.deadline >= period.start && r.deadline <= period.end);
}

/** The round the day falls in. */
export function roundOf(rule: ReportingRule, day: string): Round {
  return roundsBetween(rule, day, day)[0]!;
}

