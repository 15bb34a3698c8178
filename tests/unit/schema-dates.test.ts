import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../src/yaml/analyze.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';

const generatePlan = generateUntyped as (items: number, seed?: number) => string;

// The schema's date format remembers the dates it found valid (scripts/build.mjs): a date seen
// valid many times stays valid, and an impossible date is refused every time it is written.
describe('the schema checks every date, however often it repeats', () => {
  it('refuses each 2026-02-30 of a plan and accepts the real dates around them', () => {
    const text = generatePlan(40, 3);
    expect(analyzePlan(text).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const times = text.split('2026-03-31').length - 1;
    expect(times).toBeGreaterThan(5);
    const bad = analyzePlan(text.replaceAll('2026-03-31', '2026-02-30')).problems.filter((p) => p.code === 'invalid-date');
    expect(bad).toHaveLength(times);
    // And the valid text again, after the invalid one: still nothing refused.
    expect(analyzePlan(text).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
