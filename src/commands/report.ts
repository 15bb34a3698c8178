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
    .description(app.help('help_report'))
    .option('-d, --dept <name>', app.help('help_report_dept'))
    .option('-o, --out <file>', app.help('help_report_out'))
    .option('--issue <n>', app.help('help_report_issue'))
    .option('--period-label <text>', app.help('help_report_periodLabel'))
    .option('--provenance', app.help('help_report_provenance'))
    .option('-a, --all', app.help('help_report_all'))
    .option('--bulletin-from <plan>', app.help('help_report_bulletinFrom'))
    .action(async (opts) => {
      const g = app.globals;
      const format = g.format === undefined && opts.out ? (BY_EXTENSION[extname(opts.out).toLowerCase()] ?? 'md') : app.format(FORMATS.report, 'md');
      // The plans the bulletin covers: one, or with --all every plan of the folder (the bulletin across them).
      const r = opts.all ? app.openAll() : undefined;
      const loaded = r ? undefined : app.openPlan();
      const plans = r ? r.plans.map((p) => p.model) : [loaded!.model];
      // --bulletin-from: which plan's 报头 a bulletin over several plans takes.
      const from = opts.bulletinFrom?.trim();
      if (from !== undefined && !r) throw new UsageError('rp_bulletinFromNeedsAll', { plan: from });
      if (from !== undefined && !plans.some((m) => m.plan.id === from)) throw new UsageError('rp_bulletinFromUnknown', { plan: from, plans: plans.map((m) => m.plan.id).join(', ') });
      const unit = opts.dept === undefined ? undefined : resolveUnit(r ?? plans[0]!, opts.dept);
      const files = r ? app.store.planFiles().files : [loaded!];
      // Never over a plan: --out is checked against each.
      let out: string | undefined;
      if (opts.out !== undefined) for (const f of files) out = reportOutput(app.cwd, opts.out, f.file);
      if (!out && format === 'docx' && app.interactive) throw new UsageError('rp_docxNeedsOut');

      // The renderers (and the Word library) load here, for this command only.
      const { buildReport, frameConflicts, frameConflictNote, mergeReports, renderReport } = await import('../report/index.js');
      const issue = opts.issue === undefined ? undefined : Number(foldWidth(opts.issue).trim());
      if (issue !== undefined && !(Number.isInteger(issue) && issue >= 1 && issue <= 999)) throw new UsageError('rp_badIssue', { got: opts.issue! });
      const label = opts.periodLabel?.trim();
      const frame = { ...(issue === undefined ? {} : { issue }), ...(label ? { periodLabel: label } : {}) };
      const parts = plans.map((model) => {
        // Reporting on time by the plan's cadence, and what escalates: the 督办 cycle's part of the bulletin.
        const returns = compliance(model, g.asOf);
        const escalated = escalations(model, returns, g.asOf).filter((e) => unit === undefined || e.units.includes(unit));
        const reporting = bulletinReporting(returns);
        if (unit !== undefined) reporting.departments = reporting.departments.filter((d) => d.name === unit);
        return buildReport(model, g.asOf, { ...(unit === undefined ? {} : { unit }), ...frame, reporting, escalations: bulletinEscalations(escalated) });
      });
      const data = r ? mergeReports(parts, g.asOf, { ...frame, ...(unit === undefined ? {} : { unit }), ...(from === undefined ? {} : { bulletinFrom: from }) }) : parts[0]!;
      // Plans that word their 报头 differently: the bulletin takes the first's, and says so.
      const differ = r && from === undefined ? frameConflicts(parts) : [];
      if (differ.length) app.note(frameConflictNote(differ, g.lang));
      const git = format === 'json' ? undefined : await app.store.gitState(files[0]!.file);
      const bytes = await renderReport(format, data, {
        lang: g.lang,
        source: r ? files.map((f) => f.display).join(', ') : loaded!.display,
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
