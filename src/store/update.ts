import type { PlanFile } from '../core/model.js';
import { PlanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import type { PlanCache } from './cache.js';
import { cacheKey, loadPlanFile, type LoadedPlan } from './load.js';
import type { SharedUnits } from './units.js';
import { readUtf8Text, sameStamp, tryStamp, type FileStamp, type PlanText } from './read.js';
import type { Utf8Text } from '../yaml/text.js';
import { assertUnchanged, atomicWrite, realFile, withLock, type Fault } from './write.js';

export interface UpdateOptions {
  /** Compute the change, write nothing (and take no lock). */
  dryRun?: boolean;
  timeoutMs?: number;
  /** Only tests pass this. */
  fault?: Fault;
  /** Reads the plan from it, and leaves the new text's checked data in it. */
  cache?: PlanCache;
  /** The folder's units.yaml, which the plan's check of units depends on. */
  shared?: SharedUnits;
  /** The plans' texts as this run read them already (the language picker's look at the title), by path. */
  known?: ReadonlyMap<string, PlanText>;
}

/** What a change makes of the plan: its new text (the old one for no change), and what the caller keeps. */
export interface Change<T> {
  text: string;
  /** The new text's checked data, for the cache. */
  data?: PlanFile;
  result: T;
}

export interface Updated<T> {
  /** The plan as it was read under the lock. */
  before: LoadedPlan;
  /** The new text (the old one when nothing changed). */
  text: string;
  result: T;
}

/**
 * The one write transaction on a plan file: under the file's lock, reads and loads the plan,
 * lets `change` compute the new text from it (pure; it refuses by throwing), and replaces the
 * file atomically when the text differs. The file is never left changed by a refused change.
 */
export async function updatePlan<T>(file: string, display: string, lang: Lang, change: (plan: LoadedPlan) => Change<T>, opts: UpdateOptions = {}): Promise<Updated<T>> {
  const known = opts.known?.get(file);
  // A plan that is a symbolic link is locked, read and written at its target.
  file = realFile(file);
  const transaction = (): Updated<T> => {
    // Stamped before the read: an edit after it changes the stamp.
    const stamp = tryStamp(file);
    const before = loadPlanFile(file, display, lang, textOf(file, display, stamp, known), opts.cache, opts.shared);
    const { text, data, result } = change(before);
    const source = before.source;
    if (!opts.dryRun && text !== source) {
      // Edited by someone else since it was read (an editor, a sync tool): not overwritten.
      atomicWrite(file, text, { display, fault: opts.fault, ...(stamp ? { unchanged: { stamp, text: source } } : {}) });
      const key = data && cacheKey(opts.cache, text, opts.shared);
      if (key) opts.cache!.set(key, data);
    }
    return { before, text, result };
  };
  if (opts.dryRun) return transaction();
  return withLock(
    file,
    () => {
      // Once more from the start (read, change, verify) on the edited text; a second conflict is refused.
      try {
        return transaction();
      } catch (e) {
        if (e instanceof PlanError && e.key === 'writeConflict') return transaction();
        throw e;
      }
    },
    { display, fault: opts.fault, timeoutMs: opts.timeoutMs },
  );
}

/**
 * The plan's text now: the one this run read before the lock (to pick its language) when the file
 * still has the stamp it had before that read, as the check before the rename trusts the stamp;
 * else read again. A 20 MB plan's read and decoding is ≈ 75 ms.
 */
function textOf(file: string, display: string, stamp: FileStamp | undefined, known: PlanText | undefined): string | Utf8Text {
  return stamp && known?.stamp && sameStamp(stamp, known.stamp) ? (known.utf8 ?? known.text) : readUtf8Text(file, display);
}

/** What a change over several plans makes of each (in the order given), and what the caller keeps. */
export interface ChangeMany<T> {
  changes: { text: string; data?: PlanFile }[];
  result: T;
}

export interface UpdatedMany<T> {
  before: LoadedPlan[];
  result: T;
}

/**
 * The write transaction over several plan files at once (`sheet import` of sheets from several
 * plans): every file's lock is taken (in one order, so two such runs cannot wait on each other),
 * every plan is read and loaded, `change` computes all the new texts (it refuses by throwing), and
 * only then is each changed file replaced atomically. A refused change writes no file, and
 * neither does a plan edited without the lock since it was read (checked for every file before
 * the first is written; the whole transaction then runs once more). Only such an edit in the
 * moment between that check and a rename, or a failing disk, can leave some files written.
 */
export async function updatePlans<T>(plans: readonly { file: string; display: string; shared?: SharedUnits }[], lang: Lang, change: (loaded: LoadedPlan[]) => ChangeMany<T>, opts: UpdateOptions = {}): Promise<UpdatedMany<T>> {
  const files = plans.map((p) => ({ ...p, file: realFile(p.file) }));
  const transaction = (): UpdatedMany<T> => {
    const stamps = files.map((f) => tryStamp(f.file));
    const before = files.map((f, i) => loadPlanFile(f.file, f.display, lang, textOf(f.file, f.display, stamps[i], opts.known?.get(plans[i]!.file)), opts.cache, f.shared ?? opts.shared));
    const { changes, result } = change(before);
    const sources = before.map((b) => b.source);
    if (!opts.dryRun) {
      // Every file still as it was read, before the first is written: a conflict writes none.
      files.forEach((f, i) => {
        const stamp = stamps[i];
        if (stamp && (changes[i]?.text ?? sources[i]) !== sources[i]) assertUnchanged(f.file, f.display, { stamp, text: sources[i]! });
      });
      files.forEach((f, i) => {
        const { text, data } = changes[i] ?? { text: sources[i]! };
        if (text === sources[i]) return;
        const stamp = stamps[i];
        atomicWrite(f.file, text, { display: f.display, fault: opts.fault, ...(stamp ? { unchanged: { stamp, text: sources[i]! } } : {}) });
        const key = data && cacheKey(opts.cache, text, f.shared ?? opts.shared);
        if (key) opts.cache!.set(key, data);
      });
    }
    return { before, result };
  };
  if (opts.dryRun) return transaction();
  const order = files.map((f) => f.file).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const locked = (k: number): Promise<UpdatedMany<T>> | UpdatedMany<T> => {
    if (k === order.length) {
      // Once more from the start on the edited texts; a second conflict is refused.
      try {
        return transaction();
      } catch (e) {
        if (e instanceof PlanError && e.key === 'writeConflict') return transaction();
        throw e;
      }
    }
    const file = order[k]!;
    return withLock(file, () => locked(k + 1), { display: files.find((f) => f.file === file)!.display, fault: opts.fault, timeoutMs: opts.timeoutMs });
  };
  return locked(0);
}
