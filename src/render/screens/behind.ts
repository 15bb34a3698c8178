// plan behind: the targets at risk, behind or overdue, worst first.
import type { TargetStatus } from '../../core/status.js';
import { t, type Lang, type MessageKey } from '../../i18n/index.js';
import { dubanMarks, gapText, statusCell, withMarks, withUnit } from '../status.js';
import type { Table } from '../table.js';
import { leadAndCount } from './list.js';

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
  const without = (table: Table, header: string): Table => {
    const i = table.columns.findIndex((c) => c.header === header);
    return { columns: table.columns.filter((_, j) => j !== i), rows: table.rows.map((r) => r.filter((_, j) => j !== i)) };
  };
  const noDate = without(narrow, t(lang, 'h_last'));
  return [behindTable(list, lang), narrow, noDate, without(noDate, `${t(lang, 'h_actual')}/${t(lang, 'h_target')}`)];
}
