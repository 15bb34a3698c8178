import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/yaml/parse.js';
import { ROOT, runCli, type RunResult } from '../helpers.js';

/**
 * The hostile-input corpus: every entry of tests/fixtures/bad/manifest.json through every
 * command it lists, in-process, then a handful through the real binary. Each refused input: exit 1
 * or 2, one clear line on stderr (file:line:col where it applies), nothing on stdout, no stack
 * trace, and every file in the plans folder byte for byte as it was.
 */

const BAD = join(ROOT, 'tests/fixtures/bad');
const FILES = join(BAD, 'files');
const MINI = readFileSync(join(BAD, 'mini.yaml'), 'utf8');

type Command = 'list' | 'status' | 'show' | 'depts' | 'behind' | 'report' | 'progress' | 'validate' | 'import';
interface Expectation {
  exit: number;
  /** The validate code (and, without one, validate fails like any other command). */
  code?: string;
  /** line:col of the problem; null when the message names the file and no place in it. */
  at?: string | null;
  pattern?: string;
}
interface Entry extends Expectation {
  file: string;
  commands: Command[];
  make?: 'huge' | 'many-items' | 'directory' | 'dangling-symlink' | 'fifo' | 'no-plan' | 'two-plans-one-id' | 'read-only' | 'live-lock' | 'dead-lock';
  note?: string;
  env?: Record<string, string>;
  expect?: Partial<Record<Command, Partial<Expectation>>>;
  sameAsMini?: boolean;
  /** A regex stdout never matches. */
  absent?: string;
}

const { entries } = JSON.parse(readFileSync(join(BAD, 'manifest.json'), 'utf8')) as { entries: Entry[] };

const ARGS: Record<Command, (file: string) => string[]> = {
  list: () => ['list'],
  status: () => ['status'],
  show: () => ['show', '1'],
  depts: () => ['depts'],
  behind: () => ['behind'],
  report: () => ['report'],
  progress: () => ['progress', '1.1', '--value', '20', '--date', '2026-04-30', '--by', '办公室'],
  validate: () => ['validate', '--format', 'json'],
  import: (file) => ['import', `plans/${file}`],
};
const ENV = { PLAN_AS_OF: '2026-11-25', PLAN_CACHE: '0', PLAN_LOCK_TIMEOUT_MS: '2000' };

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

/** A dead pid: a child that has exited (its pid is not reused within the test). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

function make(entry: Entry, plans: string): void {
  const file = join(plans, entry.file);
  switch (entry.make) {
    case undefined:
      cpSync(join(FILES, entry.file), file);
      return;
    case 'huge': {
      // 100 MB: a plan's head, then comment lines. Never read: refused on its size.
      const buf = Buffer.alloc(100 * 1024 * 1024, '# 填充 padding\n');
      buf.write(MINI);
      writeFileSync(file, buf);
      return;
    }
    case 'many-items': {
      const items = Array.from({ length: LIMITS.items + 1 }, (_, i) => `      - { id: "${i}", title: t, departments: [办公室] }\n`);
      writeFileSync(file, MINI.slice(0, MINI.indexOf('      - id: "1"')) + items.join(''));
      return;
    }
    case 'directory':
      mkdirSync(file);
      return;
    case 'dangling-symlink':
      symlinkSync(join(plans, 'no-such-target.yaml'), file);
      return;
    case 'fifo':
      expect(spawnSync('mkfifo', [file]).status).toBe(0);
      return;
    case 'no-plan':
      writeFileSync(file, 'plans go here\n');
      return;
    case 'two-plans-one-id':
      writeFileSync(join(plans, 'a.yaml'), MINI);
      writeFileSync(file, MINI);
      return;
    case 'read-only':
      writeFileSync(file, MINI);
      return;
    case 'live-lock':
      writeFileSync(file, MINI);
      writeFileSync(`${file}.lock`, `${process.pid}\n${hostname()}\n`);
      return;
    case 'dead-lock':
      writeFileSync(file, MINI);
      writeFileSync(`${file}.lock`, `${deadPid()}\n${hostname()}\n`);
      return;
  }
}

/** Every entry of the plans folder: its type, and a file's bytes as a hash (a FIFO is never opened). */
function snapshot(plans: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(plans).sort()) {
    const p = join(plans, name);
    const st = lstatSync(p);
    out[name] = st.isSymbolicLink()
      ? `link ${readlinkSync(p)}`
      : st.isDirectory()
        ? 'dir'
        : st.isFIFO()
          ? 'fifo'
          : createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-hostile-'));
  mkdirSync(join(dir, 'plans'));
  made.push(dir);
  return dir;
}
// The 100 MB plan is not left in the temp folder.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const dirs = new Map<string, string>();
/** One folder per refused entry (every command must leave it as it is); a fresh one when a command may write. */
function folderFor(entry: Entry, fresh: boolean): string {
  const cached = dirs.get(entry.file + (entry.make ?? ''));
  if (cached && !fresh) return cached;
  const dir = tempDir();
  make(entry, join(dir, 'plans'));
  if (!fresh) dirs.set(entry.file + (entry.make ?? ''), dir);
  return dir;
}

function expectNoCrash(r: RunResult): void {
  expect(r.stderr).not.toMatch(/internal error|\n\s+at |\bTypeError\b|\bRangeError\b/);
  expect([0, 1, 2]).toContain(r.code);
}

/** The refused input's one line: `plans/FILE:L:C: message` or `plan: message`. */
function expectOneLine(r: RunResult, file: string, x: Expectation): void {
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^[^\n]+\n$/);
  const prefix = x.at ? `plans/${file}:${x.at}: `.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : 'plan: ';
  expect(r.stderr).toMatch(new RegExp(`^${prefix}${x.pattern ?? ''}`));
}

interface ValidateJson {
  valid: boolean;
  problems: { file: string; line: number; col: number; severity: string; code: string; message: string }[];
}

function expectProblem(r: RunResult, file: string, x: Expectation): void {
  const j = JSON.parse(r.stdout) as ValidateJson;
  expect(j.valid).toBe(false);
  const at = x.at ?? '1:1';
  const match = j.problems.find((p) => p.code === x.code && `${p.line}:${p.col}` === at && p.file === `plans/${file}`);
  expect(match, `a ${x.code} problem at plans/${file}:${at} in ${r.stdout}`).toBeDefined();
  expect(match!.message).toMatch(new RegExp(x.pattern ?? ''));
  // The summary alone on stderr.
  expect(r.stderr).toMatch(/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?\) in \d+ files?\n$/);
}

const runs = entries.flatMap((entry) => entry.commands.map((command) => ({ entry, command, name: `${entry.file}${entry.make ? ` (${entry.make})` : ''}` })));

describe('hostile inputs: tests/fixtures/bad/manifest.json', () => {
  it(`holds at least 50 hostile inputs, every file in files/ is an entry (${entries.length} entries, ${runs.length} command runs)`, () => {
    expect(entries.filter((e) => e.exit !== 0).length).toBeGreaterThanOrEqual(50);
    const listed = new Set(entries.filter((e) => !e.make).map((e) => e.file));
    expect([...listed].sort()).toEqual(readdirSync(FILES).sort());
    for (const e of entries) {
      expect(e.commands.length, e.file).toBeGreaterThan(0);
      expect([0, 1, 2], e.file).toContain(e.exit);
      if (e.exit !== 0) expect(e.pattern, e.file).toBeDefined();
    }
  });

  it.each(runs)('$name: plan $command', async ({ entry, command }) => {
    if (entry.make === 'fifo' && !hasMkfifo) return;
    const x: Expectation = { ...entry, ...entry.expect?.[command] };
    const writes = x.exit === 0 && command === 'progress';
    const dir = folderFor(entry, writes || entry.make === 'dead-lock');
    const plans = join(dir, 'plans');
    const before = snapshot(plans);
    const original = entry.make || !existsSync(join(FILES, entry.file)) ? MINI : readFileSync(join(FILES, entry.file), 'utf8');

    const r = await runCli(ARGS[command](entry.file), { cwd: dir, env: { ...ENV, ...entry.env } });
    expectNoCrash(r);
    expect(r.code, r.stderr).toBe(x.exit);

    if (x.exit !== 0) {
      if (command === 'validate' && x.code) expectProblem(r, entry.file, x);
      else expectOneLine(r, entry.file, x);
      expect(snapshot(plans)).toEqual(before);
      return;
    }

    if (command !== 'behind') expect(r.stdout).not.toBe(''); // behind prints nothing when nothing lags
    if (entry.absent) expect(r.stdout).not.toMatch(new RegExp(entry.absent, 'm'));
    if (entry.sameAsMini) {
      const clean = tempDir();
      writeFileSync(join(clean, 'plans', entry.file), MINI);
      const c = await runCli(ARGS[command](entry.file), { cwd: clean, env: ENV });
      expect(r.stdout).toBe(c.stdout);
      expect(r.code).toBe(c.code);
    }
    if (writes) {
      const after = readFileSync(join(plans, entry.file), 'utf8');
      expect(after).not.toBe(original);
      if (original.startsWith('\ufeff')) expect(after.startsWith('\ufeff')).toBe(true);
      if (original.includes('\r\n')) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
      expect(readdirSync(plans)).toEqual([entry.file]); // no lock, no temp file
      const v = await runCli(['validate', '--format', 'json'], { cwd: dir, env: ENV });
      expect(JSON.parse(v.stdout)).toEqual({ schema: 1, valid: true, problems: [] });
    }
  });
});

describe('hostile inputs through the real binary: no stack trace reaches a terminal', () => {
  const BIN = join(ROOT, 'bin/plan.js');
  const pick = (file: string) => entries.find((e) => e.file === file)!;
  const cases: { file: string; command: Command }[] = [
    { file: 'alias-billion-laughs.yaml', command: 'list' },
    { file: 'deep-flow-seq.yaml', command: 'status' },
    { file: 'enc-gbk.yaml', command: 'report' },
    { file: 'proto-key-top.yaml', command: 'progress' },
    { file: 'number-1e309.yaml', command: 'behind' },
    { file: 'binary-png.yaml', command: 'import' },
    { file: 'dup-key-complex-key.yaml', command: 'list' }, // once printed a Node warning beside its line
    { file: 'huge.yaml', command: 'list' },
    ...(hasMkfifo ? [{ file: 'fifo.yaml', command: 'show' as const }] : []),
  ];

  it.each(cases)('$file: plan $command', ({ file, command }) => {
    expect(existsSync(join(ROOT, 'dist/plan-core.cjs')), 'dist/plan-core.cjs: run npm run build').toBe(true);
    const entry = pick(file);
    const x: Expectation = { ...entry, ...entry.expect?.[command] };
    const dir = folderFor(entry, false);
    const before = snapshot(join(dir, 'plans'));
    const env: NodeJS.ProcessEnv = { ...process.env, ...ENV, LANG: 'en_US.UTF-8', NO_COLOR: '1' };
    delete env.PLAN_DEBUG;
    const r = spawnSync(process.execPath, [BIN, ...ARGS[command](file)], { cwd: dir, env, encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(x.exit);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expectOneLine({ code: r.status!, stdout: r.stdout, stderr: r.stderr }, file, x);
    expect(snapshot(join(dir, 'plans'))).toEqual(before);

    // PLAN_DEBUG=1 is how a developer sees where it came from.
    const debug = spawnSync(process.execPath, [BIN, ...ARGS[command](file)], { cwd: dir, env: { ...env, PLAN_DEBUG: '1' }, encoding: 'utf8', timeout: 30_000 });
    expect(debug.status).toBe(x.exit);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});

describe('hostile bytes on standard input: plan import -', () => {
  it.each([
    // GBK and UTF-16 with a BOM are read (a clerk's CSV or text from Windows): these are YAML, no plan text.
    { file: 'enc-gbk.yaml', pattern: /^plan: cannot import: no numbered items found/ },
    { file: 'enc-utf16le-bom.yaml', pattern: /^plan: cannot import: no numbered items found/ },
    { file: 'enc-latin1.yaml', pattern: /^\(stdin\):3:11: \(stdin\) is not valid UTF-8; save it as UTF-8\n$/ },
    { file: 'binary-png.yaml', pattern: /^\(stdin\):3:1: \(stdin\) is a binary file/ },
    { file: 'nul-byte.yaml', pattern: /^\(stdin\):3:10: \(stdin\) is a binary file/ },
    { file: 'empty.yaml', pattern: /^plan: cannot import: no numbered items found/ },
  ])('$file: exit 1, one line', async ({ file, pattern }) => {
    const r = await runCli(['import', '-'], { stdin: readFileSync(join(FILES, file)), env: ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^[^\n]+\n$/);
    expect(r.stderr).toMatch(pattern);
  });
});
