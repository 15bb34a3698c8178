import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

/**
 * Issue 16.2: in a fresh folder, `plan init`, `npm install`, then the generated workflow's own
 * `run:` lines, as a CI runner would run them. A tarball of this repository (`npm pack`) stands
 * in for the registry's duban; everything else comes from the npm registry (or npm's cache).
 */

interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, { steps: { run?: string }[] }>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const AS_OF = '2026-01-12';
let work: string;
let project: string;
let tarball: string;

/** npm quietly, and from its cache when it can: the test needs the registry only on a cold cache. */
const ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  LANG: 'C.UTF-8',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_prefer_offline: 'true',
  GIT_AUTHOR_NAME: '督查室',
  GIT_AUTHOR_EMAIL: 'office@example.org',
  GIT_COMMITTER_NAME: '督查室',
  GIT_COMMITTER_EMAIL: 'office@example.org',
};

function sh(command: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', command], { cwd: project, env: { ...ENV, PLAN_AS_OF: AS_OF, ...env }, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: project, env: ENV, encoding: 'utf8' });

/** A job's `run:` lines, with the pull request's base branch filled in as GitHub would. */
function steps(job: string): string[] {
  const wf = parse(readFileSync(join(project, '.github/workflows/plan.yml'), 'utf8')) as Workflow;
  return wf.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run.replace('${{ github.base_ref }}', 'main')] : []));
}

/**
 * Runs a job's steps in order with the workflow's env, stopping at the first failure. `installed`:
 * node_modules is there from an earlier run, so the install step (the slow one) is not repeated.
 */
function runJob(job: string, env: Record<string, string> = {}, installed = false) {
  const wfEnv = (parse(readFileSync(join(project, '.github/workflows/plan.yml'), 'utf8')) as Workflow).env;
  const out: { step: string; code: number | null; stdout: string; stderr: string }[] = [];
  for (const step of steps(job)) {
    if (installed && /\bnpm (ci|install)\b/.test(step)) {
      out.push({ step, code: 0, stdout: '', stderr: '' });
      continue;
    }
    const r = sh(step, { ...wfEnv, ...env });
    out.push({ step, ...r });
    if (r.code !== 0) break;
  }
  return out;
}

/**
 * npm's warnings, minus npm 11's install-scripts notice when the only script it names is this
 * package's own `prepare`: a local tarball's, which npm lists and the registry's copy never has run.
 */
function npmWarnings(stderr: string): string[] {
  const lines = stderr.split('\n').filter((l) => /^npm warn/i.test(l));
  const notice = /^npm warn (install|allow)-scripts/i;
  const scripted = lines.filter((l) => notice.test(l) && /\S+@\d\S* \(/.test(l));
  return scripted.every((l) => l.includes(`${pkg.name}@${pkg.version} (prepare:`)) ? lines.filter((l) => !notice.test(l)) : lines;
}

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/plan-core.cjs')), 'npm run build first').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'plan-init-ci-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env: ENV, encoding: 'utf8' })) as { filename: string }[];
  tarball = join(work, packed[0]!.filename);
  project = join(work, '区政府督查室');
  mkdirSync(project);
  git('init', '-q', '-b', 'main');
}, 120_000);

describe('plan init, npm install, and the generated workflow run as written', () => {
  it('init writes a package.json naming this version of duban, and the workflow', () => {
    const init = sh(`node ${JSON.stringify(join(ROOT, 'bin/plan.js'))} init`);
    expect(init.code, init.stderr).toBe(0);
    // LANG=C.UTF-8 names no language and there is no plan yet: Chinese, as the starter it writes.
    expect(init.stdout).toBe('已创建 plans/work-2026.yaml\n已创建 package.json\n已创建 .github/workflows/plan.yml\n');
    const json = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(json.devDependencies).toEqual({ duban: `^${pkg.version}` });
    expect(tarball.endsWith(`duban-${pkg.version}.tgz`)).toBe(true);
  });

  it('npm install is quiet on this Node, installs `plan`, and the $schema line then resolves', () => {
    // The stand-in for the registry: the same package at a local path.
    const json = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    json.devDependencies.duban = `file:${tarball}`;
    writeFileSync(join(project, 'package.json'), JSON.stringify(json, null, 2) + '\n');
    const install = sh('npm install');
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).not.toContain('EBADENGINE');
    expect(npmWarnings(install.stderr)).toEqual([]);
    expect(existsSync(join(project, 'package-lock.json'))).toBe(true);
    expect(existsSync(join(project, 'node_modules/docx')), 'the Word writer is bundled, not installed').toBe(false);
    const schema = /\$schema=(\S+)/.exec(readFileSync(join(project, 'plans/work-2026.yaml'), 'utf8'))![1]!;
    const file = resolve(project, 'plans', schema);
    expect(file).toBe(join(project, 'node_modules/duban/schemas/plan.schema.json'));
    expect((JSON.parse(readFileSync(file, 'utf8')) as { $schema: string }).$schema).toContain('json-schema.org');
    git('add', '-A');
    git('commit', '-q', '-m', '工作要点:起步');
    // The base branch of the pull requests, as actions/checkout with fetch-depth 0 leaves it.
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  }, 240_000);

  it('the pull-request job passes on a new reading, and fails on an edited one', () => {
    git('checkout', '-q', '-b', '一季度填报');
    const add = sh('npx --no plan progress 1.1 --value 3 --date 2026-01-10 --by 业务一处');
    expect(add.code, add.stderr).toBe(0);
    git('commit', '-qam', '1.1 填报');
    const ok = runJob('validate');
    expect(ok.map((s) => s.step)).toEqual(steps('validate'));
    expect(ok.map((s) => s.code)).toEqual([0, 0]);
    expect(ok[0]!.stderr).not.toContain('EBADENGINE');
    // Once the reading is on the base branch, it may not change: the gate shows it on its line.
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    const plan = join(project, 'plans/work-2026.yaml');
    const text = readFileSync(plan, 'utf8');
    expect(text).toContain('value: 3, by: 业务一处');
    writeFileSync(plan, text.replace('value: 3, by: 业务一处', 'value: 4, by: 业务一处'));
    git('commit', '-qam', '改了已报的数');
    const edited = runJob('validate', {}, true);
    expect(edited.map((s) => s.code)).toEqual([0, 1]);
    expect(edited[1]!.stdout).toMatch(/^::error file=plans\/work-2026\.yaml,line=\d+/m);
  }, 240_000);

  it('the weekly job passes while targets keep pace, and fails when one is behind', () => {
    git('checkout', '-q', 'main');
    const early = runJob('behind', {}, true);
    expect(early.map((s) => s.code)).toEqual([0, 0]);
    const late = runJob('behind', { PLAN_AS_OF: '2026-09-30' }, true);
    expect(late.map((s) => s.code)).toEqual([0, 1]);
    expect(late[1]!.stdout).toContain('1.1');
  }, 240_000);
});
