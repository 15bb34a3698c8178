import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../src/core/model.js';
import { ROOT, runCli, sampleText, tempPlans, type RunResult } from '../helpers.js';

/** `plan progress`: the splice keeps every other byte, every refusal writes nothing. */

const AS_OF = '2026-11-25';
const STYLED = readFileSync(join(ROOT, 'tests/fixtures/progress/styled.yaml'), 'utf8');
const FLOWS = readFileSync(join(ROOT, 'tests/fixtures/progress/flows.yaml'), 'utf8');

/** The last reading of 7.4 in the sample; `progress 7.4` inserts right after it. */
const LAST_74 = '              - { date: 2026-09-30, value: 1150, by: 经济工作部, note: 三季度 }';

interface TargetJson {
  id: string;
  actual: number | null;
  status: string;
  readings: Reading[];
}
interface ShowJson {
  item: { id: string; targets: TargetJson[] };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A temp folder whose plans/ holds only the given text under the given name. */
function planDir(text: string | Buffer, name = 'plan.yaml'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-progress-'));
  mkdirSync(join(dir, 'plans'));
  const file = join(dir, 'plans', name);
  writeFileSync(file, text);
  return { dir, file };
}

function progress(dir: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return runCli(['progress', ...args], { cwd: dir, env: { PLAN_AS_OF: AS_OF, ...env } });
}

/** `old` with the one line equal to `anchor` replaced by `lines`, in the file's own line ending. */
function edited(old: string, anchor: string, lines: string[]): string {
  const eol = old.includes('\r\n') ? '\r\n' : '\n';
  const parts = old.split(eol);
  const at = parts.indexOf(anchor);
  expect(at, `anchor line ${anchor}`).toBeGreaterThanOrEqual(0);
  expect(parts.lastIndexOf(anchor), `anchor line ${anchor} is unique`).toBe(at);
  return [...parts.slice(0, at), ...lines, ...parts.slice(at + 1)].join(eol);
}

/** `plan validate` finds nothing, not even a warning, in the plans folder as it is now. */
async function expectValid(dir: string, asOf = AS_OF): Promise<void> {
  const r = await runCli(['validate', '--format', 'json', '--as-of', asOf], { cwd: dir });
  expect(JSON.parse(r.stdout)).toEqual({ schema: 1, valid: true, problems: [] });
  expect(r.code).toBe(0);
}

/** The target as `plan show --format json` reads it back from the file (which also proves it loads). */
async function shown(dir: string, ref: string, targetId = ref): Promise<TargetJson> {
  const r = await runCli(['show', ref, '--format', 'json', '--as-of', AS_OF], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as ShowJson;
  const target = json.item.targets.find((t) => t.id === targetId);
  expect(target, `target ${targetId} in show ${ref}`).toBeDefined();
  return target!;
}

function expectOneLineError(r: RunResult, code: number, message: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

function leftovers(dir: string): string[] {
  return readdirSync(join(dir, 'plans')).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'));
}

describe('plan progress: round trip on the sample plan', () => {
  it('inserts exactly one line after 7.4’s last reading and changes nothing else', async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    expect(old).toBe(sampleText());

    const r = await progress(dir, ['7', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部']);
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^7\.4 各级技能竞赛活动: 1150场次 → 1200场次 /);

    const next = readFileSync(file, 'utf8');
    const a = old.split('\n');
    const b = next.split('\n');
    expect(b).toHaveLength(a.length + 1);
    const at = a.indexOf(LAST_74) + 1;
    expect(at).toBeGreaterThan(0);
    // Line by line: identical before, the new line, identical after.
    expect(b.slice(0, at)).toEqual(a.slice(0, at));
    expect(b[at]).toBe('              - { date: 2026-10-15, value: 1200, by: 经济工作部, recorded: 2026-11-25 }');
    expect(b.slice(at + 1)).toEqual(a.slice(at));

    await expectValid(dir);
    const t = await shown(dir, '7.4');
    expect(t.readings.at(-1)).toEqual({ date: '2026-10-15', value: 1200, by: '经济工作部', recorded: AS_OF });
    expect(t.actual).toBe(1200);
    expect(leftovers(dir)).toEqual([]);
  });
});

/**
 * One row per place a reading can go in a hand-written plan. `anchor` is a line of the fixture
 * (unique in it); `lines` replace it in the expected result.
 */
interface SpliceCase {
  name: string;
  ref: string;
  /** The target show lists the reading under (the item id for an item without targets). */
  target: string;
  args: string[];
  anchor: string;
  lines: string[];
  reading: Reading;
}

const styledCases: SpliceCase[] = [
  {
    name: '块式记录,最后一条带行尾注释,其后还有注释行',
    ref: '1.1',
    target: '1.1',
    args: ['--value', '7', '--note', '七月'],
    anchor: '                note: 上半年   # 半年小结',
    lines: [
      '                note: 上半年   # 半年小结',
      '              - date: 2026-07-10',
      '                value: 7',
      '                by: 测试',
      '                note: 七月',
    ],
    reading: { date: '2026-07-10', value: 7, by: '测试', note: '七月' },
  },
  {
    name: '单行流式列表,行尾注释',
    ref: '1.2',
    target: '1.2',
    args: ['--value', '3000'],
    anchor: '            progress: [ { date: 2026-06-30, value: 1, by: 办公室 } ]   # 一行写完',
    lines: ['            progress: [ { date: 2026-06-30, value: 1, by: 办公室 }, { date: 2026-07-10, value: 3000, by: 测试 } ]   # 一行写完'],
    reading: { date: '2026-07-10', value: 3000, by: '测试' },
  },
  {
    name: 'progress: [] 空列表',
    ref: 'edu-2026:2.1',
    target: '2.1',
    args: ['--value', '91'],
    anchor: '            progress: []   # 尚未填报',
    lines: ['            progress: [{ date: 2026-07-10, value: 91, by: 测试 }]   # 尚未填报'],
    reading: { date: '2026-07-10', value: 91, by: '测试' },
  },
  {
    name: '没有 progress 键的里程碑,最后一行带注释',
    ref: '2.2',
    target: '2.2',
    args: ['--percent', '50'],
    anchor: '            due: 2026-09-30    # 三季度末',
    lines: ['            due: 2026-09-30    # 三季度末', '            progress:', '              - { date: 2026-07-10, value: 50, by: 测试 }'],
    reading: { date: '2026-07-10', value: 50, by: '测试' },
  },
  {
    name: '无指标条目:记到条目自己的 progress,条目末尾注释保留在后',
    ref: '3',
    target: '3',
    args: ['--percent', '40', '--note', '挂牌督导完成四成'],
    anchor: '          - { date: 2026-03-31, value: 20, by: 督导室 }   # 一季度',
    lines: ['          - { date: 2026-03-31, value: 20, by: 督导室 }   # 一季度', '          - { date: 2026-07-10, value: 40, by: 测试, note: 挂牌督导完成四成 }'],
    reading: { date: '2026-07-10', value: 40, by: '测试', note: '挂牌督导完成四成' },
  },
  {
    name: '无指标、无 progress 的最后一个条目(文件末尾)',
    ref: '4',
    target: '4',
    args: ['--done', '--note', '销号:会议已召开'],
    anchor: '        departments: [教育督导室]',
    lines: ['        departments: [教育督导室]', '        progress:', '          - { date: 2026-07-10, value: 100, by: 测试, note: "销号:会议已召开" }'],
    reading: { date: '2026-07-10', value: 100, by: '测试', note: '销号:会议已召开' },
  },
];

const flowCases: SpliceCase[] = [
  {
    name: '整个指标写成一行流式映射',
    ref: '1.1',
    target: '1.1',
    args: ['--value', '3'],
    anchor: '          - { id: "1.1", metric: 宣讲场次, kind: at_least, target: 10, unit: 场 }',
    lines: ['          - { id: "1.1", metric: 宣讲场次, kind: at_least, target: 10, unit: 场, progress: [{ date: 2026-07-10, value: 3, by: 测试 }] }'],
    reading: { date: '2026-07-10', value: 3, by: '测试' },
  },
  {
    name: '多行流式列表,末尾逗号后有注释',
    ref: '1.2',
    target: '1.2',
    args: ['--value', '3'],
    anchor: '              { date: 2026-03-31, value: 1 },  # 一季度',
    lines: ['              { date: 2026-03-31, value: 1 }, { date: 2026-07-10, value: 3, by: 测试 },  # 一季度'],
    reading: { date: '2026-07-10', value: 3, by: '测试' },
  },
  {
    name: '流式列表跨两行',
    ref: '1.3',
    target: '1.3',
    args: ['--value', '3'],
    anchor: '                        { date: 2026-04-30, value: 2 } ]',
    lines: ['                        { date: 2026-04-30, value: 2 }, { date: 2026-07-10, value: 3, by: 测试 } ]'],
    reading: { date: '2026-07-10', value: 3, by: '测试' },
  },
  {
    name: '块式记录与键同缩进,最后一条是折叠标量',
    ref: '1.4',
    target: '1.4',
    args: ['--value', '3'],
    anchor: '                情况',
    lines: ['                情况', '            - date: 2026-07-10', '              value: 3', '              by: 测试'],
    reading: { date: '2026-07-10', value: 3, by: '测试' },
  },
  {
    name: '条目最后一个键是字面块标量',
    ref: '2',
    target: '2',
    args: ['--percent', '30'],
    anchor: '          第二行',
    lines: ['          第二行', '        progress:', '          - { date: 2026-07-10, value: 30, by: 测试 }'],
    reading: { date: '2026-07-10', value: 30, by: '测试' },
  },
];

const variants: { name: string; make: (lf: string) => string; bom: boolean }[] = [
  { name: 'LF', make: (s) => s, bom: false },
  { name: 'CRLF', make: (s) => s.replace(/\n/g, '\r\n'), bom: false },
  { name: 'BOM', make: (s) => s, bom: true },
  { name: 'BOM+CRLF', make: (s) => s.replace(/\n/g, '\r\n'), bom: true },
  { name: 'no final newline', make: (s) => s.replace(/\n$/, ''), bom: false },
];

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe.each([
  { fixture: 'styled.yaml', text: STYLED, cases: styledCases },
  { fixture: 'flows.yaml', text: FLOWS, cases: flowCases },
])('plan progress on $fixture keeps every other byte', ({ text, cases }) => {
  describe.each(variants)('$name', (variant) => {
    it.each(cases)('$name ($ref)', async (c) => {
      const old = variant.make(text);
      const { dir, file } = planDir(variant.bom ? Buffer.concat([BOM, Buffer.from(old)]) : old);
      const r = await runCli(['progress', c.ref, ...c.args, '--date', '2026-07-10', '--by', '测试', '--as-of', '2026-07-10'], { cwd: dir });
      expect(r.stderr).toBe('recorded in plans/plan.yaml\n');
      expect(r.code).toBe(0);

      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 3).equals(BOM)).toBe(variant.bom);
      const next = bytes.toString('utf8').replace(/^\ufeff/, '');
      expect(next).toBe(edited(old, c.anchor, c.lines));
      if (old.includes('\r\n')) expect(next.replace(/\r\n/g, '')).not.toContain('\n');

      await expectValid(dir);
      const t = await shown(dir, c.ref, c.target);
      expect(t.readings.at(-1)).toEqual(c.reading);
      expect(leftovers(dir)).toEqual([]);
    });
  });
});

describe('plan progress: notes and names that need quoting read back unchanged', () => {
  it.each([
    '备注: 冒号后有空格',
    '#开头像注释',
    '中间 #井号',
    '"双引号"',
    "'单引号'",
    '- 像列表',
    '[方括号]',
    '{花括号}',
    'yes',
    'null',
    '2026-07-01',
    '0x1F',
    ' 前后有空格 ',
    '两行\n第二行',
    '@提及 %百分号 &锚 *别名 !标签',
    '全角:冒号,逗号',
    '制表\t符',
  ])('%j', async (note) => {
    const { dir, file } = tempPlans();
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', '2026-10-15', '--person', note, '--note', note, '--problems', note]);
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    await expectValid(dir);
    expect((await shown(dir, '7.4')).readings.at(-1)).toEqual({ date: '2026-10-15', value: 1200, by: '经济工作部', person: note, note, problems: note, recorded: AS_OF });
    // Still one new line: the value never spills onto the next.
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(sampleText().split('\n').length + 1);
  });
});

describe('plan progress: dates as people type them', () => {
  it.each(['2026/10/15', '2026.10.15', '2026年10月15日', '２０２６－１０－１５', '2026-10-15 00:00:00'])('--date %s is written as 2026-10-15', async (date) => {
    const { dir } = tempPlans();
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', date, '--by', '经济工作部']);
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    expect((await shown(dir, '7.4')).readings.at(-1)).toEqual({ date: '2026-10-15', value: 1200, by: '经济工作部', recorded: AS_OF });
  });

  it('--as-of 2026年7月1日 is the same as --as-of 2026-07-01', async () => {
    const a = await runCli(['behind', '--as-of', '2026年7月1日', '--format', 'json']);
    const b = await runCli(['behind', '--as-of', '2026-07-01', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toMatchObject({ as_of: '2026-07-01' });
  });
});

describe('plan progress: percent as people type it', () => {
  it.each([
    ['10.2', ['--value', '85%'], 85],
    ['10.2', ['--value', '８５％'], 85],
    ['12.1', ['--percent', '80 %'], 80],
  ])('%s %j records %i', async (ref, args, want) => {
    const { dir } = tempPlans();
    const r = await progress(dir, [ref, ...args, '--date', '2026-10-15', '--person', '测试']);
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    expect((await shown(dir, ref.split('.')[0]!, ref)).readings.at(-1)).toEqual({ date: '2026-10-15', value: want, by: ref.startsWith('10') ? '法律工作部' : '保障工作部', person: '测试', recorded: AS_OF });
  });

  it('a % on a target counted in 场次 is refused: 7.4 --value 85%', async () => {
    const { dir } = tempPlans();
    const r = await progress(dir, ['7.4', '--value', '85%', '--date', '2026-10-15', '--person', '测试']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: --value must be a number (e.g. 1200 or 1,200); got "85%"\n');
  });
});

describe('plan progress: references', () => {
  it.each([
    { ref: '7.4', args: ['--value', '1200'], target: '7.4', show: '7.4' },
    { ref: '7', args: ['--value', '1200'], target: '7.4', show: '7.4' },
    { ref: 'union-2026:7.4', args: ['--value', '1200'], target: '7.4', show: '7.4' },
    { ref: '７．４', args: ['--value', '1200'], target: '7.4', show: '7.4' },
    { ref: 'union-2026：７．４', args: ['--value', '1200'], target: '7.4', show: '7.4' },
    { ref: '9', args: ['--value', '21'], target: '9.1', show: '9.1' },
    { ref: '13', args: ['--percent', '30'], target: '13', show: '13' },
  ])('$ref → $target', async ({ ref, args, target, show }) => {
    const { dir } = tempPlans();
    const r = await progress(dir, [ref, ...args, '--date', '2026-10-15', '--by', '经济工作部']);
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`${target} `)).toBe(true);
    const t = await shown(dir, show, target);
    expect(t.readings.at(-1)).toEqual({ date: '2026-10-15', value: Number(args[1]), by: '经济工作部', recorded: AS_OF });
    await expectValid(dir);
  });

  it('13 (no targets) gets a progress list of its own, as an implicit milestone', async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const r = await progress(dir, ['13', '--percent', '30', '--date', '2026-10-15', '--by', '组织与基层工作部']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^13 进一步加强基层工会组建和改革: – → 30% /);
    expect(readFileSync(file, 'utf8')).toBe(
      edited(old, '        departments: [组织与基层工作部, 女职工部, 财贸工会, 教育工会]', [
        '        departments: [组织与基层工作部, 女职工部, 财贸工会, 教育工会]',
        '        progress:',
        '          - { date: 2026-10-15, value: 30, by: 组织与基层工作部, recorded: 2026-11-25 }',
      ]),
    );
  });

  it('3 has two targets: exit 2, the candidates with metric, target and unit, and the command to run', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['3', '--value', '600', '--by', '宣传教育部']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'plan: item 3 has several targets; name one:',
        '  3.1  微信公众号年发布信息  700条',
        '  3.2  网上职工之家网站发布信息  2500条',
        'e.g. plan progress 3.2 --value 600 --by 宣传教育部',
        '',
      ].join('\n'),
    );
    expect(sha(file)).toBe(before);
  });

  it('--done on a milestone already at 100%: exit 2, nothing written, the date it was done', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['4', '--done', '--by', '宣传教育部', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: 4 已于 2026-\d\d-\d\d 完成\(100%\),未重复记录\n$/);
    expect(sha(file)).toBe(before);
  });

  it('the suggested command names a target the figure can be for: 900 is no rate (10.2 ≥80%, 10.3 ≥90%), so 10.1 (≥800家)', async () => {
    const { dir } = tempPlans();
    const r = await progress(dir, ['10', '--value', '900', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').at(-2)).toBe('例如 plan progress 10.1 --value 900');
    expect((await progress(dir, ['10', '--value', '85', '--lang', 'zh'])).stderr.split('\n').at(-2)).toBe('例如 plan progress 10.3 --value 85');
  });

  it('the suggested command repeats the options given, quoted for the shell', async () => {
    const { dir } = tempPlans();
    const r = await progress(dir, ['3', '--add', '60', '--note', "十月 发布's", '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').at(-2)).toBe(`例如 plan progress 3.2 --add 60 --note '十月 发布'\\''s'`);
  });

  it.each([
    { ref: '77', message: /^plan: no item or target "77" in plan union-2026; did you mean 7, 17\?\n$/ },
    // Item 7 exists: its targets are what a mistyped 7.9 or 7.5 meant (was: 5, 7, 7.1).
    { ref: '7.9', message: /^plan: no item or target "7\.9" in plan union-2026; did you mean 7\.1, 7\.2, 7\.3, 7\.4\?\n$/ },
    { ref: '7.5', message: /^plan: no item or target "7\.5" in plan union-2026; did you mean 7\.1, 7\.2, 7\.3, 7\.4\?\n$/ },
    { ref: 'other-2026:7.4', message: /^plan: no item or target "other-2026:7\.4" in plan union-2026\n$/ },
    // A section's id (二、 of the plan, items 4–6), not 1, 2, 3 that look alike.
    { ref: '二', message: /^plan: no item or target "二" in plan union-2026; did you mean 4, 5, 6\?\n$/ },
  ])('unknown $ref: exit 2 naming the nearest ids', async ({ ref, message }) => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, [ref, '--value', '1', '--by', '经济工作部']);
    expectOneLineError(r, 2, message);
    expect(sha(file)).toBe(before);
  });
});

describe('plan progress: refusals write nothing', () => {
  const base = ['--date', '2026-10-15', '--by', '经济工作部'];
  it.each([
    { name: '--value abc', args: ['7.4', '--value', 'abc', ...base], message: /--value must be a number .*got "abc"/ },
    { name: '--value 1200万吨 for 场次', args: ['7.4', '--value', '1200万吨', ...base], message: /--value: this target counts in 场次; "1200万吨" is in another unit/ },
    { name: '--value -5', args: ['7.4', '--value', '-5', ...base], message: /--value must not be negative; got -5/ },
    { name: '--value NaN', args: ['7.4', '--value', 'NaN', ...base], message: /--value must be a number .*got "NaN"/ },
    { name: '--value 1e309', args: ['7.4', '--value', '1e309', ...base], message: /--value must be a number .*got "1e309"/ },
    { name: '--value Infinity', args: ['7.4', '--value', 'Infinity', ...base], message: /--value must be a number/ },
    { name: '--value 1.2.3', args: ['7.4', '--value', '1.2.3', ...base], message: /--value must be a number/ },
    { name: '--add abc', args: ['7.4', '--add', 'abc', ...base], message: /--add must be a number/ },
    { name: '--percent 120 on a milestone', args: ['13', '--percent', '120', ...base], message: /a milestone is 0–100 percent; got 120/ },
    { name: '--percent on at_least', args: ['7.4', '--percent', '50', ...base], message: /--percent and --done are for milestones; 7\.4 is at_least/ },
    { name: '--done on at_least', args: ['7.4', '--done', ...base], message: /--percent and --done are for milestones; 7\.4 is at_least/ },
    { name: '--value and --add', args: ['7.4', '--value', '1200', '--add', '50', ...base], message: /give exactly one of .*\(got --value --add\)/ },
    { name: 'no value option', args: ['7.4', ...base], message: /^plan: 7\.4: nothing to record; give --value \(the total as of the date\) or --add \(an increment\), e\.g\. plan progress 7\.4 --value N; for a report in words only, --note/ },
    { name: 'no value option, a milestone, in Chinese', args: ['13', '--lang', 'zh', ...base], message: /^plan: 13 没有给出要记的进度:用 --percent 完成百分比,或 --done,如 plan progress 13 --percent 50;只报文字进展用 --note/ },
    { name: 'no value option, item 7 (its primary 7.4), in Chinese', args: ['7', '--lang', 'zh', ...base], message: /^plan: 7\.4 没有给出要记的数:用 --value 截至该日的累计值,或 --add 增量,如 plan progress 7\.4 --value 数值;/ },
    { name: '--date 2026-02-30', args: ['7.4', '--value', '1200', '--date', '2026-02-30', '--by', '经济工作部'], message: /--date must be a date YYYY-MM-DD; got "2026-02-30"/ },
    { name: '--date 2026/13/15', args: ['7.4', '--value', '1200', '--date', '2026/13/15', '--by', '经济工作部'], message: /--date must be a date YYYY-MM-DD; got "2026\/13\/15"/ },
    { name: '--date 10-15', args: ['7.4', '--value', '1200', '--date', '10-15', '--by', '经济工作部'], message: /--date must be a date/ },
    { name: '--date outside the period', args: ['7.4', '--value', '1200', '--date', '2025-12-31', '--by', '经济工作部'], message: /date 2025-12-31 is outside the plan period 2026-01-01\.\.2026-12-31/ },
    { name: '--date after --as-of', args: ['7.4', '--value', '1200', '--date', '2026-11-26', '--by', '经济工作部'], message: /date 2026-11-26 is after the as-of date 2026-11-25/ },
    { name: '--date before the latest reading', args: ['7.4', '--value', '1200', '--date', '2026-09-29', '--by', '经济工作部'], message: /date 2026-09-29 is before the latest reading of 7\.4 \(2026-09-30\)/ },
    { name: 'a decrease without --correction', args: ['7.4', '--value', '1000', ...base], message: /value 1000 is lower than 1150 reported on 2026-09-30.*--correction/ },
    { name: 'a milestone going back without --correction', args: ['12', '--percent', '50', ...base], message: /value 50 is lower than 60 reported on 2026-06-30/ },
  ])('$name: exit 2, one line, file unchanged', async ({ args, message }) => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, args);
    expectOneLineError(r, 2, message);
    expect(sha(file)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a bad --as-of is a usage error too', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await runCli(['progress', '7.4', '--value', '1200', '--by', '经济工作部', '--as-of', '2026-13-01'], { cwd: dir });
    expectOneLineError(r, 2, /--as-of must be a date YYYY-MM-DD; got "2026-13-01"/);
    expect(sha(file)).toBe(before);
  });
});

describe('plan progress: accepted forms', () => {
  it('a decrease with --correction is written with correction: true', async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const r = await progress(dir, ['7.4', '--value', '1000', '--correction', '--date', '2026-10-15', '--by', '经济工作部', '--note', '三季度数字重复统计']);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      edited(old, LAST_74, [LAST_74, '              - { date: 2026-10-15, value: 1000, by: 经济工作部, note: 三季度数字重复统计, correction: true, recorded: 2026-11-25 }']),
    );
    await expectValid(dir);
    expect((await shown(dir, '7.4')).actual).toBe(1000);
  });

  it.each(['１２００', '1,200', '１，２００', ' 1200 ', '1200.0'])('--value %j is 1200', async (value) => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const r = await progress(dir, ['7.4', '--value', value, '--date', '2026-10-15', '--by', '经济工作部']);
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(edited(old, LAST_74, [LAST_74, '              - { date: 2026-10-15, value: 1200, by: 经济工作部, recorded: 2026-11-25 }']));
  });

  it('--add adds to the latest reading', async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const r = await progress(dir, ['7.4', '--add', '５０', '--date', '2026-10-15', '--by', '经济工作部']);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(edited(old, LAST_74, [LAST_74, '              - { date: 2026-10-15, value: 1200, by: 经济工作部, recorded: 2026-11-25 }']));
  });

  it('--date defaults to the as-of date (PLAN_AS_OF)', async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    const r = await progress(dir, ['7.4', '--value', '1200', '--by', '经济工作部'], { PLAN_AS_OF: '2026-10-20' });
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(edited(old, LAST_74, [LAST_74, '              - { date: 2026-10-20, value: 1200, by: 经济工作部 }']));
  });

  it('a reading on the same date as the latest one is accepted (both kept, oldest first)', async () => {
    const { dir } = tempPlans();
    const r = await progress(dir, ['7.4', '--value', '1160', '--date', '2026-09-30', '--by', '经济工作部']);
    expect(r.code).toBe(0);
    await expectValid(dir);
    expect((await shown(dir, '7.4')).readings.slice(-2).map((x) => x.value)).toEqual([1150, 1160]);
  });
});

describe('plan progress: --dry-run and --format json', () => {
  it('--dry-run prints the diff with the + line and writes nothing', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['7', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部', '--dry-run']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['--- plans/union-2026.yaml', '+++ plans/union-2026.yaml']);
    expect(lines.filter((l) => l.startsWith('+') && !l.startsWith('+++'))).toEqual(['+              - { date: 2026-10-15, value: 1200, by: 经济工作部, recorded: 2026-11-25 }']);
    expect(lines.filter((l) => l.startsWith('-') && !l.startsWith('---'))).toEqual([]);
    expect(r.stdout).toContain(' ' + LAST_74 + '\n+');
    expect(r.stdout).toMatch(/^7\.4 各级技能竞赛活动: 1150场次 → 1200场次 /m);
    expect(r.stderr).toBe('dry run: plans/union-2026.yaml not changed\n');
    expect(sha(file)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('--format json prints {schema, plan, as_of, file, written, reading, before, target}', async () => {
    const { dir, file } = tempPlans();
    const r = await progress(dir, ['7', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['schema', 'plan', 'as_of', 'file', 'written', 'reading', 'before', 'target']);
    expect(json).toMatchObject({
      plan: 'union-2026',
      as_of: AS_OF,
      file: 'plans/union-2026.yaml',
      written: true,
      reading: { date: '2026-10-15', value: 1200, by: '经济工作部', recorded: AS_OF },
      before: { actual: 1150, status: 'behind' },
      target: {
        id: '7.4',
        item: '7',
        metric: '各级技能竞赛活动',
        kind: 'at_least',
        target: 2000,
        unit: '场次',
        due: '2026-12-31',
        actual: 1200,
        last_reading: '2026-10-15',
        lead: ['办公室'],
        departments: ['办公室', '经济工作部', '组织与基层工作部', '财贸工会', '职工中专'],
      },
    });
    const target = json.target as Record<string, unknown>;
    expect(Object.keys(target)).toEqual(['id', 'item', 'metric', 'kind', 'target', 'unit', 'due', 'original_due', 'actual', 'expected', 'gap', 'status', 'stale', 'last_reading', 'closed', 'lead', 'departments', 'implicit']);
    expect(typeof target.expected).toBe('number');
    expect(typeof target.gap).toBe('number');
    expect(target.stale).toBe(false);
    expect(r.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('              - { date: 2026-10-15, value: 1200, by: 经济工作部, recorded: 2026-11-25 }\n');
  });

  it('--json --dry-run says written: false and writes nothing', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['13', '--percent', '30', '--date', '2026-10-15', '--by', '组织与基层工作部', '--json', '--dry-run']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { written: boolean; reading: Reading; before: { actual: number | null }; target: { id: string; actual: number } };
    expect(json.written).toBe(false);
    expect(json.reading).toEqual({ date: '2026-10-15', value: 30, by: '组织与基层工作部', recorded: AS_OF });
    expect(json.before.actual).toBeNull();
    expect(json.target).toMatchObject({ id: '13', actual: 30 });
    expect(sha(file)).toBe(before);
  });

  it('--format csv is refused with exit 2', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['7.4', '--value', '1200', '--by', '经济工作部', '--format', 'csv']);
    expectOneLineError(r, 2, /table\|json/);
    expect(sha(file)).toBe(before);
  });
});

describe('plan progress: invalid plans and invalid results', () => {
  it('a plan that is already invalid is refused with exit 1 and left as it is', async () => {
    const bad = sampleText().replace('        departments: [办公室, 经济工作部, 组织与基层工作部, 财贸工会, 职工中专]', '        departments: [办公室, 经济工作部, 组织与基层工作部, 财贸工会, 职工中专, 不存在部]');
    expect(bad).not.toBe(sampleText());
    const { dir, file } = tempPlans(bad);
    const before = sha(file);
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部']);
    expectOneLineError(r, 1, /^plans\/union-2026\.yaml:\d+:\d+: .*不存在部/);
    expect(sha(file)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a plan with a YAML syntax error is refused with exit 1', async () => {
    const { dir, file } = tempPlans(sampleText().replace('primary: "7.4"', 'primary: "7.4'));
    const before = sha(file);
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plans\/union-2026\.yaml:\d+:\d+: /);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(sha(file)).toBe(before);
  });

  // Each passes every option check but the spliced text breaks the schema: verify() refuses it.
  it.each([
    { name: '--person longer than the schema allows', args: ['--value', '1200', '--person', '经'.repeat(101)], message: /progress\[3\]\.person is longer than the limit of 100/ },
    { name: '--note longer than the schema allows', args: ['--value', '1200', '--by', '经济工作部', '--note', '注'.repeat(2001)], message: /progress\[3\]\.note is longer than the limit of 2000/ },
    { name: '--add past the largest number a plan holds', args: ['--add', '999999999999999', '--by', '经济工作部'], message: /progress\[3\]\.value must be at most/ },
  ])('$name: exit 1, "would make it invalid", file unchanged', async ({ args, message }) => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['7.4', ...args, '--date', '2026-10-15']);
    expectOneLineError(r, 1, /^plan: the change would make plans\/union-2026\.yaml invalid, so nothing was written: 183:\d+ /);
    expect(r.stderr).toMatch(message);
    expect(sha(file)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('plan progress: which file', () => {
  it('several plans: exit 2 without --plan; with --plan only that file changes', async () => {
    const { dir, file } = tempPlans();
    const styled = join(dir, 'plans', 'edu-2026.yaml');
    writeFileSync(styled, STYLED);
    const before = sha(file);

    const refused = await progress(dir, ['1.1', '--value', '7', '--date', '2026-07-10', '--person', '测试']);
    expectOneLineError(refused, 2, /holds several plans \(.*edu-2026.*union-2026.*\); choose one with --plan ID/);
    expect(readFileSync(styled, 'utf8')).toBe(STYLED);

    const r = await runCli(['progress', '1.1', '--value', '7', '--date', '2026-07-10', '--by', '测试', '--plan', 'edu-2026', '--as-of', '2026-07-10'], { cwd: dir });
    expect(r.stderr).toBe('recorded in plans/edu-2026.yaml\n');
    expect(r.code).toBe(0);
    expect(readFileSync(styled, 'utf8')).toBe(
      edited(STYLED, '                note: 上半年   # 半年小结', [
        '                note: 上半年   # 半年小结',
        '              - date: 2026-07-10',
        '                value: 7',
        '                by: 测试',
      ]),
    );
    expect(sha(file)).toBe(before);
  });

  it('the file keeps its permission bits', async () => {
    const { dir, file } = tempPlans();
    chmodSync(file, 0o640);
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部']);
    expect(r.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});

describe('plan progress: write failures and locks', () => {
  // chmod 0o444 is not tested: CI runs as root, which writes read-only files and folders anyway.
  it.each(['temp-written', 'before-rename'])('PLAN_FAULT=%s:enospc: exit 1, "no space left", file unchanged, no temp file', async (point) => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部'], { PLAN_FAULT: `${point}:enospc` });
    expectOneLineError(r, 1, /^plan: could not write plans\/union-2026\.yaml: no space left on the device; the file is unchanged\n$/);
    expect(sha(file)).toBe(before);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['union-2026.yaml']);
  });

  it('a lock left by a dead process is taken over and removed', async () => {
    const { dir, file } = tempPlans();
    const old = readFileSync(file, 'utf8');
    writeFileSync(`${file}.lock`, `999999\n${hostname()}\n`);
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部'], { PLAN_LOCK_TIMEOUT_MS: '300' });
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(edited(old, LAST_74, [LAST_74, '              - { date: 2026-10-15, value: 1200, by: 经济工作部, recorded: 2026-11-25 }']));
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a lock held by a live process: exit 1 with the lock message, file and lock unchanged', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const lock = `${process.pid}\n${hostname()}\n`;
    writeFileSync(`${file}.lock`, lock);
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部'], { PLAN_LOCK_TIMEOUT_MS: '300' });
    expectOneLineError(r, 1, /^plan: plans\/union-2026\.yaml is locked by another plan process \(union-2026\.yaml\.lock\); try again/);
    expect(sha(file)).toBe(before);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(lock);
  });

  it('--dry-run does not wait for the lock', async () => {
    const { dir, file } = tempPlans();
    writeFileSync(`${file}.lock`, `${process.pid}\n${hostname()}\n`);
    const r = await progress(dir, ['7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部', '--dry-run'], { PLAN_LOCK_TIMEOUT_MS: '300' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('+              - { date: 2026-10-15, value: 1200, by: 经济工作部, recorded: 2026-11-25 }\n');
  });
});
