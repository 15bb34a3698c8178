import { accessSync, chmodSync, closeSync, constants, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PlanError } from '../errors.js';

/** Named points in a write where tests inject faults (a crash, a full disk). */
export type FaultPoint = 'locked' | 'temp-opened' | 'temp-written' | 'before-rename' | 'renamed';
/** Every point, in the order a write passes them (the crash tests kill at each). */
export const FAULT_POINTS: readonly FaultPoint[] = ['locked', 'temp-opened', 'temp-written', 'before-rename', 'renamed'];
export type Fault = (point: FaultPoint) => void;

export interface LockOptions {
  timeoutMs?: number;
  display?: string;
  /** Only tests pass this. */
  fault?: Fault;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock (or takeover guard) whose owner is gone (same host), or unreadable and old. An empty one
 * can only come from a file system without hard links (see claim), where a writer killed between
 * creating it and writing its pid leaves one: it is stale after a moment, not a minute.
 */
function stale(path: string): boolean {
  try {
    const text = readFileSync(path, 'utf8');
    const [pid, host] = text.split('\n');
    const n = Number(pid);
    if (host === hostname() && Number.isInteger(n) && n > 0) return !alive(n);
    return Date.now() - statSync(path).mtimeMs > (text === '' ? 2_000 : 60_000);
  } catch {
    return false; // gone already: try again
  }
}

/**
 * Removes a stale lock under a guard, so that of several waiters that all judged it stale, only
 * one removes it: otherwise a late one deletes the lock another has just created, and both write
 * (a reading is lost). False when another process holds the guard; a guard whose owner died
 * holding it is removed, so the next attempt can take it.
 */
function takeOver(file: string, lock: string): boolean {
  const guard = `${lock}.takeover`;
  if (!claim(file, guard)) {
    if (stale(guard)) {
      try {
        unlinkSync(guard);
      } catch {
        /* released meanwhile */
      }
    }
    return false;
  }
  try {
    if (stale(lock)) unlinkSync(lock);
  } catch {
    /* gone already */
  } finally {
    try {
      unlinkSync(guard);
    } catch {
      /* cannot happen unless cleared as stale */
    }
  }
  return true;
}

/**
 * Creates `path` (the lock, or the takeover guard) with its owner already in it: the pid goes into
 * a temp file that is then hard-linked to the name (link fails if the name exists, like O_EXCL),
 * so a writer killed at any moment never leaves an empty lock that no one can judge. The temp file
 * is named like a write's temp file, so removeDeadTemps clears one left by a killed process. False
 * if `path` is held. Where the file system has no hard links, it is opened with O_EXCL and written.
 */
function claim(file: string, path: string): boolean {
  const owner = `${process.pid}\n${hostname()}\n`;
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.lock.tmp`);
  writeFileSync(tmp, owner);
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
  } finally {
    unlinkSync(tmp);
  }
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, owner);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Runs fn holding `<file>.lock` (see claim), so concurrent writers serialize.
 * A lock whose process died is taken over; otherwise waits up to timeoutMs.
 */
export async function withLock<T>(file: string, fn: () => Promise<T> | T, opts: LockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  for (let attempt = 0; ; attempt++) {
    try {
      if (claim(file, lock)) break;
      if (stale(lock) && takeOver(file, lock)) continue;
    } catch (e) {
      throw new PlanError('writeFailed', { file: opts.display ?? file, reason: reason(e) }, { cause: e });
    }
    if (Date.now() > deadline) throw new PlanError('lockTimeout', { file: opts.display ?? file, lock: basename(lock) });
    await sleep(5 + Math.random() * Math.min(50, 5 * (attempt + 1)));
  }
  try {
    try {
      opts.fault?.('locked');
    } catch (e) {
      throw e instanceof PlanError ? e : new PlanError('writeFailed', { file: opts.display ?? file, reason: reason(e) }, { cause: e });
    }
    return await fn();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      /* nothing to release */
    }
  }
}

/**
 * Replaces a file atomically: a temp file in the same folder, fsync, rename, fsync the folder.
 * A crash at any point leaves the old file or the new one, never a mix.
 */
export function atomicWrite(file: string, text: string, opts: { display?: string; fault?: Fault } = {}): void {
  const display = opts.display ?? file;
  let mode = 0o644;
  try {
    accessSync(file, constants.W_OK);
    mode = statSync(file).mode & 0o777;
    // readTextFile strips a byte-order mark; the file keeps the one it had.
    if (hasBom(file) && !text.startsWith('\ufeff')) text = '\ufeff' + text;
  } catch (e) {
    throw new PlanError('writeFailed', { file: display, reason: reason(e) }, { cause: e });
  }
  replaceViaTemp(file, text, mode, display, opts.fault);
  opts.fault?.('renamed');
  try {
    const dfd = openSync(dirname(file), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    /* some file systems cannot fsync a folder; the rename is done */
  }
  removeDeadTemps(file);
}

/**
 * A writer killed before its rename leaves `.<name>.<pid>.<rand>.tmp` beside the file. The next
 * successful write (which holds the lock, so no live writer of this file is between its temp
 * file and its rename) removes those whose process is gone. Best effort: never fails the write.
 */
export function removeDeadTemps(file: string): string[] {
  const name = basename(file);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return removed;
  }
  const prefix = `.${name}.`;
  for (const n of names) {
    if (!n.startsWith(prefix) || !n.endsWith('.tmp')) continue;
    const m = /^(\d+)\.[a-z0-9]*$/.exec(n.slice(prefix.length, -'.tmp'.length));
    const pid = Number(m?.[1]);
    if (!m || !Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    try {
      unlinkSync(join(dirname(file), n));
      removed.push(n);
    } catch {
      /* gone already */
    }
  }
  return removed;
}

/**
 * Writes a file that may not exist yet (a report, an export), atomically: a temp file in the
 * same folder, fsync, rename. A reader never sees half a file; an existing file keeps its mode.
 */
export function writeNewFile(file: string, data: string | Uint8Array, opts: { display?: string; createDir?: boolean } = {}): void {
  const display = opts.display ?? file;
  let mode = 0o644;
  let existed = true;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    existed = false;
  }
  if (!existed && opts.createDir) {
    // `plan import … --out plans/x.yaml` in a folder without plans/ yet: make it.
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (e) {
      throw new PlanError('writeNewFailed', { file: display, reason: reason(e) }, { cause: e });
    }
  }
  replaceViaTemp(file, data, mode, display, undefined, existed ? 'writeFailed' : 'writeNewFailed');
}

/**
 * The one way a file is replaced: a temp file beside it (same folder, so the rename is atomic),
 * written whole, fsynced, given the mode, renamed over the file. On any failure the temp file is
 * removed and the file is as it was.
 */
function replaceViaTemp(file: string, data: string | Uint8Array, mode: number, display: string, fault?: Fault, failKey: 'writeFailed' | 'writeNewFailed' = 'writeFailed'): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', mode);
    try {
      fault?.('temp-opened');
      writeFileSync(fd, data);
      fault?.('temp-written');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(tmp, mode);
    fault?.('before-rename');
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    if (e instanceof PlanError) throw e;
    throw new PlanError(failKey, { file: display, reason: reason(e) }, { cause: e });
  }
}

function hasBom(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(3);
    return readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } finally {
    closeSync(fd);
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied (read-only?)';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way of the folder';
  return code ?? (e instanceof Error ? e.message : String(e));
}
