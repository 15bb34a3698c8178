import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import type { PlanFile } from './model.js';
import { PlanModel } from './plan.js';
import { newReading, parseNumber, progressTarget } from './progress.js';

/** A small plan in the shape of the sample: a counted target with readings, a percent target, a milestone. */
function model(): PlanModel {
  const plan: PlanFile = {
    schema: 1,
    id: 'union-2026',
    title: 'xx市总工会2026年工作要点',
    period: { start: '2026-01-01', end: '2026-12-31' },
    departments: [{ name: '宣传教育部' }, { name: '经济工作部' }],
    sections: [
      {
        id: '一',
        title: '思想引领',
        items: [
          {
            id: '7',
            title: '职工文化活动',
            departments: ['宣传教育部'],
            primary: '7.4',
            targets: [
              { id: '7.4', metric: '开展职工文化活动', kind: 'at_least', target: 2000, unit: '场次', progress: [{ date: '2026-03-31', value: 420, by: '宣传教育部' }] },
              { id: '7.5', metric: '覆盖率', kind: 'level', target: 90, unit: '%' },
            ],
          },
          { id: '8', title: '完成职工书屋建设', departments: ['经济工作部'] },
        ],
      },
    ],
  };
  return new PlanModel(plan);
}

const refused = (f: () => unknown, key: string) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).key).toBe(key);
    return;
  }
  throw new Error(`not refused (${key})`);
};

// --by defaults to the unit that reported the target last, else the item's lead unit.
describe('newReading', () => {
  const m = model();
  const t74 = m.targetById.get('7.4')!;
  const t75 = m.targetById.get('7.5')!;
  const milestone = progressTarget(m, '8');

  it.each([
    [{ value: '1,200' }, { date: '2026-06-30', value: 1200, by: '宣传教育部' }],
    // A reading dated before the day it is entered carries that day (recorded:).
    [{ value: '１２００', date: '2026/6/1', note: '半年', by: '宣传教育部' }, { date: '2026-06-01', value: 1200, by: '宣传教育部', note: '半年', recorded: '2026-06-30' }],
    [{ add: '80' }, { date: '2026-06-30', value: 500, by: '宣传教育部' }],
    [{ value: '300', correction: true }, { date: '2026-06-30', value: 300, by: '宣传教育部', correction: true }],
  ])('%j on 7.4 (420 on 2026-03-31) → %j', (input, want) => {
    expect(newReading(m, t74, input, '2026-06-30')).toEqual(want);
  });

  it('a percent target takes 85%, a milestone --percent and --done', () => {
    expect(newReading(m, t75, { value: '85%' }, '2026-06-30')).toEqual({ date: '2026-06-30', value: 85, by: '宣传教育部' });
    expect(newReading(m, milestone, { percent: '40' }, '2026-06-30').value).toBe(40);
    expect(newReading(m, milestone, { done: true }, '2026-06-30').value).toBe(100);
  });

  it('refuses what the README says it refuses', () => {
    refused(() => newReading(m, t74, {}, '2026-06-30'), 'noValueOption');
    refused(() => newReading(m, milestone, {}, '2026-06-30'), 'noValueMilestone');
    refused(() => newReading(m, t74, { value: '1', add: '1' }, '2026-06-30'), 'oneValueOption');
    refused(() => newReading(m, t74, { percent: '50' }, '2026-06-30'), 'percentNotMilestone');
    refused(() => newReading(m, t74, { value: '300' }, '2026-06-30'), 'decreaseNeedsCorrection');
    refused(() => newReading(m, t74, { value: '500', date: '2026-07-01' }, '2026-06-30'), 'readingInFuture');
    refused(() => newReading(m, t74, { value: '500', date: '2026-02-01' }, '2026-06-30'), 'readingBeforeLatest');
    refused(() => newReading(m, t74, { value: '500', date: '2027-01-05' }, '2027-02-01'), 'readingOutsidePeriod');
    refused(() => newReading(m, t74, { value: '500', date: '2026-02-30' }, '2026-06-30'), 'badDate');
    refused(() => newReading(m, milestone, { percent: '120' }, '2026-06-30'), 'percentRangeOption');
  });

  it('reads numbers the way people type them', () => {
    expect(parseNumber('１，２００', '--value')).toBe(1200);
    expect(parseNumber('1 200', '--value')).toBe(1200);
    expect(parseNumber('85%', '--value', true)).toBe(85);
    refused(() => parseNumber('85%', '--value'), 'badNumber');
    refused(() => parseNumber('-3', '--value'), 'negativeNumber');
  });

  it('takes the target\u2019s own unit after the number, as import does (23万吨 for a target in 吨), and no other', () => {
    expect(parseNumber('23万吨', '--value', false, '吨')).toBe(230000);
    expect(parseNumber('1,500 场次', '--value', false, '场次')).toBe(1500);
    expect(parseNumber('23万元', '--value', false, '元')).toBe(230000);
    expect(parseNumber('23万元', '--value', false, '万元')).toBe(23);
    refused(() => parseNumber('23万吨', '--value', false, '条'), 'wrongUnit');
    refused(() => parseNumber('1200万吨', '--value', false, '场次'), 'wrongUnit');
    refused(() => parseNumber('二十场次', '--value', false, '场次'), 'badNumber');
    refused(() => parseNumber('1.2千', '--value', false, '场次'), 'badNumber');
    refused(() => parseNumber('1.2万万', '--value', false, '场次'), 'badNumber');
    refused(() => parseNumber('吨', '--value', false, '吨'), 'badNumber');
  });
});
