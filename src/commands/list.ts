import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { filterItems, parseStatus, resolveSection, resolveUnit } from '../core/filter.js';
import { itemJson, targetJson } from '../core/json.js';
import { planStatus } from '../core/status.js';
import { t } from '../i18n/index.js';
import { jsonOutput } from '../render/json.js';
import { jsonTable } from '../render/json-table.js';
import { listTable, listTables } from '../render/screens/list.js';
import { renderCsv, renderFitted, renderMarkdownTable } from '../render/table.js';
import { FORMATS } from '../render/formats.js';

export function defineList(program: Command, app: App): void {
  program
    .command('list')
    .alias('ls')
    .description(app.help('help_list'))
    .option('-d, --dept <name>', app.help('help_list_dept'))
    .option('-s, --section <id>', app.help('help_list_section'))
    .option('--status <status>', app.help('help_list_status'))
    .option('--search <text>', app.help('help_list_search'))
    .option('-t, --targets', app.help('help_list_targets'))
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
      const items = filterItems(model, planStatus(model, g.asOf).items, filter);
      if (format === 'json') return app.out(jsonOutput(model, g.asOf, { items: items.map(itemJson) }));
      // CSV carries the JSON contract's fields: numbers as numbers, status keys, no glyphs.
      if (format === 'csv') return app.out(renderCsv(jsonTable(opts.targets ? items.flatMap((is) => is.targets.map(targetJson)) : items.map(itemJson))));
      const table = listTable(items, g.lang, Boolean(opts.targets));
      if (format === 'md') return app.out(renderMarkdownTable(table));
      if (!items.length) return app.note(t(g.lang, 'noItemsMatch'));
      app.out(renderFitted(listTables(items, g.lang, Boolean(opts.targets)), { paint: app.paint(), maxWidth: app.maxWidth() }));
      const targets = items.reduce((n, i) => n + i.targets.filter((x) => !x.target.implicit).length, 0);
      app.note(`${t(g.lang, 'listSummary', { items: items.length, targets })} · ${t(g.lang, 'asOfLine', { asOf: g.asOf })}`);
    });
}
