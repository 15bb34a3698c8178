import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

  it('PLAN_CACHE=1 keeps it in node_modules/.cache/duban of the project holding the plans, or nowhere', () => {
    const home = mkdtempSync(join(tmpdir(), 'plan-home-'));
    const entries = (d: string) => readdirSync(d).filter((f) => f.endsWith('.json'));
    // Plans in no project (no package.json or node_modules up from plans/): no cache, nothing written.
    const { dir } = tempPlans();
    const cold = plan(dir, home, ['list'], { PLAN_CACHE: '1' });
    expect(readdirSync(dir).sort()).toEqual(['plans']);
    expect(readdirSync(home)).toEqual([]);
    // A project: its node_modules/.cache/duban, found from the plans folder (run from elsewhere too).
    writeFileSync(join(dir, 'package.json'), '{"name": "union-plans", "private": true}\n');
    plan(home, home, ['--dir', join(dir, 'plans'), 'list'], { PLAN_CACHE: '1' });
    const cache = join(dir, 'node_modules', '.cache', 'duban');
    expect(entries(cache)).toHaveLength(1);
    // A hit gives the same output; a recorded reading adds the new text's entry.
    expect(plan(dir, home, ['list'], { PLAN_CACHE: '1' }).stdout).toBe(cold.stdout);
    plan(dir, home, ['progress', '7.4', '--add', '1', '--by', '经济工作部'], { PLAN_CACHE: '1' });
    expect(entries(cache)).toHaveLength(2);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(home)).toEqual([]);
  });

  it('never uses the home folder: a package.json in HOME itself is not a project', () => {
    const home = mkdtempSync(join(tmpdir(), 'plan-home-'));
    writeFileSync(join(home, 'package.json'), '{}\n');
    cpSync(join(ROOT, 'plans'), join(home, 'work', 'plans'), { recursive: true });
    plan(join(home, 'work'), home, ['status'], { PLAN_CACHE: '1' });
    expect(readdirSync(home).sort()).toEqual(['package.json', 'work']);
    expect(readdirSync(join(home, 'work'))).toEqual(['plans']);
  });

  it('PLAN_CACHE_DIR names the folder; PLAN_CACHE=0 turns it off whatever else is set', () => {
    const home = mkdtempSync(join(tmpdir(), 'plan-home-'));
    const { dir } = tempPlans();
    const own = join(home, 'own');
    plan(dir, home, ['list'], { PLAN_CACHE_DIR: own });
    expect(readdirSync(own).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    writeFileSync(join(dir, 'package.json'), '{}\n');
    plan(dir, home, ['list'], { PLAN_CACHE_DIR: join(home, 'off'), PLAN_CACHE: '0' });
    plan(dir, home, ['list'], { PLAN_CACHE: '0' });
    expect(existsSync(join(home, 'off'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });
});
