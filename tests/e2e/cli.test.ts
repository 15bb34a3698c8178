import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/plan.js');

function plan(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', LANG: 'zh_CN.UTF-8', ...opts.env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the real binary', () => {
  it('is built by npm install (prepare) and runs the README commands', () => {
    expect(existsSync(join(ROOT, 'dist/plan-core.cjs'))).toBe(true);
    const status = plan(['status', '--as-of', '2026-07-01']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('xx市总工会2026年工作要点');
    expect(status.stdout).toContain('统计日期 2026-07-01');
    const list = plan(['list', '--dept', '法律工作部', '--as-of', '2026-07-01']);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/)[0])).toEqual(['4', '5', '10', '11', '14']);
    expect(plan(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("the README tour's plan list --dept 法律工作部 is what the command prints (PLAN_AS_OF=2026-07-01)", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('$ plan list --dept 法律工作部\n') + '$ plan list --dept 法律工作部\n'.length;
    const shown = readme.slice(start, readme.indexOf('\n\n$ plan list --dept 法律工作\n', start) + 1);
    const r = plan(['list', '--dept', '法律工作部'], { env: { PLAN_AS_OF: '2026-07-01' } });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toBe(shown);
  });

  it('prints one line and exit 2 for a usage error; a stack trace only with PLAN_DEBUG=1', () => {
    const r = plan(['list', '--dept', '法律工作']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('plan: 未知单位 "法律工作",是否应为 法律工作部?\n');
    const d = plan(['list', '--dept', '法律工作'], { env: { PLAN_DEBUG: '1' } });
    expect(d.stderr).toMatch(/\n\s+at /);
  });

  it('no colors when piped, colors with FORCE_COLOR unless NO_COLOR', () => {
    expect(plan(['list', '--as-of', '2026-07-01']).stdout).not.toContain('\x1b[');
    expect(plan(['list', '--as-of', '2026-07-01'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(plan(['list', '--as-of', '2026-07-01'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    expect(plan(['list', '--as-of', '2026-07-01'], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain('\x1b[');
    expect(plan(['list', '--as-of', '2026-07-01', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('records a reading that git diff shows alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-e2e-'));
    cpSync(join(ROOT, 'plans'), join(dir, 'plans'), { recursive: true });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'init');
    const r = plan(['progress', '7', '--value', '1200', '--by', '经济工作部', '--as-of', '2026-10-15'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1150场次 → 1200场次');
    const diff = git('diff', '-U0').split('\n').filter((l) => /^[-+](?![-+])/.test(l));
    expect(diff).toEqual(['+              - { date: 2026-10-15, value: 1200, by: 经济工作部 }']);
    const show = plan(['show', '7', '--as-of', '2026-10-15', '--format', 'json'], { cwd: dir });
    expect(show.stdout).toContain('"actual": 1200');
  });

  it('imports the example Word document and Excel table into plans that list by unit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-e2e-examples-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    const docx = plan(['import', 'examples/任务分解方案.docx', '--out', 'plans/xianan-2023.yaml'], { cwd: dir });
    expect(docx.code, docx.stderr).toBe(0);
    expect(docx.stderr).toContain('已导入 2 个部分、12 项事项、13 个单位、8 项指标');
    const xlsx = plan(['import', 'examples/业绩指标表.xlsx', '--out', 'plans/miit-2018.yaml'], { cwd: dir });
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(xlsx.stderr).toContain('已导入 1 个部分、9 项事项、8 个单位、10 项指标');
    expect(plan(['validate'], { cwd: dir }).code).toBe(0);
    // 区发改局 leads 1, 2, 7 and 10 of the 咸安区 plan (7 with 区农业农村局), and joins 12 under 区交通运输局.
    const list = plan(['list', '--plan', 'xianan-2023', '--dept', '区发改局', '--format', 'json', '--as-of', '2023-07-01'], { cwd: dir });
    expect(list.code, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(['1', '2', '7', '10', '12']);
    // Row 9's 牵头负责司局 is row 8's merged cell.
    const depts = plan(['list', '--plan', 'miit-2018', '--dept', '信息通信发展司', '--format', 'json', '--as-of', '2018-07-01'], { cwd: dir });
    expect((JSON.parse(depts.stdout) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(['8', '9']);
  });
});
