import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempPlans } from '../helpers.js';

/**
 * The built CLI run in a real process, then the Node built-in modules the run loaded beyond what
 * Node loads for any script. Start-up is measured by the bench; this shows what is on the path.
 */
function loaded(args: string[], env: Record<string, string> = {}): { status: number | null; modules: string[]; stdout: string } {
  const { dir } = tempPlans();
  const script = `
    const before = new Set(process.moduleLoadList);
    require(${JSON.stringify(join(ROOT, 'dist/plan.cjs'))}).main(['node', 'plan', ...${JSON.stringify(args)}]).then((code) => {
      process.exitCode = code;
      const added = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13));
      process.stderr.write('\\nLOADED ' + JSON.stringify(added) + '\\n');
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'zh_CN.UTF-8', PLAN_AS_OF: '2026-07-01', ...env }, encoding: 'utf8' });
  const line = /\nLOADED (.*)\n/.exec(r.stderr);
  expect(line, r.stderr).not.toBeNull();
  return { status: r.status, modules: JSON.parse(line![1]!) as string[], stdout: r.stdout };
}

describe('start-up of the read commands', () => {
  it.each([['status'], ['list'], ['ls', '--dept', '办公室'], ['show', '7'], ['depts'], ['behind'], ['--dir', 'plans', 'status', '--json']])('plan %s loads no hashing, compression or git code', (...args) => {
    const r = loaded(args);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toBe('');
    for (const m of ['crypto', 'zlib', 'os']) expect(r.modules).not.toContain(m);
  });

  it('the opt-in cache loads node:crypto, for that run only', () => {
    const r = loaded(['status'], { PLAN_CACHE: '1' });
    expect(r.status).toBe(0);
    expect(r.modules).toContain('crypto');
  });

  it('a command that writes loads the write path when it runs (os for the lock file)', () => {
    const r = loaded(['progress', '7.4', '--add', '1', '--by', '经济工作部', '--dry-run'], { PLAN_AS_OF: '2026-11-25' });
    expect(r.status).toBe(0);
    expect(r.modules).toContain('os');
  });
});
