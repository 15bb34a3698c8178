// plan compliance: per unit and round, reported on time, late or not at all.
import type { Compliance, Return, UnitCompliance } from '../../core/compliance.js';
import { round } from '../../core/json.js';
import type { PlanModel } from '../../core/plan.js';
import type { Round } from '../../core/rounds.js';
import { t, type Lang } from '../../i18n/index.js';
import { rateText, roundLabel } from '../duban.js';
import { jsonOutput } from '../json.js';
import type { Printed, ScreenOptions } from '../screen.js';
import { renderCsv, renderFitted, renderMarkdownTable, type Cell, type Table } from '../table.js';

export function complianceScreen(model: PlanModel, c: Compliance, format: 'table' | 'json' | 'csv' | 'md', o: ScreenOptions): Printed {
  if (format === 'json') return { out: jsonOutput(model, o.asOf, complianceJson(c)), notes: [] };
  if (format === 'csv') return { out: renderCsv(complianceCsvTable(c)), notes: [] };
  if (!c.rounds.length) return { out: '', notes: [t(o.lang, 'cp_none', { asOf: o.asOf })] };
  const table = complianceTable(c, o.lang);
  if (format === 'md') return { out: renderMarkdownTable(table), notes: [] };
  // A narrow terminal shows fewer rounds, the latest: a column of marks cannot wrap.
  const fitted = [...new Set([12, 9, 6, 4, 3, 2, 1].map((n) => Math.min(n, c.rounds.length)))].map((n) => complianceTable(c, o.lang, n));
  return { out: renderFitted(fitted, { paint: o.paint, maxWidth: o.maxWidth }), notes: [`${complianceLegend(c, o.lang)}\n${t(o.lang, 'asOfLine', { asOf: o.asOf })}`] };
}

const MARK: Record<Return, Cell> = {
  on_time: { text: '✔', style: 'green' },
  late: { text: '迟', style: 'yellow' },
  missing: { text: '✗', style: 'red' },
};

/** One row per unit: a mark per round (the latest `last` rounds), the counts and the rate. */
function complianceTable(c: Compliance, lang: Lang, last = 12): Table {
  const rounds = c.rounds.slice(-last);
  const mark = (u: UnitCompliance, r: Round): Cell => {
    const x = u.rounds.find((y) => y.round.id === r.id);
    if (!x) return '';
    const m = MARK[x.result];
    return lang === 'en' && x.result === 'late' ? { text: 'L', style: 'yellow' } : m;
  };
  return {
    columns: [
      { header: t(lang, 'h_unit') },
      ...rounds.map((r) => ({ header: roundLabel(lang, r), align: 'right' as const })),
      { header: t(lang, 'cp_on_time'), align: 'right' },
      { header: t(lang, 'cp_late'), align: 'right' },
      { header: t(lang, 'cp_missing'), align: 'right' },
      { header: t(lang, 'cp_rate'), align: 'right' },
    ],
    rows: c.units.map((u) => [u.unit, ...rounds.map((r) => mark(u, r)), u.counts.on_time, u.counts.late, u.counts.missing, rateText(u.rate)]),
  };
}

/** CSV: one row per unit and round, the same fields as the JSON. */
function complianceCsvTable(c: Compliance): Table {
  const h = (header: string) => ({ header });
  return {
    columns: ['department', 'round', 'start', 'end', 'deadline', 'result', 'late', 'missing', 'rate'].map(h),
    rows: c.units.flatMap((u) =>
      u.rounds.map((x) => [u.unit, x.round.id, x.round.start, x.round.end, x.round.deadline, x.result, x.late.map((t1) => t1.id).join(' '), x.missing.map((t1) => t1.id).join(' '), u.rate === undefined ? '' : String(round(u.rate, 4))]),
    ),
  };
}

function complianceJson(c: Compliance): Record<string, unknown> {
  return {
    reporting: { cadence: c.rule.cadence, due_day: c.rule.due_day },
    rounds: c.rounds.map((r) => ({ id: r.id, start: r.start, end: r.end, deadline: r.deadline })),
    departments: c.units.map((u) => ({
      name: u.unit,
      counts: u.counts,
      rate: u.rate === undefined ? null : round(u.rate, 4),
      rounds: u.rounds.map((x) => ({ round: x.round.id, deadline: x.round.deadline, result: x.result, due: x.due.map((y) => y.id), late: x.late.map((y) => y.id), missing: x.missing.map((y) => y.id) })),
    })),
  };
}

/** `✔ on time · 迟 late (reported after the deadline, in the round) · ✗ missing`, and the rule. */
function complianceLegend(c: Compliance, lang: Lang): string {
  const cadence = t(lang, `cp_cadence_${c.rule.cadence}`, { day: c.rule.due_day });
  return t(lang, 'cp_legend', { cadence, late: lang === 'en' ? 'L' : '迟' });
}
