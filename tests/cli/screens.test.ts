import { describe, expect, it } from 'vitest';
import { expectGolden } from '../golden.js';
import { runCli, sampleText } from '../helpers.js';
import { width } from '../../src/render/text.js';

// What 60-, 80- and 120-column terminals show (checked by eye in tmux, kept as goldens): every line
// fits, Chinese text wraps between characters, and nothing that must stay whole is split — a
// number, a unit name, a target (9.1 ≥230000吨), the status (● 滞后 · 未填报). Issue 16.6.

/** Every unit name of the sample's registry. */
const UNITS = [...sampleText().matchAll(/^ {2}- name: (\S+)/gm)].map((m) => m[1]!);

/** A unit name cut at the end of a cell: its first part followed by two spaces or the line's end. */
function splitUnits(out: string): string[] {
  const found: string[] = [];
  for (const unit of UNITS) {
    const chars = [...unit];
    for (let k = 2; k < chars.length; k++) {
      const head = chars.slice(0, k).join('');
      if (UNITS.includes(head)) continue;
      for (const line of out.split('\n')) if (new RegExp(`(^|[\\s、])${head}( {2}|$)`).test(line)) found.push(`${head}… in "${line}"`);
    }
  }
  return found;
}

/** A target cut in two (9.1 ≥ | 230000吨, 7.3 ≥50场 | 次, 2.1 里程 | 碑) or a status (● 滞 | 后, ● 滞后 · | 未填报). */
function splitPieces(out: string): string[] {
  const target = /\d+\.\d+ (?:[≥≤](?![\d.,]+(?:个|家|场次|条|人次|%|吨|所))|里程(?!碑)|milest(?!one))/;
  const status = /● \S+ ·(?: {2}|$)|● \S(?: {2}|$)/;
  return out.split('\n').filter((l) => target.test(l) || status.test(l));
}

describe.each([60, 80, 120])('%i-column screens', (columns) => {
  describe.each(['zh', 'en'])('%s', (lang) => {
    it.each([
      ['status', ['status']],
      ['list', ['list']],
      ['show-7', ['show', '7']],
      ['behind', ['behind']],
      ['depts', ['depts']],
      ['list-t', ['list', '-t']],
      ['depts-unit', ['depts', '办公室']],
    ])('%s', async (name, argv) => {
      const r = await runCli([...argv, '--as-of', '2026-07-01', '--lang', lang], { tty: true, columns, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
      expect(r.stdout).not.toContain('\x1b');
      expect(splitUnits(r.stdout)).toEqual([]);
      expect(splitPieces(r.stdout)).toEqual([]);
      expectGolden(`screen-${name}${columns === 80 ? '' : `-${columns}`}.${lang}.txt`, r.stdout);
    });
  });
});

describe('screens that fit (issue 16.6)', () => {
  it('the checks above catch the splits the issue saw', () => {
    expect(splitPieces('   3  强化舆论  办公室  宣传教育  3.1 ≥700  ● 滞后')).toHaveLength(1);
    expect(splitPieces('   7  开展“产业工  办公室  经济工作部、  7.3 ≥50场')).toHaveLength(1);
    expect(splitPieces('   9  打好劳模工匠  宣传教育部  9.1 ≥')).toHaveLength(1);
    expect(splitPieces(' 2.1  乡镇(街  –/100%  +49.7  –  宣传教育  ● 滞')).toHaveLength(1);
    expect(splitPieces('   2  强化文化  宣传教育部  2.1 里程  ● 滞后 · 未填报')).toHaveLength(1);
    expect(splitPieces('   7  开展  7.4 ≥2000场次、  ● 滞后 · 未填报\n   2  强化  2.1 里程碑  ✔ 已完成')).toEqual([]);
    expect(splitUnits(' 6.1  网络招聘  +13.3  2026-06-30  保障工作  ● 逾期')).toHaveLength(1);
    expect(splitUnits('   1  强化政治  办公室  宣传教育  ● 正常')).toHaveLength(1);
    expect(splitUnits('   1  强化政治  办公室★ +3  宣传教育部、  ● 正常')).toEqual([]);
  });

  it('list at 80 columns gives the titles the room, not the unit columns', async () => {
    const r = await runCli(['list', '--as-of', '2026-07-01', '--lang', 'zh'], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    const head = r.stdout.split('\n')[0]!;
    const at = (h: string) => width(head.slice(0, head.indexOf(h)));
    // The title column is the widest: wider than the units beside it, and 8.3 ≥100000人次 whole.
    expect(at('责任单位') - at('标题')).toBeGreaterThan(at('指标') - at('责任单位'));
    expect(at('责任单位') - at('标题')).toBeGreaterThanOrEqual(20);
    expect(r.stdout).toContain('8.3 ≥100000人次');
    expect(r.stdout).toContain('搭建职工教育培训平台');
  });

  it('behind at 60 columns keeps each status on one line and names the lead units whole', async () => {
    const r = await runCli(['behind', '--as-of', '2026-07-01', '--lang', 'zh'], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
    const rows = r.stdout.split('\n').filter((l) => /^\s*\d/.test(l));
    expect(rows.length).toBe(14);
    for (const row of rows) expect(row).toMatch(/● (逾期|滞后|预警)( · 未填报)?$/);
    expect(r.stdout).toContain('组织与基层工作部★');
  });

  it('the unit table of status says what its two numbers are: lagging items led and joined', async () => {
    const r = await runCli(['status', '--as-of', '2026-07-01', '--lang', 'zh'], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('单位'));
    expect(lines[head - 1]!.trim()).toBe('滞后事项');
    expect(lines[head]).toMatch(/^单位\s+牵头★\s+参与\s+最近填报$/);
    expect(lines[head + 1]).toMatch(/^办公室\s+7\s+0\s+2026-06-30$/);
  });
});

describe('the 督办 tables fit the terminal', () => {
  it.each([60, 80, 120])('compliance and escalations at %i columns: every line fits, the latest round and each status whole', async (columns) => {
    for (const lang of ['zh', 'en']) {
      // November: eleven monthly rounds, too many columns of marks for 60 or 80 columns.
      const c = await runCli(['compliance', '--as-of', '2026-11-30', '--lang', lang], { tty: true, columns, env: { NO_COLOR: '1' } });
      expect(c.code).toBe(0);
      for (const line of c.stdout.split('\n')) expect(width(line), `compliance ${lang}: ${line}`).toBeLessThanOrEqual(columns);
      const head = c.stdout.split('\n')[0]!;
      // The latest round is always shown, then the counts; older rounds go first when space runs out.
      expect(head).toMatch(lang === 'zh' ? /11月 +按时 +迟报 +未报 +按时率$/ : /Nov +on time +late +missing +rate$/);
      if (columns === 120) expect(head).toContain(lang === 'zh' ? '1月' : 'Jan');
      const e = await runCli(['escalations', '--as-of', '2026-09-30', '--lang', lang], { tty: true, columns, env: { NO_COLOR: '1' } });
      expect(e.code).toBe(0);
      for (const line of e.stdout.split('\n')) expect(width(line), `escalations ${lang}: ${line}`).toBeLessThanOrEqual(columns);
      expect(splitPieces(e.stdout)).toEqual([]);
      expect(e.stdout).toContain(lang === 'zh' ? '滞后 · 未填报' : 'behind · stale');
    }
    // The English headers are capitalised like every other table's.
    const en = await runCli(['escalations', '--as-of', '2026-09-30', '--lang', 'en'], { tty: true, columns, env: { NO_COLOR: '1' } });
    expect(en.stdout.split('\n')[0]).toMatch(/^Action +ID +Metric/);
  });
});
