import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../golden.js';
import { ROOT, runCli, sampleText, tempPlans } from '../helpers.js';

const INVALID = join(ROOT, 'tests/fixtures/invalid');
const VALID = join(ROOT, 'tests/fixtures/valid');

interface Expected {
  exit: number;
  problems: { line: number; col: number; severity: string; code: string; includes?: string }[];
}
interface ValidateJson {
  valid: boolean;
  problems: { file: string; line: number; col: number; severity: string; code: string; message: string }[];
}

const fixtures = readdirSync(INVALID)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => n.slice(0, -'.yaml'.length))
  .sort();

describe('plan validate: one fixture per problem (tests/fixtures/invalid/NAME.yaml, answer in NAME.json)', () => {
  it('has a fixture for at least 25 problems, each with its answer', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    for (const name of fixtures) expect(readdirSync(INVALID), name).toContain(`${name}.json`);
  });

  it.each(fixtures)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(INVALID, `${name}.json`), 'utf8')) as Expected;
    const r = await runCli(['validate', '--format', 'json', `${name}.yaml`], { cwd: INVALID });
    expect(r.code).toBe(expected.exit);
    const j = JSON.parse(r.stdout) as ValidateJson;
    expect(j.valid).toBe(expected.exit === 0);
    expect(j.problems.map(({ line, col, severity, code }) => ({ line, col, severity, code }))).toEqual(expected.problems.map(({ includes: _, ...p }) => p));
    for (const [i, p] of expected.problems.entries()) {
      expect(j.problems[i]!.file).toBe(`${name}.yaml`);
      if (p.includes) expect(j.problems[i]!.message).toContain(p.includes);
    }
    // The fixture's first line names the problem it holds.
    const named = /^# ([a-z0-9-]+)/.exec(readFileSync(join(INVALID, `${name}.yaml`), 'latin1'))?.[1];
    if (named && named !== 'several') expect(j.problems.map((p) => p.code)).toContain(named);
  });
});

describe('plan validate', () => {
  it('passes the sample plan and the valid fixtures', async () => {
    const r = await runCli(['validate']);
    expect(r).toMatchObject({ code: 0, stdout: '✔ no problems in 1 file\n' });
    const v = await runCli(['validate', '--format', 'json', 'minimal.yaml', 'correction.yaml'], { cwd: VALID });
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toEqual({ schema: 1, valid: true, problems: [] });
  });

  it('a unit misspelt as 法律工作 on line N fails with FILE:N:COL and suggests 法律工作部', async () => {
    const lines = sampleText().split('\n');
    const n = lines.findIndex((l) => l.includes('departments: [法律工作部, 女职工部]')) + 1;
    lines[n - 1] = lines[n - 1]!.replace('[法律工作部,', '[法律工作,');
    const { dir } = tempPlans(lines.join('\n'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    const col = lines[n - 1]!.indexOf('法律工作') + 1;
    expect(r.stdout).toContain(`plans/union-2026.yaml:${n}:${col}  error  unknown-unit  unknown unit "法律工作"; did you mean 法律工作部?`);
    // The caret sits under 法 although each Chinese character takes two columns.
    const frame = r.stdout.split('\n');
    const at = frame.findIndex((l) => l.startsWith(`  ${n} | `));
    expect(frame[at + 1]!.indexOf('^')).toBe(`  ${n} | `.length + col - 1);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 1 file\n$/);
  });

  it('reports every problem at once, across files, and keeps going past unreadable ones', async () => {
    const r = await runCli(['validate', '--format', 'json', 'several-problems.yaml', 'missing.yaml', '.', 'encoding-gbk.yaml', 'unknown-unit.yaml'], { cwd: INVALID });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as ValidateJson;
    expect(j.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.code}`)).toEqual([
      'several-problems.yaml:20:19 schema-enum',
      'several-problems.yaml:28:23 unknown-unit',
      'missing.yaml:1:1 file',
      '.:1:1 file',
      'encoding-gbk.yaml:4:8 encoding',
      'unknown-unit.yaml:16:28 unknown-unit',
    ]);
    expect(j.problems[2]!.message).toBe('cannot read missing.yaml: no such file');
    expect(j.problems[3]!.message).toBe('. is a directory, not a plan file');
    expect(j.problems[4]!.message).toContain('looks like GBK');
    expect(r.stderr).toBe('✖ 6 problems (6 errors, 0 warnings) in 5 files\n');
  });

  it('warnings alone pass; --strict makes them fail', async () => {
    const plain = await runCli(['validate', 'target-equals-baseline.yaml'], { cwd: INVALID });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/⚠ 1 problem \(0 errors, 1 warning\) in 1 file\n$/);
    const strict = await runCli(['validate', '--strict', '--json', 'target-equals-baseline.yaml'], { cwd: INVALID });
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.stdout) as ValidateJson).valid).toBe(false);
  });

  it('checks readings against the as-of date (--as-of, PLAN_AS_OF, else today)', async () => {
    const early = await runCli(['validate', '--json', '--as-of', '2026-06-30']);
    expect(early.code).toBe(1);
    const codes = new Set((JSON.parse(early.stdout) as ValidateJson).problems.map((p) => p.code));
    expect([...codes]).toEqual(['reading-after-as-of']);
    expect((await runCli(['validate'], { env: { PLAN_AS_OF: '2026-06-30' } })).code).toBe(1);
    expect((await runCli(['validate'], { env: { PLAN_AS_OF: '2026-09-30' } })).code).toBe(0);
  });

  it('validates every plan in the folder, or the one --plan names; two plans with one id is an error', async () => {
    const { dir } = tempPlans();
    writeFileSync(join(dir, 'plans/other.yaml'), readFileSync(join(VALID, 'minimal.yaml')));
    const all = await runCli(['validate'], { cwd: dir });
    expect(all).toMatchObject({ code: 0, stdout: '✔ no problems in 2 files\n' });
    expect((await runCli(['validate', '--plan', 'mini-2026'], { cwd: dir })).stdout).toBe('✔ no problems in 1 file\n');
    expect((await runCli(['validate', '--plan', 'nope'], { cwd: dir })).code).toBe(2);
    writeFileSync(join(dir, 'plans/copy.yaml'), sampleText());
    const dup = await runCli(['validate', '--json'], { cwd: dir });
    expect(dup.code).toBe(1);
    expect((JSON.parse(dup.stdout) as ValidateJson).problems).toEqual([
      { file: 'plans/union-2026.yaml', line: 17, col: 5, severity: 'error', code: 'duplicate-plan-id', message: 'plan id "union-2026" is also used by plans/copy.yaml; plan ids must be unique' },
    ]);
  });

  it('usage errors exit 2: a format it cannot print, no plans folder', async () => {
    const bad = await runCli(['validate', '--format', 'csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of text|json|github');
    const bare = mkdtempSync(join(tmpdir(), 'plan-none-'));
    const none = await runCli(['validate'], { cwd: bare });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no plans/ folder found');
    mkdirSync(join(bare, 'plans'));
    const noPlan = await runCli(['validate'], { cwd: bare });
    expect(noPlan.code).toBe(1);
    expect(noPlan.stderr).toContain('no plan (*.yaml) in plans');
  });

  it('speaks Chinese with --lang zh', async () => {
    const r = await runCli(['--lang', 'zh', 'validate', 'schema-enum.yaml'], { cwd: INVALID });
    expect(r.stdout).toContain("schema-enum  sections[0].items[0].targets[0].kind 必须是 at_least, at_most, level, milestone 之一,实际为 'atleast' —— 是否应为 at_least?");
    expect(r.stdout).toContain('✖ 1 个文件中有 1 个问题(1 个错误,0 个警告)');
  });
});

describe('validation codes', () => {
  it('every code the checks can emit is documented in the README table', () => {
    const files = ['src/core/check.ts', 'src/core/audit-trail.ts', 'src/yaml/parse.ts', 'src/yaml/schema.ts', 'src/yaml/analyze.ts', 'src/yaml/units.ts', 'src/commands/validate.ts'];
    const emitted = new Set(['file', 'encoding', 'schema']);
    for (const f of files) {
      const code = readFileSync(join(ROOT, f), 'utf8').replace(/^import .*$/gm, '');
      for (const m of code.matchAll(/'([a-z]+(?:-[a-z0-9]+)+)'/g)) emitted.add(m[1]!);
    }
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Validation codes'));
    const documented = new Set([...table.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => m[1]!));
    expect([...emitted].sort()).toEqual([...documented].sort());
  });
});

describe('plan validate output formats (golden files)', () => {
  const files = ['several-problems.yaml', 'duplicate-unit-in-list.yaml', 'encoding-gbk.yaml', 'yaml-syntax.yaml'];

  it.each(['text', 'json', 'github'])('%s', async (format) => {
    const r = await runCli(['validate', '--format', format, ...files], { cwd: INVALID });
    expect(r.code).toBe(1);
    expectGolden(`validate.${format}`, r.stdout);
  });

  it('github lines are workflow commands with file, line, col', async () => {
    const r = await runCli(['validate', '--format', 'github', 'unknown-unit.yaml'], { cwd: INVALID });
    expect(r.stdout).toBe('::error file=unknown-unit.yaml,line=16,col=28,title=unknown-unit::unknown unit "法律工作"; did you mean 法律工作部, 法律部?\n');
  });
});
