import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePlan } from '../../src/yaml/analyze.js';
import { readTextFile } from '../../src/store/read.js';
import { ROOT, runCli, tempPlans } from '../helpers.js';

/** Concurrent `plan progress` processes on one plan file: every reading lands, in order. */

const BIN = join(ROOT, 'bin/plan.js');
const LAST_74 = '              - { date: 2026-09-30, value: 1150, by: 经济工作部, note: 三季度 }';
const N = 20;
const ADD = ['progress', '7.4', '--add', '1', '--person', '测试', '--date', '2026-10-15', '--as-of', '2026-10-15'];
// Generous: on a loaded machine 20 node start-ups queue behind each other; correctness is what is checked.
const PATIENT = { PLAN_LOCK_TIMEOUT_MS: '120000' };

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Running {
  child: ChildProcess;
  exit: Promise<Exit>;
  /** Resolves once stderr has shown `text`. */
  saw: (text: string) => Promise<void>;
}

/** The environment of a user with none of our variables set (the test run's own could leak in). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' };
  for (const k of ['PLAN_AS_OF', 'PLAN_DIR', 'PLAN_FAULT', 'PLAN_LANG', 'PLAN_DEBUG', 'PLAN_LOCK_TIMEOUT_MS', 'FORCE_COLOR']) delete env[k];
  return { ...env, ...extra };
}

function start(cwd: string, args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []): Running {
  const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
    for (const w of waiters.filter((x) => stderr.includes(x.text))) w.resolve();
  });
  const exit = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  const saw = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stderr.includes(text)) return resolve();
      waiters.push({ text, resolve });
      void exit.then((e) => reject(new Error(`exited (${e.code ?? e.signal}) before printing ${text}: ${e.stderr}`)));
    });
  return { child, exit, saw };
}

/**
 * Loaded with `node --require` into a writer: says WAITING on stderr the first time it finds the lock
 * taken, so the test knows every writer is queued without sleeping.
 */
const WAITING_HOOK = `
const fs = require('node:fs');
let told = false;
// The lock is linked into place (open with O_EXCL where links are missing): either fails with EEXIST while it is held.
for (const name of ['linkSync', 'openSync']) {
  const real = fs[name];
  fs[name] = function (...args) {
    try {
      return real.apply(this, args);
    } catch (e) {
      if (!told && e && e.code === 'EEXIST' && String(args[name === 'linkSync' ? 1 : 0]).endsWith('.lock')) {
        told = true;
        process.stderr.write('WAITING\\n');
      }
      throw e;
    }
  };
}
// A writer looks at a held lock (reads whose it is) before it tries to claim it: that is waiting too.
const readFileSync = fs.readFileSync;
fs.readFileSync = function (...args) {
  const out = readFileSync.apply(this, args);
  if (!told && String(args[0]).endsWith('.lock')) {
    told = true;
    process.stderr.write('WAITING\\n');
  }
  return out;
};
`;

async function expectAllLanded(dir: string, file: string, old: string, exits: Exit[], stderr = 'recorded in plans/union-2026.yaml\n'): Promise<void> {
  for (const e of exits) {
    expect(e.stderr).toBe(stderr);
    expect(e.code).toBe(0);
  }
  // Each process added 1 to what the one before it wrote: 1151 … 1170, oldest first, nothing else touched.
  const added = Array.from({ length: N }, (_, i) => `              - { date: 2026-10-15, value: ${1151 + i}, by: 经济工作部, person: 测试 }`);
  const a = old.split('\n');
  const at = a.indexOf(LAST_74) + 1;
  expect(at).toBeGreaterThan(0);
  expect(readFileSync(file, 'utf8')).toBe([...a.slice(0, at), ...added, ...a.slice(at)].join('\n'));

  const { problems } = analyzePlan(readTextFile(file), { asOf: '2026-10-15' });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const shown = await runCli(['show', '7.4', '--format', 'json', '--as-of', '2026-10-15'], { cwd: dir });
  expect(shown.code).toBe(0);
  const json = JSON.parse(shown.stdout) as { item: { targets: { id: string; actual: number; readings: unknown[] }[] } };
  const t = json.item.targets.find((x) => x.id === '7.4')!;
  expect(t.actual).toBe(1150 + N);
  expect(t.readings).toHaveLength(3 + N);

  expect(readdirSync(join(dir, 'plans')).filter((n) => n !== 'union-2026.yaml')).toEqual([]);
}

describe('plan progress: concurrent writers (real processes)', () => {
  beforeAll(() => {
    // `npm test` builds first; running this file alone needs `npm run build`.
    expect(existsSync(join(ROOT, 'dist/plan-core.cjs')), 'dist/plan-core.cjs: run npm run build').toBe(true);
  });

  it(`${N} parallel "progress 7.4 --add 1" all exit 0 and all land`, async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const exits = await Promise.all(Array.from({ length: N }, () => start(dir, ADD, PATIENT).exit));
    await expectAllLanded(dir, file, old, exits);
  });

  it(`${N} parallel writers starting over a lock left by a dead process: all land`, async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    writeFileSync(`${file}.lock`, `999999\n${hostname()}\n`);
    const exits = await Promise.all(Array.from({ length: N }, () => start(dir, ADD, PATIENT).exit));
    await expectAllLanded(dir, file, old, exits);
  });

  it(`${N} writers queued behind a holder that is killed: exactly one takes the stale lock over, all land`, async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const hook = join(dir, 'waiting-hook.cjs');
    writeFileSync(hook, WAITING_HOOK);

    const holder = start(dir, ADD, { PLAN_FAULT: 'locked:hang' });
    await holder.saw('PLAN_FAULT locked');
    const writers = Array.from({ length: N }, () => start(dir, ADD, PATIENT, ['--require', hook]));
    await Promise.all(writers.map((w) => w.saw('WAITING')));
    // All N now poll a lock whose owner dies: they find it stale at about the same moment.
    holder.child.kill('SIGKILL');
    expect((await holder.exit).signal).toBe('SIGKILL');
    const exits = await Promise.all(writers.map((w) => w.exit));
    await expectAllLanded(dir, file, old, exits, 'WAITING\nrecorded in plans/union-2026.yaml\n');
  });
});
