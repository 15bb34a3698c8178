import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { parseFailOn, resolveUnit } from '../core/filter.js';
import { targetJson } from '../core/json.js';
import { allLagging, models, planTargetJson } from '../core/rollup.js';
import { lagging, planStatus, severity, type Status } from '../core/status.js';
import { t } from '../i18n/index.js';
import { jsonOutput } from '../render/json.js';
import { jsonTable } from '../render/json-table.js';
import { behindAllSummary, behindAllTables, behindTable, behindTables } from '../render/screens/behind.js';
import { renderCsv, renderFitted, renderMarkdownTable } from '../render/table.js';
import { FORMATS, type FormatsOf } from '../render/formats.js';

export function defineBehind(program: Command, app: App): void {
  program
    .command('behind')
    .description(app.help('help_behind'))
    .option('-d, --dept <name>', app.help('help_behind_dept'))
    .option('--fail-on <status>', app.help('help_behind_failOn'))
    .option('-a, --all', app.help('help_all'))
    .action((opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.behind, 'table');
      // Read like --status: the key or its word in either language (滞后, at risk).
      const failOn = opts.failOn === undefined ? undefined : parseFailOn(opts.failOn);
      if (opts.all) return behindAll(app, { dept: opts.dept, failOn }, format);
      const { model } = app.openPlan();
      const unit = opts.dept === undefined ? undefined : resolveUnit(model, opts.dept);
      const list = lagging(planStatus(model, g.asOf).targets).filter((ts) => !unit || model.role(ts.target.item, unit));
      if (failOn && list.some((ts) => severity(ts.status) >= severity(failOn))) app.fail(1);
      if (format === 'json') return app.out(jsonOutput(model, g.asOf, { targets: list.map(targetJson) }));
      // CSV carries the JSON contract's fields: numbers as numbers, status keys, no glyphs.
      if (format === 'csv') return app.out(renderCsv(jsonTable(list.map(targetJson))));
      const table = behindTable(list, g.lang);
      if (format === 'md') return app.out(renderMarkdownTable(table));
      if (list.length) app.out(renderFitted(behindTables(list, g.lang), { paint: app.paint(), maxWidth: app.maxWidth() }));
      app.note(`${t(g.lang, 'behindSummary', { n: list.length })} · ${t(g.lang, 'asOfLine', { asOf: g.asOf })}`);
    });
}

/** `behind --all`: the lagging targets of every plan, worst first, a plan column first. */
function behindAll(app: App, opts: { dept?: string; failOn?: Status }, format: FormatsOf<'behind'>): void {
  const g = app.globals;
  const r = app.openAll();
  const unit = opts.dept === undefined ? undefined : resolveUnit(r, opts.dept);
  const list = allLagging(r).filter(({ plan, ts }) => !unit || plan.role(ts.target.item, unit));
  const failOn = opts.failOn;
  if (failOn && list.some(({ ts }) => severity(ts.status) >= severity(failOn))) app.fail(1);
  if (format === 'json') return app.out(jsonOutput(models(r), g.asOf, { targets: list.map(planTargetJson) }));
  if (format === 'csv') return app.out(renderCsv(jsonTable(list.map(planTargetJson))));
  const tables = behindAllTables(list, g.lang);
  if (format === 'md') return app.out(renderMarkdownTable(tables[0]!));
  if (list.length) app.out(renderFitted(tables, { paint: app.paint(), maxWidth: app.maxWidth() }));
  app.note(behindAllSummary(r, list, g.lang, g.asOf));
}
