// What the 督办 screens share (plan status shows their summary): round names, rates, escalations as JSON.
// Each command's own screen is in screens/ (extend, close, compliance, escalations, remind).
import type { Compliance, Return } from '../core/compliance.js';
import type { Escalation } from '../core/escalation.js';
import type { DubanOverview } from '../core/overview.js';
import type { DubanAll } from '../core/rollup.js';
import type { TargetView } from '../core/plan.js';
import type { Round } from '../core/rounds.js';
import { t, type Lang } from '../i18n/index.js';
import { num } from './status.js';
import type { Paint } from './table.js';
import { safe, truncate, width } from './text.js';

/** What a target counts, as a cell or a line shows it. */
export const metricOf = (tg: TargetView) => safe(tg.implicit ? tg.item.title : tg.metric);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A round's name: 3月 / Mar, 一季度 / Q1, 03-02 / Mar 2 (a week by its Monday) in a column header;
 * `long` in a sentence, in English: March, the week of Mar 2 (English once showed the id's 03,
 * "Returns (06, …)").
 */
export function roundLabel(lang: Lang, r: Round, long = false): string {
  if (/^\d{4}-Q\d$/.test(r.id)) return lang === 'zh' ? `${t(lang, 'cp_quarter', { q: r.id.slice(-1) })}` : r.id.slice(5);
  const month = (m: string) => MONTHS[Number(m) - 1]!;
  if (/^\d{4}-\d{2}$/.test(r.id)) return lang === 'zh' ? `${Number(r.id.slice(5))}月` : long ? month(r.id.slice(5)) : month(r.id.slice(5)).slice(0, 3);
  if (lang === 'zh') return r.start.slice(5);
  const day = `${month(r.start.slice(5, 7)).slice(0, 3)} ${Number(r.start.slice(8))}`;
  return long ? t(lang, 'cp_weekOf', { day }) : day;
}

export function rateText(rate: number | undefined): string {
  return rate === undefined ? '–' : `${num(rate * 100)}%`;
}

/** An escalation in `plan escalations --format json` and `plan status --format json`. */
export function escalationJson(e: Escalation): object {
  return {
    action: e.rule.action,
    rule: { status: e.rule.status, rounds: e.rule.rounds, action: e.rule.action },
    target: e.target?.id ?? null,
    item: e.target?.item.id ?? null,
    metric: e.target ? (e.target.implicit ? e.target.item.title : e.target.metric) : null,
    departments: e.units,
    status: e.now?.status ?? 'missing',
    streak: e.streak.map((s) => ({ round: s.round.id, deadline: s.round.deadline, status: s.status })),
  };
}

// ---------------------------------------------------------------- plan status: the 督办 lines

/** The last round's returns per unit, for `plan status --format json` and the bulletin. */
export function reportingSummaryJson(c: Compliance): object {
  const last = c.rounds.at(-1);
  const of = (r: Return) => (last ? c.units.filter((u) => u.rounds.find((x) => x.round.id === last.id)?.result === r).map((u) => u.unit) : []);
  return { cadence: c.rule.cadence, due_day: c.rule.due_day, round: last ? { id: last.id, deadline: last.deadline } : null, on_time: of('on_time'), late: of('late'), missing: of('missing') };
}

/**
 * 报送(6月,截止6月25日):按时 2 · 迟报 1 · 未报 3(组织与基层工作部、…)
 * 督办升级:约谈 4 · 专函督办 7 → plan escalations
 */
export function dubanSummary(d: DubanOverview, lang: Lang, paint: Paint, maxWidth = 80): string[] {
  return dubanLines(d.round ? [{ round: d.round, returns: d.returns }] : [], d.actions, 'st_escalations', lang, paint, maxWidth);
}

/**
 * `status --all`: the same lines over every plan, a reporting line per distinct last round (plans
 * on one cadence share one), the escalations summed per action; `plan escalations` takes one plan.
 */
export function dubanAllSummary(d: DubanAll, lang: Lang, paint: Paint, maxWidth = 80): string[] {
  return dubanLines(d.rounds, d.actions, 'st_escalationsAll', lang, paint, maxWidth);
}

function dubanLines(rounds: readonly { round: Round; returns: Record<Return, string[]> }[], actions: readonly [string, number][], escalationsKey: 'st_escalations' | 'st_escalationsAll', lang: Lang, paint: Paint, maxWidth: number): string[] {
  const out: string[] = [];
  for (const { round: last, returns } of rounds) {
    const { missing, late, on_time } = returns;
    const numbers = { round: roundLabel(lang, last), deadline: last.deadline, on_time: String(on_time.length), late: String(late.length), missing: String(missing.length) };
    const line = t(lang, 'st_reporting', {
      ...numbers,
      on_time: paint('green', numbers.on_time),
      late: paint(late.length ? 'yellow' : 'green', numbers.late),
      missing: paint(missing.length ? 'red' : 'green', numbers.missing),
    });
    // The units to chase, as many as fit the line.
    const room = maxWidth - width(t(lang, 'st_reporting', numbers)) - 3;
    const names = [...missing, ...late].join('、');
    // A line too wide (a week's round at 60 columns) goes on in the next, after the deadline.
    const colon = line.indexOf(lang === 'zh' ? '):' : '): ');
    if (width(t(lang, 'st_reporting', numbers)) > maxWidth && colon !== -1) out.push(line.slice(0, colon + 2).trimEnd(), `  ${line.slice(colon + 2).trimStart()}`);
    else out.push(names && room > 6 ? `${line} (${truncate(safe(names), room)})` : line);
  }
  if (actions.length) {
    const line = t(lang, escalationsKey, { list: actions.map(([a, n]) => `${paint('bold', safe(a))} ${n}`).join(' · ') });
    // In a narrow terminal the command goes on a line of its own.
    const arrow = line.lastIndexOf(' → ');
    if (arrow !== -1 && width(line) > maxWidth) out.push(line.slice(0, arrow), `  ${line.slice(arrow + 1)}`);
    else out.push(line);
  }
  if (out.length) out.push('');
  return out;
}
