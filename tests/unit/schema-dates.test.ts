import { fullFormats } from 'ajv-formats/dist/formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../src/core/dates.js';
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

// The start-up schema walk checks the date format with core's isValidDate, ajv's validator (run on
// a plan the walk refuses, for its messages) with ajv-formats' date: both must take the same texts.
describe('the schema walk and ajv read the same texts as dates', () => {
  // ajv-formats' date is a { validate, compare } pair.
  const ajvDate = fullFormats.date as { validate: (s: string) => boolean };
  const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
  const dateLike = fc.oneof(
    fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    fc.constantFrom('2024-02-29', '2026-02-29', '2000-02-29', '1900-02-29', '2026-04-31', '2026-12-31', '2026-00-10', '0000-01-01', '２０２６-０１-０１', '2026-1-01', '2026-01-01\n', ' 2026-01-01', '20260-01-01', '2026/01/01', '٢٠٢٦-٠١-٠١'),
  );
  it('agrees with ajv-formats on calendar dates, near misses and any text', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string(), fc.string({ unit: 'grapheme-ascii' })), (s) => {
        expect(isValidDate(s)).toBe(ajvDate.validate(s));
      }),
      { numRuns: 5000 },
    );
  });
  it('has the same leap years: 1900 was none, 2000 was', () => {
    expect(ajvDate.validate('1900-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
  });
});
