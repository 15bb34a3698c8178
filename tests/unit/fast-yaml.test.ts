import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fastLoad, fastLoadUtf8 } from '../../src/yaml/fast.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generatePlan as generateUntyped } from '../bench/generate.mjs';
import { ROOT, sampleText } from '../helpers.js';

const generatePlan = generateUntyped as (items: number, seed?: number) => string;

/**
 * The fast reader (src/yaml/fast.ts) against js-yaml, the reader it stands in for: wherever it
 * reads a text, it must read exactly what js-yaml reads; where js-yaml fails, it must give up.
 */
const FAILED = Symbol('js-yaml failed');
function reference(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return FAILED;
  }
}

function agrees(text: string): boolean {
  const fast = fastLoad(text);
  if (fast === undefined) return false;
  const ref = reference(text);
  expect(ref, `js-yaml fails where the fast reader read:\n${text}`).not.toBe(FAILED);
  // (node's deep equality: vitest's treats an own `constructor` key specially)
  expect(isDeepStrictEqual(fast, ref), `the fast reader and js-yaml differ on:\n${text}`).toBe(true);
  // Key order too: it decides the order of everything printed.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(ref));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(name) ? [p] : [];
  });
}

describe('the fast YAML reader', () => {
  it('reads the sample plan, the seed-derived fixtures and generated plans exactly as js-yaml does', () => {
    expect(agrees(sampleText())).toBe(true);
    for (const n of [1, 20, 300]) expect(agrees(generatePlan(n, 7))).toBe(true);
  });

  it('reads a plan with more distinct short scalars than it remembers (over 8,192 quoted ids) exactly as js-yaml does', () => {
    const text = generatePlan(3000, 5);
    expect(new Set(text.match(/"[^"]{1,32}"/g)).size).toBeGreaterThan(8192);
    expect(agrees(text)).toBe(true);
  });

  it("reads a file's bytes as it reads their text: the last line with or without its newline, scalars of any script, quoted, plain, in flow and in blocks", () => {
    const texts = [sampleText(), generatePlan(20, 7), `${generatePlan(20, 9)}last: 末 # 注释  `, 'a: 1\nb:   \n  - x  \n  -  y # c\nc: |\n  一\n  二\nd: z', 'a: 1\n   ', "a: '中''文'\nb: [é, \"ü\", 中]\nc: >-\n  ·一\n  二\u3000\n"];
    for (const text of texts) {
      const read = fastLoad(text);
      expect(read).not.toBe(undefined);
      // A plain Uint8Array (not a Buffer) too, and one with room after its end.
      const bytes = new TextEncoder().encode(text);
      expect(JSON.stringify(fastLoadUtf8(bytes))).toBe(JSON.stringify(read));
      const roomy = new TextEncoder().encode(`${text}xy`);
      expect(JSON.stringify(fastLoadUtf8(roomy.subarray(0, bytes.length)))).toBe(JSON.stringify(read));
    }
  });

  it('gives up on the bytes of exactly the texts it gives up on (controls, C1, U+FFFE/F, characters beyond U+FFFF), and reads the others alike', () => {
    const ch = fc.constantFrom('a', ' ', '中', '，', '\u00b7', '\u0085', '\u0080', '\u009f', '\u00a0', '\u00bf', '\u00c2', '\ufffd', '\ufffe', '\uffff', '\u4ffe', '\ud7ff', '\ue000', '😀', '\t', '\x7f', '\x01', '\x1f', '\u2028', '\uff5e');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 6 }), fc.constantFrom('a: ', 'a: "', '# ', 'a: [', 'a: |\n  '), (chars, lead) => {
        const text = `${lead}${chars.join('')}${lead.endsWith('"') ? '"' : lead.endsWith('[') ? ']' : ''}\nb: 1\n`;
        expect(JSON.stringify(fastLoadUtf8(Buffer.from(text, 'utf8'))), text).toBe(JSON.stringify(fastLoad(text)));
      }),
      { numRuns: 2000 },
    );
    expect(fastLoad('a: \u0085\n')).toEqual({ a: '\u0085' });
    for (const text of ['a: \u0080\n', 'a: \ufffe\n', 'a: \uffff\n', 'a: 😀\n', '# \u009f\na: 1\n']) expect(fastLoadUtf8(Buffer.from(text, 'utf8')), text).toBe(undefined);
  });

  it('agrees with js-yaml on every fixture it reads, and reads most valid ones', () => {
    const files = [...yamlFiles(join(ROOT, 'tests/fixtures')), ...yamlFiles(join(ROOT, 'plans'))];
    let read = 0;
    let valid = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8').replace(/^\ufeff/, '');
      if (f.includes('/valid/')) valid++;
      if (agrees(text) && f.includes('/valid/')) read++;
    }
    expect(files.length).toBeGreaterThan(20);
    expect(read).toBeGreaterThanOrEqual(Math.ceil(valid / 2));
  });

  it('says when it read a key parse.ts forbids (constructor, prototype), in a block or a flow mapping', () => {
    const read = { forbiddenKey: true };
    expect(fastLoad(sampleText(), read)).toBeDefined();
    expect(read.forbiddenKey).toBe(false);
    for (const text of ['a:\n  constructor: 1\n', 'a: { b: 1, prototype: { c: 2 } }\n', 'constructor: x\nb: [1]\n']) {
      const r = { forbiddenKey: false };
      expect(agrees(text)).toBe(true);
      fastLoad(text, r);
      expect(r.forbiddenKey, text).toBe(true);
    }
  });

  it('tells apart keys and scalars whose hashes collide (Aa and BB hash alike)', () => {
    const text = 'Aa: BB\nBB: Aa\nlist: [Aa, BB, "Aa", "BB", 2112]\nmore:\n  - { Aa: "BB", BB: Aa }\n  - BB\n  - Aa\n';
    expect(agrees(text)).toBe(true);
    expect(fastLoad(text)).toEqual({ Aa: 'BB', BB: 'Aa', list: ['Aa', 'BB', 'Aa', 'BB', 2112], more: [{ Aa: 'BB', BB: 'Aa' }, 'BB', 'Aa'] });
  });

  it.each([
    ['a: 1\na: 2\n', 'a duplicate key'],
    ['a: &x 1\nb: *x\n', 'an alias'],
    ['a: "x\\ty"\n', 'an escape'],
    ['a: b: c\n', 'a mapping on one line'],
    ['a:\n  - x\n  y: 1\n', 'a sequence then a key'],
    ['a: x\n  y\n', 'a multi-line plain scalar'],
    ['a: {b: 1, b: 2}\n', 'a duplicate flow key'],
    ['a: [x, ]\n', 'a trailing comma'],
    ['a: |+\n  x\n', 'keep chomping'],
    ['a: >\n  x\n    y\n', 'a more-indented line'],
    ['a:\tx\n', 'a tab'],
    ['a: x\r\nb: y\r\n', 'CRLF'],
    ['__proto__: x\n', 'a __proto__ key'],
    ['"a": x\n', 'a quoted key'],
  ])('gives up on %j (%s)', (text) => {
    expect(fastLoad(text)).toBeUndefined();
  });

  // Documents made of plan-like pieces, including the tricky ones (numbers that are not what
  // they look like, comments, indicators, quotes, block scalars, flow collections, odd indentation).
  const scalar = fc.constantFrom(
    'x', '中文', '强化政治引领', '2026-03-31', '007', '7', '7.10', '-1', '+5', '.5', '1e3', '0x1F', '0o17', '1_000', '.inf', '-.Inf', '.NaN',
    'true', 'True', 'TRUE', 'yes', 'no', 'on', 'null', 'Null', '~', 'a #b', 'a#b', 'a: b', 'a:b', 'a:', '- a', '-', '-a', '---', '?', '? x', ':x',
    '"q"', '"中 文"', '""', "'it''s'", "''", "'a", '"a\\"b"', '[a, b]', '[]', '{}', '{ date: 2026-03-31, value: 25, by: 办公室, note: 第1季度 }',
    '[a, [b, c]]', '{a: {b: 1}}', '[a, ]', '{a: }', '{a:1}', '[a b]', '[-1, -x]', '&x a', '*x', '!!str 1', '%x', '@x', '`x', '|', '>-', 'a [b]', 'x  ', 'x # c',
    '1,000', '第1 季度', '10:30', '"a" b', "'a' # c", '[x] # c', '[x]#c', 'a\u3000b', '\u00a0x', 'x\u0085y',
    // The same characters plain, quoted and in flow: a scalar read once is remembered by its text, never by its place.
    '"7"', "'7'", '"2026-03-31"', '[7, "7", 2026-03-31]', '{ value: 7, note: "7" }', '"x"', '[x, "x", a#b]', '"a#b"', 'a: #b', '"a: b"',
  );
  const key = fc.constantFrom('id', 'title', 'text', 'departments', 'progress', 'date', 'value', 'a-b', '$schema', 'x1', 'Y', '1a', 'a b', 'true');
  const block = fc.constantFrom('|', '|-', '>', '>-', '> # c', '>2', '|+');
  const blockLines = fc.array(fc.constantFrom('推动决策部署', 'a b', 'x  ', '', '  more', '# not a comment', 'k: v', '- x'), { minLength: 0, maxLength: 4 });

  type Node = { kind: 'scalar'; v: string } | { kind: 'block'; h: string; lines: string[] } | { kind: 'map'; entries: [string, Node][] } | { kind: 'seq'; items: Node[] };
  const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar.map((v): Node => ({ kind: 'scalar', v })),
      fc.record({ h: block, lines: blockLines }).map((b): Node => ({ kind: 'block', ...b })),
      fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((entries): Node => ({ kind: 'map', entries })),
      fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items): Node => ({ kind: 'seq', items })),
    ),
  })).node;
  const style = fc.record({ step: fc.constantFrom(2, 2, 4, 1, 3), comments: fc.boolean(), blanks: fc.boolean(), seqSameIndent: fc.boolean(), trailing: fc.constantFrom('', '', ' ', '  # c') });

  function render(n: Node, indent: number, st: { step: number; comments: boolean; blanks: boolean; seqSameIndent: boolean; trailing: string }): string[] {
    const pad = ' '.repeat(indent);
    const out: string[] = [];
    const value = (v: Node, lead: string, childIndent: number): void => {
      if (v.kind === 'scalar') out.push(`${lead} ${v.v}${st.trailing}`);
      else if (v.kind === 'block') out.push(`${lead} ${v.h}`, ...v.lines.map((l) => (l === '' ? '' : ' '.repeat(childIndent) + l)));
      else {
        out.push(lead + (st.comments ? '  # c' : ''));
        out.push(...render(v, childIndent, st));
      }
    };
    if (n.kind === 'map') {
      for (const [k, v] of n.entries) {
        if (st.blanks) out.push('');
        if (st.comments) out.push(`${pad}# 注释`);
        const child = v.kind === 'seq' && st.seqSameIndent ? indent : indent + st.step;
        value(v, `${pad}${k}:`, child);
      }
    } else if (n.kind === 'seq') {
      for (const v of n.items) {
        if (v.kind === 'map' && v.entries.length && st.step >= 2) {
          // `- key: value` with the following keys under the first.
          const inner = render(v, indent + 2, st);
          const first = inner.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
          inner[first] = `${pad}- ${inner[first]!.slice(indent + 2)}`;
          out.push(...inner);
        } else value(v, `${pad}-`, indent + st.step);
      }
    } else out.push(`${pad}${n.kind === 'scalar' ? n.v : ''}`);
    return out;
  }

  it('reads generated documents exactly as js-yaml does, or gives up', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 5 }), style, (entries, st) => {
        const text = render({ kind: 'map', entries }, 0, st).join('\n') + '\n';
        if (agrees(text)) {
          read++;
          expect(JSON.stringify(fastLoadUtf8(Buffer.from(text, 'utf8')))).toBe(JSON.stringify(fastLoad(text)));
        } else expect(fastLoadUtf8(Buffer.from(text, 'utf8'))).toBe(undefined);
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise the reader, not just its giving up.
    expect(read).toBeGreaterThan(150);
  });
});
