import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Closed, Extension, PlanFile, Reading } from '../../src/core/model.js';
import { PlanModel, type TargetView } from '../../src/core/plan.js';
import { PlanError } from '../../src/errors.js';
import { closedAdded, extensionAdded, extensionApproved } from '../../src/yaml/amend.js';
import { editPlan, type Edit } from '../../src/yaml/edit.js';
import { reparseItem, reparseItems } from '../../src/yaml/incremental.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { REGION_MIN_CHARS, RegionFinder } from '../../src/yaml/region.js';
import { spliceReading } from '../../src/yaml/splice.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';
import { sampleText } from '../helpers.js';

const generatePlan = generateUntyped as (items: number, seed?: number) => string;

/**
 * A write checks its new text by reading again only the item it changed (src/yaml/incremental.ts).
 * Differential: wherever that re-read gives data, a full read of the new text must give exactly
 * the same data (key order too); wherever it cannot show that, it must give up (undefined).
 */
function full(text: string): unknown {
  const r = parseYaml(text);
  return r.ok ? r.data : 'full read fails';
}

function agrees(source: string, next: string, data: PlanFile, path: readonly (string | number)[] | readonly (readonly (string | number)[])[]): boolean {
  const reread = Array.isArray(path[0]) ? reparseItems(source, next, data, path as (string | number)[][]) : reparseItem(source, next, data, path as (string | number)[]);
  if (reread === undefined) return false;
  const whole = full(next);
  expect(isDeepStrictEqual(reread, whole), `the item's re-read and the full read differ on:\n${next.slice(0, 2000)}`).toBe(true);
  expect(JSON.stringify(reread)).toBe(JSON.stringify(whole));
  return true;
}

function planOf(text: string): { data: PlanFile; model: PlanModel } {
  const r = parseYaml(text);
  if (!r.ok) throw new Error('fixture does not parse');
  const data = r.data as PlanFile;
  return { data, model: new PlanModel(data) };
}

const sample = sampleText();
const generated = generatePlan(12, 7);

describe('a write re-reads only the item it changed', () => {
  it.each([
    ['the sample plan', sample],
    ['a generated 12-item plan', generated],
  ])('a reading spliced into any target of %s: the re-read is taken and equals the full read', (_name, text) => {
    const { data, model } = planOf(text);
    const reading: Reading = { date: '2026-06-30', value: 3, by: '办公室', person: '王敏', note: '第二季度:完成 3 场,#2 场在"职工之家"', problems: "资金未到位 'a'", next: '- 继续推进' };
    let taken = 0;
    for (const t of model.targets) {
      const next = spliceReading(text, t.path, reading, data);
      if (agrees(text, next, data, t.path.slice(0, 4))) taken++;
    }
    // Every item's text is found and proven in these plans: the fast path is the one taken.
    expect(taken).toBe(model.targets.length);
  });

  it('any reading (odd notes, numbers, dates): where the re-read gives data, it is the full read', () => {
    const { data, model } = planOf(sample);
    let taken = 0;
    const text = fc.string({ unit: fc.constantFrom('进', '展', ' ', ':', ': ', '#', ' #', '"', "'", '\\', '- ', '{', '}', '[', ']', ',', '&a', '*a', '|', '>', '%', '@', '`', '?', 'null', 'true', '1e3', '0x1F', '…', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(fc.nat(model.targets.length - 1), text, fc.option(fc.integer({ min: -5, max: 100000 }), { nil: undefined }), (k, note, value) => {
        const t = model.targets[k]!;
        const reading: Reading = { date: '2026-05-31', ...(value === undefined ? {} : { value }), note: note || '进展' };
        let next: string;
        try {
          next = spliceReading(sample, t.path, reading, data);
        } catch {
          return; // the splice refuses it: nothing to check
        }
        if (agrees(sample, next, data, t.path.slice(0, 4))) taken++;
      }),
      { numRuns: 150 },
    );
    // Not a vacuous property: most readings take the fast path.
    expect(taken).toBeGreaterThan(75);
  });

  it('any edit inside an item (YAML punctuation, indentation, line breaks): where the re-read gives data, it is the full read', () => {
    const { data, model } = planOf(sample);
    let taken = 0;
    const piece = fc.constantFrom('note: 进展', 'x: 1', '- a', '\n', '\n  ', '\n    ', '\n        ', '\n            ', '  ', '- ', ': ', ':', '#', ' #x', '"', "'", '{', '}', '[', ']', ', ', '|', '>-', '&a ', '*a', '!!str ', '---', '...', '? ', '\t', '\r', '7', 'x', '年', 'id: 9', 'progress:', '%YAML 1.2');
    fc.assert(
      fc.property(fc.nat(model.items.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.constantFrom(0, 2, 4, 6, 8, 10, 12, 14), fc.array(piece, { minLength: 1, maxLength: 4 }), fc.nat(3), (k, where, wholeLine, indent, pieces, cut) => {
        const item = model.items[k]!;
        const region = new RegionFinder(sample, data).find(item.path);
        if (!region) return;
        const firstEnd = region.start + region.text.indexOf('\n') + 1;
        const end = region.start + region.text.length;
        // After the id line: a whole line at some indentation, or characters within a line.
        let at = firstEnd + Math.floor(where * (end - firstEnd));
        let next: string;
        if (wholeLine) {
          at = sample.lastIndexOf('\n', at - 1) + 1;
          next = `${sample.slice(0, at)}${' '.repeat(indent)}${pieces.join('')}\n${sample.slice(at)}`;
        } else next = sample.slice(0, at) + pieces.join('') + sample.slice(Math.min(at + cut, end));
        if (agrees(sample, next, data, item.path)) taken++;
      }),
      { numRuns: 800 },
    );
    // Edits that keep to the item's lines are re-read (and agree); the rest give up. About 72 of the 800 take
    // the fast path (60–80 over six runs); the bar sits far below so that a random run cannot fail it.
    expect(taken).toBeGreaterThan(25);
  });

  it('an edit anywhere in the plan, the item named being any: where the re-read gives data, it is the full read', () => {
    const { data, model } = planOf(sample);
    fc.assert(
      fc.property(fc.nat(model.items.length - 1), fc.nat(sample.length - 1), fc.constantFrom('年', ' 改', '# x', 'x', '7'), fc.boolean(), (k, at, piece, replace) => {
        // Inserted, or in place of as many characters (the length stays).
        const next = sample.slice(0, at) + piece + sample.slice(replace ? at + piece.length : at);
        agrees(sample, next, data, model.items[k]!.path);
      }),
      { numRuns: 300 },
    );
  });

  it('gives up when text outside the item changed, or the item lost its id line or its indentation', () => {
    const { data, model } = planOf(sample);
    const item = model.items[3]!;
    const region = new RegionFinder(sample, data).find(item.path)!;
    const end = region.start + region.text.length;
    const firstLineEnd = sample.indexOf('\n', region.start) + 1;
    const cases = {
      'a comment added before the item': `${sample.slice(0, region.start)}# 备注\n${sample.slice(region.start)}`,
      'a line changed after the item': `${sample.slice(0, end)}${sample.slice(end).replace(/title: /, 'title: 改')}`,
      'the id line changed': `${sample.slice(0, region.start)}${sample.slice(region.start, firstLineEnd).replace(/id: ?"?[^"\n]*"?/, 'id: "99"')}${sample.slice(firstLineEnd)}`,
      'a line of the item at the indentation of its dash': `${sample.slice(0, end)}${' '.repeat(region.text.length - region.text.trimStart().length)}- id: "extra"\n    title: 多出来的\n${sample.slice(end)}`,
      'an anchor in the item': `${sample.slice(0, firstLineEnd)}${sample.slice(firstLineEnd, end).replace(/title: /, 'title: &t ')}${sample.slice(end)}`,
    };
    for (const [what, next] of Object.entries(cases)) {
      expect(next, what).not.toBe(sample);
      expect(reparseItem(sample, next, data, item.path), what).toBeUndefined();
    }
  });
});

/** A reading, a 延期 request, its approval, a 销号: every kind of change a write makes to a target. */
const READING: Reading = { date: '2026-06-30', value: 3, by: '办公室', person: '王敏', note: '第二季度:完成 3 场,#2 场在"职工之家"' };
const EXTENSION: Extension = { requested: '2026-06-30', to: '2027-03-31', reason: '资金未到位: 待财政拨付' };
const CLOSED: Closed = { date: '2026-06-30', by: '督查室', evidence: ['docs/验收报告.pdf', 'https://example.org/a?b=1'], note: '经核实 #销号' };

function readingAdded(target: TargetView, reading: Reading): Edit {
  return {
    path: target.path,
    splice: (text, at) => spliceReading(text, at, reading),
    apply: (owner) => {
      owner.progress = [...((owner.progress as Reading[] | undefined) ?? []), reading];
    },
  };
}

/** Over 256 KB: a write there edits each item's text alone and puts it back among the rest. */
const big = generatePlan(350, 11);

describe('extend, close and sheet import re-read only the items they changed', () => {
  it('big plan fixture is past the size where items are edited alone', () => {
    expect(big.length).toBeGreaterThan(REGION_MIN_CHARS);
  });

  it.each([
    ['the sample plan', sample],
    ['a generated 12-item plan', generated],
  ])('a 延期 request, its approval and a 销号 in any target of %s: the re-read is taken and equals the full read', (_name, text) => {
    const { data, model } = planOf(text);
    let taken = 0;
    for (const t of model.targets) {
      const requested = extensionAdded(t, EXTENSION).splice(text, t.path);
      if (agrees(text, requested, data, [t.path])) taken++;
      // The approval of that request, in the text that has it.
      const withRequest = planOf(requested);
      const approved = extensionApproved(t, t.extensions.length, '2026-07-15', '分管领导').splice(requested, t.path);
      if (agrees(requested, approved, withRequest.data, [t.path])) taken++;
      if (agrees(text, closedAdded(t, CLOSED).splice(text, t.path), data, [t.path])) taken++;
    }
    expect(taken).toBe(3 * model.targets.length);
  });

  it('readings for several targets in several items at once (a 填报表): the re-read is taken and equals the full read', () => {
    const { data, model } = planOf(big);
    const note = fc.string({ unit: fc.constantFrom('进', '展', ' ', ':', '#', '"', "'", '- ', '{', '}', ',', '…'), maxLength: 8 });
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(model.targets.length - 1), { minLength: 1, maxLength: 12 }), fc.array(note, { minLength: 12, maxLength: 12 }), (picked, notes) => {
        // Text-only readings: a figure could fall below the last one, which the plan's check refuses.
        const edits = picked.map((k, i) => readingAdded(model.targets[k]!, { date: '2026-10-15', by: '办公室', note: notes[i] || '进展' }));
        const { text, model: after } = editPlan(big, data, edits, 'big.yaml', 'zh');
        expect(JSON.stringify(after.plan)).toBe(JSON.stringify(full(text)));
        if (agrees(big, text, data, edits.map((e) => e.path))) taken++;
      }),
      { numRuns: 12 },
    );
    expect(taken).toBe(12);
  });

  it('in a big plan each changed item is edited alone and put back: the bytes the whole-text splices make', () => {
    const { data, model } = planOf(big);
    const [a, b, c] = [model.targets[3]!, model.targets[4]!, model.targets[model.targets.length - 1]!];
    const late: Reading = { date: '2026-12-01', by: '办公室', note: '十二月: 完成' };
    const edits = [readingAdded(c, late), readingAdded(a, late), extensionAdded(b, EXTENSION), readingAdded(a, { ...late, date: '2026-12-15', note: '#二' }), closedAdded(c, CLOSED)];
    let whole = big;
    for (const e of edits) whole = e.splice(whole, e.path);
    const { text } = editPlan(big, data, edits, 'big.yaml', 'zh');
    expect(text).toBe(whole);
    expect(text).not.toBe(big);
  });

  it('an item closed or extended in all its targets at once: one check, the data a full read gives', () => {
    const { data, model } = planOf(big);
    const item = model.items.find((i) => i.targets.length >= 3)!;
    for (const make of [(t: TargetView) => closedAdded(t, CLOSED), (t: TargetView) => extensionAdded(t, EXTENSION)]) {
      const edits = item.targets.map(make);
      const { text, model: after } = editPlan(big, data, edits, 'big.yaml', 'zh');
      expect(JSON.stringify(after.plan)).toBe(JSON.stringify(full(text)));
      expect(agrees(big, text, data, edits.map((e) => e.path))).toBe(true);
      expect(text.length).toBeGreaterThan(big.length);
    }
  });

  it('any edits inside two or three items at once: where the re-read gives data, it is the full read', () => {
    const { data, model } = planOf(sample);
    let taken = 0;
    // Comments and blank lines (which a re-read must take) three times as often as the rest.
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom('# 注释', '', '   ', '#: x', ' # - a'), weight: 3 },
      { arbitrary: fc.constantFrom('note: 进展', 'x: 1', '- a', '- ', ': ', '#', ' #x', '"', '{', '}', '|', '&a ', '*a', '---', '? ', '\t', '\r', '7', '年', 'id: 9'), weight: 1 },
    );
    // Mostly whole lines indented inside the item (the way a write adds text), some anywhere.
    const edit = fc.record({ k: fc.nat(model.items.length - 1), where: fc.double({ min: 0, max: 1, noNaN: true }), wholeLine: fc.boolean(), indent: fc.constantFrom(0, 4, 6, 8, 10, 12, 14), pieces: fc.array(piece, { minLength: 1, maxLength: 2 }) });
    fc.assert(
      fc.property(fc.uniqueArray(edit, { minLength: 2, maxLength: 3, selector: (e) => e.k }), (list) => {
        const finder = new RegionFinder(sample, data);
        const spots = list.map(({ k, where, wholeLine, indent, pieces }) => {
          const region = finder.find(model.items[k]!.path)!;
          const firstEnd = region.start + region.text.indexOf('\n') + 1;
          const at = firstEnd + Math.floor(where * (region.start + region.text.length - firstEnd));
          return wholeLine ? { at: sample.lastIndexOf('\n', at - 1) + 1, text: `${' '.repeat(indent)}${pieces.join('')}\n` } : { at, text: pieces.join('') };
        });
        // Inserted from the last place to the first, so each place is still where it was found.
        let next = sample;
        for (const s of [...spots].sort((a, b) => b.at - a.at)) next = next.slice(0, s.at) + s.text + next.slice(s.at);
        if (agrees(sample, next, data, list.map((e) => model.items[e.k]!.path))) taken++;
      }),
      { numRuns: 400 },
    );
    expect(taken).toBeGreaterThan(100);
  });

  it('gives up when the text between two changed items changed too', () => {
    const { data, model } = planOf(sample);
    const [a, b] = [model.targets[1]!, model.targets[model.targets.length - 2]!];
    const splice = (text: string) => readingAdded(b, READING).splice(readingAdded(a, READING).splice(text, a.path), b.path);
    expect(agrees(sample, splice(sample), data, [a.path, b.path])).toBe(true);
    // An item between the two retitled: its data changed, and neither changed item holds it.
    const finder = new RegionFinder(sample, data);
    const aEnd = finder.find(a.path.slice(0, 4))!;
    const bStart = finder.find(b.path.slice(0, 4))!.start;
    const at = sample.indexOf('title: ', aEnd.start + aEnd.text.length);
    expect(at).toBeLessThan(bStart);
    const retitled = `${sample.slice(0, at)}title: 改${sample.slice(at + 7)}`;
    expect(reparseItems(sample, splice(retitled), data, [a.path, b.path])).toBeUndefined();
  });

  it('refuses a change that does not land where it says (its text and its data disagree), on the re-read and on the full read', () => {
    for (const text of [sample, `${sample}\n# *别名\n`]) {
      const { data, model } = planOf(text);
      const t = model.targets[2]!;
      const late: Reading = { date: '2026-12-01', value: 3000, by: '办公室', note: '十二月' };
      const lying: Edit = { ...readingAdded(t, late), apply: (owner) => void (owner.progress = [...((owner.progress as Reading[] | undefined) ?? []), { ...late, value: 4 }]) };
      let error: unknown;
      try {
        editPlan(text, data, [lying], 'union-2026.yaml', 'en');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).key).toBe('writeRefused');
      expect((error as PlanError).params?.message).toMatch(/did not land/);
      expect(editPlan(text, data, [readingAdded(t, late)], 'union-2026.yaml', 'en').model.targetById.get(t.id)!.readings.at(-1)).toEqual(late);
    }
  });
});

describe('RegionFinder: many items looked up in one pass', () => {
  it.each([
    ['the sample plan', sample],
    ['a generated plan', big],
    // Id lines of every shape: quoted, bare, commented, dashes and spaces around, an `id:` that is no id line.
    ['odd id lines', sample.replace('- id: "3"', '- id:   "3"   # 三').replace('- id: "2"', "- id: '2'").replace('- id: "1"', '- id: 1').replace('title: 强化政治引领', 'title: "- id: 9 强化政治引领 id:"')],
  ])('%s: every item found as a lookup of that item alone finds it', (_name, text) => {
    const { data, model } = planOf(text);
    const many = new RegionFinder(text, data);
    let found = 0;
    for (const item of model.items) {
      const alone = new RegionFinder(text, data).find(item.path);
      expect(many.find(item.path), item.id).toEqual(alone);
      if (alone) found++;
    }
    expect(found).toBe(model.items.length);
  });
});
