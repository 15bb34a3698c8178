import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { escalations } from '../core/escalation.js';
import { models } from '../core/rollup.js';
import { dubanOverview, statusOverview } from '../core/overview.js';
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
      if (format === 'json') {
        const reporting = compliance(model, g.asOf);
        return app.out(jsonOutput(model, g.asOf, { ...statusJson(model, planStatus(model, g.asOf)), reporting: reportingSummaryJson(reporting), escalations: escalations(model, reporting, g.asOf).map(escalationJson) }));
      }
      // The screen shows counts and a few lines: they are worked out for it alone (core/overview.ts).
      const screen = app.screen();
      const duban = dubanOverview(model, g.asOf);
      // 督办: the last round's returns and what escalates, two lines; plan compliance / escalations for the rest.
      app.out(statusScreen(model, statusOverview(model, g.asOf), screen, (width) => dubanSummary(duban, g.lang, screen.paint, width)));
    });
}
