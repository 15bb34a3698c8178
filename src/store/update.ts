import type { PlanFile } from '../core/model.js';
import { PlanError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import type { PlanCache } from './cache.js';
import { cacheKey, loadPlanFile, type LoadedPlan } from './load.js';
import type { SharedUnits } from './units.js';
import { readTextFile } from './read.js';
import { atomicWrite, fileStamp, realFile, withLock, type Fault } from './write.js';

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
  // A plan that is a symbolic link is locked, read and written at its target.
  file = realFile(file);
  const transaction = (): Updated<T> => {
    // Stamped before the read: an edit after it changes the stamp.
    const stamp = opts.dryRun ? undefined : tryStamp(file);
    const source = readTextFile(file, display);
    const before = loadPlanFile(file, display, lang, source, opts.cache, opts.shared);
    const { text, data, result } = change(before);
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

/** The file's stamp, or undefined when it cannot be read (the read says why, in one line). */
function tryStamp(file: string): ReturnType<typeof fileStamp> | undefined {
  try {
    return fileStamp(file);
  } catch {
    return undefined;
  }
}
