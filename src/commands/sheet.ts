import { join, resolve } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { resolveUnit } from '../core/filter.js';
import type { TargetView } from '../core/plan.js';
import { models } from '../core/rollup.js';
import { checkSheets, META_SHEET, problemText, sheetData, sheetFileName, sheetPlanId, type SheetProblem, type SheetsCheck, type SheetSource } from '../core/sheet.js';
import { targetStatus, type TargetStatus } from '../core/status.js';
import { PlanError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { jsonOutput } from '../render/json.js';
import { refusedJson, sheetImportText, sheetsJson } from '../render/screens/sheet.js';
import { sheetLayouts } from '../render/sheet.js';
import { safe } from '../render/text.js';
import { displayPath } from '../store/find.js';
import type { PlanFileRef } from '../store/load.js';
import { sheetOutput } from '../store/output.js';
import { writeOutput } from '../store/write.js';
import { sheetWorkbook } from '../render/xlsx.js';
import { readSheetFile } from '../store/xlsx.js';
import { addReadings, type WithReadings } from '../yaml/readings.js';
import { FORMATS } from '../render/formats.js';

export function defineSheet(program: Command, app: App): void {
  const sheet = program
    .command('sheet')
    .description(app.help('help_sheet'));

  sheet
    .command('export')
    .description(app.help('help_sheetExport'))
    .option('-d, --dept <name>', app.help('help_sheetExport_dept'))
    .option('--all', app.help('help_sheetExport_all'))
    .option('-o, --out <path>', app.help('help_sheetExport_out'))
    .action(async (opts) => {
      const g = app.globals;
      const format = app.format(FORMATS['sheet export'], 'table');
      // --all: every unit, and in a folder of several plans every plan (one workbook per unit over
      // all its plans); with --dept, that unit's. --plan keeps it to that plan.
      const r = opts.all && g.plan === undefined ? app.openAll() : undefined;
      const plans = r ? models(r) : [app.openPlan().model];
      const registry = r ?? plans[0]!;
      if (opts.dept === undefined && !opts.all) throw new UsageError('sh_needUnit', { example: registry.units.names[0] ?? '办公室' });
      const units = opts.dept !== undefined ? [resolveUnit(registry, opts.dept)] : registry.units.names;
      const out = sheetOutput(app.cwd, opts.out, opts.dept !== undefined);

      const written: { file: string; unit: string; rows: number; fingerprint: string; sheets?: { plan: string; rows: number; fingerprint: string }[] }[] = [];
      for (const unit of units) {
        const parts = plans.map((model) => sheetData(model, unit, g.asOf)).filter((d) => d.rows.length);
        if (!parts.length) {
          if (opts.dept !== undefined) throw new PlanError('sh_noRows', { unit });
          app.note(t(g.lang, 'sh_skipped', { unit }));
          continue;
        }
        const bytes = await sheetWorkbook(sheetLayouts(parts, g.lang));
        const file = out.file ?? join(out.dir, sheetFileName(unit, g.asOf));
        const display = displayPath(app.cwd, file);
        writeOutput(file, bytes, { display });
        const rows = parts.reduce((n, d) => n + d.rows.length, 0);
        written.push({ file: display, unit, rows, fingerprint: parts[0]!.fingerprint, ...(r ? { sheets: parts.map((d) => ({ plan: d.plan, rows: d.rows.length, fingerprint: d.fingerprint })) } : {}) });
        app.note(t(g.lang, 'sh_wrote', { file: display, n: rows }));
      }
      if (format === 'json') app.out(jsonOutput(r ? plans : plans[0]!, g.asOf, { files: written }));
    });

  sheet
    .command('import')
    .description(app.help('help_sheetImport'))
    .argument('<files...>', app.help('help_sheetImport_files'))
    .option('-n, --dry-run', app.help('help_sheetImport_dryRun'))
    .action(async (files, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS['sheet import'], 'table');

      // The workbooks are read before the lock is taken: parsing them is the slow part.
      const sources: SheetSource[] = [];
      const unreadable: SheetProblem[] = [];
      const seen = new Set<string>();
      for (const name of files) {
        const path = resolve(app.cwd, name);
        if (seen.has(path)) continue;
        seen.add(path);
        const display = displayPath(app.cwd, path);
        const read = await readSheetFile(path);
        // A workbook over several plans holds a sheet per plan: each is named book.xlsx[union-2026].
        if (read.ok) for (const grid of read.grids) sources.push({ file: read.grids.length > 1 ? `${display}[${grid.sheet ?? ''}]` : display, grid });
        else unreadable.push({ file: display, row: undefined, key: read.key, params: read.params });
      }
      const routed = routeSheets(app, sources);
      const several = routed.plans.length > 1;
      // Across plans a sheet is named with its plan: book.xlsx[union-2026].
      if (several) for (const x of routed.plans) for (const src of x.sources) if (!src.file.endsWith(']')) src.file = `${src.file}[${x.plan.id ?? ''}]`;
      const problemsFirst = [...unreadable, ...routed.problems];

      // One transaction over every plan the sheets belong to: all their readings, or none.
      let refused: SheetProblem[] | undefined;
      const r = await app.store.updateMany(
        routed.plans.map((x) => x.plan),
        (loaded) => {
          const checks = loaded.map(({ model }, i) => checkSheets(model, routed.plans[i]!.sources, g.asOf));
          const problems = order([...problemsFirst, ...checks.flatMap((c) => c.problems)], files.map((f) => displayPath(app.cwd, resolve(app.cwd, f))));
          const before = new Map<TargetView, TargetStatus>();
          if (problems.length) {
            refused = problems;
            return { changes: [], result: { checks, before, after: [] as WithReadings[] } };
          }
          const after = loaded.map(({ source, data, model, display }, i) => {
            const readings = checks[i]!.sheets.flatMap((s) => s.readings);
            for (const x of readings) if (!before.has(x.target)) before.set(x.target, targetStatus(x.target, g.asOf, model.settings));
            return readings.length ? addReadings(source, data, readings, display, g.lang, model.shared) : undefined;
          });
          const changes = loaded.map((p, i) => {
            const next = after[i];
            return next ? { text: next.text, data: next.model.plan } : { text: p.source };
          });
          return { changes, result: { checks, before, after } };
        },
        { dryRun: opts.dryRun },
      );
      const loadedModels = r.before.map((p) => p.model);
      const displays = r.before.map((p) => p.display);
      const envelope = several ? loadedModels : loadedModels[0]!;

      if (refused) {
        if (format === 'json') {
          app.out(jsonOutput(envelope, g.asOf, refusedJson(several ? displays : displays[0]!, refused, g.lang)));
          app.fail(1);
          return;
        }
        for (const p of refused) app.warn(safe(problemText(p, g.lang)));
        throw new PlanError('sh_refused', { problems: t(g.lang, 'nProblems', { n: refused.length }) });
      }

      // One summary over every plan: the sheets in order, each target's status before and after.
      const { checks, before, after } = r.result;
      const check: SheetsCheck = { sheets: checks.flatMap((c) => c.sheets), problems: [] };
      const planOf = new Map<TargetView, number>();
      checks.forEach((c, i) => c.sheets.forEach((s) => s.readings.forEach((x) => planOf.set(x.target, i))));
      const now = (target: TargetView) => {
        const next = after[planOf.get(target) ?? 0]!;
        return targetStatus(next.find(target), g.asOf, next.model.settings);
      };
      const counts = checks.map((c) => c.sheets.reduce((sum, s) => sum + s.readings.length, 0));
      const n = counts.reduce((a, b) => a + b, 0);
      const file = several ? { files: displays } : { file: displays[0]! };
      if (format === 'json') app.out(jsonOutput(envelope, g.asOf, { ...file, written: !opts.dryRun && n > 0, sheets: sheetsJson(check, before, now) }));
      else app.out(sheetImportText(check, before, now, app.screen()));
      if (n === 0) app.note(t(g.lang, 'sh_nothing'));
      else counts.forEach((k, i) => k && app.note(t(g.lang, opts.dryRun ? 'sh_dry' : 'sh_written', { n: k, file: displays[i]! })));
    });
}

/** Problems in the order of the files on the command line (a plan's sheet of a workbook, book.xlsx[plan], with its file), then by row (the whole file first). */
function order(problems: SheetProblem[], files: string[]): SheetProblem[] {
  const rank = (p: SheetProblem) => files.findIndex((f) => p.file === f || p.file.startsWith(`${f}[`));
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i).map(({ p }) => p);
}

/**
 * Which plan each sheet goes back to: with one plan in the folder (or --plan), that one (a sheet
 * of another plan is then refused by the check); else the plan its hidden sheet names. A sheet
 * that names no plan, or one not in the folder, is a problem of that sheet.
 */
function routeSheets(app: App, sources: readonly SheetSource[]): { plans: { plan: PlanFileRef; sources: SheetSource[] }[]; problems: SheetProblem[] } {
  const { dir, files } = app.store.planFiles();
  if (files.length === 1) return { plans: [{ plan: files[0]!, sources: [...sources] }], problems: [] };
  const problems: SheetProblem[] = [];
  const byPlan = new Map<PlanFileRef, SheetSource[]>();
  for (const src of sources) {
    const id = sheetPlanId(src.grid);
    const plan = id === undefined ? undefined : files.find((f) => f.id === id);
    if (plan) byPlan.set(plan, [...(byPlan.get(plan) ?? []), src]);
    else if (id === undefined) problems.push({ file: src.file, row: undefined, key: 'sh_notSheet', params: { sheet: META_SHEET } });
    else problems.push({ file: src.file, row: undefined, key: 'sh_planNotHere', params: { plan: id, dir: displayPath(app.cwd, dir) || '.', ids: files.map((f) => f.id ?? f.display).join(', ') } });
  }
  const plans = files.filter((f) => byPlan.has(f)).map((plan) => ({ plan, sources: byPlan.get(plan)! }));
  // Problems only: the first plan still checks nothing, so the refusal lists them.
  return { plans: plans.length ? plans : [{ plan: files[0]!, sources: [] }], problems };
}
