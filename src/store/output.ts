// Where commands write what they make (a bulletin, Excel sheets): checked before anything is written.
import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { makeDirs, outputKind } from './write.js';

export function exists(file: string): boolean {
  return existsSync(file);
}

/** Where `report --out` writes: never over a plan (nor any YAML file), never onto a folder. */
export function reportOutput(cwd: string, name: string, planFile: string): string {
  const file = resolve(cwd, name);
  const ext = extname(file).toLowerCase();
  let isDir = false;
  let same = file === planFile;
  try {
    const st = statSync(file);
    isDir = st.isDirectory();
    const plan = statSync(planFile);
    same ||= st.ino === plan.ino && st.dev === plan.dev;
  } catch {
    /* a new file */
  }
  if (isDir) throw new UsageError('rp_outIsDir', { file: name });
  // A stream (/dev/null, a FIFO) is never a plan, whatever its name.
  if (outputKind(file, name) === 'stream') return file;
  if (same || ext === '.yaml' || ext === '.yml') throw new UsageError('rp_outIsPlan', { file: name });
  return file;
}

/** Where `sheet export` writes: a folder (made when missing), or with one unit a .xlsx file. */
export function sheetOutput(cwd: string, out: string | undefined, single: boolean): { dir: string; file?: undefined } | { dir?: undefined; file: string } {
  const path = resolve(cwd, out ?? '.');
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    /* a new file or folder */
  }
  // With one unit, a FIFO or a device (/dev/stdout) takes the one workbook as a stream.
  if (out !== undefined && single && isStream(path)) return { file: path };
  if (out !== undefined && extname(path).toLowerCase() === '.xlsx') {
    if (!single) throw new UsageError('sh_outFileMany', { file: out });
    return { file: path };
  }
  if (isFile) throw new UsageError('sh_outIsFile', { file: out ?? '.' });
  // Not mkdir's recursive mode: under /proc it loops forever.
  makeDirs(path, { display: out ?? '.' });
  return { dir: path };
}

/** Where `remind --out` writes: a folder (made when missing), never a file. */
export function remindOutput(cwd: string, out: string): string {
  const dir = resolve(cwd, out);
  let isFile = false;
  try {
    isFile = statSync(dir).isFile();
  } catch {
    /* a new folder */
  }
  if (isFile) throw new UsageError('rm_outIsFile', { dir: out });
  // Not mkdir's recursive mode: under /proc it loops forever.
  makeDirs(dir, { display: out });
  return dir;
}

function isStream(path: string): boolean {
  try {
    const st = statSync(path);
    return st.isFIFO() || st.isCharacterDevice();
  } catch {
    return false;
  }
}
