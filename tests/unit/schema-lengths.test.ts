import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { PlanFile } from '../../src/core/model.js';
import { schemaProblems } from '../../src/yaml/schema.js';
import { sampleText } from '../helpers.js';

// The schema's lengths count characters, a character outside the BMP (𠀀, 😀) being one though
// JavaScript counts two; scripts/build.mjs lets the string's length decide first, which must give
// the same answers.
const sample = () => load(sampleText(), { schema: CORE_SCHEMA }) as PlanFile;
const firstTarget = (p: PlanFile) => p.sections[0]!.items.find((i) => i.targets?.length)!.targets![0]!;
/** Where firstTarget is. */
const at = (p: PlanFile) => `sections.0.items.${p.sections[0]!.items.findIndex((i) => i.targets?.length)}.targets.0`;
const lengthProblems = (p: PlanFile) => schemaProblems(p).filter((x) => x.code === 'schema-limit' || x.code === 'schema-empty').map((x) => `${x.key} ${x.path.join('.')}`);

describe('the schema counts characters, not UTF-16 units', () => {
  it.each([
    ['32 ideographs outside the BMP (64 units): within an id’s 32', '𠀀'.repeat(32), false],
    ['33 of them: one too many', '𠀀'.repeat(33), true],
    ['33 plain characters', 'x'.repeat(33), true],
  ])('a target id of %s', (_name, id, tooLong) => {
    const p = sample();
    firstTarget(p).id = id;
    expect(lengthProblems(p)).toEqual(tooLong ? [`schemaTooLong ${at(p)}.id`] : []);
  });

  it('a metric of 20,000 emoji (40,000 units) is within 20,000; one more is not; an empty one is empty', () => {
    const p = sample();
    const t = firstTarget(p);
    t.metric = '😀'.repeat(20_000);
    expect(lengthProblems(p)).toEqual([]);
    t.metric += '😀';
    expect(lengthProblems(p)).toEqual([`schemaTooLong ${at(p)}.metric`]);
    t.metric = '';
    expect(lengthProblems(p)).toEqual([`schemaEmpty ${at(p)}.metric`]);
  });
});
