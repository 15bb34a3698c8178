// The files `plan init` makes: a plans folder, a starter plan, a CI workflow — never over existing ones.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { PACKAGE_NAME } from '../yaml/starter.js';
import { listPlanFiles } from './find.js';
import { createNewFile, makeDirs, type Fault } from './write.js';

/** Refuses a plans folder that is a file or holds plans already; makes it when missing. */
export function makePlansDir(dir: string, shown: string, fault?: Fault): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError('initNotDir', { dir: shown });
    const plans = listPlanFiles(dir);
    if (plans.length) throw new UsageError('initHasPlans', { dir: shown, files: plans.map((f) => basename(f)).join(', ') });
  }
  makeDirs(dir, { display: shown, fault });
}

/**
 * Writes a new file (making its folder, never with mkdir's recursive mode: it loops forever under
 * /proc); false when it exists already (never overwrites, even in a race). A failure (a full disk)
 * is one line and leaves nothing behind.
 */
export function createFile(file: string, text: string, opts: { display?: string; fault?: Fault } = {}): boolean {
  makeDirs(dirname(file), { display: dirname(opts.display ?? file) || '.', fault: opts.fault });
  return createNewFile(file, text, opts);
}

const SCHEMA_IN_PACKAGE = `node_modules/${PACKAGE_NAME}/schemas/plan.schema.json`;

/**
 * Where editors find the schema, relative to the plans folder: the copy in the installed
 * package (node_modules/duban/schemas/) of the nearest project that has one, else this
 * repository's own schemas/ when run inside it, else where `npm install` in the project root
 * will put it (plan init's package.json names the package).
 */
export function schemaReference(dir: string): string {
  const root = dirname(dir);
  const rel = (file: string) => relative(dir, file).split(sep).join('/');
  // From the folder itself: an imported plan may be written beside node_modules.
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, SCHEMA_IN_PACKAGE))) return rel(join(d, SCHEMA_IN_PACKAGE));
    if (existsSync(join(d, 'schemas', 'plan.schema.json')) && packageJson(d)?.name === PACKAGE_NAME) return rel(join(d, 'schemas', 'plan.schema.json'));
    if (dirname(d) === d) break;
  }
  return rel(join(root, SCHEMA_IN_PACKAGE));
}

interface PackageJson {
  name?: unknown;
  dependencies?: unknown;
  devDependencies?: unknown;
}

function packageJson(d: string): PackageJson | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')) as unknown;
    return pkg !== null && typeof pkg === 'object' ? pkg : undefined;
  } catch {
    return undefined;
  }
}

/** The project's package.json: none, one that does not install `plan` yet, or one that does. */
export function projectPackage(root: string): 'none' | 'without' | 'with' {
  if (!existsSync(join(root, 'package.json'))) return 'none';
  const pkg = packageJson(root);
  const names = (deps: unknown) => (deps !== null && typeof deps === 'object' ? Object.keys(deps) : []);
  return pkg && [...names(pkg.dependencies), ...names(pkg.devDependencies)].includes(PACKAGE_NAME) ? 'with' : 'without';
}
