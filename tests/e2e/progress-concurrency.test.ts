import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePlan } from '../../src/store/load.js';
import { readTextFile } from '../../src/store/read.js';
import { ROOT, runCli, tempPlans } from '../helpers.js';

/** Concurrent `plan progress` processes on one plan file: every reading lands, in order. */

const BIN = join(ROOT, 'bin/plan.js');
const LAST_74 = '              - { date: 2026-09-30, value: 1150, by: 经济工作部, note: 三季度 }';
const N = 20;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user with none of our variables set (the test's own may leak otherwise). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...extra };
  for (const k of ['PLAN_AS_OF', 'PLAN_DIR', 'PLAN_FAULT', 'PLAN_LANG', 'PLAN_DEBUG', 'FORCE_COLOR']) if (!(k in extra)) delete env[k];
  return env;
}

function plan(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function addInParallel(dir: string): Promise<Exit[]> {
  // A generous lock timeout: on a loaded machine 20 node start-ups may queue; correctness is what is checked.
  const args = ['progress', '7.4', '--add', '1', '--by', '测试', '--date', '2026-10-15', '--as-of', '2026-10-15'];
  return Promise.all(Array.from({ length: N }, () => plan(dir, args, { PLAN_LOCK_TIMEOUT_MS: '120000' })));
}

async function expectAllLanded(dir: string, file: string, old: string, exits: Exit[]): Promise<void> {
  for (const e of exits) {
    expect(e.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(e.code).toBe(0);
  }
  // Each process added 1 to what the one before it wrote: 1151 … 1170, oldest first, nothing else touched.
  const added = Array.from({ length: N }, (_, i) => `              - { date: 2026-10-15, value: ${1151 + i}, by: 测试 }`);
  const a = old.split('\n');
  const at = a.indexOf(LAST_74) + 1;
  expect(readFileSync(file, 'utf8')).toBe([...a.slice(0, at), ...added, ...a.slice(at)].join('\n'));

  const { problems } = analyzePlan(readTextFile(file), { asOf: '2026-10-15' });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const shown = await runCli(['show', '7.4', '--format', 'json', '--as-of', '2026-10-15'], { cwd: dir });
  expect(shown.code).toBe(0);
  const json = JSON.parse(shown.stdout) as { item: { targets: { id: string; actual: number; readings: unknown[] }[] } };
  const t = json.item.targets.find((x) => x.id === '7.4')!;
  expect(t.actual).toBe(1150 + N);
  expect(t.readings).toHaveLength(3 + N);

  expect(existsSync(`${file}.lock`)).toBe(false);
  expect(readdirSync(join(dir, 'plans')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}

describe('plan progress: concurrent writers (real processes)', () => {
  beforeAll(() => {
    // `npm test` builds first; running this file alone needs `npm run build`.
    expect(existsSync(join(ROOT, 'dist/plan.cjs')), 'dist/plan.cjs: run npm run build').toBe(true);
  });

  it(`${N} parallel "progress 7.4 --add 1" all land`, async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    await expectAllLanded(dir, file, old, await addInParallel(dir));
  });

  it(`${N} parallel writers over a lock left by a dead process: one takes it over, all land`, async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    writeFileSync(`${file}.lock`, `999999\n${hostname()}\n`);
    await expectAllLanded(dir, file, old, await addInParallel(dir));
  });
});
