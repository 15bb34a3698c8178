import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { escalationRules, escalations } from '../core/escalation.js';
import { resolveUnit } from '../core/filter.js';
import { FORMATS } from '../render/formats.js';
import { escalationsScreen } from '../render/screens/escalations.js';

export function defineEscalations(program: Command, app: App): void {
  program
    .command('escalations')
    .description(app.help('help_escalations'))
    .option('-d, --dept <name>', app.help('help_escalations_dept'))
    .action((opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.escalations, 'table');
      const { model } = app.openPlan();
      let list = escalations(model, compliance(model, g.asOf), g.asOf);
      if (opts.dept !== undefined) {
        const unit = resolveUnit(model, opts.dept);
        list = list.filter((e) => e.units.includes(unit));
      }
      app.print(escalationsScreen(model, list, escalationRules(model), format, app.screen()));
    });
}
