import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempPlans } from '../helpers.js';

/** The real binary (only the bundle has a build id to key the cache by), with HOME in a temp folder. */
function plan(cwd: string, home: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/plan.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: home, LANG: 'en_US.UTF-8', PLAN_AS_OF: '2026-11-25', ...env }, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r;
}

describe('the parsed-plan cache', () => {
  it('is off by default: reading and recording write nothing into the home folder', () => {
    const home = mkdtempSync(join(tmpdir(), 'plan-home-'));
    const { dir } = tempPlans();
    plan(dir, home, ['list']);
    plan(dir, home, ['status']);
    plan(dir, home, ['progress', '7.4', '--add', '1', '--by', '经济工作部']);
    expect(readdirSync(home)).toEqual([]);
  });

  it('is used when asked: PLAN_CACHE=1 under XDG_CACHE_HOME (else ~/.cache), or PLAN_CACHE_DIR', () => {
    const home = mkdtempSync(join(tmpdir(), 'plan-home-'));
    const { dir } = tempPlans();
    const cold = plan(dir, home, ['list'], { PLAN_CACHE: '1' });
    expect(readdirSync(join(home, '.cache', 'plan')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(plan(dir, home, ['list'], { PLAN_CACHE: '1' }).stdout).toBe(cold.stdout);
    const xdg = join(home, 'xdg');
    plan(dir, home, ['list'], { PLAN_CACHE: '1', XDG_CACHE_HOME: xdg });
    expect(existsSync(join(xdg, 'plan'))).toBe(true);
    const own = join(home, 'own');
    plan(dir, home, ['list'], { PLAN_CACHE_DIR: own });
    expect(readdirSync(own).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    plan(dir, home, ['list'], { PLAN_CACHE_DIR: join(home, 'off'), PLAN_CACHE: '0' });
    expect(existsSync(join(home, 'off'))).toBe(false);
  });
});
