import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { filterItems, parseStatus, resolveSection, resolveUnit } from '../core/filter.js';
import { itemJson, planHeader, targetJson } from '../core/json.js';
import { planStatus, type ItemStatus } from '../core/status.js';
import { t, type Lang } from '../i18n/index.js';
import { statusCell, targetSummary, withUnit } from '../render/status.js';
import { renderCsv, renderMarkdownTable, renderTable, type Table } from '../render/table.js';
import { FORMATS } from '../render/formats.js';

export function defineList(program: Command, app: App): void {
  program
    .command('list')
    .alias('ls')
    .description('items with their units, targets and status')
    .option('-d, --dept <name>', 'only items this unit leads or joins (name or alias)')
    .option('-s, --section <id>', 'only this section: its id (三), its place (3) or a word of its title')
    .option('--status <status>', 'only items with this status (behind, 滞后, …); repeat with commas')
    .option('--search <text>', 'only items whose text contains this')
    .option('-t, --targets', 'one row per target')
    .action((opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.list, 'table');
      const { model } = app.openPlan();
      const filter = {
        unit: opts.dept === undefined ? undefined : resolveUnit(model, opts.dept),
        section: opts.section === undefined ? undefined : resolveSection(model, opts.section),
        statuses: opts.status?.split(/[,，]/).map((s) => parseStatus(s)),
        search: opts.search,
      };
      const ps = planStatus(model, g.asOf);
      const items = filterItems(model, ps.items, filter);
      if (format === 'json') {
        app.out(JSON.stringify({ ...planHeader(model, g.asOf), items: items.map(itemJson) }, null, 2) + '\n');
        return;
      }
      const table = opts.targets ? targetTable(items, g.lang) : itemTable(items, g.lang);
      if (format === 'csv') return app.out(renderCsv(table));
      if (format === 'md') return app.out(renderMarkdownTable(table));
      if (!items.length) {
        app.note(t(g.lang, 'noItemsMatch'));
        return;
      }
      app.out(renderTable(table, { paint: app.paint(), maxWidth: app.maxWidth() }));
      const targets = items.reduce((n, i) => n + i.targets.filter((x) => !x.target.implicit).length, 0);
      app.note(`${t(g.lang, 'listSummary', { items: items.length, targets })} · ${t(g.lang, 'asOfLine', { asOf: g.asOf })}`);
    });
}

function itemTable(items: ItemStatus[], lang: Lang): Table {
  return {
    columns: [
      { header: t(lang, 'h_id'), align: 'right' },
      { header: t(lang, 'h_title'), flex: true },
      { header: t(lang, 'h_lead') },
      { header: t(lang, 'h_units'), flex: true, breakAt: '、' },
      { header: t(lang, 'h_targets'), flex: true, breakAt: '、;' },
      { header: t(lang, 'h_status') },
    ],
    rows: items.map((is) => [
      is.item.id,
      is.item.title,
      is.item.lead.join('、'),
      is.item.departments.filter((d) => !is.item.lead.includes(d)).join('、'),
      targetSummary(lang, is),
      statusCell(lang, is.status, is.stale),
    ]),
  };
}

function targetTable(items: ItemStatus[], lang: Lang): Table {
  return {
    columns: [
      { header: t(lang, 'h_id'), align: 'right' },
      { header: t(lang, 'h_metric'), flex: true },
      { header: t(lang, 'h_target'), align: 'right' },
      { header: t(lang, 'h_actual'), align: 'right' },
      { header: t(lang, 'h_expected'), align: 'right' },
      { header: t(lang, 'h_due') },
      { header: t(lang, 'h_lead') },
      { header: t(lang, 'h_status') },
    ],
    rows: items.flatMap((is) =>
      is.targets.map((ts) => {
        const j = targetJson(ts);
        return [j.id, j.metric, withUnit(j.target, j.unit), withUnit(j.actual, j.unit), withUnit(j.expected, j.unit), j.due, j.lead.join('、'), statusCell(lang, ts.status, ts.stale)];
      }),
    ),
  };
}
