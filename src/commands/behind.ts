import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { parseFailOn, resolveUnit } from '../core/filter.js';
import { planHeader, targetJson } from '../core/json.js';
import { lagging, planStatus, severity, type TargetStatus } from '../core/status.js';
import { t, type Lang } from '../i18n/index.js';
import { dubanMarks, gapText, statusCell, withMarks, withUnit } from '../render/status.js';
import { renderCsv, renderMarkdownTable, renderTable, type Table } from '../render/table.js';
import { FORMATS } from '../render/formats.js';

export function defineBehind(program: Command, app: App): void {
  program
    .command('behind')
    .description('targets at risk, behind or overdue, worst first, with the units to chase')
    .option('-d, --dept <name>', 'only targets of items this unit leads or joins')
    .option('--fail-on <status>', 'exit 1 when any target is at least this bad (for CI): at_risk, behind or overdue (预警, 滞后, 逾期)')
    .action((opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.behind, 'table');
      // Read like --status: the key or its word in either language (滞后, at risk).
      const failOn = opts.failOn === undefined ? undefined : parseFailOn(opts.failOn);
      const { model } = app.openPlan();
      const unit = opts.dept === undefined ? undefined : resolveUnit(model, opts.dept);
      const ps = planStatus(model, g.asOf);
      const list = lagging(ps.targets).filter((ts) => !unit || model.role(ts.target.item, unit));
      if (failOn && list.some((ts) => severity(ts.status) >= severity(failOn))) app.fail(1);
      if (format === 'json') {
        app.out(JSON.stringify({ ...planHeader(model, g.asOf), targets: list.map(targetJson) }, null, 2) + '\n');
        return;
      }
      const width = app.maxWidth();
      const table = behindTable(list, g.lang, width !== undefined && width < 110);
      if (format === 'csv') return app.out(renderCsv(table));
      if (format === 'md') return app.out(renderMarkdownTable(table));
      if (list.length) app.out(renderTable(table, { paint: app.paint(), maxWidth: app.maxWidth() }));
      app.note(`${t(g.lang, 'behindSummary', { n: list.length })} · ${t(g.lang, 'asOfLine', { asOf: g.asOf })}`);
    });
}

/** In a narrow terminal the expected column goes: the gap already says how far behind. */
export function behindTable(list: TargetStatus[], lang: Lang, narrow = false): Table {
  const L = (k: Parameters<typeof t>[1]) => t(lang, k);
  const table: Table = {
    columns: [
      { header: L('h_id'), align: 'right' },
      { header: L('h_metric'), flex: true },
      { header: `${L('h_actual')}/${L('h_target')}`, align: 'right' },
      { header: L('h_expected'), align: 'right' },
      { header: L('h_gap'), align: 'right' },
      { header: L('h_last') },
      { header: L('h_units'), flex: true, breakAt: '、' },
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
        narrow ? `${tg.item.lead.map((l) => `${l}★`).join('、')}${co.length ? ` +${co.length}` : ''}` : [...tg.item.lead.map((l) => `${l}★`), ...co].join('、'),
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
