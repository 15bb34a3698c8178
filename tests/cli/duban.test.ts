// The 督办 cycle over a scripted year, on a copy of the sample plan: monthly readings entered on
// and after the 25th, a 延期 asked before its due date and one after, a 销号 with evidence, a unit
// that never reports. What compliance and escalations say on a day must come from the file alone:
// the same answers on the final file as on that day.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, isMap, isSeq, type YAMLMap } from 'yaml';
import { runCli, sampleText, tempPlans } from '../helpers.js';

interface UnitJson {
  name: string;
  counts: { on_time: number; late: number; missing: number };
  rate: number | null;
  rounds: { round: string; deadline: string; result: string; due: string[]; late: string[]; missing: string[] }[];
}
interface EscalationJson {
  action: string;
  rule: { status: string; rounds: number; action: string };
  target: string | null;
  departments: string[];
  status: string;
  streak: { round: string; deadline: string; status: string }[];
}

/** The sample plan without its example readings, with the office's reporting and escalation rules. */
function yearPlan(): string {
  const doc = parseDocument(sampleText());
  const settings = doc.get('settings') as YAMLMap;
  settings.set('reporting', doc.createNode({ cadence: 'monthly', due_day: 25 }, { flow: true }));
  settings.set(
    'escalation',
    doc.createNode([
      { status: 'at_risk', rounds: 2, action: '专函督办' },
      { status: 'behind', rounds: 3, action: '约谈' },
      { status: 'missing', rounds: 3, action: '通报批评' },
    ]),
  );
  const sections = doc.get('sections');
  if (!isSeq(sections)) throw new Error('sample has no sections');
  for (const s of sections.items) {
    for (const item of (isMap(s) && isSeq(s.get('items')) ? (s.get('items') as { items: unknown[] }).items : []) as YAMLMap[]) {
      item.delete('progress');
      const targets = item.get('targets');
      if (isSeq(targets)) for (const t of targets.items as YAMLMap[]) t.delete('progress');
    }
  }
  return doc.toString();
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (m: number, d: number) => `2026-${pad(m)}-${pad(d)}`;

/** What each unit reports each month: [target, value for month m]. */
const RETURNS: Record<string, [string, (m: number) => number][]> = {
  法律工作部: [
    ['10.1', (m) => 650 + m * 12],
    ['10.2', () => 82],
    ['10.3', (m) => (m <= 6 ? 88 : 91)], // under the 90% bar until July: 滞后
    ['11.1', (m) => Math.floor(m / 2)],
  ],
  保障工作部: [
    ['6.1', (m) => Math.min(30, m * 3)], // due 2026-06-30, far behind; done in October after its 延期
    ['12.1', (m) => m * 8],
  ],
  宣传教育部: [
    ['2.1', (m) => m * 7],
    ['9.1', (m) => Math.min(20, m * 4)], // done in May, then 销号
    ['15', (m) => m * 8],
  ],
};
/** 法律工作部 enters July's and August's figures on the 28th: late. */
const LATE: Record<string, number[]> = { 法律工作部: [7, 8] };

describe('the 督办 cycle over a scripted year', () => {
  let dir = '';
  let file = '';
  const seen: Record<string, { compliance: string; escalations: string; remind: string }> = {};
  const run = (args: string[], asOf: string) => runCli([...args, '--as-of', asOf], { cwd: dir });
  const json = async <T>(args: string[], asOf: string): Promise<T> => {
    const r = await run([...args, '--format', 'json'], asOf);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as T;
  };
  const snapshot = async (asOf: string) => {
    seen[asOf] = {
      compliance: (await run(['compliance', '--format', 'json'], asOf)).stdout,
      escalations: (await run(['escalations', '--format', 'json'], asOf)).stdout,
      remind: (await run(['remind', '--lang', 'zh'], asOf)).stdout,
    };
  };

  beforeAll(async () => {
    ({ dir, file } = tempPlans(yearPlan()));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', '9.1-命名文件.pdf'), '%PDF-1.4\n');
    const ok = (r: { code: number; stderr: string }) => expect(r.code, r.stderr).toBe(0);
    for (let m = 1; m <= 12; m++) {
      for (const [unit, list] of Object.entries(RETURNS)) {
        const entered = LATE[unit]?.includes(m) ? day(m, 28) : day(m, 25);
        for (const [ref, value] of list) {
          if (ref === '9.1' && m > 5) continue; // done: nothing more to report
          if (ref === '6.1' && m > 10) continue;
          const v = String(value(m));
          const how = ref === '2.1' || ref === '12.1' || ref === '15' ? ['--percent', v] : ['--value', v];
          ok(await run(['progress', ref, ...how, '--date', day(m, 25), '--by', unit], entered));
        }
      }
      if (m === 6) {
        // 销号 of 9.1 (done in May) with its evidence; 6.1 falls due on 06-30.
        ok(await run(['close', '9.1', '--evidence', 'docs/9.1-命名文件.pdf', 'https://example.gov.cn/9.1', '--by', '督查室', '--note', '核实命名文件'], day(6, 5)));
        await snapshot(day(6, 30));
      }
      if (m === 7) {
        // 6.1 is overdue since 07-01; the 延期 is asked on 07-05 (超期申请) and approved on 07-10.
        ok(await run(['extend', '6.1', '--to', '2026-10-31', '--reason', '招聘季顺延'], day(7, 5)));
        await snapshot(day(7, 7));
        ok(await run(['extend', '6.1', '--approve', '--by', '督查室'], day(7, 10)));
        await snapshot(day(7, 31));
      }
      if (m === 10) ok(await run(['close', '6.1', '--evidence', 'docs/6.1-活动台账.xlsx', '--by', '督查室'], day(10, 28)));
      if (m === 11) {
        // 2.1 is due 12-31: asked in time on 11-20, approved 11-25.
        ok(await run(['extend', '2.1', '--to', '2027-03-31', '--reason', '场馆改造', '--requested', day(11, 20), '--approved', day(11, 25), '--by', '督查室'], day(11, 25)));
      }
      await snapshot(day(m, 28));
    }
  }, 120_000);

  it('the plan is valid after the year, and every write changed only what it added', async () => {
    const r = await runCli(['validate', '--as-of', '2026-12-31'], { cwd: dir });
    expect(r.stdout).not.toMatch(/error/);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    // Entered late: the day it was entered is kept beside the date it is a value of.
    expect(text).toContain('- { date: 2026-07-25, value: 91, by: 法律工作部, recorded: 2026-07-28 }');
    expect(text).toContain('- { date: 2026-06-25, value: 88, by: 法律工作部 }');
    expect(text).toContain('closed: { date: 2026-06-05, by: 督查室, evidence: [docs/9.1-命名文件.pdf, "https://example.gov.cn/9.1"], note: 核实命名文件 }');
    expect(text).toContain('- { requested: 2026-07-05, to: 2026-10-31, reason: 招聘季顺延, approved: 2026-07-10, by: 督查室 }');
    expect(text).toContain('- { requested: 2026-11-20, to: 2027-03-31, reason: 场馆改造, approved: 2026-11-25, by: 督查室 }');
  });

  it('compliance: on time, late after the 25th, and the unit that never reports, per round with the rate', async () => {
    const c = await json<{ reporting: unknown; rounds: { id: string; deadline: string }[]; departments: UnitJson[] }>(['compliance'], '2026-12-31');
    expect(c.reporting).toEqual({ cadence: 'monthly', due_day: 25 });
    expect(c.rounds.map((r) => r.deadline)).toEqual(Array.from({ length: 12 }, (_, i) => day(i + 1, 25)));
    const unit = (name: string) => c.departments.find((d) => d.name === name)!;
    const law = unit('法律工作部');
    expect(law.rounds.map((r) => r.result)).toEqual(['on_time', 'on_time', 'on_time', 'on_time', 'on_time', 'on_time', 'late', 'late', 'on_time', 'on_time', 'on_time', 'on_time']);
    expect(law.rounds[6]!.late).toEqual(['10.1', '10.2', '10.3', '11.1']);
    expect(law.counts).toEqual({ on_time: 10, late: 2, missing: 0 });
    expect(law.rate).toBeCloseTo(10 / 12, 4);
    // 9.1 was done in May: from June on, 宣传教育部 reports only 2.1 and 15.
    const pub = unit('宣传教育部');
    expect(pub.rate).toBe(1);
    expect(pub.rounds[5]!.due).toEqual(['2.1', '15']);
    const org = unit('组织与基层工作部');
    expect(org.counts).toEqual({ on_time: 0, late: 0, missing: 12 });
    expect(org.rounds[0]!.missing).toEqual(['13']);
    expect(org.rate).toBe(0);
  });

  it('escalations: 约谈 for three reds, 通报批评 for three missing returns, none for what recovered', async () => {
    const june = await json<{ escalations: EscalationJson[] }>(['escalations'], '2026-06-30');
    const byTarget = new Map(june.escalations.map((e) => [e.target ?? e.departments.join(), e]));
    expect(byTarget.get('10.3')).toMatchObject({ action: '约谈', departments: ['法律工作部'], status: 'behind' });
    expect(byTarget.get('10.3')!.streak.map((s) => s.deadline)).toEqual(['2026-01-25', '2026-02-25', '2026-03-25', '2026-04-25', '2026-05-25', '2026-06-25']);
    // 6.1 was on track in January, 预警 from February, 滞后 only at 06-25: 专函督办, not 约谈.
    expect(byTarget.get('6.1')).toMatchObject({ action: '专函督办', departments: ['保障工作部'] });
    expect(byTarget.get('6.1')!.streak.map((s) => s.status)).toEqual(['at_risk', 'at_risk', 'at_risk', 'at_risk', 'behind']);
    expect(byTarget.get('组织与基层工作部')).toMatchObject({ action: '通报批评', target: null, status: 'missing' });
    // 9.1 was closed (销号): never escalated.
    expect(byTarget.has('9.1')).toBe(false);
    const dec = await json<{ escalations: EscalationJson[] }>(['escalations'], '2026-12-31');
    const targets = dec.escalations.map((e) => e.target);
    expect(targets).not.toContain('10.3'); // 91% since July
    expect(targets).not.toContain('6.1'); // done and closed
  });

  it('remind: one message per unit, in the tone its worst target calls for, each with the way to report', async () => {
    interface Msg { department: string; tone: string; escalation: { action: string } | null; targets: { id: string; tone: string; reasons: string[]; command: string }[] }
    // 07-27: 法律工作部 has not reported July yet (it does on the 28th); 组织与基层工作部 never has.
    const { messages } = await json<{ messages: Msg[] }>(['remind'], '2026-07-27');
    const of = (name: string) => messages.find((m) => m.department === name)!;
    // 10.3 was under its bar at every deadline up to 07-25 (July's 91% is entered on the 28th): 约谈.
    expect(of('法律工作部').tone).toBe('supervise');
    expect(of('法律工作部').targets.map((x) => [x.id, x.tone, x.reasons])).toEqual([
      ['10.3', 'supervise', ['escalated', 'behind', 'missing']],
      ['10.1', 'urge', ['missing']],
      ['10.2', 'urge', ['missing']],
      ['11.1', 'urge', ['missing']],
    ]);
    expect(of('组织与基层工作部')).toMatchObject({ tone: 'supervise', escalation: { action: '通报批评' } });
    expect(of('组织与基层工作部').targets[0]).toMatchObject({ id: '13', tone: 'supervise', command: 'plan progress 13 --percent N' });
    // 宣传教育部 reported on the 25th and is on schedule: no message.
    expect(messages.map((m) => m.department)).not.toContain('宣传教育部');
    const text = await run(['remind', '--dept', '组织与基层工作部', '--lang', 'zh'], '2026-07-27');
    expect(text.stdout).toBe(
      [
        '【督办】组织与基层工作部',
        '',
        '截至2026年7月27日,你单位牵头的以下 1 项指标需要关注:',
        '1. 13 进一步加强基层工会组建和改革【督办】连续 4 期截止日滞后,拟约谈;滞后:目前 –,序时进度应为 56.9%(差距 +56.9 个百分点);本期未报送(截止 2026年7月25日)',
        '   报送方式:plan progress 13 --percent N --note 进展情况,或填写《组织与基层工作部-2026-07填报表.xlsx》',
        '已连续 7 期未报送进展,拟通报批评。',
        '',
        '请于2026年8月25日前书面报告滞后原因、整改措施和完成时限,督查室将跟踪督办。',
        'xx市总工会督查室 2026年7月27日',
        '',
      ].join('\n'),
    );
    // Before the deadline: this round's return still to come is a 提醒; 2.1 is also 预警 (49% of 63%): 催办.
    const soon = await json<{ messages: Msg[] }>(['remind', '--dept', '宣传教育部', '--within', '7'], '2026-08-20');
    expect(soon.messages.map((m) => [m.department, m.tone])).toEqual([['宣传教育部', 'urge']]);
    expect(soon.messages[0]!.targets.map((x) => [x.id, x.tone, x.reasons])).toEqual([
      ['2.1', 'urge', ['at_risk', 'report_due']],
      ['15', 'remind', ['report_due']],
    ]);
    // Five days before the deadline is not within 3 days: only the lagging target is left.
    const later = await json<{ messages: Msg[] }>(['remind', '--dept', '宣传教育部', '--within', '3'], '2026-08-20');
    expect(later.messages[0]!.targets.map((x) => [x.id, x.reasons])).toEqual([['2.1', ['at_risk']]]);
  });

  it('remind --within takes whole days, and a wrong one says so with a day count, not a reading', async () => {
    for (const got of ['x', '2.5', '-1']) {
      const r = await runCli(['remind', '--within', got, '--as-of', '2026-08-20', '--lang', 'zh'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`plan: --within 必须是 0 到 3660 之间的整数(如 7),实际为 "${got}"\n`);
    }
  });

  it('the bulletin names the units that did not report on time, and the escalations', async () => {
    const r = await run(['report', '--lang', 'zh'], '2026-07-27');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('法律工作部（10.1、10.2、10.3、11.1，最近一次报送于2026年6月25日）');
    expect(r.stdout).toContain('组织与基层工作部（13，从未报送）未按时报送进展情况。');
    expect(r.stdout).toContain('10\\.3（法律工作部）连续7期滞后，按规定约谈。');
    // 宣传教育部 reported on the 25th: not named.
    expect(r.stdout).not.toMatch(/宣传教育部（[^）]*报送/);
  });

  it('a 延期 asked after the due date (超期申请) does not clear 逾期 before it is approved', async () => {
    const at = async (asOf: string) => (await json<{ item: { targets: { id: string; status: string; due: string; original_due: string | null }[] } }>(['show', '6.1'], asOf)).item.targets[0]!;
    expect(await at('2026-07-07')).toMatchObject({ status: 'overdue', due: '2026-06-30', original_due: null });
    const after = await at('2026-07-12');
    expect(after.status).not.toBe('overdue');
    expect(after).toMatchObject({ due: '2026-10-31', original_due: '2026-06-30' });
    const shown = await runCli(['show', '6.1', '--as-of', '2026-07-07'], { cwd: dir });
    expect(shown.stdout).toContain('extension pending · late request');
    const zh = await runCli(['show', '6.1', '--as-of', '2026-08-01', '--lang', 'zh'], { cwd: dir });
    expect(zh.stdout).toContain('已延期 (原时限 2026-06-30)');
    const behind = await runCli(['behind', '--as-of', '2026-07-07', '--lang', 'zh'], { cwd: dir });
    expect(behind.stdout).toMatch(/6\.1 .*● 逾期 · 延期待批 · 超期申请\n/);
    const dec = await runCli(['show', '2.1', '--as-of', '2026-12-01', '--lang', 'zh'], { cwd: dir });
    expect(dec.stdout).toContain('截止 2027-03-31  已延期 (原时限 2026-12-31)');
  });

  it('any past day gives the same compliance and escalations from the final file as it did on that day', async () => {
    expect(Object.keys(seen).length).toBeGreaterThan(12);
    for (const [asOf, then] of Object.entries(seen)) {
      expect((await run(['compliance', '--format', 'json'], asOf)).stdout, asOf).toBe(then.compliance);
      expect((await run(['escalations', '--format', 'json'], asOf)).stdout, asOf).toBe(then.escalations);
      expect((await run(['remind', '--lang', 'zh'], asOf)).stdout, asOf).toBe(then.remind);
    }
  });
});

describe('plan close and plan extend refuse what the office would not sign', () => {
  it('a target that is not done is not closed, and the file is untouched', async () => {
    const { dir, file } = tempPlans();
    const before = readFileSync(file, 'utf8');
    const r = await runCli(['close', '7.4', '--evidence', 'docs/x.pdf', '--as-of', '2026-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('plan: 7.4 is not done (at_risk, 1150 of 2000场次): only a done target is closed (销号); record the final reading with plan progress first\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('missing evidence files are warned about, URLs are not checked, and an item is 已销号 when all its targets are', async () => {
    const { dir } = tempPlans();
    const r = await runCli(['close', '9', '--evidence', 'docs/命名文件.pdf', 'https://example.gov.cn/x', '--as-of', '2026-10-01', '--lang', 'zh'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('9.1 市级劳模工匠创新工作室:已销号 2026-10-01,佐证材料:docs/命名文件.pdf、https://example.gov.cn/x\n');
    expect(r.stderr).toMatch(/^警告:佐证材料 docs\/命名文件\.pdf 不存在/);
    expect(r.stderr).not.toContain('https://example.gov.cn/x 不存在');
    const show = await runCli(['show', '9', '--as-of', '2026-10-01', '--lang', 'zh'], { cwd: dir });
    expect(show.stdout.split('\n')[0]).toBe('9. 打好劳模工匠培育、选树、服务组合拳  ✔ 已完成 · 已销号');
    const again = await runCli(['close', '9.1', '--evidence', 'a.pdf', '--as-of', '2026-10-02'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('plan: 9.1 was already closed (销号) on 2026-10-01\n');
  });

  it.each([
    [['7.4', '--to', '2026-12-01', '--reason', '场馆改造'], 2, 'plan: 7.4: --to 2026-12-01 is not after the due date 2026-12-31\n'],
    [['7.4', '--to', '2027-03-31', '--reason', ' '], 2, 'plan: a 延期 needs a reason: --reason TEXT\n'],
    [['7.4', '--to', '2027-02-30', '--reason', '场馆改造'], 2, null],
    [['9.1', '--to', '2027-03-31', '--reason', '场馆改造'], 1, 'plan: 9.1 is done: nothing to extend\n'],
    [['7.4', '--approve'], 1, 'plan: 7.4 has no 延期 request waiting for approval\n'],
    [['7.4', '--to', '2027-03-31'], 2, null],
  ])('plan extend %j is refused (exit %i), the file untouched', async (args, code, message) => {
    const { dir, file } = tempPlans();
    const before = readFileSync(file, 'utf8');
    const r = await runCli(['extend', ...args, '--as-of', '2026-10-01'], { cwd: dir });
    expect(r.code).toBe(code);
    if (message) expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(/^plan: .+\n$/);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('validate --against refuses a changed recorded date', async () => {
    const { dir, file } = tempPlans();
    const { execFileSync } = await import('node:child_process');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    expect((await runCli(['progress', '7.4', '--value', '1200', '--date', '2026-10-15', '--by', '经济工作部', '--as-of', '2026-10-28'], { cwd: dir })).code).toBe(0);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'year');
    writeFileSync(file, readFileSync(file, 'utf8').replace('recorded: 2026-10-28', 'recorded: 2026-10-25'));
    const r = await runCli(['validate', '--against', 'HEAD', '--as-of', '2026-11-25'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('reading-edited');
    expect(r.stdout).toContain('the reading of 2026-10-15 was recorded on 2026-10-28 in HEAD and now says 2026-10-25');
  });
});
