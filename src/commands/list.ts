import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { filterItems, parseStatus, resolveSection, resolveUnit, selectItems } from '../core/filter.js';
import { itemJson, targetJson } from '../core/json.js';
import { listTotals, models, planItemJson, planTargetJson, type PlanItem } from '../core/rollup.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { jsonOutput } from '../render/json.js';
import { jsonTable } from '../render/json-table.js';
import { listAllSummary, listAllTables, listTable, listTables } from '../render/screens/list.js';
import { renderCsv, renderFitted, renderMarkdownTable } from '../render/table.js';
import { FORMATS, type FormatsOf } from '../render/formats.js';

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
    .option('-a, --all', app.help('help_all'))
    .action((opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.list, 'table');
      if (opts.all) return listAll(app, opts, format);
      const { model } = app.openPlan();
      const filter = {
        unit: opts.dept === undefined ? undefined : resolveUnit(model, opts.dept),
        section: opts.section === undefined ? undefined : resolveSection(model, opts.section),
        statuses: opts.status?.split(/[,，]/).map((s) => parseStatus(s)),
        search: opts.search,
      };
      // Only the items listed get a status: list needs no roll-up of the whole plan.
      const items = selectItems(model, g.asOf, filter);
      if (format === 'json') return app.out(jsonOutput(model, g.asOf, { items: items.map(itemJson) }));
      // CSV carries the JSON contract's fields: numbers as numbers, status keys, no glyphs.
      if (format === 'csv') return app.out(renderCsv(jsonTable(opts.targets ? items.flatMap((is) => is.targets.map(targetJson)) : items.map(itemJson))));
      if (format === 'md') return app.out(renderMarkdownTable(listTable(items, g.lang, Boolean(opts.targets))));
      if (!items.length) return app.note(t(g.lang, 'noItemsMatch'));
      app.out(renderFitted(listTables(items, g.lang, Boolean(opts.targets)), { paint: app.paint(), maxWidth: app.maxWidth() }));
      const targets = items.reduce((n, i) => n + i.targets.filter((x) => !x.target.implicit).length, 0);
      app.note(`${t(g.lang, 'listSummary', { items: items.length, targets })} · ${t(g.lang, 'asOfLine', { asOf: g.asOf })}`);
    });
}

/**
 * `list --all`: the items of every plan, a plan column first; `--dept NAME --all` is the unit's
 * whole workload. Totals per plan and overall on stderr (the table), in "totals" (JSON).
 */
function listAll(app: App, opts: { dept?: string; section?: string; status?: string; search?: string; targets?: boolean }, format: FormatsOf<'list'>): void {
  const g = app.globals;
  // Section ids (一, 二) mean different sections in each plan.
  if (opts.section !== undefined) throw new UsageError('allNoSection');
  const r = app.openAll();
  const filter = {
    unit: opts.dept === undefined ? undefined : resolveUnit(r, opts.dept),
    statuses: opts.status?.split(/[,，]/).map((s) => parseStatus(s)),
    search: opts.search,
  };
  const items: PlanItem[] = r.plans.flatMap(({ model, status }) => filterItems(model, status.items, filter).map((is) => ({ plan: model, is })));
  const totals = listTotals(r, items);
  if (format === 'json') return app.out(jsonOutput(models(r), g.asOf, { ...(filter.unit ? { department: filter.unit } : {}), items: items.map(planItemJson), totals }));
  // CSV carries the JSON contract's fields, the plan first.
  if (format === 'csv') return app.out(renderCsv(jsonTable(opts.targets ? items.flatMap((x) => x.is.targets.map((ts) => planTargetJson({ plan: x.plan, ts }))) : items.map(planItemJson))));
  const tables = listAllTables(items, g.lang, Boolean(opts.targets));
  if (format === 'md') return app.out(renderMarkdownTable(tables[0]!));
  if (!items.length) return app.note(t(g.lang, 'noItemsMatch'));
  app.out(renderFitted(tables, { paint: app.paint(), maxWidth: app.maxWidth() }));
  app.note(listAllSummary(totals, g.lang, g.asOf));
}
