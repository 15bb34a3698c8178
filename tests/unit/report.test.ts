import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PlanFile } from '../../src/core/model.js';
import { PlanModel } from '../../src/core/plan.js';
import { buildReport, coveredMonths, oneDecimalShares } from '../../src/core/report.js';
import { pickLang as reportLang } from '../../src/i18n/index.js';
import { lagging, planStatus, STATUSES } from '../../src/core/status.js';
import { safeLines } from '../../src/render/text.js';
import { reportBlocks, roundText, type ReportTable } from '../../src/report/common.js';
import { CELL_PAD, cellChars, columnWidths } from '../../src/report/widths.js';
import { esc } from '../../src/report/html.js';
import { mdInline, mdParagraph } from '../../src/report/markdown.js';
import { gitState } from '../../src/store/git-state.js';
import { writeNewFile } from '../../src/store/write.js';
import { sampleText } from '../helpers.js';

const model = new PlanModel(parse(sampleText()) as PlanFile);

describe('a reporting round in the bulletin\u2019s words, never its id', () => {
  it.each([
    ['2026-09', '2026年9月', 'September 2026'],
    ['2026-Q3', '2026年第三季度', 'Q3 2026'],
    ['2026-03-02', '2026年3月2日起一周', 'week of 2 March 2026'],
  ])('%s', (id, zh, en) => {
    expect(roundText('zh', id)).toBe(zh);
    expect(roundText('en', id)).toBe(en);
  });
});

describe('the title of the bulletin', () => {
  const title = (asOf: string, department?: string) => {
    const b = reportBlocks(buildReport(model, asOf, department ? { unit: department } : {}), { lang: 'zh', source: 'x', version: '0' }).find((x) => x.kind === 'title');
    return b?.kind === 'title' ? b : undefined;
  };
  it('breaks a title longer than a line of 2号 at a boundary of meaning: the plan / the period, 落实情况的通报', () => {
    expect(title('2026-09-30')).toEqual({ kind: 'title', text: '关于xx市总工会2026年工作要点1—9月落实情况的通报', lines: ['关于xx市总工会2026年工作要点', '1—9月落实情况的通报'] });
    // A unit's bulletin: the unit goes with the period, so the plan's line stays whole.
    expect(title('2026-09-30', '法律工作部')?.lines).toEqual(['关于xx市总工会2026年工作要点', '（法律工作部）1—9月落实情况的通报']);
  });
});

describe('the annex tables\u2019 columns', () => {
  const tables = (asOf: string): ReportTable[] =>
    reportBlocks(buildReport(model, asOf), { lang: 'zh', source: 'plans/union-2026.yaml', version: '0' }).flatMap((b) => (b.kind === 'annex' ? [b.table] : []));

  it.each(['2026-07-01', '2026-09-30'])('as of %s: fill the landscape line, and no figure, date or status breaks across lines', (asOf) => {
    for (const tb of tables(asOf)) {
      const widths = columnWidths(tb, 12756);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(12756);
      tb.columns.forEach((c, i) => {
        if (!c.nowrap) return;
        for (const r of tb.rows) expect(widths[i]!, `${c.header}: ${r[i]}`).toBeGreaterThanOrEqual(cellChars(r[i]!) * 180 + CELL_PAD);
      });
      // The task column keeps room for ten characters.
      expect(widths[tb.columns.findIndex((c) => c.width === 0)]).toBeGreaterThanOrEqual(1800);
    }
  });

  it('counts a digit as half a character and each change between digits and Chinese a quarter', () => {
    expect(cellChars('2026年12月31日')).toBe(4 + 3 + 5 / 4);
    expect(cellChars('100000人次')).toBe(3 + 2 + 1 / 4);
    expect(cellChars('滞后')).toBe(2);
  });
});

describe('buildReport', () => {
  it.each(['2026-02-01', '2026-07-01', '2026-09-30', '2027-01-15'])('as of %s: counts add up, the shares add up to 100, the lagging list is lagging()', (asOf) => {
    const r = buildReport(model, asOf);
    const ps = planStatus(model, asOf);
    expect(r.totals).toMatchObject({ items: 19, targets: ps.targets.length });
    expect(STATUSES.reduce((a, s) => a + r.counts[s], 0)).toBe(r.totals.targets);
    expect(STATUSES.reduce((a, s) => a + r.item_counts[s], 0)).toBe(r.totals.items);
    expect(Math.round(STATUSES.reduce((a, s) => a + r.shares[s], 0) * 10)).toBe(1000);
    expect(r.lagging.map((t) => t.id)).toEqual(lagging(ps.targets).map((t) => t.target.id));
    expect(r.sections.flatMap((s) => s.items.flatMap((i) => i.targets))).toHaveLength(r.totals.targets);
    expect(r.reporting.rule).toBe('stale_days');
    expect(r.reporting.departments.every((u) => u.targets.length > 0)).toBe(true);
    expect(r.elapsed).toBeGreaterThanOrEqual(0);
    expect(r.elapsed).toBeLessThanOrEqual(1);
  });

  it.each([
    [{ overdue: 1, behind: 12, at_risk: 8, on_track: 4, not_started: 0, done: 2 }, { overdue: 3.7, behind: 44.5, at_risk: 29.6, on_track: 14.8, not_started: 0, done: 7.4 }],
    [{ overdue: 1, behind: 1, at_risk: 1, on_track: 0, not_started: 0, done: 0 }, { overdue: 33.4, behind: 33.3, at_risk: 33.3, on_track: 0, not_started: 0, done: 0 }],
    [{ overdue: 0, behind: 0, at_risk: 0, on_track: 0, not_started: 0, done: 0 }, { overdue: 0, behind: 0, at_risk: 0, on_track: 0, not_started: 0, done: 0 }],
  ])('one-decimal shares by largest remainders: %j', (counts, shares) => {
    expect(oneDecimalShares(counts)).toEqual(shares);
  });

  it.each([
    ['2026-01-01', '2026-09-30', { from: '2026-01', to: '2026-09' }],
    ['2026-01-01', '2026-07-01', { from: '2026-01', to: '2026-06' }],
    ['2026-01-01', '2026-01-15', { from: '2026-01', to: '2026-01' }],
    ['2025-07-01', '2026-02-28', { from: '2025-07', to: '2026-02' }],
  ])('period %s, as of %s: the months covered', (start, asOf, want) => {
    expect(coveredMonths(start, asOf)).toEqual(want);
  });

  it('shares for the bars: done part of a count, level reached of a rate, nothing for a cap', () => {
    const r = buildReport(model, '2026-09-30');
    const all = new Map(r.sections.flatMap((s) => s.items.flatMap((i) => i.targets)).map((t) => [t.id, t]));
    expect(all.get('3.2')).toMatchObject({ actual: 400, target: 2500, share: 0.16, status: 'behind' });
    expect(all.get('10.3')).toMatchObject({ kind: 'level', actual: 85, target: 90, share: 0.9444, expected: null, gap: null });
    expect(all.get('2.1')).toMatchObject({ actual: null, share: 0, last_reading: null, stale: true });
    expect(all.get('9.1')).toMatchObject({ share: 1, status: 'done' });
  });

  it('units by their registry names, the alias folded in; lead units first', () => {
    const r = buildReport(model, '2026-09-30');
    const six = r.sections.flatMap((s) => s.items).find((i) => i.id === '6')!;
    expect(six.lead).toEqual(['保障工作部']);
    expect(six.departments[0]).toBe('保障工作部');
    expect(six.departments).toContain('职工服务中心');
    expect(six.departments).not.toContain('服务中心');
    const law = r.departments.find((u) => u.name === '法律工作部')!;
    expect(law).toMatchObject({ lead: ['10', '11'], joined: ['4', '5', '14'], lagging_lead: ['10', '11'], lagging_joined: ['5', '14'] });
    // 4 (done), 5, 10.1–10.3, 11.1, 14: 7 started targets; only 4 (done) is not overdue for a reading.
    expect(law).toMatchObject({ active: 7, on_time: 1, last_reading: '2026-06-30' });
  });

  it('--dept narrows items, lagging and units to the unit (an alias works)', () => {
    const r = buildReport(model, '2026-09-30', { unit: '职工服务中心' });
    expect(r.department).toBe('职工服务中心');
    expect(r.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(['6', '12', '15', '17']);
    expect(r.departments.map((u) => u.name)).toEqual(['职工服务中心']);
    expect(r.lagging.map((t) => t.id)).toEqual(['6.1', '15', '12.1']);
  });

  it('the reporting and escalation lists are a seam: plan compliance and plan escalations can feed them', () => {
    const reporting = { rule: 'cadence' as const, days: null, round: '2026-09', departments: [{ name: '法律工作部', status: 'late' as const, targets: ['10.1'], last_reading: '2026-06-30' }] };
    const escalations = [{ target: '3.2', item: '3', department: '办公室', status: 'behind' as const, rounds: 3, action: '约谈' }];
    const r = buildReport(model, '2026-09-30', { reporting, escalations });
    expect(r.reporting).toEqual(reporting);
    expect(r.escalations).toEqual(escalations);
  });

  it('is plain data: JSON round-trips it unchanged', () => {
    const r = buildReport(model, '2026-07-01');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('reportLang', () => {
  it.each([
    ['en', {}, 'xx市总工会', 'en'],
    ['zh', { LANG: 'en_US.UTF-8' }, 'A plan', 'zh'],
    [undefined, { PLAN_LANG: 'en' }, 'xx市总工会', 'en'],
    [undefined, { LANG: 'en_US.UTF-8' }, 'xx市总工会', 'en'],
    [undefined, { LANG: 'zh_CN.UTF-8' }, 'A plan', 'zh'],
    [undefined, {}, 'xx市总工会2026年工作要点', 'zh'],
    [undefined, { LANG: 'C.UTF-8' }, 'xx市总工会2026年工作要点', 'zh'],
    [undefined, { LC_ALL: 'POSIX' }, 'xx市总工会', 'zh'],
    [undefined, {}, 'Work plan 2026', 'en'],
    [undefined, { PLAN_LANG: '' }, '工作要点', 'zh'],
  ] as const)('--lang %s, env %j, title %s → %s', (option, env, title, want) => {
    expect(reportLang(option, env, title)).toBe(want);
  });
});

describe('escaping', () => {
  it('report text shows control characters instead of sending them; every line break becomes LF', () => {
    expect(safeLines('a\x1b[31mb\x07\r\nc\u202e\rd\uffff')).toBe('a\\x1B[31mb\\x07\nc\\x202E\nd\\xFFFF');
  });

  it.each([
    ['*bold* _x_ `c` [l](u) <b> # | ~ & !', '\\*bold\\* \\_x\\_ \\`c\\` \\[l\\](u) \\<b\\> \\# \\| \\~ \\& \\!'],
    ['line\nbreak', 'line break'],
    ['back\\slash', 'back\\\\slash'],
  ])('mdInline %j', (input, want) => {
    expect(mdInline(input)).toBe(want);
  });

  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['2) item', '2\\) item'],
    ['=== x', '\\=== x'],
    ['2026年', '2026年'],
  ])('mdParagraph %j does not start a list', (input, want) => {
    expect(mdParagraph(input)).toBe(want);
  });

  it('esc makes plan text inert HTML', () => {
    expect(esc(`<script>alert("x")</script> & 'q'\nnext\x1b`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;<br>next\\x1B');
  });
});

describe('writeNewFile', () => {
  it('creates or replaces a file through a temp file, keeping the old mode, leaving nothing behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-write-'));
    const file = join(dir, 'r.md');
    writeNewFile(file, 'one');
    expect(readFileSync(file, 'utf8')).toBe('one');
    chmodSync(file, 0o600);
    writeNewFile(file, new Uint8Array([0x50, 0x4b]));
    expect(readFileSync(file, 'latin1')).toBe('PK');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['r.md']);
    expect(() => writeNewFile(join(dir, 'missing', 'x.md'), 'x', { display: 'missing/x.md' })).toThrow(expect.objectContaining({ key: 'writeNewFailed' }));
  });
});

describe('gitState', () => {
  const hasGit = spawnSync('git', ['--version']).status === 0;

  it('is undefined outside a repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-nogit-'));
    writeFileSync(join(dir, 'p.yaml'), 'x');
    expect(gitState(join(dir, 'p.yaml'), { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: tmpdir() })).toBeUndefined();
  });

  it.runIf(hasGit)('names HEAD, and says whether the file differs from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-git-'));
    const file = join(dir, 'p.yaml');
    const env = { PATH: process.env.PATH, HOME: dir, GIT_CEILING_DIRECTORIES: tmpdir() };
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(file, 'one\n');
    expect(gitState(file, env)).toEqual({ dirty: true }); // no commit yet, the file untracked
    git('add', 'p.yaml');
    git('commit', '-q', '-m', 'one');
    const head = git('rev-parse', 'HEAD').stdout.trim();
    expect(gitState(file, env)).toEqual({ commit: head, dirty: false });
    writeFileSync(join(dir, 'other.txt'), 'x'); // another file's changes are not the plan's
    expect(gitState(file, env)).toEqual({ commit: head, dirty: false });
    writeFileSync(file, 'two\n');
    expect(gitState(file, env)).toEqual({ commit: head, dirty: true });
  });
});
