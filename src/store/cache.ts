import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { makeDirs } from './write.js';

declare const PLAN_BUILD: string;

/** Entries kept; every recorded reading makes a new text, so old ones are dropped. */
const MAX_ENTRIES = 64;

/** The folder under node_modules/.cache (find-cache-dir's convention, as babel-loader, eslint and ava keep theirs). */
const NAME = 'duban';

/**
 * The project a plans folder belongs to: the nearest folder, from the plans folder up, holding a
 * package.json or node_modules, not the home folder itself nor above it. Undefined when there is none.
 */
function projectOf(plansDir: string, home: string | undefined): string | undefined {
  const stop = home ? resolve(home) : undefined;
  for (let dir = resolve(plansDir); dir !== stop; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'node_modules'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
  return undefined;
}

/**
 * A content-addressed cache of checked plans: parsing and checking a 20,000-item plan costs far
 * more than reading back its checked data as JSON; on the sample plan it saves nothing worth a file.
 * The key is a hash of the text and of this build, so an edited file or a new version of plan
 * never sees an old entry. Off unless asked (cacheWanted in store/index.ts): PLAN_CACHE_DIR=DIR
 * uses DIR; PLAN_CACHE=1 uses node_modules/.cache/duban of the project holding the plans folder,
 * and no cache when the plans are in no project. Never the user's home. This module (and
 * node:crypto) is loaded only when the cache is asked for.
 */
export class PlanCache {
  private constructor(private readonly dir: string) {}

  static from(env: Record<string, string | undefined>, plansDir: string): PlanCache | undefined {
    if (env.PLAN_CACHE === '0' || typeof PLAN_BUILD !== 'string') return undefined;
    if (env.PLAN_CACHE_DIR) return new PlanCache(env.PLAN_CACHE_DIR);
    if (env.PLAN_CACHE !== '1') return undefined;
    const project = projectOf(plansDir, env.HOME);
    return project ? new PlanCache(join(project, 'node_modules', '.cache', NAME)) : undefined;
  }

  key(source: string): string | undefined {
    return createHash('sha256').update(PLAN_BUILD).update('\0').update(source).digest('hex');
  }

  get(key: string): unknown {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /**
   * Written to a temporary name of this process and renamed into place, so a concurrent run
   * reads a whole entry or none; the oldest entries beyond MAX_ENTRIES are removed (one that another
   * run removed first is skipped).
   */
  set(key: string, data: unknown): void {
    try {
      makeDirs(this.dir); // not mkdirSync's recursive mode, which loops forever under /proc
      const tmp = join(this.dir, `.${key}.${process.pid}.tmp`);
      try {
        writeFileSync(tmp, JSON.stringify(data));
        renameSync(tmp, join(this.dir, `${key}.json`));
      } catch (e) {
        rmSync(tmp, { force: true }); // a full disk leaves no temp file
        throw e;
      }
      const entries = readdirSync(this.dir).filter((f) => f.endsWith('.json'));
      if (entries.length > MAX_ENTRIES) {
        const byAge = entries.flatMap((f) => {
          const st = statSync(join(this.dir, f), { throwIfNoEntry: false });
          return st ? [{ f, t: st.mtimeMs }] : [];
        });
        byAge.sort((a, b) => a.t - b.t);
        for (const { f } of byAge.slice(0, byAge.length - MAX_ENTRIES)) rmSync(join(this.dir, f), { force: true });
      }
    } catch {
      /* a cache that cannot be written is no cache */
    }
  }
}
