import type { Command } from '@commander-js/extra-typings';
import { dirname } from 'node:path';
import type { App } from '../context.js';
import { newClosed } from '../core/extension.js';
import { refPlan, resolveRef } from '../core/ref.js';
import { targetStatus } from '../core/status.js';
import { FORMATS } from '../render/formats.js';
import { closeScreen } from '../render/screens/close.js';
import { amendPlan, closedAdded, sameTarget } from '../yaml/amend.js';
import { missingEvidence } from '../store/evidence.js';

export function defineClose(program: Command, app: App): void {
  program
    .command('close')
    .description(app.help('help_close'))
    .argument('<ref>', app.help('help_close_ref'))
    .requiredOption('--evidence <path-or-url...>', app.help('help_close_evidence'))
    .option('--note <text>', app.help('help_close_note'))
    .option('--by <name>', app.help('help_close_by'))
    .option('--date <date>', app.help('help_close_date'))
    .option('-n, --dry-run', app.help('help_dryRun'))
    .action(async (ref, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.close, 'table');
      const { dir, file: plan } = app.store.onePlanFile({ refPlan: refPlan(ref) });
      const { display } = plan;
      const r = await app.store.update(
        plan,
        ({ source, data, model }) => {
          const res = resolveRef(model, ref);
          const targets = res.kind === 'target' ? [res.target] : res.item.targets;
          const closed = newClosed(targets, { evidence: opts.evidence, note: opts.note, by: opts.by, date: opts.date }, g.asOf, model.settings);
          // Every target of an item closed at once, checked once.
          const after = amendPlan(source, data, targets.map((target) => closedAdded(target, closed)), display, g.lang, model.shared);
          return { text: after.text, data: after.model.plan, result: { targets, after: after.model, closed } };
        },
        { dryRun: opts.dryRun },
      );
      const { targets, after, closed } = r.result;
      const now = targets.map((old) => sameTarget(after, old)).map((target) => ({ target, status: targetStatus(target, g.asOf, after.settings) }));
      // Evidence is named relative to the folder holding plans/ (the repository), or the working folder.
      const dirs = [...new Set([dirname(dir), app.cwd])];
      const missing = missingEvidence(closed.evidence, dirs);
      app.print(closeScreen({ targets: now, closed, missing, dirs }, { before: r.before, text: r.text, file: display, written: !opts.dryRun }, format, app.screen()));
    });
}
