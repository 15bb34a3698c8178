import { extname } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { resolveUnit } from '../core/filter.js';
import { planLang } from '../core/report.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { reportOutput } from '../store/output.js';
import { writeNewFile } from '../store/write.js';
import { FORMATS, type FormatsOf } from '../render/formats.js';

declare const PLAN_VERSION: string;
const VERSION = typeof PLAN_VERSION === 'string' ? PLAN_VERSION : '0.0.0-dev';

type ReportFormat = FormatsOf<'report'>;

/** The format named by --out's extension, when --format is not given. */
const BY_EXTENSION: Record<string, ReportFormat> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.json': 'json' };

export function defineReport(program: Command, app: App): void {
  program
    .command('report')
    .description('the progress bulletin (督查通报): summary, per-section progress, the lagging list, units; Markdown, or --format html|docx')
    .option('-d, --dept <name>', 'only the items this unit leads or joins')
    .option('-o, --out <file>', 'write the bulletin to this file (atomically); its extension picks the format when --format is not given')
    .option('--no-emoji', 'status words without the 🟢🟡🔴 lights in Markdown')
    .action(async (opts) => {
      const g = app.globals;
      const format = g.format === undefined && opts.out ? (BY_EXTENSION[extname(opts.out).toLowerCase()] ?? 'md') : app.format(FORMATS.report, 'md');
      const loaded = app.openPlan();
      const { model } = loaded;
      const unit = opts.dept === undefined ? undefined : resolveUnit(model, opts.dept);
      const out = opts.out === undefined ? undefined : reportOutput(app.cwd, opts.out, loaded.file);
      if (!out && format === 'docx' && app.interactive) throw new UsageError('rp_docxNeedsOut');

      // The renderers (and the Word library) load here, for this command only.
      const { buildReport, renderReport } = await import('../report/index.js');
      const data = buildReport(model, g.asOf, unit === undefined ? {} : { unit });
      const git = format === 'json' ? undefined : app.store.gitState(loaded.file);
      const bytes = await renderReport(format, data, {
        lang: g.namedLang ?? planLang(model.plan.title),
        emoji: opts.emoji,
        source: loaded.display,
        ...(git ? { git } : {}),
        version: VERSION,
      });

      if (out) {
        writeNewFile(out, bytes, { display: opts.out });
        app.note(t(g.lang, 'rp_written', { file: opts.out!, format }));
      } else app.out(bytes);
    });
}
