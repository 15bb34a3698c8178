import { hostname } from 'node:os';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_POINTS, type FaultPoint } from '../../src/store/write.js';
import { ROOT, runCli, tempPlans } from '../helpers.js';

/**
 * Crash safety: a `plan progress` killed (SIGKILL) at each point of a write, and at random
 * moments, leaves the old file or the new one, never a mix; the next write goes through and
 * removes the temp file the killed one left. FUZZ_RUNS raises the number of random kills.
 */

/** What the harness did, for the README's numbers (printed once at the end). */
const tally = { kills: 0, old: 0, new: 0, corrupt: 0 };
afterAll(() => {
  console.log(`crash harness: ${tally.kills} processes killed mid-run (${FAULT_POINTS.length} write points + random moments): ${tally.old} left the old file, ${tally.new} the new one, ${tally.corrupt} corrupt`);
});

const BIN = join(ROOT, 'bin/plan.js');
const LAST_74 = '              - { date: 2026-09-30, value: 1150, by: 经济工作部, note: 三季度 }';
const NEW_LINE = '              - { date: 2026-10-15, value: 1200, by: 经济工作部, recorded: 2026-11-25 }';
const NEXT_LINE = '              - { date: 2026-11-20, value: 1300, by: 经济工作部, note: 十一月, recorded: 2026-11-25 }';

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

const WRITE_ARGS = ['progress', '7.4', '--value', '1200', '--date', '2026-10-15', '--as-of', '2026-11-25', '--by', '经济工作部'];

/** Starts a writer that stops at `point`; resolves once it says so on stderr. */
function startHanging(cwd: string, point: FaultPoint): Promise<{ child: ChildProcess; exit: Promise<Exit> }> {
  const child = spawn(process.execPath, [BIN, ...WRITE_ARGS], { cwd, env: cleanEnv({ PLAN_FAULT: `${point}:hang` }), stdio: ['ignore', 'ignore', 'pipe'] });
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
  expect(JSON.parse(validate.stdout)).toEqual({ schema: 1, valid: true, problems: [] });
}

describe('plan progress: killed mid-write (real processes)', () => {
  beforeAll(() => {
    // `npm test` builds first; running this file alone needs `npm run build`.
    expect(existsSync(join(ROOT, 'dist/plan-core.cjs')), 'dist/plan-core.cjs: run npm run build').toBe(true);
  });

  const POINTS = [
    // Before the rename the old file stands; a temp file made by then is left behind, and the next write removes it.
    { point: 'locked', version: 'old', tmp: undefined },
    { point: 'temp-opened', version: 'old', tmp: 'empty' },
    { point: 'temp-written', version: 'old', tmp: 'new' },
    { point: 'before-rename', version: 'old', tmp: 'new' },
    { point: 'renamed', version: 'new', tmp: undefined },
  ] as const;

  it('the table covers every fault point of a write', () => {
    expect(POINTS.map((p) => p.point)).toEqual(FAULT_POINTS);
  });

  it.each(POINTS)('SIGKILL at $point: the $version file, whole; the stale lock is taken over and the next write lands', async ({ point, version, tmp }) => {
    const tmpLeft = tmp ? 1 : 0;
    const landed = version === 'new';
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const written = withLinesAfter(old, LAST_74, [NEW_LINE]);

    const { child, exit } = await startHanging(dir, point);
    child.kill('SIGKILL');
    expect((await exit).signal).toBe('SIGKILL');
    tally.kills++;

    const after = readFileSync(file, 'utf8');
    tally[after === written ? 'new' : after === old ? 'old' : 'corrupt']++;
    expect(after).toBe(landed ? written : old);
    await expectLoads(dir);
    // The killed process still "holds" the lock: its pid is gone, so the next writer takes it over.
    // It names its owner from the moment it exists (linked into place, never created empty).
    // Its start time (clock ticks since boot) follows, so a reused pid is not taken for the owner.
    expect(readFileSync(`${file}.lock`, 'utf8')).toMatch(new RegExp(`^${child.pid}\\n${hostname().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\d+\\n$`));
    const leftByKilled = tmpFiles(dir);
    expect(leftByKilled).toHaveLength(tmpLeft);
    for (const name of leftByKilled) expect(name).toMatch(/^\.union-2026\.yaml\.\d+\.[a-z0-9]+\.tmp$/);
    for (const name of leftByKilled) expect(readFileSync(join(dir, 'plans', name), 'utf8')).toBe(tmp === 'empty' ? '' : written);

    const r = await runCli(['progress', '7.4', '--value', '1300', '--date', '2026-11-20', '--by', '经济工作部', '--note', '十一月'], {
      cwd: dir,
      env: { PLAN_AS_OF: '2026-11-25', PLAN_LOCK_TIMEOUT_MS: '5000' },
    });
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(withLinesAfter(after, landed ? NEW_LINE : LAST_74, [NEXT_LINE]));
    await expectLoads(dir);
    expect(existsSync(`${file}.lock`)).toBe(false);
    // No temp file left: its own is renamed, the killed process's one (its pid is gone) removed.
    expect(tmpFiles(dir)).toEqual([]);
  });

  it.each(FAULT_POINTS)('PLAN_FAULT=%s:kill (the process kills itself there): old or new file, whole, and it validates', async (point) => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const written = withLinesAfter(old, LAST_74, [NEW_LINE]);
    const r = spawnSync(process.execPath, [BIN, ...WRITE_ARGS], { cwd: dir, env: cleanEnv({ PLAN_FAULT: `${point}:kill` }), encoding: 'utf8' });
    expect(r.signal).toBe('SIGKILL');
    tally.kills++;
    const after = readFileSync(file, 'utf8');
    tally[after === written ? 'new' : after === old ? 'old' : 'corrupt']++;
    expect(after).toBe(point === 'renamed' ? written : old);
    await expectLoads(dir);
  });
});

describe('plan progress: killed at random moments (real processes)', () => {
  // Each run measures how long a whole write takes, then kills one at a random moment inside that span.
  const KILLS = Number(process.env.FUZZ_RUNS) ? Math.min(Number(process.env.FUZZ_RUNS), 200) : 12;

  it(`${KILLS} writers killed at random moments: every time the old or the new file, whole; the next write lands`, async () => {
    const { dir, file } = tempPlans();
    const env = cleanEnv({});
    const t0 = Date.now();
    expect(spawnSync(process.execPath, [BIN, ...WRITE_ARGS, '--dry-run'], { cwd: dir, env }).status).toBe(0);
    const span = Math.max(50, (Date.now() - t0) * 1.3);
    let current = readFileSync(file, 'utf8');
    let anchor = LAST_74;
    for (let i = 0; i < KILLS; i++) {
      // Each writer adds the next reading: the same date, a larger value.
      const line = `              - { date: 2026-10-15, value: ${1200 + i}, by: 经济工作部, recorded: 2026-11-25 }`;
      const args = ['progress', '7.4', '--value', String(1200 + i), '--date', '2026-10-15', '--as-of', '2026-11-25', '--by', '经济工作部'];
      const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
      await new Promise((r) => setTimeout(r, Math.random() * span));
      child.kill('SIGKILL');
      await exited;
      tally.kills++;
      const after = readFileSync(file, 'utf8');
      const which = after === current ? 'old' : after === withLinesAfter(current, anchor, [line]) ? 'new' : 'corrupt';
      tally[which]++;
      expect(which, `kill ${i}`).not.toBe('corrupt');
      if (which === 'new') anchor = line;
      current = after;
    }
    await expectLoads(dir);
    // One more write: takes over any stale lock, removes every dead writer's temp file.
    const r = await runCli(['progress', '7.4', '--value', '2000', '--date', '2026-11-20', '--by', '经济工作部'], { cwd: dir, env: { PLAN_AS_OF: '2026-11-25', PLAN_LOCK_TIMEOUT_MS: '5000' } });
    expect(r.code, r.stderr).toBe(0);
    await expectLoads(dir);
    expect(tmpFiles(dir)).toEqual([]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
