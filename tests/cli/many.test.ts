// Issue 20: one office, several plans in one folder (and its subfolders), one unit registry.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officePlans, runCli, sampleText, tempPlans } from '../helpers.js';
import { width } from '../../src/render/text.js';

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

describe('--all: every plan at once', () => {
  it('list --dept 经济工作部 --all is the unit\'s whole workload across the three plans', async () => {
    const { dir } = officePlans();
    const r = await runCli(['list', '--dept', '经济工作部', '--all', '--format', 'json', ...ASOF], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { schema: number; plans: string[]; department: string; items: { plan: string; id: string; targets: { plan: string }[] }[]; totals: { items: number; plans: { plan: string; items: number }[] } };
    expect(j.schema).toBe(1);
    expect(j.plans).toEqual(['minsheng-2026', 'union-2026', 'zhongdian-2026']);
    expect(j.items.map((i) => `${i.plan}:${i.id}`)).toEqual(['minsheng-2026:6', 'union-2026:5', 'union-2026:6', 'union-2026:7', 'union-2026:8', 'union-2026:9', 'union-2026:11', 'zhongdian-2026:4', 'zhongdian-2026:5']);
    expect(j.items.every((i) => i.targets.every((t) => t.plan === i.plan))).toBe(true);
    expect(j.totals.plans.map((p) => p.items)).toEqual([1, 6, 2]);
    expect(j.totals.items).toBe(9);
    const table = await runCli(['list', '--dept', '经济工作部', '--all', ...ASOF], { cwd: dir });
    expect(table.stdout.split('\n')[1]).toMatch(/^minsheng-2026 +6 +开展职工免费技能培训/);
    expect(table.stderr).toContain('minsheng-2026 1 item, 1 target · union-2026 6 items, 10 targets · zhongdian-2026 2 items, 1 target\nTotal 9 items, 12 targets');
  });

  it('a unit named by an alias of units.yaml (市工人文化宫) finds its items in every plan', async () => {
    const { dir } = officePlans();
    const r = await runCli(['list', '--dept', '市工人文化宫', '--all', '--format', 'json', ...ASOF], { cwd: dir });
    const ids = (JSON.parse(r.stdout) as { items: { plan: string; id: string }[] }).items.map((i) => `${i.plan}:${i.id}`);
    expect(ids).toEqual(['minsheng-2026:5', 'minsheng-2026:8', 'union-2026:1', 'union-2026:2', 'union-2026:12', 'union-2026:16', 'union-2026:17', 'zhongdian-2026:2']);
  });

  it('status --all: a row per plan and a total row; the counts add up', async () => {
    const { dir } = officePlans();
    const r = await runCli(['status', '--all', '--format', 'json', ...ASOF], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { counts: Record<string, number>; totals: { targets: number; plans: { plan: string; targets: number; counts: Record<string, number> }[] }; targets: { plan: string; id: string }[] };
    expect(j.totals.plans.map((p) => [p.plan, p.targets])).toEqual([['minsheng-2026', 8], ['union-2026', 27], ['zhongdian-2026', 6]]);
    expect(j.totals.targets).toBe(41);
    expect(j.targets).toHaveLength(41);
    for (const s of Object.keys(j.counts)) expect(j.counts[s]).toBe(j.totals.plans.reduce((n, p) => n + p.counts[s]!, 0));
    const text = await runCli(['status', '--all', ...ASOF], { cwd: dir });
    expect(text.stdout).toMatch(/^Total +32 +41 +1 +16 +10 +10 +0 +4 +25$/m);
    expect(text.stdout).toMatch(/union-2026:6\.1 +overdue/);
  });

  it('status --all ends with the 报送 and 督办 lines of plan status, over every plan: a unit once, by its worst return', async () => {
    const { dir } = officePlans();
    type Reporting = { cadence: string | null; due_day: number | null; round: { id: string; deadline: string } | null; on_time: string[]; late: string[]; missing: string[] };
    const each = await Promise.all(
      ['minsheng-2026', 'union-2026', 'zhongdian-2026'].map(async (id) => JSON.parse((await runCli(['--plan', id, 'status', '--format', 'json', ...ASOF], { cwd: dir })).stdout) as { reporting: Reporting; escalations: { action: string; target: string }[] }),
    );
    const r = await runCli(['status', '--all', '--format', 'json', ...ASOF], { cwd: dir });
    const j = JSON.parse(r.stdout) as { reporting: Reporting & { plans: (Reporting & { plan: string })[] }; escalations: { plan: string; action: string; target: string }[] };
    // Each plan's own reporting, as its plan status says it.
    expect(j.reporting.plans.map(({ plan, ...rest }) => [plan, rest])).toEqual(each.map((e, i) => [['minsheng-2026', 'union-2026', 'zhongdian-2026'][i], e.reporting]));
    expect(j.reporting).toMatchObject({ cadence: 'monthly', due_day: 25, round: { id: '2026-09', deadline: '2026-09-25' } });
    // 经济工作部 reported on time to 民生实事 but not to 重点项目: still to chase. 办公室 was late to one, missing from another.
    expect(j.reporting.on_time).toEqual(['女职工部']);
    expect(j.reporting.late).toEqual(expect.arrayContaining(['职工中专', '基建办']));
    expect(j.reporting.late).toHaveLength(2);
    expect(j.reporting.missing).toEqual(expect.arrayContaining(['办公室', '经济工作部', '工人文化宫', '法律工作部']));
    expect(j.reporting.missing).toHaveLength(7);
    // Every plan's escalations, tagged with the plan, the strongest (约谈) first.
    expect(j.escalations).toHaveLength(each.reduce((n, e) => n + e.escalations.length, 0));
    expect(j.escalations.filter((e) => e.plan === 'zhongdian-2026').map((e) => e.target)).toEqual(each[2]!.escalations.map((e) => e.target));
    const talks = j.escalations.filter((e) => e.action === '约谈').length;
    expect(j.escalations.slice(0, talks).every((e) => e.action === '约谈')).toBe(true);

    const text = (await runCli(['status', '--all', '--lang', 'zh', ...ASOF], { cwd: dir })).stdout;
    expect(text).toContain('报送(9月,截止 2026-09-25):按时 1 · 迟报 2 · 未报 7 (办公室、');
    expect(text).toContain(`督办升级:约谈 ${talks} · 专函督办 ${j.escalations.length - talks} → plan escalations --plan 计划ID`);
  });

  it('status --all: plans on different reporting cadences get a 报送 line each', async () => {
    const { dir, plans } = officePlans();
    // A copy of the sample plan reporting quarterly, by the 10th after the quarter.
    const copy = readFileSync(join(plans, 'union-2026.yaml'), 'utf8').replace('id: union-2026', 'id: union-2026-jidu').replace(/\nsettings:\n/, '\nsettings:\n  reporting: { cadence: quarterly, due_day: 10 }\n');
    writeFileSync(join(plans, 'union-2026-jidu.yaml'), copy);
    const text = (await runCli(['status', '--all', '--lang', 'zh', ...ASOF], { cwd: dir })).stdout;
    expect(text).toMatch(/^报送\(9月,截止 2026-09-25\):按时 1 · 迟报 2 · 未报 7 /m);
    expect(text).toMatch(/^报送\(3季度,截止 2026-09-10\):按时 0 · 迟报 0 · 未报 5 \(办公室、/m);
    const j = JSON.parse((await runCli(['status', '--all', '--format', 'json', ...ASOF], { cwd: dir })).stdout) as { reporting: { cadence: string | null; round: unknown; plans: { plan: string; cadence: string }[] } };
    expect(j.reporting.cadence).toBeNull();
    expect(j.reporting.round).toBeNull();
    expect(j.reporting.plans.find((p) => p.plan === 'union-2026-jidu')!.cadence).toBe('quarterly');
  });

  it('behind --all and depts --all: a plan column, ids qualified where no column says the plan', async () => {
    const { dir } = officePlans();
    const b = await runCli(['behind', '--all', '--dept', '保障工作部', '--format', 'csv', ...ASOF], { cwd: dir });
    expect(b.code).toBe(0);
    // CSV is the JSON contract as columns, the plan first.
    expect(b.stdout.split('\r\n')[0]).toMatch(/^\uFEFF?plan,id,item,metric,/);
    expect(b.stdout).toContain('minsheng-2026,2.1,2,职工疗休养,at_least,5000,人次,');
    const d = await runCli(['depts', '--all', '--format', 'json', ...ASOF], { cwd: dir });
    const jd = JSON.parse(d.stdout) as { departments: { name: string; lead: string[]; plans: Record<string, Record<string, number>> }[] };
    const jj = jd.departments.find((u) => u.name === '基建办')!;
    expect(jj.lead).toEqual(['zhongdian-2026:1']);
    // Counts in every plan, folder order: 基建办 has items in zhongdian-2026 only.
    expect(Object.keys(jj.plans)).toEqual(['minsheng-2026', 'union-2026', 'zhongdian-2026']);
    expect(Object.values(jj.plans['zhongdian-2026']!).reduce((n, x) => n + x, 0)).toBeGreaterThan(0);
    expect(Object.values(jj.plans['union-2026']!).every((x) => x === 0)).toBe(true);
  });

  it('--all with --plan, or with --section, is a usage error', async () => {
    const { dir } = officePlans();
    const a = await runCli(['--plan', 'union-2026', 'list', '--all'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/^plan: --all takes every plan of the folder; it cannot go with --plan\n$/);
    const s = await runCli(['list', '--all', '--section', '一'], { cwd: dir });
    expect(s.code).toBe(2);
  });
});

describe('--all screens fit the terminal', () => {
  it.each([60, 80, 120])('at %i columns every line fits, plan ids stay whole', async (columns) => {
    const { dir } = officePlans();
    for (const argv of [['status'], ['list'], ['behind'], ['depts'], ['depts', '办公室'], ['list', '--dept', '办公室']]) {
      for (const lang of ['zh', 'en']) {
        const r = await runCli([...argv, '--all', '--lang', lang, ...ASOF], { cwd: dir, tty: true, columns, env: { NO_COLOR: '1' } });
        expect(r.code, `${argv.join(' ')} ${lang}`).toBe(0);
        for (const line of r.stdout.split('\n')) expect(width(line), `${argv.join(' ')} ${lang}: ${line}`).toBeLessThanOrEqual(columns);
        // A plan id is never cut (minsheng- | 2026).
        expect(r.stdout, `${argv.join(' ')} ${lang}`).not.toMatch(/(minsheng|zhongdian|union)-?(\s|$)/m);
      }
    }
  });
});

describe('report --all: one bulletin over every plan', () => {
  it('adds up what each plan\'s own bulletin says, ids qualified, the lagging worst first across plans', async () => {
    const { dir } = officePlans();
    const all = JSON.parse((await runCli(['report', '--all', '--format', 'json', ...ASOF], { cwd: dir })).stdout) as {
      schema: number;
      plans: string[];
      plan?: string;
      totals: { items: number; targets: number; stale: number };
      counts: Record<string, number>;
      shares: Record<string, number>;
      lagging: { id: string; status: string; gap: number | null }[];
      sections: { id: string; items: { id: string }[] }[];
      departments: { name: string; lead: string[] }[];
    };
    expect(all.schema).toBe(1);
    expect(all.plan).toBeUndefined();
    expect(all.plans).toEqual(['minsheng-2026', 'union-2026', 'zhongdian-2026']);
    const each = await Promise.all(all.plans.map(async (id) => JSON.parse((await runCli(['--plan', id, 'report', '--format', 'json', ...ASOF], { cwd: dir })).stdout) as typeof all & { plan: string }));
    expect(all.totals.targets).toBe(each.reduce((n, r) => n + r.totals.targets, 0));
    expect(all.totals.items).toBe(each.reduce((n, r) => n + r.totals.items, 0));
    for (const s of Object.keys(all.counts)) expect(all.counts[s]).toBe(each.reduce((n, r) => n + r.counts[s]!, 0));
    expect(Object.values(all.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    // Every lagging target of every plan, qualified, and worst first across the plans.
    expect(all.lagging.map((x) => x.id).sort()).toEqual(each.flatMap((r) => r.lagging.map((x) => `${r.plan}:${x.id}`)).sort());
    expect(all.lagging[0]).toMatchObject({ id: 'union-2026:6.1', status: 'overdue' });
    const rank = { overdue: 3, behind: 2, at_risk: 1 } as Record<string, number>;
    for (let i = 1; i < all.lagging.length; i++) expect(rank[all.lagging[i - 1]!.status]!).toBeGreaterThanOrEqual(rank[all.lagging[i]!.status]!);
    expect(all.sections.map((s) => s.id)).toContain('zhongdian-2026:一');
    // One unit, however many plans name it: 经济工作部 leads in two of them.
    const econ = all.departments.filter((d) => d.name === '经济工作部');
    expect(econ).toHaveLength(1);
    expect(econ[0]!.lead).toEqual(expect.arrayContaining(['minsheng-2026:6', 'zhongdian-2026:4']));
  });

  it('the 公文 names every plan in its title and 导语, and says 第13项 of its plan', async () => {
    const { dir } = officePlans();
    const r = await runCli(['report', '--all', '--lang', 'zh', ...ASOF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 关于xx市总工会各项工作计划1—9月落实情况的通报');
    expect(r.stdout).toContain('为推动《xx市总工会2026年为职工群众办实事项目》、《xx市总工会2026年工作要点》、《xx市总工会2026年重点项目》各项任务落到实处');
    expect(r.stdout).toContain('union-2026第13项“进一步加强基层工会组建和改革”');
    expect(r.stdout).toContain('| 12 | zhongdian-2026:2.1 | 完成投资（市工人文化宫改造提升） | 工人文化宫 |');
  });

  it('--dept --all is one unit\'s bulletin across plans; --out never over any plan', async () => {
    const { dir } = officePlans();
    const r = await runCli(['report', '--all', '--dept', '经济工作部', '--format', 'json', ...ASOF], { cwd: dir });
    const j = JSON.parse(r.stdout) as { department: string; sections: { items: { id: string }[] }[] };
    expect(j.department).toBe('经济工作部');
    const list = JSON.parse((await runCli(['list', '--all', '--dept', '经济工作部', '--format', 'json', ...ASOF], { cwd: dir })).stdout) as { items: { plan: string; id: string }[] };
    expect(j.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(list.items.map((i) => `${i.plan}:${i.id}`));
    const over = await runCli(['report', '--all', '--out', 'plans/重点项目/zhongdian-2026.yaml', ...ASOF], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('report --all: the 报头 the plans agree on', () => {
  /** plans/ with the sample plan and a copy of it (another id), each with the given bulletin: block. */
  const twoPlans = (a: string, b: string) => {
    const { dir, file } = tempPlans();
    const text = sampleText();
    const withBlock = (block: string) => (block ? text.replace(/\nsections:\n/, `\nbulletin:\n${block}sections:\n`) : text);
    writeFileSync(file, withBlock(a));
    writeFileSync(join(dir, 'plans', 'union-2026-b.yaml'), withBlock(b).replace('id: union-2026', 'id: union-2026-b'));
    return dir;
  };

  it('takes each field from the plans that set it: 报头 from one, 抄送 from the other, and says nothing', async () => {
    const dir = twoPlans('  publication: 督查专报\n  to: 机关各部室、直属各单位\n', '  issuer: xx市总工会督查室\n  cc: [市委督查室, 市政府督查室]\n');
    const r = await runCli(['report', '--all', '--lang', 'zh', ...ASOF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('**督查专报**');
    expect(r.stdout).toContain('xx市总工会督查室\u3000\u30002026年9月30日');
    expect(r.stdout).toContain('机关各部室、直属各单位：');
    expect(r.stdout).toContain('抄送：市委督查室、市政府督查室。');
  });

  it('plans that word the 报头 differently: one line on stderr naming them and --bulletin-from, which picks one', async () => {
    const dir = twoPlans('  publication: 督查专报\n  issuer: xx市总工会办公室\n', '  publication: 督查专报\n  issuer: xx市总工会督查室\n  to: 各县区总工会\n');
    const r = await runCli(['report', '--all', '--lang', 'zh', ...ASOF], { cwd: dir });
    expect(r.code).toBe(0);
    // union-2026-b.yaml comes first in the folder: its wording is used, and the line says so.
    expect(r.stderr).toBe('各计划的报头写法不一致:发文机关(issuer)用了 union-2026-b 的“xx市总工会督查室”,union-2026 为“xx市总工会办公室”。要统一取某一计划的报头,加 --bulletin-from 计划ID,如 --bulletin-from union-2026\n');
    expect(r.stdout).toContain('xx市总工会督查室\u3000\u30002026年9月30日');
    const en = await runCli(['report', '--all', ...ASOF], { cwd: dir });
    expect(en.stderr).toMatch(/^the plans word their 报头 differently: issuer is union-2026-b's "xx市总工会督查室", union-2026: "xx市总工会办公室"\. To take one plan's, add --bulletin-from ID, e\.g\. --bulletin-from union-2026\n$/);

    // The chosen plan's block whole: its issuer, and no 主送 from the other plan.
    const picked = await runCli(['report', '--all', '--bulletin-from', 'union-2026', '--lang', 'zh', ...ASOF], { cwd: dir });
    expect(picked.code).toBe(0);
    expect(picked.stderr).toBe('');
    expect(picked.stdout).toContain('xx市总工会办公室\u3000\u30002026年9月30日');
    expect(picked.stdout).not.toContain('各县区总工会');
    const json = JSON.parse((await runCli(['report', '--all', '--bulletin-from', 'union-2026', '--format', 'json', ...ASOF], { cwd: dir })).stdout) as { bulletin: { issuer: string; to: string | null } };
    expect(json.bulletin).toMatchObject({ issuer: 'xx市总工会办公室', to: null });
  });

  it('--bulletin-from names a plan of the folder, and goes with --all', async () => {
    const dir = twoPlans('  issuer: xx市总工会办公室\n', '  issuer: xx市总工会督查室\n');
    const unknown = await runCli(['report', '--all', '--bulletin-from', 'union-2025', '--lang', 'zh', ...ASOF], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('plan: --bulletin-from union-2025:文件夹中没有这个计划;可选 union-2026-b, union-2026\n');
    const alone = await runCli(['--plan', 'union-2026', 'report', '--bulletin-from', 'union-2026-b', ...ASOF], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/^plan: --bulletin-from union-2026-b goes with --all/);
    expect(alone.stdout).toBe('');
  });
});

describe('remind --all: one message per unit over every plan', () => {
  it('a unit of two plans gets one message holding the targets of both, each reported as plan:id', async () => {
    const { dir } = officePlans();
    const all = JSON.parse((await runCli(['remind', '--all', '--format', 'json', ...ASOF], { cwd: dir })).stdout) as {
      plans: string[];
      messages: { department: string; tone: string; targets: { plan: string; id: string; tone: string; command: string }[] }[];
    };
    const units = all.messages.map((m) => m.department);
    expect(new Set(units).size).toBe(units.length);
    // Each plan's own reminders, added up, are the messages' targets.
    const each = await Promise.all(all.plans.map(async (id) => [id, JSON.parse((await runCli(['--plan', id, 'remind', '--format', 'json', ...ASOF], { cwd: dir })).stdout)] as const));
    const want = each.flatMap(([id, j]) => (j as { messages: { department: string; targets: { id: string }[] }[] }).messages.flatMap((m) => m.targets.map((x) => `${m.department} ${id}:${x.id}`)));
    expect(all.messages.flatMap((m) => m.targets.map((x) => `${m.department} ${x.plan}:${x.id}`)).sort()).toEqual(want.sort());
    const law = all.messages.find((m) => m.department === '法律工作部')!;
    expect(new Set(law.targets.map((x) => x.plan))).toEqual(new Set(['minsheng-2026', 'union-2026']));
    for (const x of law.targets) expect(x.command).toMatch(new RegExp(`^plan progress ${x.plan}:${x.id.replace('.', '\\.')} --`));
    const rank = ['remind', 'urge', 'supervise'];
    expect(rank.indexOf(law.tone)).toBe(Math.max(...law.targets.map((x) => rank.indexOf(x.tone))));
  });

  it('the message\'s way to report works as written: the qualified id picks its plan', async () => {
    const { dir, plans } = officePlans();
    const text = (await runCli(['remind', '--all', '--dept', '经济工作部', '--lang', 'zh', ...ASOF], { cwd: dir })).stdout;
    expect(text).toContain('1. zhongdian-2026:4.1 新建创新工作室【督办】');
    const command = /plan progress (zhongdian-2026:4\.1) --value N/.exec(text)!;
    const r = await runCli(['progress', command[1]!, '--value', '12', '--date', '2026-09-30', '--by', '经济工作部', ...ASOF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(plans, '重点项目/zhongdian-2026.yaml'), 'utf8')).toContain('{ date: 2026-09-30, value: 12, by: 经济工作部 }');
  });
});

describe('sheet export --all and sheet import over several plans', () => {
  // After the last readings of the sample plans, so a sheet's figures are new ones.
  const LATER = ['--as-of', '2026-10-08', '--lang', 'zh'];
  const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const PLAN_FILES = ['minsheng-2026.yaml', 'union-2026.yaml', '重点项目/zhongdian-2026.yaml', 'units.yaml'];

  /** Fills rows (by plan worksheet and target id) of a workbook the way a clerk does, and saves it. */
  async function fill(file: string, values: Record<string, Record<string, ExcelJS.CellValue>>): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const [sheet, rows] of Object.entries(values)) {
      const ws = wb.getWorksheet(sheet)!;
      for (const [id, value] of Object.entries(rows)) {
        let r = 4;
        while (r <= ws.rowCount && ws.getCell(`B${r}`).value !== id) r++;
        expect(r, `${sheet} ${id}`).toBeLessThanOrEqual(ws.rowCount);
        ws.getCell(`J${r}`).value = value;
      }
    }
    await wb.xlsx.writeFile(file);
  }

  async function exportAll(dir: string) {
    const r = await runCli(['sheet', 'export', '--all', '--out', 'sheets', '--format', 'json', ...LATER], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { plans: string[]; files: { file: string; unit: string; rows: number; sheets: { plan: string; rows: number }[] }[] };
  }

  it('gives each unit one workbook with a sheet per plan it works in, each tied to its plan', async () => {
    const { dir } = officePlans();
    const j = await exportAll(dir);
    expect(j.plans).toEqual(['minsheng-2026', 'union-2026', 'zhongdian-2026']);
    const units = j.files.map((f) => f.unit);
    expect(new Set(units).size).toBe(units.length);
    expect(readdirSync(join(dir, 'sheets')).sort()).toEqual(j.files.map((f) => f.file.replace('sheets/', '')).sort());
    const econ = j.files.find((f) => f.unit === '经济工作部')!;
    expect(econ.sheets.map((s) => s.plan)).toEqual(['minsheng-2026', 'union-2026', 'zhongdian-2026']);
    expect(econ.rows).toBe(econ.sheets.reduce((n, s) => n + s.rows, 0));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, econ.file));
    expect(wb.worksheets.map((w) => `${w.name}:${w.state}`)).toEqual(['minsheng-2026:visible', '_plan:hidden', 'union-2026:visible', '_plan2:hidden', 'zhongdian-2026:visible', '_plan3:hidden']);
    expect(wb.getWorksheet('zhongdian-2026')!.getCell('A1').text).toContain('xx市总工会2026年重点项目');
    // A unit of one plan only gets the plain one-sheet workbook.
    const base = j.files.find((f) => f.unit === '基建办')!;
    expect(base.sheets.map((s) => s.plan)).toEqual(['zhongdian-2026']);
  });

  it('imports the filled workbooks back into the right files, one summary, one transaction', async () => {
    const { dir, plans } = officePlans();
    const j = await exportAll(dir);
    const econ = join(dir, j.files.find((f) => f.unit === '经济工作部')!.file);
    const law = join(dir, j.files.find((f) => f.unit === '法律工作部')!.file);
    await fill(econ, { 'minsheng-2026': { '6.1': 16000 }, 'union-2026': { '7.4': 1600 }, 'zhongdian-2026': { '4.1': 12 } });
    await fill(law, { 'minsheng-2026': { '7.1': 150 } });
    const units = sha(join(plans, 'units.yaml'));
    const r = await runCli(['sheet', 'import', econ, law, '--format', 'json', ...LATER], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { plans: string[]; files: string[]; written: boolean; sheets: { file: string; unit: string; recorded: { id: string }[] }[] };
    expect(out.written).toBe(true);
    expect(out.files).toEqual(['plans/minsheng-2026.yaml', 'plans/union-2026.yaml', 'plans/重点项目/zhongdian-2026.yaml']);
    expect(out.sheets.map((s) => `${s.file.replace(/^.*\//, '')} ${s.unit} ${s.recorded.map((x) => x.id).join(',')}`)).toEqual([
      '经济工作部-2026-10填报表.xlsx[minsheng-2026] 经济工作部 6.1',
      '法律工作部-2026-10填报表.xlsx[minsheng-2026] 法律工作部 7.1',
      '经济工作部-2026-10填报表.xlsx[union-2026] 经济工作部 7.4',
      // 法律工作部 left its union-2026 sheet empty: 未填报, nothing recorded from it.
      '法律工作部-2026-10填报表.xlsx[union-2026] 法律工作部 ',
      '经济工作部-2026-10填报表.xlsx[zhongdian-2026] 经济工作部 4.1',
    ]);
    const text = (f: string) => readFileSync(join(plans, f), 'utf8');
    expect(text('minsheng-2026.yaml')).toMatch(/\{ date: 2026-10-08, value: 16000, by: 经济工作部/);
    expect(text('minsheng-2026.yaml')).toMatch(/\{ date: 2026-10-08, value: 150, by: 法律工作部/);
    expect(text('union-2026.yaml')).toMatch(/\{ date: 2026-10-08, value: 1600, by: 经济工作部/);
    expect(text('重点项目/zhongdian-2026.yaml')).toMatch(/\{ date: 2026-10-08, value: 12, by: 经济工作部/);
    expect(sha(join(plans, 'units.yaml'))).toBe(units);
    expect((await runCli(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('one bad row in one plan\'s sheet: nothing is recorded in any plan, the row named with its sheet', async () => {
    const { dir, plans } = officePlans();
    const j = await exportAll(dir);
    const econ = join(dir, j.files.find((f) => f.unit === '经济工作部')!.file);
    const law = join(dir, j.files.find((f) => f.unit === '法律工作部')!.file);
    // 4.1 already has 9: a cumulative figure cannot go down to 5.
    await fill(econ, { 'minsheng-2026': { '6.1': 16000 }, 'zhongdian-2026': { '4.1': 5 } });
    // And 法律工作部's 7.1 (96 so far) down to 50: its problem comes after, as its file does on the command line.
    await fill(law, { 'minsheng-2026': { '7.1': 50 } });
    const before = PLAN_FILES.map((f) => sha(join(plans, f)));
    const r = await runCli(['sheet', 'import', econ, law, ...LATER], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/经济工作部-2026-10填报表\.xlsx\[zhongdian-2026\] 第\d+行: 数值 5 低于 2026-08-31 填报的 9/);
    expect(lines[1]).toMatch(/法律工作部-2026-10填报表\.xlsx\[minsheng-2026\] 第\d+行: 数值 50 低于/);
    expect(lines).toHaveLength(3);
    expect(PLAN_FILES.map((f) => sha(join(plans, f)))).toEqual(before);
    expect(readdirSync(plans).filter((n) => n.endsWith('.lock') || n.endsWith('.tmp'))).toEqual([]);
  });

  it('a plan edited by someone else meanwhile: the import runs once more, or (edited again) records nowhere', async () => {
    const { dir, plans } = officePlans();
    const j = await exportAll(dir);
    const econ = join(dir, j.files.find((f) => f.unit === '经济工作部')!.file);
    await fill(econ, { 'minsheng-2026': { '6.1': 16000 }, 'zhongdian-2026': { '4.1': 12 } });
    const before = PLAN_FILES.map((f) => readFileSync(join(plans, f), 'utf8'));
    // Edited before every rename: refused, and no plan holds a new reading.
    const always = await runCli(['sheet', 'import', econ, ...LATER], { cwd: dir, env: { PLAN_FAULT: 'before-rename:edit-always' } });
    expect(always.code).toBe(1);
    expect(always.stderr.trim().split('\n')).toHaveLength(1);
    const after = PLAN_FILES.map((f) => readFileSync(join(plans, f), 'utf8'));
    expect(after.map((text, i) => text.replace(/# edited meanwhile\n/g, '') === before[i])).toEqual([true, true, true, true]);
    expect(after.join('')).not.toContain('2026-10-08');
    // Edited once: read again, and both plans get their reading (the edit kept).
    const once = await runCli(['sheet', 'import', econ, ...LATER], { cwd: dir, env: { PLAN_FAULT: 'before-rename:edit' } });
    expect(once.code, once.stderr).toBe(0);
    expect(readFileSync(join(plans, 'minsheng-2026.yaml'), 'utf8')).toMatch(/value: 16000, by: 经济工作部/);
    expect(readFileSync(join(plans, '重点项目/zhongdian-2026.yaml'), 'utf8')).toMatch(/value: 12, by: 经济工作部/);
  });

  it('a sheet of a plan not in the folder is a problem of that sheet; --dept with --all is that unit over every plan', async () => {
    const { dir, plans } = officePlans();
    const one = await runCli(['sheet', 'export', '--dept', '财务部', '--all', '--out', 'caiwu.xlsx', ...LATER], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'caiwu.xlsx'));
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['minsheng-2026', 'union-2026', 'zhongdian-2026']);
    // The 民生实事 plan leaves the folder: its sheet has nowhere to go, and nothing is recorded.
    writeFileSync(join(plans, 'minsheng-2026.yaml'), readFileSync(join(plans, 'minsheng-2026.yaml'), 'utf8').replace('id: minsheng-2026', 'id: minsheng-2027'));
    const r = await runCli(['sheet', 'import', 'caiwu.xlsx', ...LATER], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('caiwu.xlsx[minsheng-2026]: 此表属于计划 minsheng-2026，plans 中没有这个计划');
  });
});
