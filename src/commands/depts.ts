import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { allUnits, models, planItemJson, unitJson } from '../core/rollup.js';
import { resolveUnit } from '../core/filter.js';
import { departmentJson, itemJson } from '../core/json.js';
import { planStatus } from '../core/status.js';
import { t } from '../i18n/index.js';
import { jsonOutput } from '../render/json.js';
import { jsonTable } from '../render/json-table.js';
import { deptsAllTables, deptsTable } from '../render/screens/depts.js';
import { renderCsv, renderFitted, renderMarkdownTable, withoutColumn } from '../render/table.js';
import { FORMATS, type FormatsOf } from '../render/formats.js';

export function defineDepts(program: Command, app: App): void {
  program
    .command('depts')
    .description(app.help('help_depts'))
    .argument('[name]', app.help('help_depts_name'))
    .option('-a, --all', app.help('help_all'))
    .action((name, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.depts, 'table');
      if (opts.all) return deptsAll(app, name, format);
      const { model } = app.openPlan();
      const ps = planStatus(model, g.asOf);
      const unit = name === undefined ? undefined : resolveUnit(model, name);
      const rollups = ps.departments.filter((d) => !unit || d.name === unit);
      if (format === 'json') {
        const extra = unit ? { items: [...rollups[0]!.lead, ...rollups[0]!.joined].map(itemJson) } : {};
        return app.out(jsonOutput(model, g.asOf, { departments: rollups.map(departmentJson), ...extra }));
      }
      // CSV carries the JSON contract's fields: one unit a row, or with NAME the unit's items.
      if (format === 'csv') return app.out(renderCsv(jsonTable(unit ? [...rollups[0]!.lead, ...rollups[0]!.joined].map(itemJson) : rollups.map(departmentJson))));
      const table = deptsTable(model, rollups, unit, g.lang);
      if (format === 'md') return app.out(renderMarkdownTable(table));
      // One unit's items lose their targets when the screen is narrow (plan show has them).
      app.out(renderFitted(unit ? [table, withoutColumn(table, 3)] : [table], { paint: app.paint(), maxWidth: app.maxWidth() }));
      app.note(t(g.lang, 'asOfLine', { asOf: g.asOf }));
    });
}

/**
 * `depts --all`: per unit, what it leads and joins in every plan (ids as plan:item) and how many
 * lag; with NAME, that unit's items in every plan, a plan column first.
 */
function deptsAll(app: App, name: string | undefined, format: FormatsOf<'depts'>): void {
  const g = app.globals;
  const r = app.openAll();
  const unit = name === undefined ? undefined : resolveUnit(r, name);
  const units = allUnits(r).filter((u) => !unit || u.name === unit);
  const items = unit ? [...(units[0]?.lead ?? []), ...(units[0]?.joined ?? [])].map(planItemJson) : undefined;
  if (format === 'json') return app.out(jsonOutput(models(r), g.asOf, { departments: units.map((u) => unitJson(u, r)), ...(items ? { items } : {}) }));
  // CSV carries the JSON contract's fields: one unit a row, or with NAME the unit's items.
  if (format === 'csv') return app.out(renderCsv(jsonTable(items ?? units.map((u) => unitJson(u, r)))));
  const tables = deptsAllTables(r, units, unit, g.lang);
  if (format === 'md') return app.out(renderMarkdownTable(tables[0]!));
  app.out(renderFitted(tables, { paint: app.paint(), maxWidth: app.maxWidth() }));
  app.note(t(g.lang, 'asOfLine', { asOf: g.asOf }));
}
