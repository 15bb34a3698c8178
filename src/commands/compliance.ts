import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { resolveUnit } from '../core/filter.js';
import { FORMATS } from '../render/formats.js';
import { complianceScreen } from '../render/screens/compliance.js';

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
      app.print(complianceScreen(model, c, format, app.screen()));
    });
}
