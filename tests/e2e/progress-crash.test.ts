import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaultPoint } from '../../src/store/write.js';
import { ROOT, runCli, tempPlans } from '../helpers.js';

/**
 * Crash safety: a `plan progress` killed (SIGKILL) at each point of a write leaves the old file
 * or the new one, never a mix, and the next write goes through.
 */

const BIN = join(ROOT, 'bin/plan.js');
const LAST_74 = '              - { date: 2026-09-30, value: 1150, by: 经济工作部, note: 三季度 }';
const NEW_LINE = '              - { date: 2026-10-15, value: 1200, by: 经济工作部 }';
const NEXT_LINE = '              - { date: 2026-11-20, value: 1300, by: 经济工作部, note: 十一月 }';

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** The environment of a user with none of our variables set (the test run's own could leak in). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' };
  for (const k of ['PLAN_AS_OF', 'PLAN_DIR', 'PLAN_FAULT', 'PLAN_LANG', 'PLAN_DEBUG', 'PLAN_LOCK_TIMEOUT_MS', 'FORCE_COLOR']) delete env[k];
  return { ...env, ...extra };
}

/** Starts a writer that stops at `point`; resolves once it says so on stderr. */
function startHanging(cwd: string, point: FaultPoint): Promise<{ child: ChildProcess; exit: Promise<Exit> }> {
  const args = ['progress', '7.4', '--value', '1200', '--date', '2026-10-15', '--as-of', '2026-11-25', '--by', '经济工作部'];
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv({ PLAN_FAULT: `${point}:hang` }), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const exit = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      if (stderr.includes(`PLAN_FAULT ${point}\n`)) resolve({ child, exit });
    });
    void exit.then((e) => reject(new Error(`exited (${e.code ?? e.signal}) before reaching ${point}: ${e.stderr}`)));
  });
}

/** `old` with `lines` inserted after the line `after`. */
function withLinesAfter(old: string, after: string, lines: string[]): string {
  const a = old.split('\n');
  const at = a.indexOf(after) + 1;
  expect(at).toBeGreaterThan(0);
  return [...a.slice(0, at), ...lines, ...a.slice(at)].join('\n');
}

const tmpFiles = (dir: string) => readdirSync(join(dir, 'plans')).filter((n) => n.endsWith('.tmp'));

async function expectLoads(dir: string): Promise<void> {
  const list = await runCli(['list', '--format', 'json', '--as-of', '2026-11-25'], { cwd: dir });
  expect(list.stderr).toBe('');
  expect(list.code).toBe(0);
  expect((JSON.parse(list.stdout) as { plan: string }).plan).toBe('union-2026');
  const validate = await runCli(['validate', '--format', 'json', '--as-of', '2026-11-25'], { cwd: dir });
  expect(JSON.parse(validate.stdout)).toEqual({ valid: true, problems: [] });
}

describe('plan progress: killed mid-write (real processes)', () => {
  beforeAll(() => {
    // `npm test` builds first; running this file alone needs `npm run build`.
    expect(existsSync(join(ROOT, 'dist/plan.cjs')), 'dist/plan.cjs: run npm run build').toBe(true);
  });

  it.each([
    // Before the rename the old file stands; a temp file written by then is left behind (harmless).
    { point: 'locked', version: 'old', tmpLeft: 0 },
    { point: 'temp-written', version: 'old', tmpLeft: 1 },
    { point: 'before-rename', version: 'old', tmpLeft: 1 },
    { point: 'renamed', version: 'new', tmpLeft: 0 },
  ] as const)('SIGKILL at $point: the $version file, whole; the stale lock is taken over and the next write lands', async ({ point, version, tmpLeft }) => {
    const landed = version === 'new';
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const written = withLinesAfter(old, LAST_74, [NEW_LINE]);

    const { child, exit } = await startHanging(dir, point);
    child.kill('SIGKILL');
    expect((await exit).signal).toBe('SIGKILL');

    const after = readFileSync(file, 'utf8');
    expect(after).toBe(landed ? written : old);
    await expectLoads(dir);
    // The killed process still "holds" the lock: its pid is gone, so the next writer takes it over.
    expect(existsSync(`${file}.lock`)).toBe(true);
    const leftByKilled = tmpFiles(dir);
    expect(leftByKilled).toHaveLength(tmpLeft);
    for (const name of leftByKilled) expect(name).toMatch(/^\.union-2026\.yaml\.\d+\.[a-z0-9]+\.tmp$/);

    const r = await runCli(['progress', '7.4', '--value', '1300', '--date', '2026-11-20', '--by', '经济工作部', '--note', '十一月'], {
      cwd: dir,
      env: { PLAN_AS_OF: '2026-11-25', PLAN_LOCK_TIMEOUT_MS: '5000' },
    });
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(withLinesAfter(after, landed ? NEW_LINE : LAST_74, [NEXT_LINE]));
    await expectLoads(dir);
    expect(existsSync(`${file}.lock`)).toBe(false);
    // No temp file of its own left; the killed process's one (if any) is still there, untouched and ignored.
    expect(tmpFiles(dir)).toEqual(leftByKilled);
    for (const name of leftByKilled) expect(readFileSync(join(dir, 'plans', name), 'utf8')).toBe(written);
  });
});
