import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { lateRequest, newExtension, pendingRequest } from '../core/extension.js';
import type { Extension } from '../core/model.js';
import type { PlanModel, TargetView } from '../core/plan.js';
import { refPlan, resolveRef } from '../core/ref.js';
import { targetStatus } from '../core/status.js';
import { UsageError } from '../errors.js';
import { FORMATS } from '../render/formats.js';
import { extendScreen } from '../render/screens/extend.js';
import { addExtension, approveExtension, sameTarget } from '../yaml/amend.js';

export function defineExtend(program: Command, app: App): void {
  program
    .command('extend')
    .description(app.help('help_extend'))
    .argument('<ref>', app.help('help_extend_ref'))
    .option('--to <date>', app.help('help_extend_to'))
    .option('--reason <text>', app.help('help_extend_reason'))
    .option('--requested <date>', app.help('help_extend_requested'))
    .option('--approved [date]', app.help('help_extend_approved'))
    .option('--approve', app.help('help_extend_approve'))
    .option('--by <name>', app.help('help_extend_by'))
    .option('-n, --dry-run', app.help('help_dryRun'))
    .action(async (ref, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.extend, 'text');
      if (opts.approve ? opts.to !== undefined || opts.reason !== undefined : opts.to === undefined || opts.reason === undefined) {
        throw new UsageError('extendUsage');
      }
      const plan = app.store.onePlanFile({ refPlan: refPlan(ref) }).file;
      const { display } = plan;
      const r = await app.store.update(
        plan,
        ({ source, data, model }) => {
          const targets = extendable(model, ref, g.asOf);
          let text = source;
          let plan = data;
          let after = model;
          const entries: Extension[] = [];
          for (const old of targets) {
            const target = sameTarget(after, old);
            let index: number;
            if (opts.approve) {
              index = pendingRequest(target, g.asOf);
              const approved = typeof opts.approved === 'string' ? opts.approved : g.asOf;
              const a = approveExtension(text, plan, target, index, approved, opts.by, display, g.lang, model.shared);
              ({ text, model: after } = a);
            } else {
              const x = newExtension([target], { to: opts.to!, reason: opts.reason!, requested: opts.requested, approved: opts.approved, by: opts.by }, g.asOf, model.settings);
              index = target.extensions.length;
              ({ text, model: after } = addExtension(text, plan, target, x, display, g.lang, model.shared));
            }
            plan = after.plan;
            entries.push(sameTarget(after, old).extensions[index]!);
          }
          return { text, data: plan, result: { targets, after, entries } };
        },
        { dryRun: opts.dryRun },
      );
      const { targets, after, entries } = r.result;
      const rows = targets.map((old, i) => {
        const target = sameTarget(after, old);
        const extension = entries[i]!;
        return { target, extension, late: lateRequest(target, extension), status: targetStatus(target, g.asOf, after.settings) };
      });
      app.print(extendScreen(rows, { before: r.before, text: r.text, file: display, written: !opts.dryRun }, format, app.screen()));
    });
}

/** A target as named; an item: those of its targets not done and not closed (at least one). */
function extendable(model: PlanModel, ref: string, asOf: string): TargetView[] {
  const r = resolveRef(model, ref);
  if (r.kind === 'target') return [r.target];
  const open = r.item.targets.filter((x) => {
    const s = targetStatus(x, asOf, model.settings);
    return s.status !== 'done' && !s.closed;
  });
  if (!open.length) throw new UsageError('extendDone', { id: r.item.id });
  return open;
}
