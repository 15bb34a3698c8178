import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PlanError } from '../errors.js';

/** --dir, else PLAN_DIR, else the nearest plans/ walking up from cwd. */
export function findPlansDir(cwd: string, env: Record<string, string | undefined>, option?: string): string {
  const given = option ?? env.PLAN_DIR;
  if (given) {
    const dir = resolve(cwd, given);
    if (!existsSync(dir)) throw new PlanError('fileUnreadable', { file: given, reason: 'no such folder' }, { exitCode: 2 });
    return dir;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, 'plans');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new PlanError('noPlansDir', { cwd }, { exitCode: 2 });
}

/** The plan files in a folder, sorted by name. */
export function listPlanFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new PlanError('fileUnreadable', { file: dir, reason: (e as { code?: string }).code ?? String(e) }, { cause: e });
  }
  return names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(dir, n));
}

/** How a file is named in messages: relative to the working folder when inside it. */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** The plan id written in a file, read cheaply from its `id:` line (no parse). */
export function peekPlanId(source: string): string | undefined {
  return /^id:[ \t]*["']?([^"'\s#]+)/m.exec(source)?.[1];
}

/** The plan title written in a file, read cheaply from its `title:` line (or the line after `title: >-`). */
export function peekPlanTitle(source: string): string | undefined {
  const m = /^title:[ \t]*([^\n]*)\n?([^\n]*)/m.exec(source);
  if (!m) return undefined;
  return /^[>|]/.test(m[1]!) ? m[2]!.trim() : m[1]!.trim();
}
