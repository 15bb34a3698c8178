import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanFile, Target } from '../../src/core/model.js';
import { PlanModel } from '../../src/core/plan.js';
import { expectedAt, itemStatus, lagging, planStatus, severity, targetStatus, Timelines, type Status, type TargetStatus } from '../../src/core/status.js';
import { dayNumber } from '../../src/core/dates.js';
import { DEFAULT_SETTINGS } from '../../src/core/model.js';

const TH = DEFAULT_SETTINGS;

/** A one-item plan for 2026 around one target, as a clerk would write it. */
function planWith(target: Partial<Target> & Pick<Target, 'kind'>, period = { start: '2026-01-01', end: '2026-12-31' }): PlanModel {
  const plan: PlanFile = {
    schema: 1,
    id: 'test-2026',
    title: '测试计划',
    period,
    departments: [{ name: '法律工作部' }, { name: '女职工部' }],
    sections: [
      {
        id: '一',
        title: '维权服务',
        items: [{ id: '10', title: '构建和谐劳动关系', departments: ['法律工作部', '女职工部'], targets: [{ id: '10.1', metric: '市级和谐企业', target: 100, unit: '家', ...target }] }],
      },
    ],
  };
  return new PlanModel(plan);
}

function statusOf(target: Partial<Target> & Pick<Target, 'kind'>, asOf: string) {
  const model = planWith(target);
  return targetStatus(model.targets[0]!, asOf, TH);
}

// 2026 has 364 days from Jan 1 to Dec 31: 2026-07-02 is day 182, exactly half.
describe('status rules (README, first rule that applies)', () => {
  it.each<[string, Partial<Target> & Pick<Target, 'kind'>, string, Status, boolean]>([
    ['at_least reached is done', { kind: 'at_least', progress: [{ date: '2026-05-01', value: 100 }] }, '2026-06-01', 'done', false],
    ['at_least over target is done', { kind: 'at_least', progress: [{ date: '2026-05-01', value: 130 }] }, '2026-06-01', 'done', false],
    ['as-of before the target start is not_started', { kind: 'at_least', start: '2026-07-01' }, '2026-03-01', 'not_started', false],
    ['as-of before the period is not_started', { kind: 'at_least' }, '2025-12-01', 'not_started', false],
    ['past due and not done is overdue', { kind: 'at_least', due: '2026-06-30', progress: [{ date: '2026-06-30', value: 90 }] }, '2026-07-01', 'overdue', false],
    ['after the period, not done: overdue', { kind: 'at_least', progress: [{ date: '2026-12-20', value: 99 }] }, '2027-01-05', 'overdue', false],
    ['reading on the due date reaching target: done', { kind: 'at_least', due: '2026-06-30', progress: [{ date: '2026-06-30', value: 100 }] }, '2026-06-30', 'done', false],
    ['half time, half done: on_track', { kind: 'at_least', progress: [{ date: '2026-07-02', value: 50 }] }, '2026-07-02', 'on_track', false],
    ['gap exactly 10 is still on_track', { kind: 'at_least', progress: [{ date: '2026-07-02', value: 40 }] }, '2026-07-02', 'on_track', false],
    ['gap just over 10 is at_risk', { kind: 'at_least', progress: [{ date: '2026-07-02', value: 39.9 }] }, '2026-07-02', 'at_risk', false],
    ['gap exactly 30 is at_risk', { kind: 'at_least', progress: [{ date: '2026-07-02', value: 20 }] }, '2026-07-02', 'at_risk', false],
    ['gap over 30 is behind', { kind: 'at_least', progress: [{ date: '2026-07-02', value: 19 }] }, '2026-07-02', 'behind', false],
    ['no reading at all, half time: behind and stale', { kind: 'at_least' }, '2026-07-02', 'behind', true],
    ['due within 14 days, not done: at_risk', { kind: 'at_least', progress: [{ date: '2026-12-20', value: 98 }] }, '2026-12-20', 'at_risk', false],
    ['level under the bar is behind', { kind: 'level', target: 80, progress: [{ date: '2026-03-31', value: 78 }] }, '2026-04-01', 'behind', false],
    ['level at the bar is on_track', { kind: 'level', target: 80, progress: [{ date: '2026-03-31', value: 80 }] }, '2026-04-01', 'on_track', false],
    ['level with no reading is at_risk (nothing reported cannot be green), and stale', { kind: 'level', target: 80 }, '2026-04-01', 'at_risk', true],
    ['at_most with no reading is at_risk too', { kind: 'at_most', target: 5 }, '2026-02-02', 'at_risk', false],
    ['level held at the end of the period is done', { kind: 'level', target: 80, progress: [{ date: '2026-12-31', value: 85 }] }, '2027-01-01', 'done', false],
    ['at_most exceeded early is behind', { kind: 'at_most', target: 5, progress: [{ date: '2026-02-01', value: 6 }] }, '2026-02-02', 'behind', false],
    ['at_most within the cap is on_track', { kind: 'at_most', target: 5, progress: [{ date: '2026-02-01', value: 5 }] }, '2026-02-02', 'on_track', false],
    ['milestone at 100 is done', { kind: 'milestone', target: undefined, unit: '%', progress: [{ date: '2026-05-01', value: 100 }] }, '2026-06-01', 'done', false],
    ['milestone at 60 in April is on_track', { kind: 'milestone', target: undefined, unit: '%', progress: [{ date: '2026-04-01', value: 60 }] }, '2026-04-02', 'on_track', false],
    ['target equal to baseline is done from the start', { kind: 'at_least', target: 650, baseline: 650 }, '2026-02-01', 'done', false],
    ['reading after the as-of date is ignored', { kind: 'at_least', progress: [{ date: '2026-09-30', value: 100 }] }, '2026-07-02', 'behind', true],
    ['stale: last reading 46 days ago', { kind: 'at_least', progress: [{ date: '2026-05-17', value: 60 }] }, '2026-07-02', 'on_track', true],
    ['not stale: last reading exactly 45 days ago', { kind: 'at_least', progress: [{ date: '2026-05-18', value: 60 }] }, '2026-07-02', 'on_track', false],
  ])('%s', (_name, target, asOf, status, stale) => {
    const s = statusOf(target, asOf);
    expect(s.status).toBe(status);
    expect(s.stale).toBe(stale);
  });

  it('gap is percentage points of the target span behind the linear schedule', () => {
    const s = statusOf({ kind: 'at_least', target: 2000, progress: [{ date: '2026-06-30', value: 700 }] }, '2026-07-01');
    expect(s.expected).toBeCloseTo((2000 * 181) / 364, 6);
    expect(s.gap).toBeCloseTo(((2000 * 181) / 364 - 700) / 20, 6);
    expect(s.status).toBe('at_risk');
  });

  it('expected follows the checkpoints piecewise-linearly', () => {
    const t = planWith({ kind: 'at_least', target: 800, baseline: 650, checkpoints: [{ date: '2026-06-30', value: 680 }] }).targets[0]!;
    expect(expectedAt(t, '2026-06-30')).toBe(680);
    expect(expectedAt(t, '2026-01-01')).toBe(650);
    expect(expectedAt(t, '2026-12-31')).toBe(800);
    expect(expectedAt(t, '2027-03-01')).toBe(800);
    const mid = expectedAt(t, '2026-09-30');
    expect(mid).toBeGreaterThan(680);
    expect(mid).toBeLessThan(800);
  });

  it('counts leap days: 2028-02-29 is inside a 2028 period', () => {
    const model = planWith({ kind: 'at_least', target: 366 }, { start: '2028-01-01', end: '2028-12-31' });
    const t = { ...model.targets[0]!, start: '2028-01-01', due: '2028-12-31' };
    expect(expectedAt(t, '2028-03-01')).toBeCloseTo((366 * 60) / 365, 6);
  });

  it('an item is as bad as its worst target, and an item without targets is one milestone', () => {
    const model = planWith({ kind: 'at_least' });
    const is = itemStatus(model.items[0]!, '2026-07-02', TH);
    expect(is.status).toBe('behind');
    const empty = new PlanModel({ ...model.plan, sections: [{ id: '一', title: '党建', items: [{ id: '1', title: '强化政治引领', departments: ['法律工作部'], progress: [{ date: '2026-06-30', value: 50 }] }] }] });
    const es = itemStatus(empty.items[0]!, '2026-07-02', TH);
    expect(es.targets).toHaveLength(1);
    expect(es.targets[0]!.target.implicit).toBe(true);
    expect(es.status).toBe('on_track');
  });

  it('department rollups count led and joined items apart', () => {
    const ps = planStatus(planWith({ kind: 'at_least' }), '2026-07-02');
    const law = ps.departments.find((d) => d.name === '法律工作部')!;
    const women = ps.departments.find((d) => d.name === '女职工部')!;
    expect(law.lead.map((i) => i.item.id)).toEqual(['10']);
    expect(law.joined).toEqual([]);
    expect(women.joined.map((i) => i.item.id)).toEqual(['10']);
  });

  it('lagging lists overdue, then behind, then at_risk, larger gap first', () => {
    const ps = planStatus(planWith({ kind: 'at_least' }), '2026-07-02');
    expect(lagging(ps.targets).map((t) => t.status)).toEqual(['behind']);
  });
});

describe('status properties', () => {
  const arbTarget = fc.record({
    kind: fc.constantFrom('at_least' as const, 'milestone' as const),
    target: fc.integer({ min: 1, max: 5000 }),
    values: fc.array(fc.integer({ min: 0, max: 6000 }), { minLength: 0, maxLength: 5 }),
    asOfDay: fc.integer({ min: 0, max: 400 }),
  });
  const build = (a: { kind: 'at_least' | 'milestone'; target: number; values: number[] }, extra = 0) => {
    const sorted = [...a.values].sort((x, y) => x - y);
    const cap = a.kind === 'milestone' ? 100 : Infinity;
    const progress = sorted.map((v, i) => ({ date: `2026-0${1 + i}-15`, value: Math.min(cap, v + (i === sorted.length - 1 ? extra : 0)) }));
    return planWith({ kind: a.kind, target: a.kind === 'milestone' ? 100 : a.target, progress });
  };
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

  it('more progress never makes a status worse', () => {
    fc.assert(
      fc.property(arbTarget, fc.integer({ min: 1, max: 3000 }), (a, more) => {
        fc.pre(a.values.length > 0);
        const asOf = day(a.asOfDay);
        const base = targetStatus(build(a).targets[0]!, asOf, TH);
        const better = targetStatus(build(a, more).targets[0]!, asOf, TH);
        expect(severity(better.status)).toBeLessThanOrEqual(severity(base.status));
      }),
      { numRuns: 300 },
    );
  });

  it('done is never worse than on_track, and the same input gives the same status', () => {
    fc.assert(
      fc.property(arbTarget, (a) => {
        const asOf = day(a.asOfDay);
        const one = targetStatus(build(a).targets[0]!, asOf, TH);
        const two = targetStatus(build(a).targets[0]!, asOf, TH);
        expect(two).toEqual(one);
        expect(severity('done')).toBeLessThan(severity('on_track'));
        if ((one.actual ?? 0) >= one.target.target) expect(one.status).toBe('done');
      }),
      { numRuns: 300 },
    );
  });
});

// compliance and escalations ask for the status of every target at every round, through Timelines
// and an expectedAt that builds no list: both must agree with the full rules on any target.
describe('the lean status agrees with the full one', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
  const arbDay = fc.integer({ min: -20, max: 400 }).map(day);
  const arbReading = fc.record({ date: arbDay, value: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }), recorded: fc.option(arbDay, { nil: undefined }) });
  const arbExtension = fc.record({ requested: arbDay, to: arbDay, reason: fc.constant('汛期影响施工'), approved: fc.option(arbDay, { nil: undefined }) });
  const arbTarget = fc.record({
    kind: fc.constantFrom('at_least' as const, 'milestone' as const, 'level' as const, 'at_most' as const),
    target: fc.integer({ min: 0, max: 200 }),
    baseline: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
    start: fc.option(arbDay, { nil: undefined }),
    due: fc.option(arbDay, { nil: undefined }),
    // Unsorted, repeated and out-of-range checkpoint dates too: the old list-building version is the reference.
    checkpoints: fc.array(fc.record({ date: arbDay, value: fc.integer({ min: 0, max: 200 }) }), { maxLength: 4 }),
    progress: fc.array(arbReading, { maxLength: 5 }).map((rs) => [...rs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map(({ value, recorded, date }) => ({ date, ...(value === undefined ? {} : { value }), ...(recorded === undefined ? {} : { recorded }) }))),
    extensions: fc.array(arbExtension, { maxLength: 3 }).map((xs) => xs.map(({ approved, ...x }) => (approved === undefined ? x : { ...x, approved }))),
  });
  const model = (a: Record<string, unknown>) =>
    planWith(Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Partial<Target> & Pick<Target, 'kind'>);

  // Timelines read the plan's own data, filling in the defaults the target views fill in: a plan of
  // several items, each with some of the targets (no target, no start, due, baseline or goal of its
  // own, 销号 or not) or none (its implicit milestone, from the item's own readings and 延期).
  const arbItem = fc.record({
    targets: fc.array(fc.record({ t: arbTarget, goal: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }), closed: fc.option(arbDay, { nil: undefined }) }), { maxLength: 3 }),
    progress: arbTarget.map((a) => a.progress),
    extensions: arbTarget.map((a) => a.extensions),
    closed: fc.option(arbDay, { nil: undefined }),
  });
  const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  const closedOn = (date: string | undefined) => (date === undefined ? undefined : { date, evidence: ['验收报告.pdf'] });
  function planOf(items: (typeof arbItem extends fc.Arbitrary<infer T> ? T : never)[]): PlanModel {
    const plan: PlanFile = {
      schema: 1,
      id: 'test-2026',
      title: '测试计划',
      period: { start: '2026-01-01', end: '2026-12-31' },
      departments: [{ name: '法律工作部' }],
      sections: [
        {
          id: '一',
          title: '维权服务',
          items: items.map((it, n) => {
            const item = { id: String(n + 1), title: `构建和谐劳动关系${n + 1}`, departments: ['法律工作部'] };
            if (!it.targets.length) return defined({ ...item, progress: it.progress, extensions: it.extensions, closed: closedOn(it.closed) });
            return { ...item, targets: it.targets.map(({ t, goal, closed }, k) => defined({ id: `${n + 1}.${k + 1}`, metric: '市级和谐企业', ...t, target: goal, closed: closedOn(closed) })) };
          }),
        },
      ],
    };
    return new PlanModel(plan);
  }

  /** expectedAt as it was written first: the list of points, then the segment the day falls in. */
  function expectedReference(t: { start: string; due: string; baseline: number; target: number; checkpoints: readonly { date: string; value: number }[] }, asOf: string): number {
    const n = (s: string) => Date.parse(s) / 86_400_000;
    const points = [{ d: n(t.start), v: t.baseline }, ...t.checkpoints.map((c) => ({ d: n(c.date), v: c.value })).filter((p) => p.d > n(t.start) && p.d < n(t.due)), { d: n(t.due), v: t.target }];
    const d = n(asOf);
    if (d <= points[0]!.d) return points[0]!.v;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (d <= b.d) return b.d === a.d ? b.v : a.v + ((b.v - a.v) * (d - a.d)) / (b.d - a.d);
    }
    return t.target;
  }

  // Timelines: the same questions with days as numbers, for a whole list of targets at once.
  it('Timelines answer as targetStatus does, for every target of a list, with and without recordedBy', () => {
    fc.assert(
      fc.property(fc.array(arbItem, { minLength: 1, maxLength: 4 }), arbDay, fc.option(arbDay, { nil: undefined }), (items, asOf, recordedBy) => {
        const m = planOf(items);
        const tl = new Timelines(m);
        const targets = m.targets;
        expect(tl.size).toBe(targets.length);
        const by = recordedBy === undefined ? Infinity : dayNumber(recordedBy);
        targets.forEach((t, i) => {
          const status = targetStatus(t, asOf, TH, { recordedBy }).status;
          expect(tl.status(i, dayNumber(asOf), by, TH)).toBe(status);
          expect(tl.done(i, dayNumber(asOf), by)).toBe(status === 'done');
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('Timelines give targetStatus itself, field by field (with 延期 through targetStatus)', () => {
    fc.assert(
      fc.property(fc.array(arbItem, { minLength: 1, maxLength: 4 }), arbDay, (items, asOf) => {
        const m = planOf(items);
        const tl = new Timelines(m);
        const targets = m.targets;
        targets.forEach((t, i) => {
          expect(tl.view(i)).toBe(t);
          expect(Number.isNaN(tl.closed[i]) ? undefined : tl.closed[i]).toBe(t.closed ? dayNumber(t.closed.date) : undefined);
          const { target, ...got } = tl.targetStatus(i, asOf, dayNumber(asOf), TH);
          const { target: want, ...rest } = targetStatus(t, asOf, TH);
          expect(target).toBe(want);
          expect(got).toStrictEqual(rest);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('Timelines give the first day a reading was entered in a window, as the dates as text do', () => {
    fc.assert(
      fc.property(arbTarget, arbDay, arbDay, arbDay, (a, x, y, by) => {
        const m = model(a);
        const t = m.targets[0]!;
        const [from, to] = x <= y ? [x, y] : [y, x];
        const entered = t.readings.map((r) => r.recorded ?? r.date).filter((d) => d >= from && d <= to && d <= by);
        const first = entered.length ? entered.reduce((m, d) => (d < m ? d : m)) : undefined;
        const got = new Timelines(m).firstEntered(0, dayNumber(from), dayNumber(to), dayNumber(by));
        expect(Number.isNaN(got) ? undefined : got).toBe(first === undefined ? undefined : dayNumber(first));
      }),
      { numRuns: 1000 },
    );
  });

  it('lagging with a limit is the first of the full ordering (ties in plan order)', () => {
    const arbStatus = fc.constantFrom<Status>('overdue', 'behind', 'at_risk', 'on_track', 'not_started', 'done');
    const arbGap = fc.option(fc.constantFrom(-5, 0, 12.5, 12.5, 30, 49.7), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.record({ status: arbStatus, gap: arbGap }), { maxLength: 40 }), fc.integer({ min: 0, max: 8 }), (list, limit) => {
        const targets = list.map((x, i) => ({ ...x, id: i }) as unknown as TargetStatus);
        expect(lagging(targets, limit)).toEqual(lagging(targets).slice(0, limit));
      }),
      { numRuns: 1000 },
    );
  });

  it('expectedAt follows the points as the list-building version did', () => {
    fc.assert(
      fc.property(arbTarget, arbDay, (a, asOf) => {
        const t = model(a).targets[0]!;
        expect(expectedAt(t, asOf)).toBeCloseTo(expectedReference(t, asOf), 9);
      }),
      { numRuns: 2000 },
    );
  });
});
