import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../src/core/model.js';
import { runCli, sampleText, tempPlans } from '../helpers.js';

/** Issue 16 point 7, and the reading fields of issue 18: what `plan progress` accepts and refuses. */

const AS_OF = '2026-11-25';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const progress = (dir: string, args: string[]) => runCli(['progress', ...args], { cwd: dir, env: { PLAN_AS_OF: AS_OF } });

async function readings(dir: string, item: string, target: string): Promise<Reading[]> {
  const r = await runCli(['show', item, '--format', 'json', '--as-of', AS_OF], { cwd: dir });
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as { item: { targets: { id: string; readings: Reading[] }[] } };
  return json.item.targets.find((t) => t.id === target)!.readings;
}

describe('plan progress: the same reading twice', () => {
  it('is refused the second time, and the file keeps the first', async () => {
    const { dir, file } = tempPlans();
    const args = ['8.3', '--value', '60000', '--date', '2026-09-30', '--note', '三季度'];
    expect((await progress(dir, args)).code).toBe(0);
    const once = sha(file);
    const again = await progress(dir, args);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('plan: 8.3 already has this very reading on 2026-09-30; nothing recorded\n');
    expect(sha(file)).toBe(once);
    expect((await readings(dir, '8', '8.3')).filter((r) => r.value === 60000)).toHaveLength(1);
  });

  it('another note on the same day is a new reading, not a repeat', async () => {
    const { dir } = tempPlans();
    expect((await progress(dir, ['8.3', '--value', '60000', '--date', '2026-09-30'])).code).toBe(0);
    expect((await progress(dir, ['8.3', '--value', '60000', '--date', '2026-09-30', '--note', '核实后'])).code).toBe(0);
  });
});

describe('plan progress: 万 and 亿 as import reads them, decimal-exact', () => {
  it.each([
    ['23万', 230000],
    ['5.7万', 57000],
    ['6.05万', 60500],
    ['５．２万', 52000],
    ['0.00051亿', 51000],
  ])('--value %s records %d', async (raw, want) => {
    const { dir } = tempPlans();
    const r = await progress(dir, ['8.3', '--value', raw, '--date', '2026-10-15']);
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect((await readings(dir, '8', '8.3')).at(-1)!.value).toBe(want);
  });

  it.each(['万', '1.2千', '二十三万', '1.2万万'])('--value %s is refused', async (raw) => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['8.3', '--value', raw]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: --value must be a number/);
    expect(sha(file)).toBe(before);
  });
});

describe('plan progress --by names a unit, --person a person', () => {
  it('a unit typed wrong gets did-you-mean, nothing written', async () => {
    const { dir, file } = tempPlans();
    const before = sha(file);
    const r = await progress(dir, ['8.3', '--value', '50000', '--by', '职工中等专业学校', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: --by 为填报单位:未知单位 "职工中等专业学校",是否应为 职工中专\?/);
    expect(sha(file)).toBe(before);
  });

  it('a person in --by is refused and pointed at --person', async () => {
    const { dir } = tempPlans();
    const r = await progress(dir, ['8.3', '--value', '50000', '--by', '李四']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: --by names the reporting unit, and "李四" is not a unit of the plan; a person goes to --person\n');
  });

  it('an alias is written as the registry name; person, problems, next and evidence are kept', async () => {
    const { dir, file } = tempPlans();
    const r = await progress(dir, ['12.1', '--percent', '70', '--date', '2026-09-30', '--by', '服务中心', '--person', '李四', '--note', '三季度', '--problems', '部分档案缺失', '--next', '四季度逐户核查', '--evidence', 'docs/12.1-三季度.pdf', '--evidence', 'https://example.org/12.1']);
    expect(r.stderr).toBe('recorded in plans/union-2026.yaml\n');
    expect(readFileSync(file, 'utf8')).toContain(
      '              - { date: 2026-09-30, value: 70, by: 职工服务中心, person: 李四, note: 三季度, problems: 部分档案缺失, next: 四季度逐户核查, evidence: [docs/12.1-三季度.pdf, "https://example.org/12.1"], recorded: 2026-11-25 }',
    );
    const show = await runCli(['show', '12.1', '--as-of', AS_OF, '--lang', 'zh'], { cwd: dir });
    expect(show.stdout).toContain('存在问题: 部分档案缺失');
    expect(show.stdout).toContain('下步计划: 四季度逐户核查');
    expect(show.stdout).toContain('职工服务中心 · 李四');
  });

  it('without --by the unit that reported the target last reports again', async () => {
    const { dir } = tempPlans();
    expect((await progress(dir, ['8.3', '--value', '50000'])).code).toBe(0);
    expect((await readings(dir, '8', '8.3')).at(-1)).toEqual({ date: AS_OF, value: 50000, by: '职工中专' });
  });
});

describe('plan progress: a text report, and two figures for one day', () => {
  it('--problems alone records a reading without a value; the actual stays, the 未填报 flag goes', async () => {
    const { dir } = tempPlans();
    const before = JSON.parse((await runCli(['list', '--targets', '--format', 'json', '--as-of', AS_OF], { cwd: dir })).stdout) as { items: { targets: { id: string; actual: number; stale: boolean }[] }[] };
    const t11 = before.items.flatMap((i) => i.targets).find((t) => t.id === '11.1')!;
    expect(t11.stale).toBe(true);
    const r = await progress(dir, ['11.1', '--by', '女职工部', '--problems', '法院系统场地协调未落实', '--date', '2026-11-20']);
    expect(r.code).toBe(0);
    expect((await readings(dir, '11', '11.1')).at(-1)).toEqual({ date: '2026-11-20', by: '女职工部', problems: '法院系统场地协调未落实', recorded: AS_OF });
    const after = JSON.parse((await runCli(['list', '--targets', '--format', 'json', '--as-of', AS_OF], { cwd: dir })).stdout) as typeof before;
    const a11 = after.items.flatMap((i) => i.targets).find((t) => t.id === '11.1')!;
    expect(a11.actual).toBeNull();
    expect(a11.stale).toBe(false);
  });

  it('no value and no text is refused', async () => {
    const { dir } = tempPlans();
    const r = await progress(dir, ['11.1', '--by', '女职工部']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: 11\.1: nothing to record; give --value .*; for a report in words only, --note/);
  });

  it('a co-unit reporting another figure for the same target and day is refused with both named', async () => {
    const { dir, file } = tempPlans();
    expect((await progress(dir, ['11.1', '--value', '2', '--date', '2026-11-20', '--by', '法律工作部'])).code).toBe(0);
    const before = sha(file);
    const r = await progress(dir, ['11.1', '--value', '3', '--date', '2026-11-20', '--by', '经济工作部']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: 11.1 on 2026-11-20: 法律工作部 reported 2, 经济工作部 reports 3; two figures for one day are refused: settle which is right, then record it once\n');
    expect(sha(file)).toBe(before);
  });

  it('a text report without any text in the file is a validation error', async () => {
    const { dir, file } = tempPlans();
    writeFileSync(file, sampleText().replace('- { date: 2026-06-30, value: 83, by: 法律工作部, note: 二季度 }', '- { date: 2026-06-30, by: 法律工作部 }'));
    const r = await runCli(['validate', '--format', 'json', '--as-of', AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual(['reading-empty']);
  });
});

describe('a level or at_most target with nothing reported is not green', () => {
  const plan = (kind: string, progressLine: string) =>
    sampleText().replace(
      /( {10}- id: "10\.3"\n {12}metric: 工资专项集体合同签订率\n {12}kind: )level([^\n]*\n(?: {12}[^\n]*\n)*?) {12}# 示例数据[^\n]*\n {12}progress:\n {14}- \{ date: 2026-06-30, value: 85, by: 法律工作部, note: 二季度 \}\n/,
      `$1${kind}$2${progressLine}`,
    );

  it.each([
    ['level', '', 'at_risk'],
    ['at_most', '', 'at_risk'],
    ['level', '            progress: [{ date: 2026-06-30, by: 法律工作部, note: 正在统计 }]\n', 'at_risk'],
    ['level', '            progress: [{ date: 2026-06-30, value: 92, by: 法律工作部 }]\n', 'on_track'],
    ['at_most', '            progress: [{ date: 2026-06-30, value: 85, by: 法律工作部 }]\n', 'on_track'],
  ])('%s with %j: %s', async (kind, line, status) => {
    const text = plan(kind, line);
    expect(text).not.toBe(sampleText());
    const { dir } = tempPlans(text);
    const r = await runCli(['behind', '--format', 'json', '--as-of', '2026-09-30'], { cwd: dir });
    expect(r.code).toBe(0);
    const all = JSON.parse((await runCli(['status', '--format', 'json', '--as-of', '2026-09-30'], { cwd: dir })).stdout) as { targets: { id: string; status: string }[] };
    expect(all.targets.find((t) => t.id === '10.3')!.status).toBe(status);
  });
});
