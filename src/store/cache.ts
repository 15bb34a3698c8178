import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { makeDirs } from './write.js';
import { join } from 'node:path';

declare const PLAN_BUILD: string;

/** Entries kept; every recorded reading makes a new text, so old ones are dropped. */
const MAX_ENTRIES = 64;

/**
 * A content-addressed cache of validated plans: parsing and checking a 20,000-item plan takes
 * ≈ 1 s, reading back its checked data as JSON ≈ 0.15 s; on the sample plan it saves nothing
 * worth a file. The key is a hash of the text and of this build, so an edited file or a new
 * version of plan never sees an old entry. Off unless asked: PLAN_CACHE_DIR=DIR uses DIR,
 * PLAN_CACHE=1 uses $XDG_CACHE_HOME/plan (else ~/.cache/plan); a read-only command does not
 * write into the user's home by default. PLAN_CACHE=0 turns it off whatever else is set.
 */
export class PlanCache {
  private constructor(private readonly dir: string) {}

  static from(env: Record<string, string | undefined>): PlanCache | undefined {
    if (env.PLAN_CACHE === '0' || typeof PLAN_BUILD !== 'string') return undefined;
    const home = env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'plan') : env.HOME ? join(env.HOME, '.cache', 'plan') : undefined;
    const dir = env.PLAN_CACHE_DIR || (env.PLAN_CACHE === '1' ? home : undefined);
    return dir ? new PlanCache(dir) : undefined;
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
        const byAge = entries.map((f) => ({ f, t: statSync(join(this.dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
        for (const { f } of byAge.slice(0, entries.length - MAX_ENTRIES)) unlinkSync(join(this.dir, f));
      }
    } catch {
      /* a cache that cannot be written is no cache */
    }
  }
}
