import type { Command } from '@commander-js/extra-typings';
import { Option } from '@commander-js/extra-typings';
import { join } from 'node:path';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { escalations } from '../core/escalation.js';
import { resolveUnit } from '../core/filter.js';
import { mergeReminders, reminders } from '../core/remind.js';
import { models } from '../core/rollup.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { FORMATS } from '../render/formats.js';
import { postedLine, postedSummary, remindFiles, remindScreen, robotPosts } from '../render/screens/remind.js';
import { remindOutput } from '../store/output.js';
import { writeNewFile } from '../store/write.js';
import { robotKind } from '../store/webhook.js';

export function defineRemind(program: Command, app: App): void {
  program
    .command('remind')
    .description(app.help('help_remind'))
    .option('-d, --dept <name>', app.help('help_dept'))
    .option('--within <days>', app.help('help_remind_within'))
    .option('--out <dir>', app.help('help_remind_out'))
    .option('--webhook <url>', app.help('help_remind_webhook'))
    .option('--webhook-file <file>', app.help('help_remind_webhookFile'))
    .addOption(new Option('--robot <kind>', app.help('help_remind_robot')).choices(['dingtalk', 'wecom'] as const))
    .option('--timeout <seconds>', app.help('help_remind_timeout'))
    .option('-a, --all', app.help('help_remind_all'))
    .action(async (opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.remind, 'table');
      const r = opts.all ? app.openAll() : undefined;
      const plans = r ? models(r) : [app.openPlan().model];
      const given = opts.within === undefined ? undefined : Number(opts.within);
      if (given !== undefined && !(Number.isInteger(given) && given >= 0 && given <= 3660)) throw new UsageError('badCount', { option: '--within', min: 0, max: 3660, example: 7, got: opts.within ?? '' });
      const timeout = opts.timeout === undefined ? 10 : Number(opts.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) throw new UsageError('badNumber', { option: '--timeout', got: opts.timeout ?? '' });
      const unit = opts.dept === undefined ? undefined : resolveUnit(r ?? plans[0]!, opts.dept);
      const url = app.store.webhookUrl(opts.webhook, opts.webhookFile);
      const kind = url === undefined ? undefined : robotKind(url, opts.robot);

      // Each plan by its own cadence, escalation rules and due_soon_days; with --all one message per unit over all of them.
      const parts = plans.map((model) => {
        const c = compliance(model, g.asOf);
        return { plan: model.plan.id, messages: reminders(model, g.asOf, c, escalations(model, c, g.asOf), given ?? model.settings.due_soon_days, unit) };
      });
      const list = r ? mergeReminders(parts) : parts[0]!.messages;
      const model = r ? plans : plans[0]!;
      if (!list.length) app.note(t(g.lang, 'rm_none', { asOf: g.asOf }));
      const screen = app.screen();

      if (opts.out !== undefined) {
        const dir = remindOutput(app.cwd, opts.out);
        for (const { name, body } of remindFiles(model, list, format, screen)) {
          writeNewFile(join(dir, name), body);
          app.note(t(g.lang, 'rm_wrote', { file: join(opts.out, name) }));
        }
      } else if (!url) app.out(remindScreen(model, list, format, screen));

      if (url && kind) {
        let failed = 0;
        for (const post of robotPosts(model, list, kind, screen)) {
          const r = await app.store.postRobot(url, post.payload, timeout * 1000);
          if (!r.ok) failed++;
          app.out(postedLine(g.lang, post.unit, r));
        }
        if (failed) app.fail(1);
        app.note(postedSummary(g.lang, kind, list.length - failed, list.length));
      }
    });
}
