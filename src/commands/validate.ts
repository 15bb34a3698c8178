import { join, resolve } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { auditTrailProblems } from '../core/audit-trail.js';
import type { PlanFile, UnitsFile } from '../core/model.js';
import { registrations, type Registration } from '../core/units.js';
import type { LocatedProblem, Problem } from '../core/problems.js';
import { PlanError, UsageError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { DIAGNOSTICS, summaryLine, type DiagnosticsReport } from '../render/diagnostics.js';
import { displayPath, peekPlanId, UNITS_FILE } from '../store/find.js';
import { unitsFileIn, unitsFolderOf } from '../store/units.js';
import type { GitRevision } from '../store/git.js';
import { analyzePlan, locateProblems, placeProblems } from '../yaml/analyze.js';
import { analyzeUnits, registryConflictProblems, type RegistryText } from '../yaml/units.js';
import { readTextFile, readUtf8Text } from '../store/read.js';
import type { Utf8Text } from '../yaml/text.js';
import { FORMATS } from '../render/formats.js';

export function defineValidate(program: Command, app: App): void {
  program
    .command('validate')
    .description(app.help('help_validate'))
    .argument('[files...]', app.help('help_validate_files'))
    .option('--against <ref>', app.help('help_validate_against'))
    .option('--strict', app.help('help_validate_strict'))
    .action(async (files, opts) => {
      const g = app.globals;
      const format = app.format(FORMATS.validate, 'text');
      const cwd = app.cwd;
      const named = (f: string) => {
        const file = resolve(cwd, f);
        return { file, display: file === resolve(cwd) ? '.' : displayPath(cwd, file) };
      };
      const folder = files.length ? undefined : app.store.planFiles({ checking: true });
      const targets = folder ? folder.files : files.map(named);
      // Plans loaded together (one folder) need distinct ids; files named one by one are checked each alone.
      const ids = files.length ? undefined : new Map<string, string>();
      const git = opts.against === undefined ? undefined : await app.store.revision(opts.against);

      const sources = new Map<string, string>();
      // The plans' texts, decoded for the report only when a problem in them is shown.
      const plans = new Map<string, Utf8Text>();
      const problems: LocatedProblem[] = [];
      // The shared unit registry: the folder's units.yaml, or for a file named alone the nearest one upwards.
      const registries = new Map<string, { display: string; source: string; data?: UnitsFile } | undefined>();
      const registryOf = (dir: string | undefined) => {
        if (dir === undefined) return undefined;
        if (registries.has(dir)) return registries.get(dir);
        const file = join(dir, UNITS_FILE);
        const display = displayPath(cwd, file);
        let entry: { display: string; source: string; data?: UnitsFile } | undefined;
        try {
          const source = readTextFile(file, display);
          const a = analyzeUnits(source);
          for (const p of placeProblems(a.problems, source, display, g.lang, a.raw)) problems.push(p);
          sources.set(display, source);
          entry = { display, source, data: a.problems.some((p) => p.severity === 'error') ? undefined : a.data };
        } catch (e) {
          if (!(e instanceof PlanError)) throw e;
          problems.push(fileProblem(e, display, g.lang));
        }
        registries.set(dir, entry);
        return entry;
      };
      if (folder && unitsFileIn(folder.dir)) registryOf(folder.dir);
      // Each registry's names, for the names two of them register differently.
      const regs: Registration[][] = [];
      const regTexts = new Map<string, RegistryText>();
      const folderUnits = folder ? registries.get(folder.dir) : undefined;
      if (folderUnits?.data) {
        regs.push(registrations(folderUnits.display, folderUnits.data.departments));
        regTexts.set(folderUnits.display, { source: folderUnits.source, data: folderUnits.data });
      }
      for (const { file, display } of targets) {
        let utf8: Utf8Text;
        try {
          utf8 = readUtf8Text(file, display);
        } catch (e) {
          if (!(e instanceof PlanError)) throw e;
          problems.push(fileProblem(e, display, g.lang));
          continue;
        }
        plans.set(display, utf8);
        // Its text for placing a registry conflict (decoded only then).
        const registryText = (data: unknown): RegistryText => ({
          get source() {
            return utf8.text;
          },
          data,
        });
        const shared = folder ? folderUnits : registryOf(unitsFolderOf(file));
        const { data, raw, problems: found } = analyzePlan(utf8, { asOf: g.asOf, shared: shared?.data?.departments });
        if (folder && data) {
          regs.push(registrations(display, data.departments));
          regTexts.set(display, registryText(data));
        } else if (data && shared?.data) {
          // A file named alone against its folder's registry only.
          const texts = new Map<string, RegistryText>([[shared.display, { source: shared.source, data: shared.data }], [display, registryText(data)]]);
          problems.push(...registryConflictProblems([registrations(shared.display, shared.data.departments), registrations(display, data.departments)], texts, g.lang));
        }
        const all: Problem[] = [...found];
        const id = data?.id ?? peekPlanId(utf8);
        if (ids && id !== undefined) {
          const other = ids.get(id);
          if (other === undefined) ids.set(id, display);
          else all.push({ path: ['id'], severity: 'error', code: 'duplicate-plan-id', key: 'duplicatePlanIdFile', params: { id, other } });
        }
        if (git) {
          const old = oldVersion(git, file, display, id, g.lang, (s) => app.note(s));
          if (old && data) for (const p of auditTrailProblems(old, data, git.ref)) all.push(p);
        }
        if (all.length) for (const p of placeProblems(all, utf8.text, display, g.lang, raw)) problems.push(p);
      }

      problems.push(...registryConflictProblems(regs, regTexts, g.lang));
      for (const p of problems) if (!sources.has(p.file) && plans.has(p.file)) sources.set(p.file, plans.get(p.file)!.text);
      const errors = problems.filter((p) => p.severity === 'error').length;
      const failed = errors > 0 || (Boolean(opts.strict) && problems.length > 0);
      const report: DiagnosticsReport = { valid: !failed, files: targets.length + [...registries.values()].filter(Boolean).length, problems, sources };
      if (failed) app.fail(1);
      app.out(DIAGNOSTICS[format](report, { lang: g.lang, paint: app.paint() }));
      if (format !== 'text') app.note(summaryLine(report, g.lang));
    });
}

/** A file that cannot be read as text is a problem of that file, not the end of the run. */
function fileProblem(e: PlanError, display: string, lang: Lang): LocatedProblem {
  const at = /:(\d+):(\d+)$/.exec(e.where ?? '');
  return {
    file: display,
    line: at ? Number(at[1]) : 1,
    col: at ? Number(at[2]) : 1,
    severity: 'error',
    code: String(e.key).startsWith('encoding') ? 'encoding' : 'file',
    message: t(lang, e.key, e.params),
  };
}

/** The plan at the revision, or undefined (with a note) when there is nothing to compare. */
function oldVersion(git: GitRevision, file: string, display: string, id: string | undefined, lang: Lang, note: (s: string) => void): PlanFile | undefined {
  let found: { text: string; from?: string } | undefined;
  try {
    // A plan moved with git mv (or moved and edited) is compared with what it was before the move.
    found = git.readFollowing(file, display, (old) => id !== undefined && peekPlanId(old) === id);
  } catch (e) {
    if (e instanceof UsageError || !(e instanceof PlanError)) throw e;
    note(t(lang, 'againstSkipped', { file: display, ref: git.ref, reason: t(lang, e.key, e.params) }));
    return undefined;
  }
  if (found === undefined) {
    note(t(lang, 'againstNew', { file: display, ref: git.ref }));
    return undefined;
  }
  const text = found.text;
  if (found.from !== undefined) note(t(lang, 'againstRenamed', { file: display, ref: git.ref, from: found.from }));
  const { data, problems } = analyzePlan(text);
  if (!data) {
    const first = locateProblems(problems.slice(0, 1), text, `${git.ref}:${display}`, lang)[0];
    note(t(lang, 'againstSkipped', { file: display, ref: git.ref, reason: first ? `${first.line}:${first.col} ${first.message}` : '' }));
  }
  return data;
}
