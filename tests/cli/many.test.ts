// Issue 20: one office, several plans in one folder (and its subfolders), one unit registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officePlans, runCli } from '../helpers.js';

const ASOF = ['--as-of', '2026-09-30'];

describe('plans in subfolders, qualified ids', () => {
  it('finds the plan in plans/重点项目/ and validates all four files with the shared registry', async () => {
    const { dir } = officePlans();
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.stdout).toContain('no problems in 4 files');
    expect(r.code).toBe(0);
    const one = await runCli(['--plan', 'zhongdian-2026', 'list', '--format', 'json', ...ASOF], { cwd: dir });
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { items: { title: string }[] }).items.map((i) => i.title)).toContain('市职工服务中心综合楼建设');
  });

  it('a qualified id picks its plan without --plan; a bare one is refused with the way out', async () => {
    const { dir } = officePlans();
    const show = await runCli(['show', 'zhongdian-2026:1.1', '--format', 'json', ...ASOF], { cwd: dir });
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ plan: 'zhongdian-2026', item: { id: '1', title: '市职工服务中心综合楼建设' } });
    const bare = await runCli(['show', '1', ...ASOF], { cwd: dir });
    expect(bare.code).toBe(2);
    expect(bare.stderr.trim().split('\n')).toHaveLength(1);
    expect(bare.stderr).toMatch(/several plans \(minsheng-2026, union-2026, zhongdian-2026\).*plan:item.*--all/);
  });

  it('progress on minsheng-2026:6.1 writes that file alone', async () => {
    const { dir, plans } = officePlans();
    const before = ['union-2026.yaml', '重点项目/zhongdian-2026.yaml'].map((f) => readFileSync(join(plans, f), 'utf8'));
    const r = await runCli(['progress', 'minsheng-2026:6.1', '--value', '16800', '--date', '2026-09-30', '--by', '职工中专', ...ASOF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(plans, 'minsheng-2026.yaml'), 'utf8')).toContain('{ date: 2026-09-30, value: 16800, by: 职工中专 }');
    expect(['union-2026.yaml', '重点项目/zhongdian-2026.yaml'].map((f) => readFileSync(join(plans, f), 'utf8'))).toEqual(before);
  });
});

describe('the shared registry plans/units.yaml', () => {
  it('serves plans that list no units of their own; an alias from it (财务部) counts as its unit', async () => {
    const { dir } = officePlans();
    const r = await runCli(['--plan', 'zhongdian-2026', 'depts', '财务与资产管理部', '--format', 'json', ...ASOF], { cwd: dir });
    expect(r.code).toBe(0);
    // Item 1 names 财务部 (an alias in units.yaml), item 2 the full name.
    expect(JSON.parse(r.stdout).departments[0]).toMatchObject({ name: '财务与资产管理部', aliases: ['财务部'], joined: ['1', '2'] });
  });

  it('an unknown unit in a plan is still an error, with a did-you-mean from the shared names', async () => {
    const { dir, plans } = officePlans();
    const file = join(plans, 'minsheng-2026.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('departments: [法律工作部, 职工服务中心]', 'departments: [法律工作, 职工服务中心]'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/minsheng-2026\.yaml:\d+:\d+ +error +unknown-unit +unknown unit "法律工作"; did you mean 法律工作部\?/);
  });

  it('a name registered as another unit in a plan is one problem naming both places', async () => {
    const { dir, plans } = officePlans();
    const file = join(plans, '重点项目/zhongdian-2026.yaml');
    // In units.yaml 服务中心 is an alias of 职工服务中心; here it would be a unit of its own.
    writeFileSync(file, readFileSync(file, 'utf8').replace('    aliases: [工程建设办公室]\n', '    aliases: [工程建设办公室]\n  - name: 服务中心\n'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('plans/重点项目/zhongdian-2026.yaml:13:11  error  unit-registered-differently  "服务中心" is registered here as 服务中心 but as 职工服务中心 at plans/units.yaml:21:15');
    const alone = await runCli(['validate', 'plans/重点项目/zhongdian-2026.yaml'], { cwd: dir });
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain('unit-registered-differently');
  });

  it('two plans registering one name differently: the later names the earlier', async () => {
    const { dir, plans } = officePlans();
    const file = join(plans, 'minsheng-2026.yaml');
    // 工程建设办公室 is an alias of 基建办 in zhongdian-2026; here it is a unit of its own.
    writeFileSync(file, readFileSync(file, 'utf8').replace('period: { start: 2026-01-01, end: 2026-12-31 }\n', 'period: { start: 2026-01-01, end: 2026-12-31 }\ndepartments:\n  - name: 工程建设办公室\n'));
    const r = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems as { file: string; line: number; col: number; code: string; message: string }[];
    expect(problems).toEqual([
      expect.objectContaining({ file: 'plans/重点项目/zhongdian-2026.yaml', line: 12, col: 15, code: 'unit-registered-differently', message: expect.stringContaining('as 基建办 but as 工程建设办公室 at plans/minsheng-2026.yaml:11:11') }),
    ]);
  });

  it('a broken units.yaml is reported at its line, and commands refuse with one line', async () => {
    const { dir, plans } = officePlans();
    const file = join(plans, 'units.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - name: 经审办\n', '  - name: 经审办\n    alias: [审计办]\n'));
    const v = await runCli(['validate'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/plans\/units\.yaml:\d+:5 +error +schema-unknown-field/);
    const s = await runCli(['--plan', 'minsheng-2026', 'status', ...ASOF], { cwd: dir });
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/^plans\/units\.yaml:\d+:5: .*alias/);
    expect(s.stderr.trim().split('\n')).toHaveLength(1);
  });
});
