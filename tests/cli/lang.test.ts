import { describe, expect, it } from 'vitest';
import { runCli, sampleText, tempPlans } from '../helpers.js';

// Under LANG=C.UTF-8 (Docker images, CI runners) or no LANG at all, the environment names no
// language: the plan's decides, for every command alike (the bulletin always did).
const UNNAMED = [{ LANG: 'C.UTF-8' }, { LANG: undefined }, { LC_ALL: 'POSIX', LANG: undefined }];

describe('one language picker', () => {
  it.each(UNNAMED)('a Chinese plan speaks Chinese on every command when the environment names no language (%j)', async (env) => {
    const { dir } = tempPlans();
    const opts = { cwd: dir, env: { ...env, PLAN_AS_OF: '2026-09-30' } };
    const list = await runCli(['list'], opts);
    expect(list.stdout.split('\n')[0]).toMatch(/^ *编号 /);
    expect(list.stderr).toContain('统计日期');
    expect((await runCli(['status'], opts)).stdout).toContain('滞后');
    expect((await runCli(['show', '7'], opts)).stdout).toContain('牵头单位');
    expect((await runCli(['report'], opts)).stdout).toContain('## 一、总体情况');
    const bad = await runCli(['list', '--dept', '法律工作'], opts);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^plan: 未知单位/);
    const progress = await runCli(['progress', '7.4', '--value', '2000', '--dry-run'], opts);
    expect(progress.stderr).toContain('未改动');
  });

  it('an English plan stays English, and a named language wins over the plan', async () => {
    const { dir } = tempPlans(sampleText().replace('title: xx市总工会2026年工作要点', 'title: Union work plan 2026'));
    const english = await runCli(['list'], { cwd: dir, env: { LANG: 'C.UTF-8' } });
    expect(english.stdout.split('\n')[0]).toMatch(/^\s*ID/);
    const chinese = await runCli(['list'], { cwd: dir, env: { LANG: 'C.UTF-8', PLAN_LANG: 'zh' } });
    expect(chinese.stdout.split('\n')[0]).toMatch(/^ *编号 /);
    const named = await runCli(['list'], { cwd: tempPlans().dir, env: { LANG: 'en_US.UTF-8' } });
    expect(named.stdout.split('\n')[0]).toMatch(/^\s*ID/);
    expect((await runCli(['list', '--lang', 'en'], { cwd: tempPlans().dir, env: { LANG: 'C.UTF-8' } })).stdout.split('\n')[0]).toMatch(/^\s*ID/);
  });

  it('with no plan to read, English', async () => {
    const r = await runCli(['list'], { cwd: '/', env: { LANG: 'C.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: no plans\/ folder/);
  });
});
