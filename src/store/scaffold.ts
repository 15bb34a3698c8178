// The files `plan init` makes: a plans folder, a starter plan, a CI workflow — never over existing ones.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { listPlanFiles } from './find.js';

/** Refuses a plans folder that is a file or holds plans already; makes it when missing. */
export function makePlansDir(dir: string, shown: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError('initNotDir', { dir: shown });
    const plans = listPlanFiles(dir);
    if (plans.length) throw new UsageError('initHasPlans', { dir: shown, files: plans.map((f) => basename(f)).join(', ') });
  }
  mkdirSync(dir, { recursive: true });
}

/** Writes a new file (making its folder); false when it exists already (never overwrites, even in a race). */
export function createFile(file: string, text: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

const SCHEMA_IN_PACKAGE = 'node_modules/plan/schemas/plan.schema.json';

/**
 * Where editors find the schema, relative to the plans folder: the copy in the installed
 * package (node_modules/plan/schemas/) of the nearest project that has one, else this
 * repository's own schemas/ when run inside it, else where `npm install --save-dev plan`
 * in the project root will put it.
 */
export function schemaReference(dir: string): string {
  const root = dirname(dir);
  const rel = (file: string) => relative(dir, file).split(sep).join('/');
  // From the folder itself: an imported plan may be written beside node_modules.
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, SCHEMA_IN_PACKAGE))) return rel(join(d, SCHEMA_IN_PACKAGE));
    if (existsSync(join(d, 'schemas', 'plan.schema.json')) && packageName(d) === 'plan') return rel(join(d, 'schemas', 'plan.schema.json'));
    if (dirname(d) === d) break;
  }
  return rel(join(root, SCHEMA_IN_PACKAGE));
}

function packageName(d: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')) as { name?: unknown };
    return typeof pkg.name === 'string' ? pkg.name : undefined;
  } catch {
    return undefined;
  }
}
