import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempPlans } from '../helpers.js';

interface ValidateJson {
  valid: boolean;
  problems: { file: string; line: number; col: number; severity: string; code: string; message: string }[];
}

/** git with a fixed identity, and no user or system config to depend on. */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=plan test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' },
    encoding: 'utf8',
  });
}

/** A temp repository whose one commit holds plans/union-2026.yaml (the sample). */
function repo(): { dir: string; file: string; edit: (f: (s: string) => string) => string } {
  const { dir, file } = tempPlans();
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'adopt the plan');
  const edit = (f: (s: string) => string) => {
    const before = readFileSync(file, 'utf8');
    const after = f(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    return after;
  };
  return { dir, file, edit };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function validate(dir: string, ...args: string[]) {
  const r = await runCli(['validate', '--json', ...args], { cwd: dir });
  return { ...r, json: JSON.parse(r.stdout || '{}') as ValidateJson };
}

describe('plan validate --against GIT_REF', () => {
  let r: ReturnType<typeof repo>;
  beforeEach(() => {
    r = repo();
  });

  it('a rewritten reading is an error at its value', async () => {
    const text = r.edit((s) => s.replace('{ date: 2026-09-30, value: 1150,', '{ date: 2026-09-30, value: 1250,'));
    const v = await validate(r.dir, '--against', 'HEAD');
    expect(v.code).toBe(1);
    const line = lineOf(text, 'value: 1250');
    expect(v.json.problems).toEqual([
      {
        file: 'plans/union-2026.yaml',
        line,
        col: text.split('\n')[line - 1]!.indexOf('1250') + 1,
        severity: 'error',
        code: 'reading-edited',
        message:
          'the reading of 2026-09-30 was 1150 in HEAD and is now 1250: readings are the audit trail; add a new reading (with correction: true if the old one was wrong) instead of editing it',
      },
    ]);
    // Without --against the file is a valid plan: only history can tell.
    expect((await validate(r.dir)).code).toBe(0);
  });

  it('an added reading is fine', async () => {
    r.edit((s) => s.replace('{ date: 2026-09-30, value: 1150, by: 经济工作部, note: 三季度 }', '{ date: 2026-09-30, value: 1150, by: 经济工作部, note: 三季度 }\n              - { date: 2026-10-31, value: 1400, by: 经济工作部, note: 十月 }'));
    const v = await validate(r.dir, '--against', 'HEAD');
    expect(v.code).toBe(0);
    expect(v.json).toEqual({ schema: 1, valid: true, problems: [] });
  });

  it('a deleted item is a warning at the list it left; --strict fails it', async () => {
    const text = r.edit((s) => s.slice(0, s.indexOf('      - id: "19"')));
    const v = await validate(r.dir, '--against', 'HEAD');
    expect(v.code).toBe(0);
    const items = text.split('\n').findLastIndex((l) => l === '    items:') + 1;
    expect(v.json.problems).toEqual([
      { file: 'plans/union-2026.yaml', line: items, col: 5, severity: 'warning', code: 'item-removed', message: 'item 19 (从严从实管队伍) was removed since HEAD' },
    ]);
    expect((await validate(r.dir, '--against', 'HEAD', '--strict')).code).toBe(1);
  });

  it('quietly changing last quarter\'s reading fails --against HEAD~1', async () => {
    r.edit((s) => s.replace('{ date: 2026-09-30, value: 540,', '{ date: 2026-09-30, value: 560,'));
    git(r.dir, 'commit', '-qam', 'fix a typo');
    const v = await validate(r.dir, '--against', 'HEAD~1');
    expect(v.code).toBe(1);
    expect(v.json.problems.map((p) => p.code)).toEqual(['reading-edited']);
    const text = await runCli(['validate', '--against', 'HEAD~1'], { cwd: r.dir });
    expect(text.stdout).toContain('error  reading-edited  the reading of 2026-09-30 was 540 in HEAD~1 and is now 560');
    // A later commit does not launder it: the comparison is with the revision named.
    r.edit((s) => s.replace('title: xx市总工会2026年工作要点', 'title: xx市总工会2026年工作要点(修订)'));
    git(r.dir, 'commit', '-qam', 'retitle');
    expect((await validate(r.dir, '--against', 'HEAD~1')).code).toBe(0);
    expect((await validate(r.dir, '--against', 'HEAD~2')).code).toBe(1);
  });

  it('removed and re-dated readings are errors; changed targets and units are warnings', async () => {
    const text = r.edit((s) =>
      s
        .replace('              - { date: 2026-03-31, value: 11, by: 经济工作部, note: 一季度 }\n', '')
        .replace('{ date: 2026-05-20, value: 20,', '{ date: 2026-05-21, value: 20,')
        .replace('            target: 2500', '            target: 2000')
        .replace('departments: [保障工作部, 经济工作部, 财务与资产管理部, 服务中心]', 'departments: [经济工作部, 保障工作部, 财务与资产管理部]'),
    );
    const v = await validate(r.dir, '--against', 'HEAD');
    expect(v.code).toBe(1);
    const at = (needle: string) => lineOf(text, needle);
    expect(v.json.problems.map((p) => [p.line, p.severity, p.code])).toEqual([
      [at('target: 2000'), 'warning', 'target-changed'],
      [at('departments: [经济工作部, 保障工作部'), 'warning', 'units-changed'],
      [at('departments: [经济工作部, 保障工作部'), 'warning', 'units-changed'],
      [at('{ date: 2026-06-30, value: 24,') - 1, 'error', 'reading-removed'],
      [at('2026-05-21'), 'error', 'reading-edited'],
    ]);
    const messages = v.json.problems.map((p) => p.message);
    expect(messages).toContain('target 3.2: target changed from 2500 to 2000 since HEAD');
    expect(messages).toContain('item 6: departments changed from [保障工作部, 经济工作部, 财务与资产管理部, 服务中心] to [经济工作部, 保障工作部, 财务与资产管理部] since HEAD');
    expect(messages).toContain('item 6: lead changed from [保障工作部] to [经济工作部] since HEAD');
    expect(messages).toContain('the reading of 2026-03-31 (11) in HEAD was removed: readings are the audit trail; add a correcting reading instead');
  });

  it('a file that did not exist at REF: nothing to compare (a note)', async () => {
    writeFileSync(join(r.dir, 'plans/extra.yaml'), readFileSync(r.file, 'utf8').replace('id: union-2026', 'id: extra-2026'));
    const v = await runCli(['validate', '--against', 'HEAD'], { cwd: r.dir });
    expect(v.code).toBe(0);
    expect(v.stderr).toBe('plans/extra.yaml: not in HEAD, nothing to compare\n');
    expect(v.stdout).toBe('✔ no problems in 2 files\n');
  });

  it('a bad REF, or no repository at all, exits 2 with a clear message', async () => {
    const bad = await runCli(['validate', '--against', 'no-such-branch'], { cwd: r.dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^plan: --against no-such-branch: no such revision in the git repository .+\n$/);
    expect((await runCli(['validate', '--against', '--help'], { cwd: r.dir })).code).not.toBe(0);
    const { dir } = tempPlans();
    const none = await runCli(['validate', '--against', 'HEAD'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('plan: --against: plans/union-2026.yaml is not in a git repository\n');
  });
});
