import { describe, expect, it } from 'vitest';
import { expectGolden } from '../golden.js';
import { runCli } from '../helpers.js';
import { width } from '../../src/render/text.js';

interface TargetJson {
  id: string;
  status: string;
  gap: number | null;
  expected: number | null;
  actual: number | null;
  stale: boolean;
  lead: string[];
}

describe('plan behind', () => {
  it('--as-of 2026-07-01 lists exactly the targets the design rules call lagging, worst first', async () => {
    const r = await runCli(['behind', '--as-of', '2026-07-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { plan: string; as_of: string; targets: TargetJson[] };
    expect(j.as_of).toBe('2026-07-01');
    // Worked out by hand from the sample's readings (181 of 364 days elapsed):
    const byId = Object.fromEntries(j.targets.map((x) => [x.id, x.status]));
    expect(byId).toEqual({
      '6.1': 'overdue', // due 06-30, 26 of 30
      '2.1': 'behind', '7.1': 'behind', '8.1': 'behind', '11.1': 'behind', // no reading: gap 49.7
      '13': 'behind', '14': 'behind', '18': 'behind', '19': 'behind',
      '16': 'behind', // 10% against 49.7%
      '3.2': 'behind', // 400 of 2500: gap 33.7
      '10.3': 'behind', // level 85 under 90
      '15': 'at_risk', // 30% against 49.7%
      '7.4': 'at_risk', // 700 against 994.5: gap 14.7
    });
    expect(j.targets.map((x) => x.status)).toEqual([...j.targets.map((x) => x.status)].sort((a, b) => ['overdue', 'behind', 'at_risk'].indexOf(a) - ['overdue', 'behind', 'at_risk'].indexOf(b)));
    const t74 = j.targets.find((x) => x.id === '7.4')!;
    expect(t74).toMatchObject({ actual: 700, expected: 994.51, gap: 14.7, lead: ['办公室'] });
    const gaps = j.targets.filter((x) => x.status === 'behind' && x.gap !== null).map((x) => x.gap!);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it('--dept narrows to a unit, --fail-on gates CI', async () => {
    const law = JSON.parse((await runCli(['behind', '--as-of', '2026-07-01', '--json', '--dept', '法律工作部'])).stdout) as { targets: TargetJson[] };
    expect(law.targets.map((x) => x.id).sort()).toEqual(['10.3', '11.1', '14']);
    expect((await runCli(['behind', '--as-of', '2026-07-01', '--fail-on', 'behind'])).code).toBe(1);
    expect((await runCli(['behind', '--as-of', '2026-07-01', '--dept', '机关党委', '--fail-on', 'at_risk'])).code).toBe(1);
    expect((await runCli(['behind', '--as-of', '2026-02-01', '--dept', '财贸工会', '--fail-on', 'behind'])).code).toBe(0);
    const bad = await runCli(['behind', '--fail-on', 'late']);
    expect(bad.code).toBe(2);
  });

  it('--fail-on reads a status like --status does: 滞后, 预警, 逾期, "at risk" (issue 16.8)', async () => {
    const gate = async (word: string, asOf = '2026-07-01') => (await runCli(['behind', '--as-of', asOf, '--dept', '财贸工会', '--fail-on', word])).code;
    // 财贸工会 has a target behind on 2026-07-01 and none lagging on 2026-02-01.
    for (const word of ['滞后', 'behind', '预警', 'at risk', 'at-risk', '逾期']) expect(await gate(word, '2026-02-01'), word).toBe(0);
    for (const word of ['滞后', 'behind', '预警', 'at_risk']) expect(await gate(word), word).toBe(1);
    expect(await gate('逾期')).toBe(0);
    // A status that is not lagging is no gate: a clear usage error, not a silent pass.
    for (const word of ['正常', 'done', '已完成']) {
      const r = await runCli(['behind', '--fail-on', word]);
      expect(r.code, word).toBe(2);
      expect(r.stderr).toBe(`plan: --fail-on takes a lagging status, not "${word}": one of overdue, behind, at_risk (逾期, 滞后, 预警)\n`);
    }
  });

  it('golden: the table at 2026-07-01 in Chinese', async () => {
    const r = await runCli(['behind', '--as-of', '2026-07-01', '--lang', 'zh']);
    expectGolden('behind-2026-07-01.zh.txt', r.stdout);
  });
});

describe('plan status', () => {
  it('golden: the one-screen overview in both languages, within 80 columns', async () => {
    for (const lang of ['zh', 'en']) {
      const r = await runCli(['status', '--as-of', '2026-07-01', '--lang', lang]);
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
      expect(r.stdout.split('\n').length).toBeLessThanOrEqual(40);
      expectGolden(`status-2026-07-01.${lang}.txt`, r.stdout);
    }
  });

  it.each([60, 80, 120])('the worst targets line up in columns at %i columns, in Chinese and with --all', async (columns) => {
    const { officePlans } = await import('../helpers.js');
    const { dir } = officePlans();
    for (const argv of [['--plan', 'union-2026', 'status'], ['status', '--all']]) {
      const r = await runCli([...argv, '--lang', 'zh', '--as-of', '2026-09-30'], { cwd: dir, tty: true, columns, env: { NO_COLOR: '1' } });
      const lines = r.stdout.split('\n');
      const at = lines.findIndex((l) => l.startsWith('最滞后的'));
      const rows = lines.slice(at + 1, lines.indexOf('', at));
      expect(rows.length, argv.join(' ')).toBeGreaterThanOrEqual(5);
      // The status word, the metric and the gap each start (or end) at one display column on every line.
      const cols = rows.map((l) => {
        const m = /^(\s*\S+\s+)(\S+\s+)(.*?\s)(\s*\S+\/\S+) (\+\d+\.\d)/.exec(l)!;
        expect(m, l).not.toBeNull();
        return [width(m[1]!), width(m[1]! + m[2]!), width(m[1]! + m[2]! + m[3]! + m[4]! + ' ' + m[5]!)];
      });
      for (const c of cols) expect(c, `${argv.join(' ')} at ${columns}`).toEqual(cols[0]);
      for (const l of rows) expect(width(l)).toBeLessThanOrEqual(columns);
    }
  });

  it('the same input and as-of date give byte-identical output; PLAN_AS_OF works', async () => {
    const a = await runCli(['status', '--as-of', '2026-09-30', '--json']);
    const b = await runCli(['status', '--json'], { env: { PLAN_AS_OF: '2026-09-30' } });
    expect(b.stdout).toBe(a.stdout);
    const j = JSON.parse(a.stdout) as { counts: Record<string, number>; targets: TargetJson[]; departments: unknown[]; as_of: string };
    expect(j.as_of).toBe('2026-09-30');
    expect(Object.values(j.counts).reduce((x, y) => x + y, 0)).toBe(j.targets.length);
    expect(j.departments).toHaveLength(15);
  });

  it('with no --as-of uses today (the clock), and says so', async () => {
    const r = await runCli(['status', '--lang', 'en']);
    expect(r.stdout).toContain('as of 2026-11-25');
  });
});
