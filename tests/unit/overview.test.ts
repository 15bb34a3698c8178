import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compliance } from '../../src/core/compliance.js';
import { escalations } from '../../src/core/escalation.js';
import type { Item, PlanFile, Reading, Target } from '../../src/core/model.js';
import { dubanOf, dubanOverview, overviewOf, statusOverview, type StatusOverview } from '../../src/core/overview.js';
import { PlanModel } from '../../src/core/plan.js';
import { planStatus } from '../../src/core/status.js';
import { analyzePlan } from '../../src/yaml/analyze.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';
import { sampleText } from '../helpers.js';

const generatePlan = generateUntyped as (items: number, seed?: number) => string;

// plan status's screen is drawn from an overview computed for it alone (no status object per
// target, the last round's returns only, escalations counted, not built): it must be what the
// full status, compliance and escalation lists give.
function comparable(ov: StatusOverview) {
  return { ...ov, sections: ov.sections.map((s) => ({ ...s, section: s.section.id })), worst: ov.worst.map((ts) => ({ ...ts, target: ts.target.id })) };
}

function expectSame(model: PlanModel, asOf: string, limit = 5): void {
  const where = `${model.plan.id} as of ${asOf}`;
  expect(comparable(statusOverview(model, asOf, limit)), where).toEqual(comparable(overviewOf(model, planStatus(model, asOf), limit)));
  const c = compliance(model, asOf);
  expect(dubanOverview(model, asOf), where).toEqual(dubanOf(c, escalations(model, c, asOf)));
}

describe('the status overview agrees with the full status', () => {
  it.each([
    ['the sample plan', sampleText(), ['2026-01-01', '2026-03-31', '2026-06-26', '2026-07-01', '2026-11-25', '2027-03-01']],
    ['a generated 400-item plan', generatePlan(400, 7), ['2026-02-26', '2026-07-01', '2026-10-01', '2027-01-31']],
  ])('%s, on several days', (_name, text, days) => {
    const model = new PlanModel(analyzePlan(text).data as PlanFile);
    for (const asOf of days) expectSame(model, asOf);
    // Not vacuous: the generated plan escalates and lags by July.
    const ov = statusOverview(model, '2026-07-01');
    expect(ov.worst.length).toBe(5);
  });

  // Any plan: units by alias and unknown names, 延期 requested and approved, 销号, text reports,
  // late entries, every cadence, rules on missing returns, thresholds.
  const UNITS = ['办公室', '法律工作部', '女职工部', '财务部'];
  const NAMES = [...UNITS, '办', '法律部', '未登记单位'];
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
  const arbDay = fc.integer({ min: -30, max: 420 }).map(day);
  const arbReading = fc.record({ date: arbDay, value: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }), late: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) });
  const readings = fc.array(arbReading, { maxLength: 4 }).map((rs) =>
    [...rs]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map(({ date, value, late }): Reading => ({ date, ...(value === undefined ? {} : { value }), ...(late === undefined ? {} : { recorded: day(Math.round((Date.parse(date) - Date.UTC(2026, 0, 1)) / 86_400_000) + late) }) })),
  );
  const extensions = fc.array(fc.record({ requested: arbDay, to: arbDay, approved: fc.option(arbDay, { nil: undefined }) }), { maxLength: 2 }).map((xs) => xs.map(({ approved, ...x }) => ({ ...x, reason: '资金未到位', ...(approved === undefined ? {} : { approved }) })));
  const closed = fc.option(arbDay.map((date) => ({ date, evidence: ['验收报告.pdf'] })), { nil: undefined });
  const arbTarget = fc.record({
    kind: fc.constantFrom('at_least' as const, 'milestone' as const, 'level' as const, 'at_most' as const),
    target: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    baseline: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    start: fc.option(arbDay, { nil: undefined }),
    due: fc.option(arbDay, { nil: undefined }),
    progress: readings,
    extensions,
    closed,
  });
  const arbItem = fc.record({
    departments: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }),
    lead: fc.option(fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    targets: fc.array(arbTarget, { maxLength: 3 }),
    progress: readings,
    extensions,
    closed,
  });
  const arbRule = fc.record({ status: fc.constantFrom('at_risk' as const, 'behind' as const, 'overdue' as const, 'missing' as const), rounds: fc.integer({ min: 1, max: 4 }), action: fc.constantFrom('专函督办', '约谈', '通报批评') });
  const arbPlan = fc.record({
    sections: fc.array(fc.array(arbItem, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
    cadence: fc.option(fc.constantFrom('monthly' as const, 'quarterly' as const, 'weekly' as const), { nil: undefined }),
    dueDay: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
    rules: fc.option(fc.array(arbRule, { maxLength: 4 }), { nil: undefined }),
    staleDays: fc.option(fc.integer({ min: 5, max: 90 }), { nil: undefined }),
  });
  const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;

  function build(a: typeof arbPlan extends fc.Arbitrary<infer T> ? T : never): PlanModel {
    let n = 0;
    const plan: PlanFile = {
      schema: 1,
      id: 'prop-2026',
      title: '性质测试计划',
      period: { start: '2026-01-01', end: '2026-12-31' },
      departments: [{ name: '办公室', aliases: ['办'] }, { name: '法律工作部', aliases: ['法律部'] }, { name: '女职工部' }, { name: '财务部' }],
      settings: strip({
        reporting: a.cadence || a.dueDay ? strip({ cadence: a.cadence, due_day: a.dueDay }) : undefined,
        escalation: a.rules,
        stale_days: a.staleDays,
      }),
      sections: a.sections.map((items, s) => ({
        id: String(s + 1),
        title: `第${s + 1}部分`,
        items: items.map((it): Item => {
          const id = String(++n);
          return strip({
            id,
            title: `事项${id}`,
            departments: it.departments,
            lead: it.lead,
            targets: it.targets.map((t, k): Target => strip({ ...t, id: `${id}.${k + 1}`, metric: `指标${k + 1}`, unit: '个' })),
            ...(it.targets.length ? {} : { progress: it.progress, extensions: it.extensions, closed: it.closed }),
          });
        }),
      })),
    };
    return new PlanModel(plan);
  }

  it('on any plan and day, the overview and the 督办 lines are what the full lists give', () => {
    fc.assert(
      fc.property(arbPlan, arbDay, fc.integer({ min: 0, max: 6 }), (a, asOf, limit) => {
        expectSame(build(a), asOf, limit);
      }),
      { numRuns: 400 },
    );
  });
});
