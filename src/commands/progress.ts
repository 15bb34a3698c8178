import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { targetJson } from '../core/json.js';
import { newReading, progressTarget, refuseRepeated } from '../core/progress.js';
import { refPlan } from '../core/ref.js';
import { targetStatus } from '../core/status.js';
import { t } from '../i18n/index.js';
import { lineDiff } from '../render/diff.js';
import { jsonOutput } from '../render/json.js';
import { progressJson, progressText } from '../render/screens/progress.js';
import { addReadings } from '../yaml/readings.js';
import { FORMATS } from '../render/formats.js';

export function defineProgress(program: Command, app: App): void {
  program
    .command('progress')
    .description(app.help('help_progress'))
    .argument('<ref>', app.help('help_progress_ref'))
    .optionsGroup(app.help('help_progress_groupValue'))
    .option('--value <n>', app.help('help_progress_value'))
    .option('--add <n>', app.help('help_progress_add'))
    .option('--percent <n>', app.help('help_progress_percent'))
    .option('--done', app.help('help_progress_done'))
    .optionsGroup(app.help('help_progress_groupReading'))
    .option('--date <date>', app.help('help_progress_date'))
    .option('--note <text>', app.help('help_progress_note'))
    .option('--by <unit>', app.help('help_progress_by'))
    .option('--person <name>', app.help('help_progress_person'))
    .option('--problems <text>', app.help('help_progress_problems'))
    .option('--next <text>', app.help('help_progress_next'))
    .option('--evidence <path>', app.help('help_progress_evidence'), (v: string, prev: string[] = []) => [...prev, v])
    .option('--correction', app.help('help_progress_correction'))
    .optionsGroup(app.help('help_title_options'))
    .option('-n, --dry-run', app.help('help_dryRun'))
    .action(async (ref, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.progress, 'table');
      const plan = app.store.onePlanFile({ refPlan: refPlan(ref) }).file;

      // Under the plan's lock: the reading is decided in core/ against the plan as it is now.
      const r = await app.store.update(
        plan,
        ({ source, data, model }) => {
          const target = progressTarget(model, ref, opts);
          const before = targetStatus(target, g.asOf, model.settings);
          const reading = newReading(model, target, opts, g.asOf);
          refuseRepeated(target, reading);
          const next = addReadings(source, data, [{ target, reading }], plan.display, g.lang, model.shared);
          const after = targetJson(targetStatus(next.find(target), g.asOf, next.model.settings));
          return { text: next.text, data: next.model.plan, result: { target, before, reading, after } };
        },
        { dryRun: opts.dryRun },
      );
      const { target, before, reading, after } = r.result;
      const model = r.before.model;
      if (format === 'json') return app.out(jsonOutput(model, g.asOf, progressJson(plan.display, !opts.dryRun, reading, before, after)));
      if (opts.dryRun) app.out(lineDiff(r.before.source, r.text, plan.display));
      app.out(progressText(target, before, after, app.screen()));
      app.note(t(g.lang, opts.dryRun ? 'progressDry' : 'progressWritten', { file: plan.display }));
    });
}
