import { describe, expect, it } from 'vitest';
import { filterItems, selectItems, type ItemFilter } from '../../src/core/filter.js';
import type { PlanFile } from '../../src/core/model.js';
import { PlanModel } from '../../src/core/plan.js';
import { planStatus, STATUSES } from '../../src/core/status.js';
import { analyzePlan } from '../../src/yaml/analyze.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';
import { sampleText } from '../helpers.js';

const generatePlan = generateUntyped as (items: number, seed?: number) => string;

// `list` works out a status only for the items its unit, section and search keep (selectItems):
// the list must be the one the whole plan's statuses, filtered, give.
describe('selectItems', () => {
  it.each([
    ['the sample plan', sampleText(), ['2026-03-31', '2026-07-01', '2026-11-25']],
    ['a generated 300-item plan', generatePlan(300, 5), ['2026-07-01', '2026-10-01']],
  ])('%s: every unit, section, status and search, on several days, lists what filtering the whole status lists', (_name, text, days) => {
    const model = new PlanModel(analyzePlan(text).data as PlanFile);
    const filters: ItemFilter[] = [{}];
    // Registry names, their aliases, and a name no registry knows.
    for (const unit of [...model.units.allNames(), '不存在的单位']) filters.push({ unit }, { unit, statuses: ['behind', 'at_risk'] });
    for (const s of model.plan.sections) filters.push({ section: s.id }, { section: s.id, unit: model.units.names[1] });
    for (const status of STATUSES) filters.push({ statuses: [status] });
    for (const search of ['培训', '职工', ' 1 ', 'zzz']) filters.push({ search }, { search, statuses: ['not_started', 'on_track'] });
    let nonEmpty = 0;
    for (const asOf of days) {
      const all = planStatus(model, asOf).items;
      for (const f of filters) {
        const got = selectItems(model, asOf, f);
        expect(got, JSON.stringify({ asOf, f })).toEqual(filterItems(model, all, f));
        // The unit criterion is the unit's role in the item, as the model tells it.
        if (f.unit && Object.keys(f).length === 1) expect(got.map((is) => is.item.id)).toEqual(model.items.filter((i) => model.role(i, f.unit!) !== undefined).map((i) => i.id));
        if (got.length && got.length < all.length) nonEmpty++;
      }
    }
    // Not vacuous: most filters keep some items and leave others.
    expect(nonEmpty).toBeGreaterThan(filters.length);
  });

  it("makes an item's target views when first asked for, once: the same objects through the item and the model, in plan order", () => {
    const data = analyzePlan(generatePlan(300, 5)).data as PlanFile;
    const unit = '办公室';
    // list asks only for the targets of the items it keeps; status asks for every target first.
    const lazy = new PlanModel(data);
    const listed = selectItems(lazy, '2026-07-01', { unit });
    const eager = new PlanModel(data);
    expect(eager.targets.length).toBeGreaterThan(300);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(lazy.items.length);
    expect(listed).toEqual(selectItems(eager, '2026-07-01', { unit }));
    const ids = data.sections.flatMap((s) => s.items.flatMap((i) => (i.targets?.length ? i.targets.map((t) => `${i.id}/${t.id}`) : [`${i.id}/${i.id}`])));
    expect(lazy.targets.map((t) => `${t.item.id}/${t.id}`)).toEqual(ids);
    let k = 0;
    for (const item of lazy.items) for (const t of item.targets) expect(lazy.targets[k++]).toBe(t);
    expect(lazy.targets).toBe(lazy.targets);
    expect(listed[0]!.targets[0]!.target).toBe(listed[0]!.item.targets[0]);
  });
});
