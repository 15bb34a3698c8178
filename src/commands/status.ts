import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { escalations, strength } from '../core/escalation.js';
import { dubanAll, models, type Rollup } from '../core/rollup.js';
import { dubanOf, dubanOverview, statusOverview } from '../core/overview.js';
import { planStatus } from '../core/status.js';
import { dubanAllSummary, dubanSummary, escalationJson, reportingSummaryJson } from '../render/duban.js';
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
        if (format === 'json') return app.out(jsonOutput(models(r), g.asOf, { ...statusAllJson(r), ...dubanAllJson(r, g.asOf) }));
        const screen = app.screen();
        const duban = dubanAll(r, r.plans.map(({ model }) => ({ plan: model.plan.id, duban: dubanOverview(model, g.asOf) })));
        return app.out(statusAllScreen(r, screen, (width) => dubanAllSummary(duban, g.lang, screen.paint, width)));
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

/**
 * `status --all --format json`: the single plan's "reporting" and "escalations" over every plan.
 * "reporting" keeps its fields (cadence, due_day and round when every plan shares them, else null;
 * each unit once, by its worst return in any plan's last round) and adds "plans", each plan's own;
 * each escalation says its plan, strongest first across plans.
 */
function dubanAllJson(r: Rollup, asOf: string): { reporting: object; escalations: object[] } {
  const per = r.plans.map(({ model }) => {
    const c = compliance(model, asOf);
    const list = escalations(model, c, asOf);
    return { plan: model.plan.id, c, list };
  });
  const merged = dubanAll(r, per.map(({ plan, c, list }) => ({ plan, duban: dubanOf(c, list) })));
  const plans = per.map(({ plan, c }) => ({ plan, ...(reportingSummaryJson(c) as { cadence: string; due_day: number; round: { id: string; deadline: string } | null }) }));
  const same = <T>(pick: (p: (typeof plans)[number]) => T): T | null => {
    const first = plans[0] === undefined ? null : JSON.stringify(pick(plans[0]));
    return first !== null && plans.every((p) => JSON.stringify(pick(p)) === first) ? pick(plans[0]!) : null;
  };
  const escalated = per
    .flatMap(({ plan, list }) => list.map((e) => ({ plan, e })))
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => strength(b.e.rule) - strength(a.e.rule) || a.i - b.i);
  return {
    reporting: { cadence: same((p) => p.cadence), due_day: same((p) => p.due_day), round: same((p) => p.round), ...merged.returns, plans },
    escalations: escalated.map(({ plan, e }) => ({ plan, ...escalationJson(e) })),
  };
}
