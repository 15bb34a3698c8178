import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, SEED } from '../helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'plan-init-'));

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { if: string; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
}

describe('plan init', () => {
  it('creates plans/ with a commented starter plan that validates, a package.json, and the CI workflow', async () => {
    const dir = fresh();
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created plans/work-2026.yaml\ncreated package.json\ncreated .github/workflows/plan.yml\n');
    expect(r.stderr).toBe(
      'first: npm install, then commit package.json and package-lock.json (the workflow installs from them)\n' +
        'next: fill in plans/work-2026.yaml, or plan import your own plan into plans/ (the untouched starter then steps aside); then run plan validate\n',
    );
    const plan = readFileSync(join(dir, 'plans/work-2026.yaml'), 'utf8');
    // npm's `plan` is an unrelated package: the schema comes from ours, duban.
    expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/duban/schemas/plan.schema.json');
    // Run from the sources there is no release version to pin; the built CLI writes ^its own (tests/e2e/init-workflow).
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toEqual({ private: true, description: expect.any(String) as string, devDependencies: { duban: 'latest' } });
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
    const install = 'if [ -f package-lock.json ]; then npm ci; else npm install; fi';
    expect(wf.jobs.validate!.steps.map((s) => s.run).filter(Boolean)).toEqual([install, 'npx --no plan validate --strict --format github --against origin/${{ github.base_ref }}']);
    expect(wf.jobs.behind!.steps.map((s) => s.run).filter(Boolean)).toEqual([install, 'npx --no plan behind --fail-on behind']);
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
    expect(r.stdout).toBe('created plans/work-2026.yaml\ncreated package.json\n');
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
    expect(r.stdout).toBe('created office/work-plans/work-2027.yaml\ncreated office/package.json\ncreated office/.github/workflows/plan.yml\n');
    const wf = readFileSync(join(dir, 'office/.github/workflows/plan.yml'), 'utf8');
    expect(wf).toContain('npx --no plan validate --dir work-plans --strict --format github --against origin/${{ github.base_ref }}');
    expect(wf).toContain('npx --no plan behind --dir work-plans --fail-on behind');
    expect((await runCli(['validate', '--dir', 'work-plans', '--as-of', '2027-03-01'], { cwd: join(dir, 'office') })).code).toBe(0);
    const none = fresh();
    expect((await runCli(['init', '--no-workflow'], { cwd: none })).stdout).toBe('created plans/work-2026.yaml\ncreated package.json\n');
    expect(existsSync(join(none, '.github'))).toBe(false);
  });

  it('points $schema at the installed package, or at schemas/ inside the plan repository', async () => {
    const installed = fresh();
    mkdirSync(join(installed, 'node_modules/duban/schemas'), { recursive: true });
    writeFileSync(join(installed, 'node_modules/duban/schemas/plan.schema.json'), '{}');
    await runCli(['init', 'docs/plans'], { cwd: installed });
    const a = readFileSync(join(installed, 'docs/plans/work-2026.yaml'), 'utf8').split('\n')[0]!;
    expect(a).toBe('# yaml-language-server: $schema=../../node_modules/duban/schemas/plan.schema.json');
    expect(existsSync(resolve(join(installed, 'docs/plans'), a.split('=')[1]!))).toBe(true);

    const repo = fresh();
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'duban' }));
    mkdirSync(join(repo, 'schemas'));
    writeFileSync(join(repo, 'schemas/plan.schema.json'), readFileSync(join(ROOT, 'schemas/plan.schema.json')));
    await runCli(['init', 'examples/plans'], { cwd: repo });
    const b = readFileSync(join(repo, 'examples/plans/work-2026.yaml'), 'utf8').split('\n')[0]!;
    expect(b).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
    expect(existsSync(resolve(dirname(join(repo, 'examples/plans/work-2026.yaml')), b.split('=')[1]!))).toBe(true);
  });

  it('writes no package.json over one the project has; says how to add duban when it lacks it', async () => {
    const lacks = fresh();
    writeFileSync(join(lacks, 'package.json'), '{ "name": "office", "devDependencies": { "plan": "^0.1.5" } }\n');
    const r = await runCli(['init'], { cwd: lacks });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created plans/work-2026.yaml\ncreated .github/workflows/plan.yml\n');
    expect(r.stderr.split('\n')[0]).toBe('first: package.json does not install plan yet: run npm install --save-dev duban');
    expect(readFileSync(join(lacks, 'package.json'), 'utf8')).toBe('{ "name": "office", "devDependencies": { "plan": "^0.1.5" } }\n');

    const has = fresh();
    writeFileSync(join(has, 'package.json'), '{ "devDependencies": { "duban": "^0.1.0" } }\n');
    const h = await runCli(['init'], { cwd: has });
    expect(h.stderr).toBe('next: fill in plans/work-2026.yaml, or plan import your own plan into plans/ (the untouched starter then steps aside); then run plan validate\n');
  });

  it('after init, an imported plan is the one every command uses: the untouched starter steps aside (issue 16.8)', async () => {
    const dir = fresh();
    expect((await runCli(['init', '--no-workflow'], { cwd: dir })).code).toBe(0);
    const imported = await runCli(['import', SEED, '--period', '2026', '--id', 'union-2026', '--out', 'plans/union-2026.yaml'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    for (const argv of [['list'], ['status'], ['behind'], ['depts'], ['show', '7'], ['report']]) {
      const r = await runCli([...argv, '--as-of', '2026-07-01'], { cwd: dir });
      expect(r.stderr, argv[0]).not.toContain('--plan');
      expect(r.code, argv[0]).toBeLessThan(2);
    }
    const list = await runCli(['list', '--format', 'json', '--as-of', '2026-07-01'], { cwd: dir });
    expect((JSON.parse(list.stdout) as { plan: string }).plan).toBe('union-2026');
    expect((await runCli(['progress', '7.4', '--value', '300', '--dry-run', '--as-of', '2026-07-01'], { cwd: dir })).code).toBe(0);
    // The starter is still there for whoever names it, and validate still checks both files.
    expect((await runCli(['list', '--plan', 'work-2026'], { cwd: dir })).stdout).toContain('条目标题');
    expect((await runCli(['validate', '--as-of', '2026-07-01'], { cwd: dir })).stdout).toBe('✔ no problems in 2 files\n');
    // Once edited, the starter is someone's plan: two plans, choose one.
    const starter = join(dir, 'plans/work-2026.yaml');
    writeFileSync(starter, readFileSync(starter, 'utf8').replace('title: 条目标题', 'title: 开展专项督查'));
    const two = await runCli(['list'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toBe('plan: plans holds several plans (union-2026, work-2026); choose one with --plan ID or a qualified id (plan:item, as union-2026:7), or use --all for every plan\n');
  });
});
