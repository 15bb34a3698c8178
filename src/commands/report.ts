import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { App } from '../cli.js';
import { resolveUnit } from '../core/filter.js';
import { reportLang } from '../core/report.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { gitState } from '../store/git-state.js';
import { writeNewFile } from '../store/write.js';

declare const PLAN_VERSION: string;
const VERSION = typeof PLAN_VERSION === 'string' ? PLAN_VERSION : '0.0.0-dev';

const FORMATS = ['md', 'html', 'docx', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];

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
      const g = app.globals();
      const format = g.format === undefined && opts.out ? (BY_EXTENSION[extname(opts.out).toLowerCase()] ?? 'md') : app.format(FORMATS, 'md');
      const loaded = app.openPlan();
      const { model } = loaded;
      const unit = opts.dept === undefined ? undefined : resolveUnit(model, opts.dept);
      const out = opts.out === undefined ? undefined : outputFile(app, opts.out, loaded.file);
      if (!out && format === 'docx' && app.ctx.stdout.isTTY) throw new UsageError('rp_docxNeedsOut');

      // The renderers (and the Word library) load here, for this command only.
      const { buildReport, renderReport } = await import('../report/index.js');
      const data = buildReport(model, g.asOf, unit === undefined ? {} : { unit });
      const explicitLang = (program.opts() as { lang?: string }).lang;
      const git = format === 'json' ? undefined : gitState(loaded.file, app.ctx.env);
      const bytes = await renderReport(format, data, {
        lang: reportLang(explicitLang, app.ctx.env, model.plan.title),
        emoji: opts.emoji,
        source: loaded.display,
        ...(git ? { git } : {}),
        version: VERSION,
      });

      if (out) {
        writeNewFile(out, bytes, { display: opts.out });
        app.note(t(g.lang, 'rp_written', { file: opts.out!, format }));
      } else if (typeof bytes === 'string') app.out(bytes);
      else (app.ctx.stdout as unknown as NodeJS.WritableStream).write(bytes);
    });
}

/** Where --out writes: never over a plan (nor any YAML file), never onto a folder. */
function outputFile(app: App, name: string, planFile: string): string {
  const file = resolve(app.ctx.cwd, name);
  const ext = extname(file).toLowerCase();
  let isDir = false;
  let same = file === planFile;
  try {
    const st = statSync(file);
    isDir = st.isDirectory();
    const plan = statSync(planFile);
    same ||= st.ino === plan.ino && st.dev === plan.dev;
  } catch {
    /* a new file */
  }
  if (isDir) throw new UsageError('rp_outIsDir', { file: name });
  if (same || ext === '.yaml' || ext === '.yml') throw new UsageError('rp_outIsPlan', { file: name });
  return file;
}
