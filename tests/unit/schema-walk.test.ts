import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import validatePlan from '../../src/yaml/generated/validate-plan.cjs';
import { parseYaml } from '../../src/yaml/parse.js';
import { passesPlanSchema } from '../../src/yaml/schema-walk.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';
import { ROOT, sampleText } from '../helpers.js';

const generatePlan = generateUntyped as (items: number, seed?: number) => string;

/**
 * The start-up schema check (src/yaml/schema-walk.ts) against ajv's validator of the same schema:
 * a plan it accepts is never checked by ajv again, so on every document they must give the same
 * answer.
 */
function agree(data: unknown): boolean {
  const ajv = validatePlan(data);
  const walked = passesPlanSchema(data);
  if (walked !== ajv) expect.fail(`ajv says ${ajv}, the walk ${walked}, for:\n${show(data)}`);
  return ajv;
}

function show(data: unknown): string {
  try {
    return JSON.stringify(data).slice(0, 2000);
  } catch {
    return String(data); // (a YAML alias can make the data circular)
  }
}

const read = (text: string): unknown => parseYaml(text).data;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(name) ? [p] : [];
  });
}

/** A path to every value in the data: the places a mutation can change. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((e, i) => out.push(...paths(e, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, e] of Object.entries(v)) out.push(...paths(e, [...at, k]));
  return out;
}

function edited(data: unknown, path: (string | number)[], edit: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(data);
  if (!path.length) return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  edit(parent, path[path.length - 1]!);
  return copy;
}

/** Values near each keyword's edges: lengths counted in code points, numbers at their bounds, dates that are not. */
const edgy = fc.oneof(
  fc.constantFrom('', ' ', '7.4', '7 4', 'a:b', '三', '2026-02-29', '2028-02-29', '2026-13-01', '2026-04-31', '2026-1-01', '２０２６-01-01', 'at_least', 'at_most', 'level', 'milestone', 'monthly', 'behind', 'x'.repeat(101), '𠀀'.repeat(100), '𠀀'.repeat(101), 'a'.repeat(20001), '𠀀'.repeat(10001), '\ud800', 'union-2026', '-x', 'a'.repeat(64)),
  fc.constantFrom(0, -0, 1, -1, 1.5, 7, 100, 100.5, 3660, 3661, 1e15, 1e15 + 2, -1e15, -1e16, Infinity, -Infinity, NaN, 31, 32),
  fc.constantFrom(null, true, false, [], {}, [''], ['办公室'], { name: '办公室' }, { date: '2026-05-01' }, { date: '2026-05-01', evidence: [] }),
  fc.jsonValue({ maxDepth: 2 }),
);

describe('the start-up schema check answers as ajv does', () => {
  it('on the sample, every fixture and generated plans', () => {
    const texts = [sampleText(), ...yamlFiles(join(ROOT, 'tests/fixtures')).map((f) => readFileSync(f, 'utf8')), generatePlan(60, 1), generatePlan(60, 2)];
    let valid = 0;
    let invalid = 0;
    for (const text of texts) {
      const data = read(text);
      if (data === undefined) continue;
      if (agree(data)) valid++;
      else invalid++;
    }
    // Both answers are exercised: the fixtures hold invalid plans as well as valid ones.
    expect(valid).toBeGreaterThan(5);
    expect(invalid).toBeGreaterThan(5);
  });

  it('on the sample with any one value replaced, removed, or a key added', () => {
    const sample = read(sampleText());
    const all = paths(sample);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.constantFrom('replace', 'remove', 'add'), edgy, fc.constantFrom('id', 'title', 'note', 'extra', 'target', 'kind', 'date', '__proto__', 'constructor'), (i, how, value, key) => {
        const path = all[i]!;
        const data = edited(sample, path, (parent, k) => {
          if (how === 'replace') parent[k] = value;
          else if (how === 'remove') {
            if (Array.isArray(parent)) parent.splice(Number(k), 1);
            else delete parent[k];
          } else {
            const target = parent[k];
            if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
          }
        });
        agree(data);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what the schema refuses, whatever the kind of value', () => {
    expect(agree(read(sampleText()))).toBe(true);
    expect(agree({})).toBe(false);
    expect(agree(null)).toBe(false);
    expect(agree([])).toBe(false);
  });
});
