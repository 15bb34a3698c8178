import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { escalations } from '../core/escalation.js';
import { models } from '../core/rollup.js';
import { planStatus } from '../core/status.js';
import { dubanSummary, escalationJson, reportingSummaryJson } from '../render/duban.js';
import { jsonOutput } from '../render/json.js';
import { statusAllJson, statusAllScreen, statusJson, statusScreen } from '../render/screens/status.js';
import { FORMATS } from '../render/formats.js';

export function defineStatus(program: Command, app: App): void {
  program
    .command('status')
    .description(app.help('help_status'))
    .option('-a, --all', app.help('help_status_all'))
    .action((opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.status, 'table');
      if (opts.all) {
        const r = app.openAll();
        return app.out(format === 'json' ? jsonOutput(models(r), g.asOf, statusAllJson(r)) : statusAllScreen(r, app.screen()));
      }
      const { model } = app.openPlan();
      const ps = planStatus(model, g.asOf);
      const reporting = compliance(model, g.asOf);
      const escalated = escalations(model, reporting, g.asOf);
      if (format === 'json') return app.out(jsonOutput(model, g.asOf, { ...statusJson(model, ps), reporting: reportingSummaryJson(reporting), escalations: escalated.map(escalationJson) }));
      const screen = app.screen();
      // 督办: the last round's returns and what escalates, two lines; plan compliance / escalations for the rest.
      app.out(statusScreen(model, ps, screen, (width) => dubanSummary(reporting, escalated, g.lang, screen.paint, width)));
    });
}
