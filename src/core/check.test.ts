import { describe, expect, it } from 'vitest';
import { checkPlan } from './check.js';
import type { PlanFile } from './model.js';

/** A valid plan with one item; each case below spoils one thing. */
function plan(edit: (p: PlanFile) => void = () => {}): PlanFile {
  const p = {
    schema: 1,
    id: 'union-2026',
    title: 'xx市总工会2026年工作要点',
    period: { start: '2026-01-01', end: '2026-12-31' },
    departments: [{ name: '法律工作部', aliases: ['法律部'] }, { name: '办公室' }],
    sections: [
      {
        id: '一',
        title: '维权服务',
        items: [
          {
            id: '3',
            title: '法律援助',
            departments: ['法律工作部', '办公室'],
            targets: [{ id: '3.1', metric: '办理法律援助案件', kind: 'at_least', target: 100, unit: '件', progress: [{ date: '2026-03-31', value: 20 }] }],
          },
        ],
      },
    ],
  } as PlanFile;
  edit(p);
  return p;
}
const item = (p: PlanFile) => p.sections[0]!.items[0]!;
const target = (p: PlanFile) => item(p).targets![0]!;
const found = (p: PlanFile, asOf?: string) => checkPlan(p, asOf ? { asOf } : {}).map((x) => `${x.severity} ${x.code} ${x.path.join('.')}`);

describe('checkPlan (the checks a schema cannot express)', () => {
  it('a sound plan has no problem', () => {
    expect(found(plan())).toEqual([]);
  });

  it.each<[string, (p: PlanFile) => void, string]>([
    ['an unknown unit', (p) => (item(p).departments[1] = '法律工作'), 'error unknown-unit sections.0.items.0.departments.1'],
    ['a unit registered twice', (p) => p.departments!.push({ name: '办公室' }), 'error duplicate-unit departments.2.name'],
    ['a unit named twice in one list (once by alias)', (p) => item(p).departments.push('法律部'), 'warning duplicate-unit-in-list sections.0.items.0.departments.2'],
    ['a lead that is not among the units', (p) => (item(p).lead = ['办公室', '法律部', '宣传部']), 'error unknown-unit sections.0.items.0.lead.2'],
    ['the period ending before it starts', (p) => (p.period = { start: '2026-12-31', end: '2026-01-01' }), 'error period-order period.end'],
    ['a reading before the one above it', (p) => target(p).progress!.push({ date: '2026-02-01', value: 30 }), 'error readings-order sections.0.items.0.targets.0.progress.1.date'],
    ['a cumulative reading going down', (p) => target(p).progress!.push({ date: '2026-06-30', value: 10 }), 'error reading-decrease sections.0.items.0.targets.0.progress.1.value'],
    ['a reading outside the period', (p) => (target(p).progress![0]!.date = '2025-12-31'), 'error date-outside-period sections.0.items.0.targets.0.progress.0.date'],
    ['two items with one id', (p) => p.sections[0]!.items.push({ ...item(p), targets: [] }), 'error duplicate-id sections.0.items.1.id'],
    ['a milestone whose target is not 100', (p) => Object.assign(target(p), { kind: 'milestone', target: 90, progress: [] }), 'error milestone-target sections.0.items.0.targets.0.target'],
    ['a primary naming no target', (p) => (item(p).primary = '3.9'), 'error primary-unresolved sections.0.items.0.primary'],
    ['an item without units', (p) => (item(p).departments = []), 'warning no-unit sections.0.items.0.departments'],
  ])('%s', (_name, edit, want) => {
    expect(found(plan(edit))).toContain(want);
  });

  it('an id spelt two ways, then each spelling again: every later claim is named, a repeat of an exact id is a duplicate too', () => {
    // Item 3, then ３ (full width: the same reference), ３ again, 3 again.
    const p = plan((x) => x.sections[0]!.items.push(...['３', '３', '3'].map((id) => ({ ...item(x), id, targets: [] }))));
    expect(found(p).filter((f) => f.includes('-id '))).toEqual([
      'error ambiguous-id sections.0.items.1.id',
      'error duplicate-id sections.0.items.2.id',
      'error ambiguous-id sections.0.items.2.id',
      'error duplicate-id sections.0.items.3.id',
    ]);
  });

  it("a target whose id is an item's: ambiguous, and no duplicate (items and targets are counted apart)", () => {
    const p = plan((x) => x.sections[0]!.items.push({ ...item(x), id: '3.1', targets: [{ ...target(x), id: '3.1.1' }] }));
    expect(found(p).filter((f) => f.includes('-id '))).toEqual(['error ambiguous-id sections.0.items.1.id']);
  });

  it('a reading after the as-of date is an error only when an as-of date is given', () => {
    const p = plan((x) => target(x).progress!.push({ date: '2026-09-30', value: 40 }));
    expect(found(p)).toEqual([]);
    expect(found(p, '2026-07-01')).toEqual(['error reading-after-as-of sections.0.items.0.targets.0.progress.1.date']);
  });
});
