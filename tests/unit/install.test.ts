import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satisfies } from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** Issue 16.2 and 16.3: our own package name, and an install on Node 20 that prints no warning. */

interface LockEntry {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
}
interface PackageJson {
  name: string;
  bin: Record<string, string>;
  engines: { node: string };
  dependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('the package', () => {
  it('is published as duban (npm\'s `plan` is an unrelated project); the command is still plan', () => {
    expect(pkg.name).toBe('duban');
    expect(pkg.bin).toEqual({ plan: 'bin/plan.js' });
  });

  it('installs on the oldest Node it names: no package in the lockfile requires a newer one (no EBADENGINE)', () => {
    expect(pkg.engines.node).toBe('>=20');
    // The first Node 20 with require(esm) on by default, which the oldest supported npm runs on too.
    const oldest = '20.19.0';
    const refused = installed
      .filter(([, e]) => e.engines && !Array.isArray(e.engines) && e.engines.node && !satisfies(oldest, e.engines.node))
      .map(([path, e]) => `${nameOf(path)}@${e.version ?? '?'} wants node ${(e.engines as { node: string }).node}`);
    expect(refused).toEqual([]);
  });

  it('names every dependency whose install script runs in allowScripts (npm 11 warns about the others)', () => {
    const scripted = [...new Set(installed.filter(([, e]) => e.hasInstallScript).map(([path]) => nameOf(path)))].sort();
    expect(scripted.length).toBeGreaterThan(0); // esbuild fetches its binary: the check has something to check
    expect(scripted.filter((name) => pkg.allowScripts?.[name] !== true)).toEqual([]);
  });

  it('keeps the tarball of `npm pack` out of git', () => {
    const out = execFileSync('git', ['check-ignore', '--no-index', 'duban-0.1.0.tgz', 'plan-0.1.0.tgz'], { cwd: ROOT, encoding: 'utf8' });
    expect(out.split('\n').filter(Boolean)).toEqual(['duban-0.1.0.tgz', 'plan-0.1.0.tgz']);
  });
});
