import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from './check.js';
import { foldWidth } from './fold.js';
import type { Item, PlanFile } from './model.js';

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

  it('ids: duplicates and ambiguous ones, in any order of items and targets, as a plain reading of the rule finds them', () => {
    // The rule: an id read the same as an earlier one (full width folded, spaces trimmed) is
    // ambiguous unless it is that same id of the same kind; it is a duplicate when an earlier id of
    // its kind is that very id. checkPlan claims each reference with one map operation until a
    // second claim, then looks each one up: every order of the two must give these problems.
    const ids = fc.constantFrom('7', '７', ' 7', '7.1', '７.１', '7.1 ', '8', '8.1', '三');
    const items = fc.array(fc.record({ id: ids, targets: fc.array(ids, { maxLength: 3 }) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(items, (shape) => {
        const p = plan((x) => {
          const base = item(x);
          x.sections[0]!.items = shape.map((s): Item => ({ ...base, id: s.id, targets: s.targets.map((id) => ({ ...target(x), id })) }));
          delete x.sections[0]!.items[0]!.primary;
        });
        const expected: string[] = [];
        const seen: { id: string; isItem: boolean; ref: string }[] = [];
        const claim = (id: string, isItem: boolean, path: string) => {
          const ref = foldWidth(id).trim();
          const first = seen.find((c) => c.ref === ref);
          if (first) {
            const same = first.isItem === isItem && first.id === id;
            if (seen.some((c) => c.isItem === isItem && c.id === id)) expected.push(`error duplicate-id ${path}.id ${id}`);
            if (!same) expected.push(`error ambiguous-id ${path}.id ${id} ${first.id} ${first.isItem ? 'item' : 'target'}`);
          }
          seen.push({ id, isItem, ref });
        };
        shape.forEach((s, ii) => {
          claim(s.id, true, `sections.0.items.${ii}`);
          s.targets.forEach((id, ti) => claim(id, false, `sections.0.items.${ii}.targets.${ti}`));
        });
        const got = checkPlan(p)
          .filter((f) => f.code.endsWith('-id'))
          .map((f) => `${f.severity} ${f.code} ${f.path.join('.')} ${String(f.params?.id)}${f.code === 'ambiguous-id' ? ` ${String(f.params?.other)} ${f.key === 'ambiguousIdItem' ? 'item' : 'target'}` : ''}`);
        expect(got).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('ids: a duplicate and an ambiguous id after thousands of others are found', () => {
    const p = plan((x) => {
      const base = item(x);
      const many = Array.from({ length: 3000 }, (_, k): Item => ({ ...base, id: String(k + 1), targets: [{ ...target(x), id: `${k + 1}.1` }] }));
      many.push({ ...base, id: '17', targets: [] }, { ...base, id: '２９９９.１', targets: [] });
      x.sections[0]!.items = many;
    });
    expect(checkPlan(p).map((f) => `${f.code} ${f.path.join('.')} ${String(f.params?.other ?? '')}`)).toEqual([
      'duplicate-id sections.0.items.3000.id ',
      'ambiguous-id sections.0.items.3001.id 2999.1',
    ]);
  });

  it('ids: duplicates of targets claimed before and after each growth of the table of references (sized for the items) are found', () => {
    const p = plan((x) => {
      const base = item(x);
      const targets = Array.from({ length: 3000 }, (_, k) => ({ ...target(x), id: `${k + 1}.1` }));
      // Every fifth id again (claimed first at every size the table had), and one full-width twin.
      for (let k = 1; k <= 3000; k += 5) targets.push({ ...target(x), id: `${k}.1` });
      targets.push({ ...target(x), id: '２９９９.１' });
      x.sections[0]!.items = [0, 1, 2].map((k) => ({ ...base, id: `第${k + 1}项`, targets: targets.slice(k * 1000, k === 2 ? undefined : (k + 1) * 1000) }));
    });
    const problems = checkPlan(p).map((f) => `${f.code} ${f.path.join('.')} ${String(f.params?.id ?? '')} ${String(f.params?.other ?? '')}`);
    expect(problems).toHaveLength(601);
    expect(problems.slice(0, 2)).toEqual(['duplicate-id sections.0.items.2.targets.1000.id 1.1 ', 'duplicate-id sections.0.items.2.targets.1001.id 6.1 ']);
    expect(problems.slice(-2)).toEqual(['duplicate-id sections.0.items.2.targets.1599.id 2996.1 ', 'ambiguous-id sections.0.items.2.targets.1600.id ２９９９.１ 2999.1']);
  });

  it('a reading after the as-of date is an error only when an as-of date is given', () => {
    const p = plan((x) => target(x).progress!.push({ date: '2026-09-30', value: 40 }));
    expect(found(p)).toEqual([]);
    expect(found(p, '2026-07-01')).toEqual(['error reading-after-as-of sections.0.items.0.targets.0.progress.1.date']);
  });
});
