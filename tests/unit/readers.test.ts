import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generatePlan } from '../bench/generate.mjs';
import { parseYaml } from '../../src/yaml/parse.js';
import { ROOT } from '../helpers.js';

// Plans are read with js-yaml (fast) and placed/spliced with the yaml Document API: both must
// see the same data in every plan we have, or a problem would be placed on the wrong node.
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

// Not compared: a UTF-16 file (refused before parsing) and an alias bomb (yaml refuses to expand
// it; js-yaml shares the nodes, and yaml/parse.ts bounds their expansion itself).
const SKIP = /encoding-utf16|alias-limit/;
const files = [join(ROOT, 'plans/union-2026.yaml'), ...['valid', 'progress', 'invalid'].flatMap((d) => yamlFiles(join(ROOT, 'tests/fixtures', d)))].filter((f) => !SKIP.test(f));

describe('the two YAML readers agree', () => {
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    let fast: unknown;
    try {
      fast = load(text, { schema: CORE_SCHEMA });
    } catch {
      expect(() => {
        parse(text, { uniqueKeys: true });
      }).toThrow(); // both refuse it
      return;
    }
    expect(parse(text, { uniqueKeys: true, maxAliasCount: 1000 })).toEqual(fast);
  });

  it.each([20, 1000])('a generated plan of %i items', (n) => {
    const text = (generatePlan as (items: number) => string)(n);
    expect(parse(text)).toEqual(load(text, { schema: CORE_SCHEMA }));
  });

  it.each([
    ['bare date stays a string', 'd: 2026-03-31', { d: '2026-03-31' }],
    ['yes/no stay strings', 'a: yes\nb: no\nc: on', { a: 'yes', b: 'no', c: 'on' }],
    ['7.10 is the number 7.1', 'id: 7.10', { id: 7.1 }],
    ['quoted id stays a string', 'id: "7.10"', { id: '7.10' }],
    ['octal 0o17', 'n: 0o17', { n: 15 }],
    ['.inf', 'n: .inf', { n: Infinity }],
    ['null forms', 'a: ~\nb: null\nc:', { a: null, b: null, c: null }],
  ])('%s', (_name, text, expected) => {
    expect(load(text, { schema: CORE_SCHEMA })).toEqual(expected);
    expect(parse(text)).toEqual(expected);
  });
});

describe('a nested sequence whose first entry is empty', () => {
  // js-yaml takes the next entries into the inner sequence; parseYaml reads it as YAML does.
  it.each([
    ['- -\n- 第二项\n', [[null], '第二项']],
    ['a:\n  - - \n\n  - 办公室\n', { a: [[null], '办公室'] }],
    ['a:\n  - - # 空\n  - b\n', { a: [[null], 'b'] }],
    ['a:\n  - - x\n  - b\n', { a: [['x'], 'b'] }],
  ])('%j', (text, want) => {
    const r = parseYaml(text);
    expect(r.ok && r.data).toEqual(want);
    expect(r.ok && r.data).toEqual(parse(text));
  });

  it('reports an alias to no anchor there as a syntax problem at its line', () => {
    const text = '单位:\n  - -\n  - *牵头\n';
    const r = parseYaml(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.code, text.slice(0, p.offset).split('\n').length])).toEqual([['yaml-syntax', 3]]);
  });

  it('reads a mapping used as a key there without a Node warning on stderr', async () => {
    const warnings: string[] = [];
    const listener = (w: Error) => warnings.push(w.message);
    process.on('warning', listener);
    try {
      const r = parseYaml('单位:\n  - -\n  - ? { 名称: 办公室 }\n    : 牵头\n');
      expect(r.ok).toBe(true);
      await new Promise((done) => setImmediate(done));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).toEqual([]);
  });
});
