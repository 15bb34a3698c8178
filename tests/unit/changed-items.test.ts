import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item, PlanFile } from '../../src/core/model.js';
import { analyzeData, changedItemsSound } from '../../src/yaml/analyze.js';
import { parseYaml } from '../../src/yaml/parse.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';
import { sampleText } from '../helpers.js';

const generatePlan = generateUntyped as (items: number, seed?: number) => string;

/**
 * A write checks the items it changed, not the whole plan again (yaml/analyze.ts, changedItemsSound).
 * Differential: on a plan with no error whose items at `changed` are replaced by any data, the
 * check of those items alone says "no error" exactly when the whole plan's schema and checks of
 * meaning (analyzeData) find none; and it never says so when something outside them changed.
 */
function planOf(text: string): PlanFile {
  const r = parseYaml(text);
  if (!r.ok) throw new Error('fixture does not parse');
  const data = r.data as PlanFile;
  expect(analyzeData(data).problems.filter((p) => p.severity === 'error')).toEqual([]);
  return data;
}

const sound = (data: PlanFile) => !analyzeData(data).problems.some((p) => p.severity === 'error');

/** The plan with the items at `at` replaced (their sections and lists copied, the rest shared), as a write's re-read makes it. */
function withItems(data: PlanFile, at: readonly (readonly [number, number])[], make: (old: Item, k: number) => unknown): PlanFile {
  const sections = data.sections.slice();
  at.forEach(([si, ii], k) => {
    const old = data.sections[si]!;
    if (sections[si] === old) sections[si] = { ...old, items: old.items.slice() };
    sections[si]!.items[ii] = make(data.sections[si]!.items[ii]!, k) as Item;
  });
  return { ...data, sections };
}

const positions = (data: PlanFile) => data.sections.flatMap((s, si) => s.items.map((_, ii) => [si, ii] as const));

const copy = <T>(v: T): T => structuredClone(v);

const date = fc.constantFrom('2026-01-01', '2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31', '2025-12-31', '2027-01-01', '2026-02-30', '2026-6-30', 'soon', '');
const unit = fc.constantFrom('办公室', '宣传教育部', '经济工作部', '法律工作部', '不存在的部', '');
const value = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0.5, 1e6, Number.NaN, Infinity));
const text = fc.constantFrom('', '进展', '完成 3 场', 'x'.repeat(3000));

/** One change to an item's data, of every kind a plan's checks look at (and some a write never makes). */
const change = fc.oneof(
  fc.record({ kind: fc.constant('reading' as const), target: fc.nat(5), date, value: fc.option(value, { nil: undefined }), by: fc.option(unit, { nil: undefined }), note: fc.option(text, { nil: undefined }), correction: fc.boolean() }),
  fc.record({ kind: fc.constant('extension' as const), target: fc.nat(5), requested: date, to: date, approved: fc.option(date, { nil: undefined }), reason: text }),
  fc.record({ kind: fc.constant('closed' as const), target: fc.nat(5), date, evidence: fc.array(fc.constantFrom('验收报告.pdf', ''), { maxLength: 2 }) }),
  fc.record({ kind: fc.constant('id' as const), target: fc.integer({ min: -1, max: 5 }), id: fc.constantFrom('1', '7.4', '１', '7.４', '99', '99.1', ' 1', '1.1') }),
  fc.record({ kind: fc.constant('numericId' as const), id: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('units' as const), departments: fc.array(unit, { maxLength: 3 }), lead: fc.option(fc.array(unit, { maxLength: 2 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('primary' as const), primary: fc.constantFrom('7.4', '1.1', 'none') }),
  fc.record({ kind: fc.constant('target' as const), target: fc.nat(5), field: fc.constantFrom('kind', 'target', 'start', 'due', 'unknown', 'baseline', 'checkpoints'), to: fc.constantFrom<unknown>('at_least', 'milestone', 'sometimes', 100, 50, -1, '2026-05-01', '2027-05-01', null, [], [{ date: '2026-05-01', value: 1 }]) }),
  fc.record({ kind: fc.constant('itemField' as const), field: fc.constantFrom('title', 'text', 'progress', 'extensions', 'closed', 'whatever'), to: fc.constantFrom<unknown>('', '标题', 7, null, [], [{ date: '2026-05-01', note: '进展' }], { date: '2026-05-01', evidence: ['a'] }) }),
);
type Change = typeof change extends fc.Arbitrary<infer C> ? C : never;

/** A list to add to (a list made something else by an earlier change starts again). */
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function changed(old: Item, changes: readonly Change[]): unknown {
  const item = copy(old) as Item & Record<string, unknown>;
  for (const c of changes) {
    const targets = item.targets ?? [];
    const t = 'target' in c && c.target >= 0 ? targets[c.target % Math.max(1, targets.length)] : undefined;
    // An item without targets keeps its readings, 延期 and 销号 itself.
    const owner = (t ?? item) as Record<string, unknown>;
    switch (c.kind) {
      case 'reading':
        owner.progress = [...list(owner.progress), { date: c.date, ...(c.value === undefined ? {} : { value: c.value }), ...(c.by === undefined ? {} : { by: c.by }), ...(c.note === undefined ? {} : { note: c.note }), ...(c.correction ? { correction: true } : {}) }];
        break;
      case 'extension':
        owner.extensions = [...list(owner.extensions), { requested: c.requested, to: c.to, reason: c.reason, ...(c.approved === undefined ? {} : { approved: c.approved }) }];
        break;
      case 'closed':
        owner.closed = { date: c.date, evidence: c.evidence };
        break;
      case 'id':
        owner.id = c.id;
        break;
      case 'numericId':
        item.id = c.id as unknown as string;
        break;
      case 'units':
        item.departments = c.departments;
        if (c.lead === undefined) delete item.lead;
        else item.lead = c.lead;
        break;
      case 'primary':
        item.primary = c.primary;
        break;
      case 'target':
        if (t) (t as unknown as Record<string, unknown>)[c.field] = c.to;
        break;
      case 'itemField':
        item[c.field as keyof Item] = c.to as never;
        break;
    }
  }
  return item;
}

/** Whether each item at `at` and its targets have the ids they had, as the plan reads them. */
function keepsIds(before: PlanFile, next: PlanFile, at: readonly (readonly [number, number])[]): boolean {
  const ids = (item: Item) => JSON.stringify([item.id, ...(Array.isArray(item.targets) ? item.targets.map((t) => t.id) : [])]);
  return at.every(([si, ii]) => ids(before.sections[si]!.items[ii]!) === ids(next.sections[si]!.items[ii]!));
}

describe('a write checks the items it changed: the same answer as the whole plan’s checks', () => {
  const plans = [
    ['the sample plan', planOf(sampleText())],
    ['a generated 40-item plan', planOf(generatePlan(40, 3))],
  ] as const;

  it.each(plans)('%s: any changes to one to three items', (_name, data) => {
    const all = positions(data);
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(all.length - 1), { minLength: 1, maxLength: 3 }), fc.array(fc.array(change, { maxLength: 3 }), { minLength: 3, maxLength: 3 }), (picked, changes) => {
        const at = picked.map((k) => all[k]!);
        const next = withItems(data, at, (old, k) => changed(old, changes[k]!));
        const answer = changedItemsSound(data, next, at);
        // A new id needs every other id to check (the whole check's work, which a write never
        // asks for: it keeps ids); then the answer is "ask the whole check", never a wrong "no error".
        const kept = keepsIds(data, next, at);
        if (answer || kept) expect(answer).toBe(sound(next));
        if (answer) yes++;
        else if (kept) no++;
      }),
      { numRuns: 400 },
    );
    // Both answers come up often (about 55 and 250 of the 400 runs): the property is not vacuous either way.
    expect(yes).toBeGreaterThan(25);
    expect(no).toBeGreaterThan(100);
  });

  it.each(plans)('%s: never "no error" when an item it was not told of changed, or the plan around the items did', (_name, data) => {
    const all = positions(data);
    const [a, b] = [all[1]!, all[all.length - 1]!];
    const reading = (old: Item) => changed(old, [{ kind: 'reading', target: 0, date: '2026-12-31', value: undefined, by: undefined, note: '进展', correction: false }]);
    const both = withItems(data, [a, b], reading);
    expect(sound(both)).toBe(true);
    expect(changedItemsSound(data, both, [a, b])).toBe(true);
    // b changed too, unannounced.
    expect(changedItemsSound(data, both, [a])).toBe(false);
    // Something outside the items: the title, a section's title, the period (read again, the same values).
    const around: PlanFile[] = [
      { ...both, title: '改' },
      { ...both, sections: both.sections.map((s, si) => (si === 0 ? { ...s, title: '改' } : s)) },
      { ...both, period: { ...both.period } },
      { ...both, sections: both.sections.slice(0, -1) },
    ];
    for (const next of around) expect(changedItemsSound(data, next, [a, b])).toBe(false);
  });
});
