import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PlanError } from '../errors.js';
import { HEAD_BYTES, type Utf8Text } from '../yaml/text.js';

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

/** The shared unit registry's file name, at the top of the plans folder: not a plan. */
export const UNITS_FILE = 'units.yaml';

/** How deep subfolders are searched (plans/2026/民生实事/x.yaml is 2 deep). */
const MAX_DEPTH = 4;

/**
 * The plan files in a folder and its subfolders (plans/2026/, plans/民生实事/), sorted by their
 * path inside the folder. Hidden folders and node_modules are skipped, and so is the shared
 * unit registry `units.yaml` at the top.
 */
export function listPlanFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string, rel: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (e) {
      if (depth > 0) return; // an unreadable subfolder holds no plan we can use
      throw new PlanError('fileUnreadable', { file: dir, reason: (e as { code?: string }).code ?? String(e) }, { cause: e });
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const yaml = /\.ya?ml$/i.test(name);
      // Only a name that is no plan's asks whether it is a folder (lstat, as a directory entry's type
      // is: a symlinked folder is not followed, a loop). Names alone, not the entries' types: the
      // types made Node compile its directory-entry code in every run (≈ 0.5M instructions), for a
      // folder that holds plans.
      if (!yaml) {
        if (depth < MAX_DEPTH && name !== 'node_modules' && isFolder(path)) walk(path, `${rel}${name}/`, depth + 1);
        // A folder named like a plan (x.yaml/) is listed, so the command says what it is; a
        // symlinked file is listed like any other.
      } else if (!(depth === 0 && name === UNITS_FILE && !isFolder(path))) {
        out.push(`${rel}${name}`);
      }
    }
  };
  walk(dir, '', 0);
  // Plain code-point order: the same on every machine and locale.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => join(dir, n));
}

/** Whether the path is a folder itself (not a link to one); false when it cannot be looked at. */
function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** How a file is named in messages: relative to the working folder when inside it. */
export function displayPath(cwd: string, file: string): string {
  // A file below the folder, both absolute and normalised (the usual case): what relative() gives,
  // without compiling it (≈ 0.4M instructions in every run).
  const rel = file.length > cwd.length + 1 && file.startsWith(cwd) && file[cwd.length] === sep && resolve(cwd) === cwd && resolve(file) === file ? file.slice(cwd.length + 1) : relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** The plan id written in a file, read cheaply from its `id:` line (no parse). */
export function peekPlanId(source: string | Utf8Text): string | undefined {
  return firstMatch(source, /^id:[ \t]*["']?([^"'\s#]+)/m)?.[1];
}

/** The plan title written in a file, read cheaply from its `title:` line (or the line after `title: >-`). */
export function peekPlanTitle(source: string | Utf8Text): string | undefined {
  const m = firstMatch(source, /^title:[ \t]*([^\n]*)\n?([^\n]*)/m);
  if (!m) return undefined;
  return /^[>|]/.test(m[1]!) ? m[2]!.trim() : m[1]!.trim();
}

/**
 * The first match of `re` in the text. Of a text still in bytes, the first 8 kB are decoded
 * (whole lines, ending with a line's end) and the whole text only when the match is not there, or
 * reaches the end of those lines (it might go on past them): a plan writes its id and title at the
 * top, and a run that only reads the plan never decodes the rest (Utf8Text).
 */
function firstMatch(source: string | Utf8Text, re: RegExp): RegExpExecArray | null {
  if (typeof source === 'string') return re.exec(source);
  const head = source.head(HEAD_BYTES);
  const m = re.exec(head);
  return m && m.index + m[0].length < head.length ? m : re.exec(source.text);
}
