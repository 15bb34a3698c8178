import type { Command } from '@commander-js/extra-typings';
import { basename, dirname, resolve } from 'node:path';
import type { App } from '../context.js';
import { PlanError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { importJson, importNotes } from '../render/screens/import.js';
import { displayPath } from '../store/find.js';
import { exists } from '../store/output.js';
import { mib, readFileBytes } from '../store/read.js';
import { schemaReference } from '../store/scaffold.js';
import { outputKind, writeOutput } from '../store/write.js';
import { analyzePlan, locateProblems } from '../yaml/analyze.js';
import { FORMATS } from '../render/formats.js';

/** Published texts are a few hundred KB; a bigger input is not a plan text. */
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

/** Standard input, refused past the same limit as a file named by its path (reading stops there). */
function stdinBytes(bytes: Buffer): Buffer {
  if (bytes.length > MAX_IMPORT_BYTES) throw new PlanError('fileTooLarge', { file: '(stdin)', size: `> ${mib(MAX_IMPORT_BYTES)}`, limit: mib(MAX_IMPORT_BYTES) });
  return bytes;
}

export function defineImport(program: Command, app: App): void {
  program
    .command('import')
    .description(app.help('help_import'))
    .argument('<file>', app.help('help_import_file'))
    .option('--id <id>', app.help('help_import_id'))
    .option('--period <year>', app.help('help_import_period'))
    .option('-o, --out <file>', app.help('help_import_out'))
    .option('--force', app.help('help_import_force'))
    .option('--alias <alias=name>', app.help('help_import_alias'), (v: string, acc: string[] | undefined) => [...(acc ?? []), v])
    .action(async (file, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.import, 'yaml');
      const aliases: Record<string, string> = {};
      for (const a of opts.alias ?? []) {
        const m = /^([^=]+)=(.+)$/.exec(a.replace('＝', '='));
        if (!m) throw new UsageError('importBadAlias', { got: a });
        aliases[m[1]!.trim()] = m[2]!.trim();
      }
      let year: number | undefined;
      if (opts.period !== undefined) {
        if (!/^\d{4}$/.test(opts.period.trim())) throw new UsageError('importBadPeriod', { got: opts.period });
        year = Number(opts.period);
      }
      const out = opts.out === undefined ? undefined : resolve(app.cwd, opts.out);
      const outShown = out && displayPath(app.cwd, out);
      // A FIFO or a device (/dev/stdout) is written as a stream; a file is never overwritten without --force.
      if (out && outputKind(out, outShown!) === 'file' && exists(out) && !opts.force) throw new UsageError('importExists', { file: outShown! });

      const bytes = file === '-' ? stdinBytes(await app.readStdin(MAX_IMPORT_BYTES)) : readFileBytes(resolve(app.cwd, file), file, MAX_IMPORT_BYTES);
      // The parser and the format readers (htmlparser2, exceljs) are big: load them only here.
      const { importPlan } = await import('../core/import/index.js');
      const { readImportSource } = await import('../store/import-source.js');
      // Word, Excel, CSV, a saved page or text: told apart by the content, not the name.
      const { text, places, encoding } = await readImportSource(bytes, file === '-' ? '(stdin)' : file);
      // plans/lishan-2023.yaml names the plan lishan-2023 unless --id says otherwise.
      const outName = out === undefined ? undefined : basename(out).replace(/\.(ya?ml|json)$/i, '');
      const id = opts.id ?? (outName !== undefined && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(outName) ? outName : undefined);
      const result = importPlan(text, { id, year, aliases });
      const { planToYaml } = await import('../yaml/emit.js');
      // The $schema line resolves where the file will live: the installed package's schema, as plan init writes it.
      const schema = schemaReference(out === undefined ? resolve(app.cwd, 'plans') : dirname(out));
      const body = format === 'json' ? importJson(result.plan) : planToYaml(result.plan, schema);

      // What import writes must pass plan validate; anything else is our bug, not the user's.
      const check = analyzePlan(format === 'json' ? planToYaml(result.plan) : body);
      const errors = check.problems.filter((p) => p.severity === 'error');
      if (errors.length) {
        const first = locateProblems(errors.slice(0, 1), body, '(import)', g.lang, check.raw)[0];
        throw new PlanError('internal', { message: `imported plan is invalid: ${first?.message ?? ''}` });
      }

      if (out) writeOutput(out, body, { display: outShown, createDir: true });
      else app.out(body);

      // From a workbook, a CSV file, a Word file or a page, a warning names the sheet and row Excel shows, the row a
      // spreadsheet shows, or the paragraph or table row, not a line of the text made of it.
      // The notes speak the imported plan's language unless one is named (the folder may hold none yet).
      const lang = app.langOf(result.plan.title);
      for (const line of importNotes(result, lang, places ? (n) => places[n - 1] : undefined, app.noteWidth())) app.note(line);
      if (encoding !== undefined) app.note(t(lang, 'importEncoding', { file: file === '-' ? '(stdin)' : file, encoding }));
      if (out) app.note(t(lang, 'importWritten', { file: outShown! }));
    });
}
