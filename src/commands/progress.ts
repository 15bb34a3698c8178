import type { Command } from '@commander-js/extra-typings';
import { isDeepStrictEqual } from 'node:util';
import type { App } from '../cli.js';
import { planHeader, targetJson } from '../core/json.js';
import type { PlanFile, Reading } from '../core/model.js';
import { PlanModel } from '../core/plan.js';
import { newReading, progressTarget } from '../core/progress.js';
import { targetStatus } from '../core/status.js';
import { PlanError } from '../errors.js';
import { t } from '../i18n/index.js';
import { lineDiff } from '../render/diff.js';
import { gapText, statusCell, withUnit } from '../render/status.js';
import { cellText } from '../render/table.js';
import { safe } from '../render/text.js';
import { reporterName } from '../store/identity.js';
import { analyzePlan, loadPlanFile, locateProblems, selectPlanFiles } from '../store/load.js';
import { readTextFile } from '../store/read.js';
import { spliceReading } from '../store/splice.js';
import { atomicWrite, withLock, type Fault } from '../store/write.js';

export function defineProgress(program: Command, app: App): void {
  program
    .command('progress')
    .description('record a reading: the cumulative value (or percent done) of a target as of a date')
    .argument('<ref>', 'a target (7.4) or an item (7: its primary or only target)')
    .option('--value <n>', 'the cumulative total as of the date (1200, 1,200, １２００)')
    .option('--add <n>', 'an increment on the latest reading')
    .option('--percent <n>', 'percent complete 0–100 (milestones)')
    .option('--done', 'mark a milestone complete (100%, 销号)')
    .option('--date <date>', 'the date the value is true on (default: the as-of date)')
    .option('--note <text>', 'what the reading is based on')
    .option('--by <name>', 'who reports (default: git config user.name, else the OS user)')
    .option('--correction', 'allow a value lower than the last reading (it corrects it)')
    .option('-n, --dry-run', 'print the change, write nothing')
    .action(async (ref, opts) => {
      const g = app.globals();
      const format = app.format(['text', 'json'], 'text');
      const { files } = selectPlanFiles({ cwd: app.ctx.cwd, env: app.ctx.env, dir: g.dir, plan: g.plan, lang: g.lang });
      if (files.length > 1) app.openPlan(); // throws the "several plans: use --plan" error
      const { file, display } = files[0]!;
      const fault = faultFromEnv(app.ctx.env.PLAN_FAULT, app);
      const by = opts.by ?? reporterName(app.ctx.cwd);

      const record = () => {
        const source = readTextFile(file, display);
        const { model } = loadPlanFile(file, display, g.lang, source);
        const target = progressTarget(model, ref);
        const before = targetStatus(target, g.asOf, model.settings);
        const reading = newReading(model, target, { ...opts, by }, g.asOf);
        const next = spliceReading(source, target.path, reading);
        const after = verify(next, display, g.lang, target.id, target.implicit ? target.item.id : undefined, target.readings, reading, g.asOf);
        if (!opts.dryRun) atomicWrite(file, next, { display, fault });
        return { model, target, before, after, reading, source, next };
      };
      const r = opts.dryRun ? record() : await withLock(file, record, { display, fault, timeoutMs: Number(app.ctx.env.PLAN_LOCK_TIMEOUT_MS) || undefined });

      const after = r.after;
      if (format === 'json') {
        app.out(
          JSON.stringify(
            {
              ...planHeader(r.model, g.asOf),
              file: display,
              written: !opts.dryRun,
              reading: r.reading,
              before: { actual: r.before.actual ?? null, status: r.before.status },
              target: after,
            },
            null,
            2,
          ) + '\n',
        );
        return;
      }
      if (opts.dryRun) app.out(lineDiff(r.source, r.next, display));
      const paint = app.paint();
      const cell = statusCell(g.lang, after.status, after.stale);
      const style = typeof cell === 'object' && cell?.style ? cell.style : 'bold';
      const tg = r.target;
      app.out(
        `${t(g.lang, 'progressDone', {
          id: tg.id,
          metric: safe(tg.implicit ? tg.item.title : tg.metric),
          before: withUnit(r.before.actual, tg.unit),
          after: withUnit(after.actual, tg.unit),
          status: paint(style, cellText(cell)),
        })}  ${t(g.lang, 'h_expected')} ${withUnit(after.expected, tg.unit)} ${t(g.lang, 'h_gap')} ${gapText(after.gap)}\n`,
      );
      app.note(t(g.lang, opts.dryRun ? 'progressDry' : 'progressWritten', { file: display }));
    });
}

/**
 * The spliced text must be a valid plan whose only change is the new reading; anything else
 * is refused before the file is touched.
 */
function verify(next: string, display: string, lang: 'zh' | 'en', id: string, implicitItem: string | undefined, old: Reading[], reading: Reading, asOf: string) {
  const { data, problems } = analyzePlan(next);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !data) {
    const first = locateProblems(errors.slice(0, 1), next, display, lang)[0];
    throw new PlanError('writeRefused', { file: display, message: first ? `${first.line}:${first.col} ${first.message}` : '' });
  }
  const model = new PlanModel(data as PlanFile);
  const target = implicitItem ? model.itemById.get(implicitItem)?.targets[0] : model.targetById.get(id);
  if (!target || !isDeepStrictEqual(target.readings, [...old, reading])) {
    throw new PlanError('writeRefused', { file: display, message: 'the new reading did not land where expected' });
  }
  return targetJson(targetStatus(target, asOf, model.settings));
}

/** PLAN_FAULT=point:hang|enospc — only the crash-safety tests set it. */
function faultFromEnv(spec: string | undefined, app: App): Fault | undefined {
  if (!spec) return undefined;
  const [point, action] = spec.split(':');
  return (at) => {
    if (at !== point) return;
    if (action === 'enospc') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    app.ctx.stderr.write(`PLAN_FAULT ${at}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  };
}
