import { join, resolve } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { resolveUnit } from '../core/filter.js';
import type { TargetView } from '../core/plan.js';
import { checkSheets, problemText, sheetData, sheetFileName, sheetPlanId, type SheetProblem, type SheetSource } from '../core/sheet.js';
import { targetStatus, type TargetStatus } from '../core/status.js';
import { PlanError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { jsonOutput } from '../render/json.js';
import { refusedJson, sheetImportText, sheetsJson } from '../render/screens/sheet.js';
import { sheetLayout } from '../render/sheet.js';
import { safe } from '../render/text.js';
import { displayPath } from '../store/find.js';
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
      const format = app.format(FORMATS['sheet export'], 'text');
      if (opts.dept !== undefined && opts.all) throw new UsageError('sh_deptAndAll');
      const loaded = app.openPlan();
      const { model } = loaded;
      if (opts.dept === undefined && !opts.all) throw new UsageError('sh_needUnit', { example: model.units.names[0] ?? '办公室' });
      const units = opts.dept !== undefined ? [resolveUnit(model, opts.dept)] : model.units.names;
      const out = sheetOutput(app.cwd, opts.out, opts.dept !== undefined);

      const written: { file: string; unit: string; rows: number; fingerprint: string }[] = [];
      for (const unit of units) {
        const data = sheetData(model, unit, g.asOf);
        if (!data.rows.length) {
          if (opts.dept !== undefined) throw new PlanError('sh_noRows', { unit });
          app.note(t(g.lang, 'sh_skipped', { unit }));
          continue;
        }
        const bytes = await sheetWorkbook(sheetLayout(data, g.lang));
        const file = out.file ?? join(out.dir, sheetFileName(unit, g.asOf));
        const display = displayPath(app.cwd, file);
        writeOutput(file, bytes, { display });
        written.push({ file: display, unit, rows: data.rows.length, fingerprint: data.fingerprint });
        app.note(t(g.lang, 'sh_wrote', { file: display, n: data.rows.length }));
      }
      if (format === 'json') app.out(jsonOutput(model, g.asOf, { files: written }));
    });

  sheet
    .command('import')
    .description(app.help('help_sheetImport'))
    .argument('<files...>', app.help('help_sheetImport_files'))
    .option('-n, --dry-run', app.help('help_sheetImport_dryRun'))
    .action(async (files, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS['sheet import'], 'text');

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
        if (read.ok) sources.push({ file: display, grid: read.grid });
        else unreadable.push({ file: display, row: undefined, key: read.key, params: read.params });
      }
      const { file, display } = choosePlan(app, sources);

      let refused: SheetProblem[] | undefined;
      const r = await app.store.update(
        { file, display },
        ({ source, data, model }) => {
          const check = checkSheets(model, sources, g.asOf);
          const problems = order([...unreadable, ...check.problems], files.map((f) => displayPath(app.cwd, resolve(app.cwd, f))));
          const before = new Map<TargetView, TargetStatus>();
          if (problems.length) {
            refused = problems;
            return { text: source, result: { check, before, after: undefined as WithReadings | undefined } };
          }
          for (const s of check.sheets) for (const x of s.readings) if (!before.has(x.target)) before.set(x.target, targetStatus(x.target, g.asOf, model.settings));
          const next = addReadings(source, data, check.sheets.flatMap((s) => s.readings), display, g.lang, model.shared);
          return { text: next.text, data: next.model.plan, result: { check, before, after: next } };
        },
        { dryRun: opts.dryRun },
      );
      const model = r.before.model;

      if (refused) {
        if (format === 'json') {
          app.out(jsonOutput(model, g.asOf, refusedJson(display, refused, g.lang)));
          app.fail(1);
          return;
        }
        for (const p of refused) app.warn(safe(problemText(p, g.lang)));
        throw new PlanError('sh_refused', { problems: t(g.lang, 'nProblems', { n: refused.length }) });
      }

      const { check, before } = r.result;
      const n = check.sheets.reduce((sum, s) => sum + s.readings.length, 0);
      const next = r.result.after!;
      const after = (target: TargetView) => targetStatus(next.find(target), g.asOf, next.model.settings);
      if (format === 'json') app.out(jsonOutput(model, g.asOf, { file: display, written: !opts.dryRun && n > 0, sheets: sheetsJson(check, before, after) }));
      else app.out(sheetImportText(check, before, after, app.screen()));
      if (n === 0) app.note(t(g.lang, 'sh_nothing'));
      else app.note(t(g.lang, opts.dryRun ? 'sh_dry' : 'sh_written', { n, file: display }));
    });
}

/** Problems in the order of the files on the command line, then by row (the whole file first). */
function order(problems: SheetProblem[], files: string[]): SheetProblem[] {
  const rank = (p: SheetProblem) => files.indexOf(p.file);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i).map(({ p }) => p);
}

/** The plan to record into: the one in the folder, --plan's, or the one the sheets name. */
function choosePlan(app: App, sources: readonly SheetSource[]): { file: string; display: string } {
  const { files } = app.store.planFiles();
  if (files.length === 1) return files[0]!;
  const ids = [...new Set(sources.map((s) => sheetPlanId(s.grid)).filter((id): id is string => id !== undefined))];
  if (ids.length > 1) throw new UsageError('sh_sheetsPlans', { ids: ids.join(', ') });
  const chosen = files.find((f) => f.id === ids[0]);
  if (chosen) return chosen;
  app.openPlan(); // throws the "several plans: use --plan" error
  return files[0]!;
}
