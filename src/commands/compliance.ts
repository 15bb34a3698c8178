import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { resolveUnit } from '../core/filter.js';
import { planHeader } from '../core/json.js';
import { t } from '../i18n/index.js';
import { FORMATS } from '../render/formats.js';
import { complianceCsvTable, complianceJson, complianceLegend, complianceTable } from '../render/duban.js';
import { renderCsv, renderMarkdownTable, renderTable } from '../render/table.js';

export function defineCompliance(program: Command, app: App): void {
  program
    .command('compliance')
    .description(app.help('help_compliance'))
    .option('-d, --dept <name>', app.help('help_dept'))
    .action((opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.compliance, 'table');
      const { model } = app.openPlan();
      const c = compliance(model, g.asOf);
      if (opts.dept !== undefined) {
        const unit = resolveUnit(model, opts.dept);
        c.units = c.units.filter((u) => u.unit === unit);
      }
      if (format === 'json') return app.out(JSON.stringify(complianceJson(c, planHeader(model, g.asOf)), null, 2) + '\n');
      if (format === 'csv') return app.out(renderCsv(complianceCsvTable(c)));
      if (!c.rounds.length) return app.note(t(g.lang, 'cp_none', { asOf: g.asOf }));
      const table = complianceTable(c, g.lang);
      if (format === 'md') return app.out(renderMarkdownTable(table));
      app.out(renderTable(table, { paint: app.paint(), maxWidth: app.maxWidth() }));
      app.note(`${complianceLegend(c, g.lang)}\n${t(g.lang, 'asOfLine', { asOf: g.asOf })}`);
    });
}
