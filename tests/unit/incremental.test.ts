import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanFile, Reading } from '../../src/core/model.js';
import { PlanModel } from '../../src/core/plan.js';
import { reparseItem } from '../../src/yaml/incremental.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { RegionFinder } from '../../src/yaml/region.js';
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

function agrees(source: string, next: string, data: PlanFile, path: readonly (string | number)[]): boolean {
  const reread = reparseItem(source, next, data, path);
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
    // Edits that keep to the item's lines are re-read (and agree); the rest give up.
    expect(taken).toBeGreaterThan(50);
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
