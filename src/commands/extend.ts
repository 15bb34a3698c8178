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
import { amendPlan, extensionAdded, extensionApproved, sameTarget } from '../yaml/amend.js';
import type { Edit } from '../yaml/edit.js';

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
      const format = app.format(FORMATS.extend, 'table');
      if (opts.approve ? opts.to !== undefined || opts.reason !== undefined : opts.to === undefined || opts.reason === undefined) {
        throw new UsageError('extendUsage');
      }
      const plan = app.store.onePlanFile({ refPlan: refPlan(ref) }).file;
      const { display } = plan;
      const r = await app.store.update(
        plan,
        ({ source, data, model }) => {
          const targets = extendable(model, ref, g.asOf);
          // Every target's change made at once and checked once (an item: each open target of it).
          const edits: Edit[] = [];
          const indexes: number[] = [];
          for (const target of targets) {
            if (opts.approve) {
              const index = pendingRequest(target, g.asOf);
              const approved = typeof opts.approved === 'string' ? opts.approved : g.asOf;
              edits.push(extensionApproved(target, index, approved, opts.by));
              indexes.push(index);
            } else {
              const x = newExtension([target], { to: opts.to!, reason: opts.reason!, requested: opts.requested, approved: opts.approved, by: opts.by }, g.asOf, model.settings);
              edits.push(extensionAdded(target, x));
              indexes.push(target.extensions.length);
            }
          }
          const after = amendPlan(source, data, edits, display, g.lang, model.shared);
          const entries: Extension[] = targets.map((old, i) => after.find(old).extensions[indexes[i]!]!);
          return { text: after.text, data: after.model.plan, result: { targets, after: after.model, entries } };
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
