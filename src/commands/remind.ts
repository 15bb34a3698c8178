import type { Command } from '@commander-js/extra-typings';
import { Option } from '@commander-js/extra-typings';
import { join } from 'node:path';
import type { App } from '../context.js';
import { compliance } from '../core/compliance.js';
import { escalations } from '../core/escalation.js';
import { resolveUnit } from '../core/filter.js';
import { planHeader } from '../core/json.js';
import { reminders } from '../core/remind.js';
import { fileName } from '../core/file-name.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { FORMATS } from '../render/formats.js';
import { remindJson, renderRemind, robotPayload, toneLabel } from '../render/duban.js';
import { safe } from '../render/text.js';
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
    .action(async (opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.remind, 'text');
      const { model } = app.openPlan();
      const within = opts.within === undefined ? model.settings.due_soon_days : Number(opts.within);
      if (!Number.isInteger(within) || within < 0 || within > 3660) throw new UsageError('badNumber', { option: '--within', got: opts.within ?? '' });
      const timeout = opts.timeout === undefined ? 10 : Number(opts.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) throw new UsageError('badNumber', { option: '--timeout', got: opts.timeout ?? '' });
      const unit = opts.dept === undefined ? undefined : resolveUnit(model, opts.dept);
      const url = app.store.webhookUrl(opts.webhook, opts.webhookFile);
      const kind = url === undefined ? undefined : robotKind(url, opts.robot);
      const office = t(g.lang, 'rm_office', { org: model.plan.organization ?? '' });

      const c = compliance(model, g.asOf);
      const list = reminders(model, g.asOf, c, escalations(model, c, g.asOf), within, unit);
      if (!list.length) app.note(t(g.lang, 'rm_none', { asOf: g.asOf }));
      const text = (m: (typeof list)[number], md: boolean) => renderRemind(m, g.lang, g.asOf, office, md);

      if (opts.out !== undefined) {
        const dir = remindOutput(app.cwd, opts.out);
        const ext = format === 'json' ? 'json' : format === 'md' ? 'md' : 'txt';
        for (const m of list) {
          const name = fileName(m.unit, `-${toneLabel('zh', m.tone)}-${g.asOf}.${ext}`);
          const body = format === 'json' ? JSON.stringify({ ...planHeader(model, g.asOf), message: remindJson(m) }, null, 2) + '\n' : text(m, format === 'md');
          writeNewFile(join(dir, name), body);
          app.note(t(g.lang, 'rm_wrote', { file: join(opts.out, name) }));
        }
      } else if (!url) {
        if (format === 'json') app.out(JSON.stringify({ ...planHeader(model, g.asOf), messages: list.map(remindJson) }, null, 2) + '\n');
        else app.out(list.map((m) => text(m, format === 'md')).join('\n'));
      }

      if (url && kind) {
        let failed = 0;
        for (const m of list) {
          const title = `【${toneLabel(g.lang, m.tone)}】${m.unit}`;
          const r = await app.store.postRobot(url, robotPayload(kind, title, text(m, true)), timeout * 1000);
          if (!r.ok) failed++;
          app.out(r.ok ? t(g.lang, 'rm_sent', { unit: safe(m.unit) }) + '\n' : t(g.lang, 'rm_failed', { unit: safe(m.unit), error: safe(r.error ?? '') }) + '\n');
        }
        if (failed) app.fail(1);
        app.note(t(g.lang, 'rm_posted', { n: list.length - failed, all: list.length, robot: kind === 'dingtalk' ? t(g.lang, 'rm_dingtalk') : t(g.lang, 'rm_wecom') }));
      }
    });
}
