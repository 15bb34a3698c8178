import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { planHeader, targetJson } from '../core/json.js';
import { newReading, progressTarget, refuseRepeated } from '../core/progress.js';
import { targetStatus } from '../core/status.js';
import { t } from '../i18n/index.js';
import { lineDiff } from '../render/diff.js';
import { gapText, statusCell, withUnit } from '../render/status.js';
import { cellText } from '../render/table.js';
import { safe } from '../render/text.js';
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
      const { files } = app.store.planFiles();
      if (files.length > 1) app.openPlan(); // throws the "several plans: use --plan" error
      const { display } = files[0]!;

      const r = await app.store.update(
        files[0]!,
        ({ source, data, model }) => {
          const target = progressTarget(model, ref, opts);
          const before = targetStatus(target, g.asOf, model.settings);
          const reading = newReading(model, target, opts, g.asOf);
          refuseRepeated(target, reading);
          const next = addReadings(source, data, [{ target, reading }], display, g.lang);
          return { text: next.text, data: next.model.plan, result: { target, before, reading, after: next.find(target), settings: next.model.settings } };
        },
        { dryRun: opts.dryRun },
      );
      const { target, before, reading } = r.result;
      const model = r.before.model;

      const after = targetJson(targetStatus(r.result.after, g.asOf, r.result.settings));
      if (format === 'json') {
        app.out(
          JSON.stringify(
            {
              ...planHeader(model, g.asOf),
              file: display,
              written: !opts.dryRun,
              reading,
              before: { actual: before.actual ?? null, status: before.status },
              target: after,
            },
            null,
            2,
          ) + '\n',
        );
        return;
      }
      if (opts.dryRun) app.out(lineDiff(r.before.source, r.text, display));
      const paint = app.paint();
      const cell = statusCell(g.lang, after.status, after.stale);
      const style = typeof cell === 'object' && cell?.style ? cell.style : 'bold';
      const tg = target;
      app.out(
        `${t(g.lang, 'progressDone', {
          id: tg.id,
          metric: safe(tg.implicit ? tg.item.title : tg.metric),
          before: withUnit(before.actual, tg.unit),
          after: withUnit(after.actual, tg.unit),
          status: paint(style, cellText(cell)),
        })}  ${t(g.lang, 'h_expected')} ${withUnit(after.expected, tg.unit)} ${t(g.lang, 'h_gap')} ${gapText(after.gap)}\n`,
      );
      app.note(t(g.lang, opts.dryRun ? 'progressDry' : 'progressWritten', { file: display }));
    });
}
