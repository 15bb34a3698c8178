import { accessSync, chmodSync, closeSync, constants, fchownSync, fstatSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PlanError } from '../errors.js';
import { fitName } from '../core/file-name.js';
import { fileStamp, sameStamp, type FileStamp } from './read.js';

/** Named points in a write where tests inject faults (a crash, a full disk). */
export type FaultPoint = 'locked' | 'temp-opened' | 'temp-written' | 'before-rename' | 'renamed' | 'mkdir' | 'lock-opened';
/** Every point, in the order a write passes them (the crash tests kill at each). */
export const FAULT_POINTS: readonly FaultPoint[] = ['locked', 'temp-opened', 'temp-written', 'before-rename', 'renamed'];
/** Called at each point with the file being written (tests fail the write there, or edit the file). */
export type Fault = (point: FaultPoint, file?: string) => void;

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
 * A process's start time as the kernel counts it (clock ticks since boot, field 22 of
 * /proc/PID/stat), where /proc has it. With the pid it names one process for good: a pid reused
 * by an unrelated process has another start time.
 */
function startTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The processor time a process has used so far (user + system ticks), where /proc has it. */
function cpuTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return `${f[11]}+${f[12]}`;
  } catch {
    return undefined;
  }
}

/** When a process started, in ms since the epoch (Linux: boot time + start ticks at 100 Hz). */
function startedAt(pid: number): number | undefined {
  const ticks = Number(startTicks(pid));
  if (!Number.isFinite(ticks)) return undefined;
  try {
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(btime) ? btime * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** How long a lock from another host (or one that cannot be read) stands unchanged before it counts as abandoned. */
const FOREIGN_STALE_MS = 60_000;

type LockState =
  | { kind: 'gone' }
  /** Held: `id` changes whenever another holder takes it (the measure of progress). */
  | { kind: 'held'; id: string; pid?: number; host?: string }
  | { kind: 'stale'; ino: number; folder: boolean };

/**
 * Whose a lock (or takeover guard) is. Stale: its process is gone, or its pid now belongs to a
 * process started after the lock was written (pid reuse, found by the start time the lock
 * records or, for a lock without one, by its mtime); a folder or a symbolic link (plan never
 * makes either); from another host or unreadable, and unchanged for a minute by its mtime,
 * either way (a clock far ahead is no reason to wait forever). An empty one can only come from a
 * file system without hard links (see claim): stale after a moment.
 */
function judge(path: string): LockState {
  let st;
  let text: string;
  try {
    st = lstatSync(path);
    if (st.isSymbolicLink() || st.isDirectory() || !st.isFile()) return { kind: 'stale', ino: st.ino, folder: st.isDirectory() };
    text = readFileSync(path, 'utf8');
  } catch {
    return { kind: 'gone' };
  }
  const id = `${st.ino}:${st.mtimeMs}:${text}`;
  const [pidText, host, start] = text.split('\n');
  const pid = Number(pidText);
  const stale: LockState = { kind: 'stale', ino: st.ino, folder: false };
  if (host === hostname() && Number.isSafeInteger(pid) && pid > 0) {
    if (!alive(pid)) return stale;
    const now = startTicks(pid);
    // A holder that uses the processor is making progress (on a crowded machine a short write
    // takes seconds); one that does not for the timeout is stuck. This process is no holder.
    const held = (): LockState => ({ kind: 'held', id: pid === process.pid ? id : `${id}:${cpuTicks(pid) ?? ''}`, pid, host });
    if (start && now !== undefined) return start === now ? held() : stale;
    const began = startedAt(pid);
    // Written by an older plan without a start time: the owner must have started before it wrote.
    if (began !== undefined && began > st.mtimeMs + 2_000) return stale;
    return held();
  }
  const age = Math.abs(Date.now() - st.mtimeMs);
  if (age > (text === '' ? 2_000 : FOREIGN_STALE_MS)) return stale;
  return { kind: 'held', id, ...(Number.isSafeInteger(pid) && pid > 0 ? { pid } : {}), ...(host ? { host } : {}) };
}

/** Removes a stale lock if it is still the one judged (same inode). A folder must be empty. */
function removeStale(path: string, state: LockState & { kind: 'stale' }, display: string): void {
  try {
    if (lstatSync(path).ino !== state.ino) return;
    if (state.folder) rmdirSync(path);
    else unlinkSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') throw new PlanError('lockIsFolder', { file: display, lock: basename(path) });
    throw e;
  }
}

/**
 * Removes a stale lock under a guard, so that of several waiters that all judged it stale, only
 * one removes it: otherwise a late one deletes the lock another has just created, and both write
 * (a reading is lost). False when another process holds the guard; a guard whose owner died
 * holding it is removed, so the next attempt can take it.
 */
function takeOver(file: string, lock: string, display: string): boolean {
  const guard = `${lock}.takeover`;
  if (!claim(file, guard)) {
    const g = judge(guard);
    if (g.kind === 'stale') removeStale(guard, g, display);
    return false;
  }
  try {
    const l = judge(lock);
    if (l.kind === 'stale') removeStale(lock, l, display);
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
 * Creates `path` (the lock, or the takeover guard) with its owner already in it (pid, host and
 * start time): the owner goes into a temp file that is then hard-linked to the name (link fails if
 * the name exists, like O_EXCL), so a writer killed at any moment never leaves an empty lock that
 * no one can judge. The temp file is named like a write's temp file, so removeDeadTemps clears one
 * left by a killed process, and it is removed whatever happens (a full disk). False if `path` is
 * held. Where the file system has no hard links, it is opened with O_EXCL and written.
 */
function claim(file: string, path: string, fault?: Fault): boolean {
  const owner = `${process.pid}\n${hostname()}\n${startTicks(process.pid) ?? ''}\n`;
  const tmp = join(dirname(file), `${tempPrefix(file)}${process.pid}.lock.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      fault?.('lock-opened');
      writeSync(fd, owner);
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
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
 * Runs fn holding `<file>.lock` (see claim), so concurrent writers serialize. A stale lock (see
 * judge) is taken over. Otherwise waits while writers make progress: timeoutMs is how long the
 * lock may stay with one holder that uses no processor time, not the whole wait, so a queue of
 * writers on a crowded machine all land, and only a stuck holder times out. Those who have
 * waited longer look again sooner, so the queue is served roughly in order.
 */
export async function withLock<T>(file: string, fn: () => Promise<T> | T, opts: LockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  const display = opts.display ?? file;
  const timeout = opts.timeoutMs ?? 10_000;
  const began = Date.now();
  let holder = '';
  let since = began;
  for (;;) {
    let state: LockState;
    try {
      state = judge(lock);
      if (state.kind === 'gone' && claim(file, lock, opts.fault)) break;
      if (state.kind === 'stale') {
        if (!takeOver(file, lock, display)) await sleep(5);
        continue;
      }
    } catch (e) {
      if (e instanceof PlanError) throw e;
      throw new PlanError('writeFailed', { file: display, reason: reason(e) }, { cause: e });
    }
    const id = state.kind === 'held' ? state.id : '';
    if (id !== holder) {
      holder = id;
      since = Date.now();
    }
    if (state.kind === 'held' && Date.now() - since > timeout) {
      const seconds = Math.round((Date.now() - since) / 1000);
      if (state.host !== undefined && state.host !== hostname()) throw new PlanError('lockTimeoutForeign', { file: display, lock: basename(lock), host: state.host, pid: state.pid ?? '?' });
      throw new PlanError('lockTimeout', { file: display, lock: basename(lock), pid: state.pid ?? '?', seconds });
    }
    const waited = Date.now() - began;
    // Gentle enough that a crowd of waiters leaves the processor to the holder.
    await sleep(waited > 2_000 ? 10 + Math.random() * 20 : 20 + Math.random() * 40);
  }
  try {
    try {
      opts.fault?.('locked', file);
    } catch (e) {
      throw e instanceof PlanError ? e : new PlanError('writeFailed', { file: display, reason: reason(e) }, { cause: e });
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

/** The file as it was read: the write goes ahead only if it is still so just before the rename. */
export interface Unchanged {
  stamp: FileStamp;
  /** Its text as read (without a BOM): a stamp changed by a touch alone (same text) is no conflict. */
  text: string;
}

/** Throws PlanError('writeConflict') when the file is no longer as it was read (its text, not only its stamp). */
export function assertUnchanged(file: string, display: string, check: Unchanged): void {
  if (sameStamp(fileStamp(file), check.stamp)) return;
  let now: string | undefined;
  try {
    now = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch {
    now = undefined;
  }
  if (now !== check.text) throw new PlanError('writeConflict', { file: display });
}

/**
 * The file a path names, symbolic links followed: a plan (or an --out file) that is a link is
 * written through to its target, never replaced by a regular file.
 */
export function realFile(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * Replaces a file atomically: a temp file in the same folder, fsync, rename, fsync the folder.
 * A crash at any point leaves the old file or the new one, never a mix. With `unchanged`, the
 * file is checked just before the rename: edited by someone else since it was read, it is left
 * as it is and a PlanError('writeConflict') is thrown (the caller may read it again and retry).
 */
export function atomicWrite(file: string, text: string, opts: { display?: string; fault?: Fault; unchanged?: Unchanged } = {}): void {
  const display = opts.display ?? file;
  file = realFile(file);
  try {
    accessSync(file, constants.W_OK);
    // readTextFile strips a byte-order mark; the file keeps the one it had.
    if (hasBom(file) && !text.startsWith('\ufeff')) text = '\ufeff' + text;
  } catch (e) {
    throw new PlanError('writeFailed', { file: display, reason: reason(e) }, { cause: e });
  }
  const check = opts.unchanged;
  replaceViaTemp(file, text, display, opts.fault, check && (() => assertUnchanged(file, display, check)));
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
 * `.<name>.`, the start of the temp files beside `file`; a name so long that the temp file's would
 * pass 255 bytes is cut and marked with its hash (a 填报表 of a unit with a 99-character name).
 */
function tempPrefix(file: string): string {
  // The rest: the pid, a dot, 6 random characters or "lock", ".tmp".
  return `.${fitName(basename(file), '.', 255 - 1 - 22)}`;
}

/**
 * A writer killed before its rename leaves `.<name>.<pid>.<rand>.tmp` beside the file. The next
 * successful write (which holds the lock, so no live writer of this file is between its temp
 * file and its rename) removes those whose process is gone. Best effort: never fails the write.
 */
export function removeDeadTemps(file: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return removed;
  }
  const prefix = tempPrefix(file);
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
 * same folder, fsync, rename. A reader never sees half a file; an existing file keeps its mode
 * and owner, a symbolic link is written through.
 */
export function writeNewFile(file: string, data: string | Uint8Array, opts: { display?: string; createDir?: boolean; fault?: Fault } = {}): void {
  const display = opts.display ?? file;
  const real = realFile(file);
  let existed = true;
  try {
    statSync(real);
  } catch {
    existed = false;
  }
  // `plan import … --out plans/x.yaml` in a folder without plans/ yet: make it.
  if (!existed && opts.createDir) {
    try {
      makeDirs(dirname(real), { display: displayDir(display) });
    } catch (e) {
      // Named as the file asked for: nothing was written.
      if (e instanceof PlanError && e.key === 'createFailed') throw new PlanError('writeNewFailed', { file: display, reason: String(e.params.reason) }, { cause: e });
      throw e;
    }
  }
  replaceViaTemp(real, data, display, opts.fault, undefined, existed ? 'writeFailed' : 'writeNewFailed');
}

const displayDir = (display: string) => dirname(display) || '.';

/** Where --out may write: a regular file or a new name (replaced atomically), or a stream (a FIFO, a character device such as /dev/null). */
export type OutputKind = 'file' | 'stream';

/**
 * Checks an --out path before any work: a regular file (or a link to one) or a new name is
 * replaced atomically; a FIFO or a character device (/dev/null, /dev/stdout, a terminal) is
 * written to as a stream, never replaced by a regular file; anything else (a folder, a socket,
 * a block device, a link to nowhere) is refused with one line.
 */
export function outputKind(file: string, display: string): OutputKind {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new PlanError('writeNewFailed', { file: display, reason: reason(e) }, { cause: e });
    try {
      if (lstatSync(file).isSymbolicLink()) throw new PlanError('outNotFile', { file: display, what: 'a symbolic link to a missing file' });
    } catch (e2) {
      if (e2 instanceof PlanError) throw e2;
    }
    return 'file';
  }
  if (st.isFile()) return /^\/(dev|proc\/self\/fd)\//.test(file) ? 'stream' : 'file';
  if (st.isFIFO() || st.isCharacterDevice()) return 'stream';
  const what = st.isDirectory() ? 'a folder' : st.isSocket() ? 'a socket' : st.isBlockDevice() ? 'a block device' : 'not a regular file';
  throw new PlanError('outNotFile', { file: display, what });
}

/** Writes an --out file (see outputKind): atomically, or as a stream. */
export function writeOutput(file: string, data: string | Uint8Array, opts: { display?: string; createDir?: boolean; fault?: Fault } = {}): void {
  const display = opts.display ?? file;
  if (outputKind(file, display) === 'file') return writeNewFile(file, data, opts);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'w');
    writeFileSync(fd, data);
  } catch (e) {
    throw new PlanError('writeFailed', { file: display, reason: reason(e) }, { cause: e });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The one way a file is replaced: a temp file beside it (same folder, so the rename is atomic),
 * written whole, fsynced, given the old file's mode, owner and group (where the process may set
 * them), checked (`beforeRename`) and renamed over the file. On any failure the temp file is
 * removed and the file is as it was.
 */
function replaceViaTemp(file: string, data: string | Uint8Array, display: string, fault?: Fault, beforeRename?: () => void, failKey: 'writeFailed' | 'writeNewFailed' = 'writeFailed'): void {
  let old: { mode: number; uid: number; gid: number } | undefined;
  try {
    const st = statSync(file);
    old = { mode: st.mode & 0o777, uid: st.uid, gid: st.gid };
  } catch {
    /* a new file */
  }
  const mode = old?.mode ?? 0o644;
  const tmp = join(dirname(file), `${tempPrefix(file)}${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', mode);
    try {
      fault?.('temp-opened');
      writeFileSync(fd, data);
      fault?.('temp-written');
      fsyncSync(fd);
      if (old) keepOwner(fd, old.uid, old.gid);
    } finally {
      closeSync(fd);
    }
    chmodSync(tmp, mode);
    fault?.('before-rename', file);
    beforeRename?.();
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

/**
 * The new file gets the old one's owner and group: root may set both; another user may set the
 * group when a member of it. When the process may not, the file becomes its own (as any editor
 * saving by rename does).
 */
function keepOwner(fd: number, uid: number, gid: number): void {
  const st = fstatSync(fd);
  if (st.uid === uid && st.gid === gid) return;
  try {
    fchownSync(fd, uid, gid);
  } catch {
    try {
      if (st.gid !== gid) fchownSync(fd, st.uid, gid);
    } catch {
      /* not a member of the group */
    }
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

/**
 * Creates a folder and its missing parents, one level at a time from the nearest one that exists.
 * Not mkdirSync's recursive mode: under /proc (where mkdir says ENOENT for a parent that exists)
 * it loops forever. Any failure is one PlanError naming the folder (exit 1).
 */
export function makeDirs(dir: string, opts: { display?: string; fault?: Fault } = {}): void {
  const display = opts.display ?? dir;
  const missing: string[] = [];
  try {
    for (let d = dir; ; d = dirname(d)) {
      let st;
      try {
        st = statSync(d);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' || dirname(d) === d) throw e;
        missing.unshift(d);
        continue;
      }
      if (!st.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      break;
    }
    for (const d of missing) {
      opts.fault?.('mkdir');
      try {
        mkdirSync(d);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(d).isDirectory()) throw e;
      }
    }
  } catch (e) {
    throw new PlanError('createFailed', { file: display, reason: reason(e) }, { cause: e });
  }
}

/**
 * Writes a file that must not exist yet (plan init): written whole to a temp file, then linked to
 * its name, which fails if the name exists (like O_EXCL, even in a race). False when it exists.
 * A failure (a full disk) leaves neither the file nor the temp file.
 */
export function createNewFile(file: string, data: string, opts: { display?: string; fault?: Fault } = {}): boolean {
  const display = opts.display ?? file;
  const tmp = join(dirname(file), `${tempPrefix(file)}${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      opts.fault?.('temp-opened');
      writeFileSync(fd, data);
      opts.fault?.('temp-written');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    opts.fault?.('before-rename');
    try {
      linkSync(tmp, file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
      // No hard links here: O_EXCL on the name itself.
      try {
        writeFileSync(file, data, { flag: 'wx' });
      } catch (e2) {
        if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
        try {
          unlinkSync(file);
        } catch {
          /* never created */
        }
        throw e2;
      }
    }
    return true;
  } catch (e) {
    if (e instanceof PlanError) throw e;
    throw new PlanError('writeFailed', { file: display, reason: reason(e) }, { cause: e });
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
  }
}

/** An errno as a short reason in a one-line message. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied (read-only?)';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way of the folder';
  if (code === 'ENAMETOOLONG') return 'the name is too long (ENAMETOOLONG)';
  if (code === 'EISDIR') return 'a folder is in the way (EISDIR)';
  if (code === 'ELOOP') return 'too many symbolic links (ELOOP)';
  return code ?? (e instanceof Error ? e.message : String(e));
}
