// plan behind: the targets at risk, behind or overdue, worst first.
import type { PlanTarget, Rollup } from '../../core/rollup.js';
import type { TargetStatus } from '../../core/status.js';
import { t, type Lang, type MessageKey } from '../../i18n/index.js';
import { dubanMarks, gapText, statusCell, withMarks, withUnit } from '../status.js';
import { cellText, withoutColumn, type Table } from '../table.js';
import { leadAndCount, withPlanColumn } from './list.js';

/** In a narrow terminal the expected column goes: the gap already says how far behind. */
export function behindTable(list: readonly TargetStatus[], lang: Lang, narrow = false): Table {
  const L = (k: MessageKey) => t(lang, k);
  const table: Table = {
    columns: [
      { header: L('h_id'), align: 'right' },
      { header: L('h_metric'), flex: true },
      { header: `${L('h_actual')}/${L('h_target')}`, align: 'right' },
      { header: L('h_expected'), align: 'right' },
      { header: L('h_gap'), align: 'right' },
      { header: L('h_last') },
      { header: L('h_units'), flex: true, breakAt: narrow ? '、 ' : '、' },
      { header: L('h_status') },
    ],
    rows: list.map((ts) => {
      const tg = ts.target;
      const co = tg.item.departments.filter((d) => !tg.item.lead.includes(d));
      return [
        tg.id,
        tg.implicit ? tg.item.title : tg.metric,
        `${withUnit(ts.actual, '')}/${withUnit(tg.target, tg.unit)}`,
        withUnit(ts.expected, ''),
        gapText(ts.gap),
        ts.report?.date ?? '–',
        // Narrow: the lead units to chase, and how many others join.
        narrow ? leadAndCount(ts.target) : [...tg.item.lead.map((l) => `${l}★`), ...co].join('、'),
        withMarks(statusCell(lang, ts.status, ts.stale), dubanMarks(lang, ts)),
      ];
    }),
  };
  if (narrow) {
    table.columns.splice(3, 1);
    for (const row of table.rows) row.splice(3, 1);
  }
  return table;
}

/**
 * The screen's versions, fullest first, for renderFitted: narrower ones drop the expected value
 * (the gap says how far behind) and name the lead units only, then the last reading's date, then
 * actual/target — so the status column and the unit names stay whole at 60 columns.
 */
export function behindTables(list: readonly TargetStatus[], lang: Lang): Table[] {
  const narrow = behindTable(list, lang, true);
  const without = (table: Table, header: string): Table => withoutColumn(table, table.columns.findIndex((c) => c.header === header));
  const noDate = without(narrow, t(lang, 'h_last'));
  return [behindTable(list, lang), narrow, noDate, without(noDate, `${t(lang, 'h_actual')}/${t(lang, 'h_target')}`)];
}

/** `behind --all`: the screen's versions (as behindTables), each with a plan column first. */
export function behindAllTables(list: readonly PlanTarget[], lang: Lang): Table[] {
  const plans = list.map((x) => x.plan.plan.id);
  const versions = behindTables(
    list.map((x) => x.ts),
    lang,
  );
  // Narrower still (60 columns): the id qualified as plan:item in one column, then without the gap.
  const last = versions[versions.length - 1]!;
  const merged: Table = { columns: last.columns, rows: last.rows.map((row, i) => [`${plans[i]}:${cellText(row[0])}`, ...row.slice(1)]) };
  const gap = merged.columns.findIndex((c) => c.header === t(lang, 'h_gap'));
  return [...versions.map((table) => withPlanColumn(table, plans, lang)), merged, withoutColumn(merged, gap)];
}

/** The notes under `behind --all`: how many lag in each plan, then in all. */
export function behindAllSummary(r: Rollup, list: readonly PlanTarget[], lang: Lang, asOf: string): string {
  const each = r.plans.map(({ model }) => `${model.plan.id} ${list.filter((x) => x.plan === model).length}`);
  return `${each.join(' · ')}\n${t(lang, 'allTotal')} ${t(lang, 'behindSummary', { n: list.length })} · ${t(lang, 'asOfLine', { asOf })}`;
}
