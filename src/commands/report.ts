import { extname } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { bulletinReporting, compliance } from '../core/compliance.js';
import { bulletinEscalations, escalations } from '../core/escalation.js';
import { resolveUnit } from '../core/filter.js';
import { foldWidth } from '../core/fold.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { reportOutput } from '../store/output.js';
import { writeOutput } from '../store/write.js';
import { FORMATS, type FormatsOf } from '../render/formats.js';

declare const PLAN_VERSION: string;
const VERSION = typeof PLAN_VERSION === 'string' ? PLAN_VERSION : '0.0.0-dev';

type ReportFormat = FormatsOf<'report'>;

/** The format named by --out's extension, when --format is not given. */
const BY_EXTENSION: Record<string, ReportFormat> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.json': 'json' };

export function defineReport(program: Command, app: App): void {
  program
    .command('report')
    .description('the progress bulletin (督查通报) as a 公文: 报头, 总体情况, 存在问题 (the lagging named with their units), 下步工作要求, 附件 tables, 版记; Markdown, or --format html|docx|json')
    .option('-d, --dept <name>', 'only the items this unit leads or joins')
    .option('-o, --out <file>', 'write the bulletin to this file (atomically); its extension picks the format when --format is not given')
    .option('--issue <n>', '期号: the issue number within the year (default: the quarter of the last month covered)')
    .option('--period-label <text>', 'the period in the title, e.g. 第三季度 (default: from the period start to the as-of date, e.g. 1—9月)')
    .option('--provenance', 'also print the plan file and git commit at the end of the body (they are always in the document properties)')
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
      const issue = opts.issue === undefined ? undefined : Number(foldWidth(opts.issue).trim());
      if (issue !== undefined && !(Number.isInteger(issue) && issue >= 1 && issue <= 999)) throw new UsageError('rp_badIssue', { got: opts.issue! });
      const label = opts.periodLabel?.trim();
      // Reporting on time by the plan's cadence, and what escalates: the 督办 cycle's part of the bulletin.
      const returns = compliance(model, g.asOf);
      const escalated = escalations(model, returns, g.asOf).filter((e) => unit === undefined || e.units.includes(unit));
      const reporting = bulletinReporting(returns);
      if (unit !== undefined) reporting.departments = reporting.departments.filter((d) => d.name === unit);
      const data = buildReport(model, g.asOf, {
        ...(unit === undefined ? {} : { unit }),
        ...(issue === undefined ? {} : { issue }),
        ...(label ? { periodLabel: label } : {}),
        reporting,
        escalations: bulletinEscalations(escalated),
      });
      const git = format === 'json' ? undefined : app.store.gitState(loaded.file);
      const bytes = await renderReport(format, data, {
        lang: g.lang,
        source: loaded.display,
        provenance: Boolean(opts.provenance),
        ...(git ? { git } : {}),
        version: VERSION,
      });

      if (out) {
        writeOutput(out, bytes, { display: opts.out });
        app.note(t(g.lang, 'rp_written', { file: opts.out!, format }));
      } else app.out(bytes);
    });
}
