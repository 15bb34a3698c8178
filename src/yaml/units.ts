// plans/units.yaml, the unit registry every plan of the folder shares: its text to its data and
// problems (no files), and the places of names two registries register differently.
import type { UnitsFile } from '../core/model.js';
import type { LocatedProblem, Problem } from '../core/problems.js';
import { registryConflicts, type Registration } from '../core/units.js';
import { t, type Lang } from '../i18n/index.js';
import { locateProblems } from './analyze.js';
import { Locator } from './locate.js';
import { parseYaml } from './parse.js';
import { unitsSchemaProblems } from './schema.js';

export interface UnitsAnalysis {
  data?: UnitsFile;
  raw?: unknown;
  problems: (Problem & { offset?: number })[];
}

/** Syntax, schema (schemas/units.schema.json), then each name and alias registered once. Never throws. */
export function analyzeUnits(source: string): UnitsAnalysis {
  const parsed = parseYaml(source);
  if (!parsed.ok) return { raw: parsed.data, problems: parsed.problems };
  const schema = unitsSchemaProblems(parsed.data);
  if (schema.length) return { raw: parsed.data, problems: schema };
  const data = parsed.data as UnitsFile;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  data.departments.forEach((d, i) => {
    const names: [string, Problem['path']][] = [[d.name, ['departments', i, 'name']], ...(d.aliases ?? []).map((a, k): [string, Problem['path']] => [a, ['departments', i, 'aliases', k]])];
    for (const [name, path] of names) {
      if (seen.has(name)) problems.push({ path, severity: 'error', code: 'duplicate-unit', key: 'duplicateUnit', params: { name } });
      seen.add(name);
    }
  });
  return { data, raw: data, problems };
}

/** Problems of units.yaml placed on its lines. */
export function locateUnitsProblems(a: UnitsAnalysis, source: string, display: string, lang: Lang): LocatedProblem[] {
  return locateProblems(a.problems, source, display, lang, a.raw);
}

/** A registry file's text and data, to place its registrations on lines. */
export interface RegistryText {
  source: string;
  data: unknown;
}

/**
 * Names registered as different units in two files, each one problem at the later place that
 * names the earlier one as file:line:col (units.yaml comes first, then the plans in folder order).
 */
export function registryConflictProblems(files: readonly Registration[][], texts: ReadonlyMap<string, RegistryText>, lang: Lang): LocatedProblem[] {
  const locators = new Map<string, Locator>();
  const where = (r: Registration) => {
    const text = texts.get(r.file);
    if (!text) return { line: 1, col: 1 };
    let loc = locators.get(r.file);
    if (!loc) locators.set(r.file, (loc = new Locator(text.source, text.data)));
    return loc.locate(r.path);
  };
  return registryConflicts(files).map(({ first, then }) => {
    const a = where(first);
    const b = where(then);
    return {
      file: then.file,
      line: b.line,
      col: b.col,
      severity: 'error',
      code: 'unit-registered-differently',
      message: t(lang, 'unitRegisteredDifferently', { name: then.name, unit: then.unit, other: first.unit, where: `${first.file}:${a.line}:${a.col}` }),
    };
  });
}
