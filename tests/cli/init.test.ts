import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'plan-init-'));

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { if: string; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
}

describe('plan init', () => {
  it('creates plans/ with a commented starter plan that validates, and the CI workflow', async () => {
    const dir = fresh();
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created plans/work-2026.yaml\ncreated .github/workflows/plan.yml\n');
    expect(r.stderr).toBe('next: fill in plans/work-2026.yaml, then run plan validate\n');
    const plan = readFileSync(join(dir, 'plans/work-2026.yaml'), 'utf8');
    expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/plan/schemas/plan.schema.json');
    expect(plan).toContain('period:\n  start: 2026-01-01\n  end: 2026-12-31');
    // Clean on any day of the year, strict included; the other commands read it too.
    for (const asOf of ['2026-01-01', '2026-11-25', '2026-12-31']) {
      const v = await runCli(['validate', '--strict', '--as-of', asOf], { cwd: dir });
      expect(v, asOf).toMatchObject({ code: 0, stdout: '✔ no problems in 1 file\n' });
    }
    expect((await runCli(['list'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['status'], { cwd: dir })).code).toBe(0);

    const wf = parse(readFileSync(join(dir, '.github/workflows/plan.yml'), 'utf8')) as Workflow;
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'schedule', 'workflow_dispatch']);
    expect(wf.jobs.validate!.if).toBe("github.event_name == 'pull_request'");
    expect(wf.jobs.validate!.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(wf.jobs.validate!.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npx plan validate --format github --against origin/${{ github.base_ref }}']);
    expect(wf.jobs.behind!.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npx plan behind --fail-on behind']);
  });

  it('refuses to overwrite a plan (exit 2) and keeps an existing workflow', async () => {
    const dir = fresh();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const before = readFileSync(join(dir, 'plans/work-2026.yaml'), 'utf8');
    const again = await runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('plan: plans already holds a plan (work-2026.yaml); plan init never overwrites plans\n');
    expect(readFileSync(join(dir, 'plans/work-2026.yaml'), 'utf8')).toBe(before);

    const other = fresh();
    mkdirSync(join(other, '.github/workflows'), { recursive: true });
    writeFileSync(join(other, '.github/workflows/plan.yml'), 'name: mine\n');
    const r = await runCli(['init'], { cwd: other });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created plans/work-2026.yaml\n');
    expect(r.stderr).toContain('kept .github/workflows/plan.yml (it exists already)');
    expect(readFileSync(join(other, '.github/workflows/plan.yml'), 'utf8')).toBe('name: mine\n');

    const file = fresh();
    writeFileSync(join(file, 'plans'), 'not a folder');
    expect((await runCli(['init'], { cwd: file })).code).toBe(2);
  });

  it('takes a DIR; the workflow goes in its parent and names a folder not called plans', async () => {
    const dir = fresh();
    const r = await runCli(['init', 'office/work-plans', '--as-of', '2027-03-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created office/work-plans/work-2027.yaml\ncreated office/.github/workflows/plan.yml\n');
    const wf = readFileSync(join(dir, 'office/.github/workflows/plan.yml'), 'utf8');
    expect(wf).toContain('npx plan validate --dir work-plans --format github --against origin/${{ github.base_ref }}');
    expect(wf).toContain('npx plan behind --dir work-plans --fail-on behind');
    expect((await runCli(['validate', '--dir', 'work-plans', '--as-of', '2027-03-01'], { cwd: join(dir, 'office') })).code).toBe(0);
    const none = fresh();
    expect((await runCli(['init', '--no-workflow'], { cwd: none })).stdout).toBe('created plans/work-2026.yaml\n');
    expect(existsSync(join(none, '.github'))).toBe(false);
  });

  it('points $schema at the installed package, or at schemas/ inside the plan repository', async () => {
    const installed = fresh();
    mkdirSync(join(installed, 'node_modules/plan/schemas'), { recursive: true });
    writeFileSync(join(installed, 'node_modules/plan/schemas/plan.schema.json'), '{}');
    await runCli(['init', 'docs/plans'], { cwd: installed });
    const a = readFileSync(join(installed, 'docs/plans/work-2026.yaml'), 'utf8').split('\n')[0]!;
    expect(a).toBe('# yaml-language-server: $schema=../../node_modules/plan/schemas/plan.schema.json');
    expect(existsSync(resolve(join(installed, 'docs/plans'), a.split('=')[1]!))).toBe(true);

    const repo = fresh();
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'plan' }));
    mkdirSync(join(repo, 'schemas'));
    writeFileSync(join(repo, 'schemas/plan.schema.json'), readFileSync(join(ROOT, 'schemas/plan.schema.json')));
    await runCli(['init', 'examples/plans'], { cwd: repo });
    const b = readFileSync(join(repo, 'examples/plans/work-2026.yaml'), 'utf8').split('\n')[0]!;
    expect(b).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
    expect(existsSync(resolve(dirname(join(repo, 'examples/plans/work-2026.yaml')), b.split('=')[1]!))).toBe(true);
  });
});
