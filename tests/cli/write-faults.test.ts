import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAULT_POINTS, removeDeadTemps } from '../../src/store/write.js';
import { runCli, tempPlans, type RunResult } from '../helpers.js';

/**
 * Faults around writes: every errno a write can meet, at every point before the rename
 * (PLAN_FAULT=<point>:<errno>), a read-only file (chattr +i: root ignores chmod), a lock held by a
 * live process and one left by a dead one, and the temp files killed writers leave behind.
 * Each failure: exit 1, one line, the file byte for byte as it was, no lock and no temp file left.
 */

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const WRITE = ['progress', '7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部'];
const ENV = { PLAN_AS_OF: '2026-11-25', PLAN_LOCK_TIMEOUT_MS: '300', PLAN_CACHE: '0' };

function expectRefused(r: RunResult, reason: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^[^\n]+\n$/);
  expect(r.stderr).toMatch(/^plan: could not write plans\/union-2026\.yaml: /);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

const ERRNOS: { errno: string; reason: RegExp }[] = [
  { errno: 'enospc', reason: /no space left on the device; the file is unchanged/ },
  { errno: 'edquot', reason: /EDQUOT; the file is unchanged/ },
  { errno: 'eio', reason: /EIO; the file is unchanged/ },
  { errno: 'erofs', reason: /permission denied \(read-only\?\)/ },
  { errno: 'eacces', reason: /permission denied \(read-only\?\)/ },
  { errno: 'exdev', reason: /EXDEV/ },
];
const BEFORE_RENAME = FAULT_POINTS.filter((p) => p !== 'renamed');
const FAULTS = BEFORE_RENAME.flatMap((point) => ERRNOS.map((e) => ({ point, ...e })));

describe(`plan progress: ${FAULTS.length} injected write faults (${BEFORE_RENAME.length} points × ${ERRNOS.length} errnos)`, () => {
  it.each(FAULTS)('PLAN_FAULT=$point:$errno: exit 1, one line, the file unchanged, nothing left behind', async ({ point, errno, reason }) => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_FAULT: `${point}:${errno}` } });
    expectRefused(r, reason);
    expect(sha(file)).toBe(before);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['union-2026.yaml']);
    // And the next write, without the fault, lands.
    const ok = await runCli(WRITE, { cwd: dir, env: ENV });
    expect(ok.code, ok.stderr).toBe(0);
  });
});

describe('a read-only plan', () => {
  // Root writes through chmod 0444; the immutable flag stops even root (ext4, xfs, btrfs).
  const chattr = (flag: '+i' | '-i', file: string) => spawnSync('chattr', [flag, file]).status === 0;
  const canChattr = (() => {
    const { file } = tempPlans();
    const ok = chattr('+i', file);
    if (ok) chattr('-i', file);
    return ok;
  })();

  it.skipIf(!canChattr)('chattr +i: exit 1 "permission denied (read-only?)", the file unchanged, no temp file', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    expect(chattr('+i', file)).toBe(true);
    try {
      const r = await runCli(WRITE, { cwd: dir, env: ENV });
      expectRefused(r, /permission denied \(read-only\?\); the file is unchanged/);
      expect(sha(file)).toBe(before);
      expect(readdirSync(join(dir, 'plans'))).toEqual(['union-2026.yaml']);
    } finally {
      chattr('-i', file);
    }
  });

  it('without chattr, the fault hook stands in (PLAN_FAULT=locked:erofs, as in the hostile corpus)', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    expectRefused(await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_FAULT: 'locked:erofs' } }), /permission denied \(read-only\?\)/);
    expect(sha(file)).toBe(before);
  });
});

describe('locks', () => {
  it('a lock held by a live process: the lock timeout, one line, exit 1, the file and the lock unchanged', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    writeFileSync(`${file}.lock`, `${process.pid}\n${hostname()}\n`);
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_LOCK_TIMEOUT_MS: '100' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plan: plans\/union-2026\.yaml is locked by another plan process \(union-2026\.yaml\.lock\)[^\n]*\n$/);
    expect(sha(file)).toBe(before);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
  });

  it('a lock left by a dead process, and an unreadable old one, are taken over', async () => {
    for (const lock of [`${spawnSync(process.execPath, ['-e', '0']).pid}\n${hostname()}\n`, 'garbage']) {
      const { dir, file } = tempPlans();
      writeFileSync(`${file}.lock`, lock);
      if (lock === 'garbage') spawnSync('touch', ['-d', '2 minutes ago', `${file}.lock`]);
      const r = await runCli(WRITE, { cwd: dir, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(`${file}.lock`)).toBe(false);
    }
  });

  it('an empty lock (a writer killed between creating it and naming itself) is stale after two seconds, not a minute', async () => {
    const { dir, file } = tempPlans();
    writeFileSync(`${file}.lock`, '');
    const fresh = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_LOCK_TIMEOUT_MS: '100' } });
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toMatch(/is locked by another plan process/);
    spawnSync('touch', ['-d', '5 seconds ago', `${file}.lock`]);
    const r = await runCli(WRITE, { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('a writer killed while taking a dead lock over (its guard left behind) does not hold up the next one', async () => {
    const { dir, file } = tempPlans();
    const dead = `${spawnSync(process.execPath, ['-e', '0']).pid}\n${hostname()}\n`;
    writeFileSync(`${file}.lock`, dead);
    writeFileSync(`${file}.lock.takeover`, dead);
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_LOCK_TIMEOUT_MS: '1000' } });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['union-2026.yaml']);
  });

  it('a writer that fails while holding the lock leaves neither the lock nor its temp file', async () => {
    const { dir } = tempPlans();
    const r = await runCli(WRITE, { cwd: dir, env: { ...ENV, PLAN_FAULT: 'locked:erofs' } });
    expect(r.code).toBe(1);
    expect(readdirSync(join(dir, 'plans')).filter((n) => n.includes('lock'))).toEqual([]);
  });
});

describe('temp files of killed writers', () => {
  it('the next successful write removes those of dead processes, and only those', async () => {
    const { dir, file } = tempPlans();
    const plans = join(dir, 'plans');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const names = {
      dead: `.union-2026.yaml.${dead}.k3j9xq.tmp`,
      deadEmpty: `.union-2026.yaml.${dead}.a.tmp`,
      deadLock: `.union-2026.yaml.${dead}.lock.tmp`, // killed between writing its lock's owner and linking it
      live: `.union-2026.yaml.${process.ppid}.zz9.tmp`, // a live process: perhaps mid-write on another plan copy
      otherPlan: `.other.yaml.${dead}.abc.tmp`,
      notOurs: `.union-2026.yaml.backup.tmp`,
    };
    for (const n of Object.values(names)) writeFileSync(join(plans, n), 'x');
    const r = await runCli(WRITE, { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const left = readdirSync(plans);
    expect(left).not.toContain(names.dead);
    expect(left).not.toContain(names.deadEmpty);
    expect(left).not.toContain(names.deadLock);
    for (const kept of [names.live, names.otherPlan, names.notOurs]) expect(left).toContain(kept);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('removeDeadTemps is best effort: a missing folder removes nothing', () => {
    expect(removeDeadTemps('/nonexistent-folder/plan.yaml')).toEqual([]);
  });
});
