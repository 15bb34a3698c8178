import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { UnitsFile } from '../core/model.js';
import { PlanError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { analyzeUnits, locateUnitsProblems } from '../yaml/units.js';
import { displayPath, UNITS_FILE } from './find.js';
import { readTextFile } from './read.js';

/** The folder's shared unit registry, read and checked. */
export interface SharedUnits {
  file: string;
  display: string;
  source: string;
  data: UnitsFile;
}

/** units.yaml at the top of a plans folder, or undefined when there is none. Invalid: one error at file:line:col. */
export function readSharedUnits(dir: string, cwd: string, lang: Lang): SharedUnits | undefined {
  const file = join(dir, UNITS_FILE);
  if (!existsSync(file)) return undefined;
  const display = displayPath(cwd, file);
  const source = readTextFile(file, display);
  const a = analyzeUnits(source);
  const errors = a.problems.filter((p) => p.severity === 'error');
  if (errors.length || !a.data) {
    const first = locateUnitsProblems({ ...a, problems: errors.slice(0, 1) }, source, display, lang)[0];
    const more = errors.length > 1 ? t(lang, 'invalidPlanMore', { n: errors.length - 1 }) : '';
    throw new PlanError('invalidPlan', { message: first?.message ?? '', more }, { where: first ? `${first.file}:${first.line}:${first.col}` : display });
  }
  return { file, display, source, data: a.data };
}

/**
 * The folder whose units.yaml serves a plan file named on its own (plan validate FILE): the
 * nearest one upwards, within the few levels plans are searched in.
 */
export function unitsFolderOf(file: string): string | undefined {
  let dir = dirname(file);
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, UNITS_FILE))) return dir;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
  return undefined;
}

/** The path of a folder's units.yaml, when it has one. */
export function unitsFileIn(dir: string): string | undefined {
  const file = join(dir, UNITS_FILE);
  return existsSync(file) ? file : undefined;
}
