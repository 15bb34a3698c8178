import fc from 'fast-check';
import { CORE_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { resolveCore } from '../../src/yaml/scalars.js';

/**
 * The fast reader's plain scalars (src/yaml/scalars.ts) against js-yaml's core schema, the rules
 * they are written after: its implicit types in its order, the first that resolves constructs.
 */
const IMPLICIT = (CORE_SCHEMA as unknown as { compiledImplicit: { resolve(s: string): boolean; construct(s: string): unknown }[] }).compiledImplicit;
function jsYaml(s: string): unknown {
  for (const type of IMPLICIT) if (type.resolve(s)) return type.construct(s);
  return s;
}
/** Object.is: NaN is NaN, and -0 is not 0 (js-yaml reads -0 as 0, and -0.0 as -0). */
const same = (s: string) => Object.is(resolveCore(s), jsYaml(s));

describe('plain scalars as js-yaml core schema reads them', () => {
  it.each([
    ['~', null], ['null', null], ['Null', null], ['NULL', null], ['nULL', 'nULL'], ['', ''],
    ['true', true], ['True', true], ['TRUE', true], ['false', false], ['FALSE', false], ['yes', 'yes'], ['on', 'on'],
    ['0', 0], ['-0', 0], ['+7', 7], ['007', 7], ['0x1F', 31], ['-0x1f', -31], ['0o17', 15], ['0o18', '0o18'], ['0b101', 5], ['0b', '0b'], ['0x', '0x'], ['0b2', '0b2'], ['1_000', '1_000'],
    ['7.10', 7.1], ['-0.0', -0], ['.5', 0.5], ['1e3', 1000], ['1.', 1], ['.inf', Infinity], ['-.Inf', -Infinity], ['.NaN', NaN], ['-.nan', '-.nan'], ['1e400', '1e400'],
    ['2026-07-01', '2026-07-01'], ['7.4', 7.4], ['一', '一'], ['12%', '12%'],
  ])('%j reads as %j', (text, value) => {
    expect(Object.is(resolveCore(text), value), String(resolveCore(text))).toBe(true);
    expect(same(text)).toBe(true);
  });

  it('agrees with js-yaml on texts made of the characters numbers, nulls and booleans are written with', () => {
    const unit = fc.constantFrom(...'0123456789+-._eEbBoOxXaAfFiInNtTrRuUlLsS~ 一'.split(''));
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), same), { numRuns: 20000 });
  });

  it('agrees with js-yaml on numbers as they are written, big and small', () => {
    const written = fc.oneof(
      fc.double().map(String),
      fc.integer().map(String),
      fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }).map(String),
      fc.tuple(fc.constantFrom('', '-', '+'), fc.constantFrom('0x', '0o', '0b', '0', ''), fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'.split('')), maxLength: 400 })).map((p) => p.join('')),
    );
    fc.assert(fc.property(written, same), { numRuns: 5000 });
  });

  it('agrees with js-yaml on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), same), { numRuns: 5000 });
  });
});
