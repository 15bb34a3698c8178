import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { resolveUnit } from '../core/filter.js';
import { departmentJson, itemJson } from '../core/json.js';
import { planStatus } from '../core/status.js';
import { t } from '../i18n/index.js';
import { jsonOutput } from '../render/json.js';
import { jsonTable } from '../render/json-table.js';
import { deptsTable } from '../render/screens/depts.js';
import { renderCsv, renderMarkdownTable, renderTable } from '../render/table.js';
import { FORMATS } from '../render/formats.js';

export function defineDepts(program: Command, app: App): void {
  program
    .command('depts')
    .description(app.help('help_depts'))
    .argument('[name]', app.help('help_depts_name'))
    .action((name) => {
      const g = app.globals;
      const format = app.format(FORMATS.depts, 'table');
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
      app.out(renderTable(table, { paint: app.paint(), maxWidth: app.maxWidth() }));
      app.note(t(g.lang, 'asOfLine', { asOf: g.asOf }));
    });
}
