import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';
import { ROOT, tempPlans } from '../helpers.js';

const generatePlan = generateUntyped as (items: number) => string;

/**
 * The built CLI run in a real process, then the Node built-in modules the run loaded beyond what
 * Node loads for any script, the files it read and whether V8 took the code caches. Start-up is
 * measured by the bench; this shows what is on the path.
 */
function loaded(args: string[], env: Record<string, string> = {}): { status: number | null; modules: string[]; files: string[]; folders: string[]; cached: boolean; stdout: string } {
  const { dir } = tempPlans();
  const script = `
    const before = new Set(process.moduleLoadList);
    const fs = require('node:fs');
    const read = fs.readFileSync;
    const open = fs.openSync;
    const files = [];
    fs.readFileSync = (f, ...rest) => (files.push(require('node:path').basename(String(f))), read(f, ...rest));
    fs.openSync = (f, ...rest) => (files.push(require('node:path').basename(String(f))), open(f, ...rest));
    const readdir = fs.readdirSync;
    const folders = [];
    fs.readdirSync = (d, ...rest) => (folders.push(require('node:path').basename(String(d))), readdir(d, ...rest));
    const plan = require(${JSON.stringify(join(ROOT, 'bin/plan.js'))});
    plan.main(['node', 'plan', ...${JSON.stringify(args)}]).then((code) => {
      process.exitCode = code;
      const added = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13));
      process.stderr.write('\\nLOADED ' + JSON.stringify(added) + '\\n');
      process.stderr.write('FILES ' + JSON.stringify(files) + '\\n');
      process.stderr.write('FOLDERS ' + JSON.stringify(folders) + '\\n');
      process.stderr.write('CACHED ' + plan.codeCacheUsed + '\\n');
    });`;
  // A script file, as bin/plan.js is run (node -e loads more of Node's own modules before it starts).
  writeFileSync(join(dir, 'probe.cjs'), script);
  const r = spawnSync(process.execPath, ['probe.cjs'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'zh_CN.UTF-8', PLAN_AS_OF: '2026-07-01', ...env }, encoding: 'utf8' });
  const line = /\nLOADED (.*)\n/.exec(r.stderr);
  expect(line, r.stderr).not.toBeNull();
  const files = /\nFILES (.*)\n/.exec(r.stderr);
  const folders = /\nFOLDERS (.*)\n/.exec(r.stderr);
  return { status: r.status, modules: JSON.parse(line![1]!) as string[], files: JSON.parse(files![1]!) as string[], folders: JSON.parse(folders![1]!) as string[], cached: /\nCACHED true\n/.test(r.stderr), stdout: r.stdout };
}

describe('start-up of the read commands', () => {
  it.each([['status'], ['list'], ['ls', '--dept', '办公室'], ['show', '7'], ['depts'], ['behind'], ['--dir', 'plans', 'status', '--json']])('plan %s loads no hashing, compression, process or socket code', (...args) => {
    const r = loaded(args);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toBe('');
    // Output to a pipe is written directly (src/main.ts); commander's child_process is loaded only to spawn;
    // bin/plan.js hands the bundle its own require (node:module would bring Node's ES-module loader).
    for (const m of ['crypto', 'zlib', 'os', 'child_process', 'net', 'stream', 'module', 'internal/modules/esm/loader']) expect(r.modules).not.toContain(m);
    // Nor the yaml library (dist/yaml.cjs) or js-yaml: a well-formed plan is read by the fast reader, and nothing is placed on a line.
    expect(r.files).toContain('plan-core.cjs');
    expect(r.files).not.toContain('yaml.cjs');
    expect(r.files).not.toContain('js-yaml.cjs');
    // Nor the commands bundled apart (dist/plan-rest.cjs: import, report, sheet, remind, init, completion),
    // nor the schema's ajv validators (dist/validators.cjs: a plan the schema walk refuses).
    expect(r.files).not.toContain('plan-rest.cjs');
    expect(r.files).not.toContain('validators.cjs');
  });

  it("a plan the schema walk refuses is told by ajv's validator, loaded then (dist/validators.cjs)", () => {
    const { dir } = tempPlans();
    const file = join(dir, 'plans', 'union-2026.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: at_least', 'kind: atleast'));
    const bin = join(ROOT, 'bin/plan.js');
    const r = spawnSync(process.execPath, [bin, 'status'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'zh_CN.UTF-8' }, encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^plans\/union-2026\.yaml:\d+:\d+: sections\[\d+\]\.items\[\d+\]\.targets\[\d+\]\.kind 必须是 at_least, at_most, level, milestone 之一,实际为 'atleast' —— 是否应为 at_least?/);
  });

  it.each([[['status']], [['list', '--dept', '办公室']], [['--dir', 'plans', 'status']], [['status', '--dir', 'plans', '--dir', 'plans']]])('plan %j lists the plans folder once: the language picker looks at the plan the command then loads', (args) => {
    const r = loaded(args, { LANG: 'C.UTF-8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/工作要点|办公室/);
    expect(r.folders).toEqual(['plans']);
  });

  it('the commands bundled apart take the modules they share from the bundle: one PlanError, so a refusal is its one line, not an internal error', () => {
    // A second copy of errors.ts in dist/plan-rest.cjs would make its PlanError a class run() does not know.
    const rest = readFileSync(join(ROOT, 'dist/plan-rest.cjs'), 'latin1');
    expect(rest).not.toMatch(/\b(PlanError|UsageError|Command|Option) = class\b|\bclass (PlanError|UsageError|Command|Option)\b/);
    expect(rest).toMatch(/require\("\.\/plan-core\.cjs"\)\.shared\(\)\["src\/errors\.ts"\]/);
    const missing = loaded(['import', 'missing.docx'], { LANG: 'C.UTF-8' });
    expect(missing.files).toContain('plan-rest.cjs');
    expect(missing.cached).toBe(true);
    const { dir } = tempPlans();
    const bin = join(ROOT, 'bin/plan.js');
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'zh_CN.UTF-8' };
    const refused = spawnSync(process.execPath, [bin, 'import', 'missing.docx'], { cwd: dir, env, encoding: 'utf8' });
    expect([refused.status, refused.stdout, refused.stderr]).toEqual([1, '', 'plan: 找不到文件 missing.docx\n']);
    const usage = spawnSync(process.execPath, [bin, 'import', 'missing.docx', '--period', '二〇二六'], { cwd: dir, env, encoding: 'utf8' });
    expect([usage.status, usage.stdout, usage.stderr]).toEqual([2, '', 'plan: --period 必须是年份,如 2026;实际为 "二〇二六"\n']);
  });

  it('runs the bundle with the code cache made at build time (a cache V8 rejects would only make every start slower)', () => {
    const script = `process.stdout.write(String(require(${JSON.stringify(join(ROOT, 'bin/plan.js'))}).codeCacheUsed))`;
    const r = spawnSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('true');
  });

  it('PLAN_DEBUG=1 runs the same code unminified, so the stack trace names its functions', () => {
    const { dir } = tempPlans();
    const bin = join(ROOT, 'bin/plan.js');
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'zh_CN.UTF-8', PLAN_AS_OF: '2026-07-01' };
    const plain = spawnSync(process.execPath, [bin, 'show', '99'], { cwd: dir, env, encoding: 'utf8' });
    expect(plain.status).toBe(2);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = spawnSync(process.execPath, [bin, 'show', '99'], { cwd: dir, env: { ...env, PLAN_DEBUG: '1' }, encoding: 'utf8' });
    expect(debug.status).toBe(2);
    // The same message first, then where it came from, by name (the minified bundle's are a letter or two).
    expect(debug.stderr.startsWith(plain.stderr)).toBe(true);
    expect(debug.stderr).toMatch(/^\s+at resolveRef \(.*plan-debug\.cjs:\d+:\d+\)$/m);
  });

  it('PLAN_DEBUG=1 writes as a plain run does (the yaml library, bundled apart, is loaded through the same loader)', () => {
    const { dir } = tempPlans();
    const bin = join(ROOT, 'bin/plan.js');
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'zh_CN.UTF-8', PLAN_AS_OF: '2026-11-25' };
    const file = join(dir, 'plans', 'union-2026.yaml');
    const before = readFileSync(file, 'utf8');
    const args = [bin, 'progress', '7.4', '--add', '1', '--by', '经济工作部', '--date', '2026-11-25'];
    const plain = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8' });
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    expect(plain.status).toBe(0);
    const written = readFileSync(file, 'utf8');
    writeFileSync(file, before);
    const debug = spawnSync(process.execPath, args, { cwd: dir, env: { ...env, PLAN_DEBUG: '1' }, encoding: 'utf8' });
    expect(debug.stderr).toBe(plain.stderr);
    expect(debug.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('what a command prints reaches the pipe whole, also when the reader closes it early', () => {
    const { dir } = tempPlans();
    const bin = join(ROOT, 'bin/plan.js');
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'zh_CN.UTF-8', PLAN_AS_OF: '2026-07-01' };
    const json = spawnSync(process.execPath, [bin, 'list', '--json'], { cwd: dir, env, encoding: 'utf8' });
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as { items: unknown[] }).items).toHaveLength(19);
    expect(json.stderr).toBe('');
    // A plan whose list is far more than a pipe holds (64 KiB), so the writer meets the closed pipe.
    writeFileSync(join(dir, 'plans', 'union-2026.yaml'), generatePlan(1000));
    const big = spawnSync(process.execPath, [bin, 'list'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(big.stdout.length).toBeGreaterThan(100_000);
    const head = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" list | head -n 1; echo "exit $?"`], { cwd: dir, env, encoding: 'utf8' });
    expect(head.stdout).toBe(`${big.stdout.split('\n')[0]}\nexit 0\n`);
    expect(head.stderr).toBe(big.stderr);
    expect(head.stderr).toMatch(/^共 1000 项事项/);
  });

  it('exits as soon as the code is known, yet output a stream holds back still arrives whole (a non-blocking pipe that fills)', () => {
    const { dir } = tempPlans(generatePlan(1000));
    const bin = join(ROOT, 'bin/plan.js');
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'zh_CN.UTF-8', PLAN_AS_OF: '2026-07-01' };
    const whole = spawnSync(process.execPath, [bin, 'list'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(whole.status).toBe(0);
    expect(whole.stdout.length).toBeGreaterThan(100_000);
    // Node's own stream on a pipe makes the descriptor non-blocking (as a parent's might be): the
    // direct write meets EAGAIN when the pipe is full and hands the rest to process.stdout, which
    // writes it later; bin/plan.js must not exit before it has.
    // (made by a module preloaded before bin/plan.js runs as the program).
    writeFileSync(join(dir, 'probe.cjs'), 'process.stdout;');
    const r = spawnSync('sh', ['-c', `{ "${process.execPath}" -r ./probe.cjs "${bin}" list; echo "exit $?" >&2; } | cat`], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stdout).toBe(whole.stdout);
    expect(r.stderr).toBe(`${whole.stderr}exit 0\n`);
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
    // The edit is spliced into the text with the yaml library's Document API, loaded then, with its code cache.
    expect(r.files).toContain('yaml.cjs');
    expect(r.cached).toBe(true);
  });

  it('a text the fast reader gives up on (CRLF line ends) is read by js-yaml, loaded then with its code cache', () => {
    const { dir } = tempPlans();
    const file = join(dir, 'plans', 'union-2026.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const r = loaded(['--dir', join(dir, 'plans'), 'status']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('xx市总工会2026年工作要点');
    expect(r.files).toContain('js-yaml.cjs');
    expect(r.files).not.toContain('yaml.cjs');
    expect(r.cached).toBe(true);
  });

  it('a problem to place on a line loads the yaml library', () => {
    const { dir } = tempPlans();
    writeFileSync(join(dir, 'plans', 'union-2026.yaml'), readFileSync(join(dir, 'plans', 'union-2026.yaml'), 'utf8').replace(/^title: .*$/m, 'title: [未闭合'));
    const r = loaded(['--dir', join(dir, 'plans'), 'validate']);
    expect(r.status).toBe(1);
    expect(r.files).toContain('yaml.cjs');
  });
});
