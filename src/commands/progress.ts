import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { targetJson } from '../core/json.js';
import { newReading, progressTarget, refuseRepeated } from '../core/progress.js';
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
    .description('record a reading: the cumulative value (or percent done) of a target as of a date')
    .argument('<ref>', 'a target (7.4) or an item (7: its primary or only target)')
    .optionsGroup('The value (give one):')
    .option('--value <n>', 'the cumulative total as of the date (1200, 1,200, １２００, 23万)')
    .option('--add <n>', 'an increment on the latest reading')
    .option('--percent <n>', 'percent complete 0–100 (milestones)')
    .option('--done', 'mark a milestone complete (100%, 销号)')
    .optionsGroup('About the reading:')
    .option('--date <date>', 'the date the value is true on (default: the as-of date)')
    .option('--note <text>', 'what the reading is based on')
    .option('--by <unit>', 'the reporting unit, checked against the registry (default: the unit that reported it last, else the item\'s lead unit)')
    .option('--person <name>', 'who filled it in (填报人)')
    .option('--problems <text>', '存在问题: the reason for a lag, quoted in the bulletin')
    .option('--next <text>', '下步计划: what comes next')
    .option('--evidence <path>', '佐证材料: a file or link (repeat for several)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--correction', 'allow a value lower than the last reading (it corrects it)')
    .optionsGroup('Options:')
    .option('-n, --dry-run', 'print the change, write nothing')
    .action(async (ref, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.progress, 'text');
      const plan = app.store.onePlanFile().file;

      // Under the plan's lock: the reading is decided in core/ against the plan as it is now.
      const r = await app.store.update(
        plan,
        ({ source, data, model }) => {
          const target = progressTarget(model, ref, opts);
          const before = targetStatus(target, g.asOf, model.settings);
          const reading = newReading(model, target, opts, g.asOf);
          refuseRepeated(target, reading);
          const next = addReadings(source, data, [{ target, reading }], plan.display, g.lang);
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
