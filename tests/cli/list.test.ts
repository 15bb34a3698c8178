import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runCli, SEED, tempPlans } from '../helpers.js';

const AS_OF = ['--as-of', '2026-07-01'];

interface ListJson {
  plan: string;
  as_of: string;
  items: { id: string; section: string; title: string; lead: string[]; departments: string[]; status: string; stale: boolean; targets: { id: string; kind: string; target: number; unit: string }[] }[];
}

async function listJson(...args: string[]): Promise<ListJson> {
  const r = await runCli(['list', '--format', 'json', ...AS_OF, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ListJson;
}

/** 责任单位 per item, read straight from the seed text. */
function seedUnits(): Map<string, string[]> {
  const text = readFileSync(SEED, 'utf8').replace(/\n\s*\n\s*(?=\S)/g, (m, offset: number, all: string) => (/^\s*\d+\s*[.、]/.test(all.slice(offset + m.length)) || /^\s*[一二三四五六七八九十]+、/.test(all.slice(offset + m.length)) ? m : ''));
  const out = new Map<string, string[]>();
  const re = /(?:^|\n)\s*(\d+)\s*[.、]([\s\S]*?)\(责任单位:([^)]*)\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(m[1]!, m[3]!.split('、').map((s) => s.trim()));
  return out;
}

describe('plan list', () => {
  it('--dept 法律工作部 prints items 4, 5, 10, 11, 14 and no others', async () => {
    const j = await listJson('--dept', '法律工作部');
    expect(j.items.map((i) => i.id)).toEqual(['4', '5', '10', '11', '14']);
    const table = await runCli(['list', '--dept', '法律工作部', ...AS_OF]);
    expect(table.code).toBe(0);
    const ids = table.stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/)[0]);
    expect(ids).toEqual(['4', '5', '10', '11', '14']);
  });

  it('--dept 服务中心 (an alias) finds the items of 职工服务中心 too', async () => {
    const alias = await listJson('--dept', '服务中心');
    const full = await listJson('--dept', '职工服务中心');
    expect(alias.items.map((i) => i.id)).toEqual(['6', '12', '15', '17']);
    expect(full.items.map((i) => i.id)).toEqual(alias.items.map((i) => i.id));
  });

  it('--dept 法律工作 exits 2 and suggests 法律工作部', async () => {
    const r = await runCli(['list', '--dept', '法律工作', ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('法律工作部');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const zh = await runCli(['list', '--dept', '法律工作', '--lang', 'zh', ...AS_OF]);
    expect(zh.stderr).toMatch(/未知单位 "法律工作",是否应为 法律工作部/);
  });

  it('has 19 items in 6 sections, every item\'s departments exactly as in the seed', async () => {
    const j = await listJson();
    expect(j.plan).toBe('union-2026');
    expect(j.as_of).toBe('2026-07-01');
    expect(j.items).toHaveLength(19);
    expect([...new Set(j.items.map((i) => i.section))]).toEqual(['一', '二', '三', '四', '五', '六']);
    const seed = seedUnits();
    expect(seed.size).toBe(19);
    for (const item of j.items) expect(item.departments, `item ${item.id}`).toEqual(seed.get(item.id));
    for (const item of j.items) expect(item.lead).toEqual(item.departments.slice(0, 1));
  });

  it('has every quantitative target of the seed with its kind and unit', async () => {
    const j = await listJson();
    const targets = new Map(j.items.flatMap((i) => i.targets.map((t) => [t.id, `${t.kind} ${t.target} ${t.unit}`] as const)));
    expect(Object.fromEntries([...targets].filter(([id]) => id.includes('.')))).toMatchObject({
      '3.1': 'at_least 700 条',
      '3.2': 'at_least 2500 条',
      '6.1': 'at_least 30 场次',
      '7.1': 'at_least 10 个',
      '7.2': 'at_least 20 家',
      '7.3': 'at_least 50 场次',
      '7.4': 'at_least 2000 场次',
      '8.1': 'at_least 10 个',
      '8.2': 'at_least 1000 场次',
      '8.3': 'at_least 100000 人次',
      '9.1': 'at_least 20 家',
      '10.1': 'at_least 800 家',
      '10.2': 'level 80 %',
      '10.3': 'level 90 %',
      '11.1': 'at_least 6 个',
      '12.1': 'milestone 100 %',
    });
    const plan = parse(readFileSync(tempPlans().file, 'utf8')) as { sections: { items: { id: string; primary?: string }[] }[] };
    const primaries = Object.fromEntries(plan.sections.flatMap((s) => s.items).filter((i) => i.primary).map((i) => [i.id, i.primary]));
    expect(primaries).toEqual({ '7': '7.4', '8': '8.2' });
  });

  it('filters by section, status and search; --targets gives one row per target', async () => {
    expect((await listJson('--section', '三')).items.map((i) => i.id)).toEqual(['7', '8', '9']);
    // By its place, as people say "the third section": 3 and ３ are 三.
    expect((await listJson('--section', '3')).items.map((i) => i.id)).toEqual(['7', '8', '9']);
    expect((await listJson('--section', '３')).items.map((i) => i.id)).toEqual(['7', '8', '9']);
    expect((await runCli(['list', '--section', '7', ...AS_OF])).stderr).toBe('plan: unknown section "7"; sections: 一, 二, 三, 四, 五, 六\n');
    const unknown = await runCli(['list', '--section', '智慧', ...AS_OF]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('plan: unknown section "智慧"; sections: 一, 二, 三, 四, 五, 六\n');
    expect((await listJson('--section', '工会改革')).items.map((i) => i.id)).toEqual(['13', '14', '15', '16']);
    expect((await listJson('--status', '已完成')).items.map((i) => i.id)).toEqual(['4', '9']);
    expect((await listJson('--status', 'done,overdue')).items.map((i) => i.id)).toEqual(['4', '6', '9']);
    expect((await listJson('--search', '劳模')).items.map((i) => i.id)).toContain('9');
    const rows = await runCli(['list', '--targets', '--section', '三', ...AS_OF]);
    expect(rows.stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/)[0])).toEqual(['7.1', '7.2', '7.3', '7.4', '8.1', '8.2', '8.3', '9.1']);
    const bad = await runCli(['list', '--status', 'late', ...AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('on_track');
    // A Chinese word that is not a status: the list says the Chinese ones too.
    const zh = await runCli(['list', '--status', '落后', '--lang', 'zh', ...AS_OF]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('plan: 未知状态 "落后";可选:overdue, behind, at_risk, on_track, not_started, done (逾期, 滞后, 预警, 正常, 未开始, 已完成)\n');
  });

  it('aligns Chinese text by display width', async () => {
    const r = await runCli(['list', '--section', '三', ...AS_OF]);
    const lines = r.stdout.trimEnd().split('\n');
    // The status column starts at the same display column on every line.
    const { width } = await import('../../src/render/text.js');
    const starts = lines.map((l) => width(l.slice(0, l.search(/[●✔○]|Status/))));
    expect(new Set(starts).size).toBe(1);
  });

  it('writes CSV that Excel opens as UTF-8, and Markdown tables', async () => {
    const csv = await runCli(['list', '--format', 'csv', ...AS_OF]);
    expect(csv.stdout.startsWith('\ufeffid,section,title,lead,departments,status,stale,implicit,targets\r\n')).toBe(true);
    expect(csv.stdout.split('\r\n')).toHaveLength(21);
    const md = await runCli(['list', '--format', 'md', '--lang', 'zh', ...AS_OF]);
    const lines = md.stdout.trim().split('\n');
    expect(lines[0]).toBe('| 编号 | 标题 | 牵头单位 | 责任单位 | 指标 | 状态 |');
    for (const l of lines) expect(l.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('refuses an unknown --format with exit 2', async () => {
    const r = await runCli(['list', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/table\|json\|csv\|md/);
  });
});

describe('plan show and plan depts', () => {
  it('show 7 prints the full text, units, each target with readings, expected vs actual', async () => {
    const r = await runCli(['show', '7', ...AS_OF, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('开展“产业工人队伍建设改革年”活动');
    expect(r.stdout).toContain('牵头单位: 办公室 ★');
    expect(r.stdout).toMatch(/7\.4 各级技能竞赛活动 ★/);
    expect(r.stdout).toMatch(/实际 700场次\s+序时进度 994\.5场次\s+差距 \+14\.7/);
    expect(r.stdout).toContain('2026-03-31');
    expect(r.stdout).not.toContain('2026-09-30'); // after the as-of date
  });

  it('show 7.4 --format json has the target with its readings; unknown refs suggest neighbours', async () => {
    const r = await runCli(['show', '7.4', '--format', 'json', ...AS_OF]);
    const j = JSON.parse(r.stdout) as { item: { id: string; targets: { id: string; readings: unknown[]; status: string }[] } };
    expect(j.item.id).toBe('7');
    expect(j.item.targets.map((t) => t.id)).toEqual(['7.4']);
    expect(j.item.targets[0]!.status).toBe('at_risk');
    const bad = await runCli(['show', '7.9', ...AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean .*7\.[1-4]/);
  });

  it('depts: the matrix of led (★) and joined items, and one unit\'s items', async () => {
    const r = await runCli(['depts', '--format', 'json', ...AS_OF]);
    const j = JSON.parse(r.stdout) as { departments: { name: string; aliases: string[]; lead: string[]; joined: string[]; counts: Record<string, number> }[] };
    expect(j.departments).toHaveLength(15);
    const law = j.departments.find((d) => d.name === '法律工作部')!;
    expect(law.lead).toEqual(['10', '11']);
    expect(law.joined).toEqual(['4', '5', '14']);
    expect(Object.values(law.counts).reduce((a, b) => a + b, 0)).toBe(5);
    const center = j.departments.find((d) => d.name === '职工服务中心')!;
    expect(center.aliases).toEqual(['服务中心']);
    expect(center.joined).toEqual(['6', '12', '15', '17']);
    const one = await runCli(['depts', '服务中心', ...AS_OF]);
    expect(one.stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/)[0])).toEqual(['6', '12', '15', '17']);
  });
});

describe('finding plans and errors', () => {
  it('finds plans/ walking up from a subfolder, and honours --dir and PLAN_DIR', async () => {
    const { dir } = tempPlans();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(`${dir}/a/b`, { recursive: true });
    expect((await runCli(['list', '--json', ...AS_OF], { cwd: `${dir}/a/b` })).code).toBe(0);
    expect((await runCli(['list', '--json', '--dir', `${dir}/plans`, ...AS_OF], { cwd: '/' })).code).toBe(0);
    expect((await runCli(['list', '--json', ...AS_OF], { cwd: '/', env: { PLAN_DIR: `${dir}/plans` } })).code).toBe(0);
    const none = await runCli(['list'], { cwd: '/' });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no plans\/ folder found/);
  });

  it('a plan that fails the schema is reported at file:line:col, not half-used', async () => {
    const { dir, file } = tempPlans();
    const text = readFileSync(file, 'utf8').replace('kind: at_least', 'kind: atleast');
    const line = text.split('\n').findIndex((l) => l.includes('atleast')) + 1;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, text);
    const r = await runCli(['list', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^plans/union-2026\\.yaml:${line}:\\d+: .*must be one of at_least, at_most, level, milestone; got 'atleast' — did you mean at_least\\?`));
  });

  it('an internal error shows no stack trace unless PLAN_DEBUG=1', async () => {
    const bad = await runCli(['list', '--as-of', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('plan: --as-of must be a date YYYY-MM-DD; got "2026-02-30"\n');
    const unknown = await runCli(['lsit']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("plan: unknown command 'lsit'; did you mean list?\n");
    // PLAN_DEBUG=0 (or false, or empty) is off; 1 shows where the error came from.
    for (const off of ['0', 'false', '']) expect((await runCli(['list', '--dept', '办公式'], { env: { PLAN_DEBUG: off } })).stderr).not.toMatch(/\n\s+at /);
    expect((await runCli(['list', '--dept', '办公式'], { env: { PLAN_DEBUG: '1' } })).stderr).toMatch(/\n\s+at /);
  });
});
