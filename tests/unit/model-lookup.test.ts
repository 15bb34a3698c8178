import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/core/fold.js';
import type { Item, PlanFile } from '../../src/core/model.js';
import { PlanModel } from '../../src/core/plan.js';
import { resolveRef, type Resolved } from '../../src/core/ref.js';
import { UsageError } from '../../src/errors.js';

/**
 * A reference is resolved by looking through the items in plan order (PlanModel.itemWhere and
 * targetWhere), not by the id maps, which made a view of every target; a write finds its target in
 * the new plan by its place (targetAt). Held to the maps on plans with repeated ids, ids that read
 * the same once full-width characters are folded, dashed ids and items without targets.
 */
const id = fc.constantFrom('1', '１', '2', '7', '7.1', '7.１', '７.1', '7.2', '一-一', '一-二', '1.1', ' 1');
const item = fc.record({ id, targets: fc.array(id, { maxLength: 3 }) });
const plan = fc.array(fc.array(item, { maxLength: 4 }), { minLength: 1, maxLength: 3 }).map(
  (sections): PlanFile => ({
    schema: 1,
    id: 'p',
    title: '计划',
    period: { start: '2026-01-01', end: '2026-12-31' },
    sections: sections.map((items, si) => ({
      id: `s${si}`,
      title: '节',
      items: items.map((it): Item => ({ id: it.id, title: '项', departments: ['办公室'], ...(it.targets.length ? { targets: it.targets.map((t) => ({ id: t, metric: '指标', kind: 'milestone' as const })) } : {}) })),
    })),
  }),
);

/** resolveRef as it was, on the maps: the oracle. */
function byMaps(model: PlanModel, raw: string): Resolved | undefined {
  const id = foldWidth(raw).trim();
  const item = model.itemById.get(id) ?? [...model.itemById.values()].find((i) => foldWidth(i.id) === id);
  if (item) return { kind: 'item', item };
  const target = model.targetById.get(id) ?? [...model.targetById.values()].find((t) => foldWidth(t.id) === id);
  if (target) return { kind: 'target', target };
  const dashed = model.itemById.get(id.replace(/[.、]/g, '-'));
  return dashed ? { kind: 'item', item: dashed } : undefined;
}

describe('looking up an item or target', () => {
  it('itemWhere and targetWhere give what the id maps give, exact and folded', () => {
    fc.assert(
      fc.property(plan, id, (data, x) => {
        const model = new PlanModel(data);
        expect(model.itemWhere((i) => i === x)).toBe(model.itemById.get(x));
        expect(model.targetWhere((t) => t === x)).toBe(model.targetById.get(x));
        expect(model.itemWhere((i) => foldWidth(i) === x)).toBe([...model.itemById.values()].find((i) => foldWidth(i.id) === x));
        expect(model.targetWhere((t) => foldWidth(t) === x)).toBe([...model.targetById.values()].find((t) => foldWidth(t.id) === x));
      }),
      { numRuns: 300 },
    );
  });

  it('resolveRef resolves as the maps did (the same view, or an error where they found nothing)', () => {
    fc.assert(
      fc.property(plan, fc.constantFrom('1', '１', '7.1', '７．１', '一.一', '一、二', '2', '9', ' 7.2 '), (data, ref) => {
        const want = byMaps(new PlanModel(data), ref);
        const model = new PlanModel(data);
        let got: Resolved | undefined;
        try {
          got = resolveRef(model, ref);
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
        }
        // Compared by place: the two models' views are different objects.
        const place = (r: Resolved | undefined) => (r === undefined ? undefined : r.kind === 'item' ? ['item', ...r.item.path] : ['target', ...r.target.path]);
        expect(place(got)).toEqual(place(want));
      }),
      { numRuns: 300 },
    );
  });

  it('targetAt finds every target, implicit milestones too, at its path; nothing at a path that is none', () => {
    fc.assert(
      fc.property(plan, (data) => {
        const model = new PlanModel(data);
        for (const t of model.targets) expect(model.targetAt(t.path)).toBe(t);
        for (const item of model.items) if (item.item.targets?.length) expect(model.targetAt(item.path)).toBeUndefined();
        expect(model.targetAt(['sections', data.sections.length, 'items', 0])).toBeUndefined();
        expect(model.targetAt(['sections', 0, 'items', data.sections[0]!.items.length])).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
