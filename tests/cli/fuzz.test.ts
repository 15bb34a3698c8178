import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planStatus } from '../../src/core/status.js';
import { PlanError } from '../../src/errors.js';
import { DIAGNOSTICS } from '../../src/render/diagnostics.js';
import { renderReport, reportFor } from '../../src/report/index.js';
import { loadPlanFile } from '../../src/store/load.js';
import { analyzePlan, locateProblems } from '../../src/yaml/analyze.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { behindTable } from '../../src/render/screens/behind.js';
import { renderCsv, renderMarkdownTable, renderTable } from '../../src/render/table.js';
import { runCli, sampleText } from '../helpers.js';


/**
 * Fuzzing: random YAML-ish documents, random mutations of the sample plan and random
 * command lines. Whatever the input, the only exception is a PlanError, and the CLI answers 0, 1
 * or 2 without "internal error". `npm test` runs a bounded number of cases (a few seconds);
 * `npm run fuzz` sets FUZZ_RUNS for a longer run (and FUZZ_SEED to replay one; CI uses a fixed seed).
 */

const RUNS = Number(process.env.FUZZ_RUNS) || 0;
/** Cases per property: FUZZ_RUNS, else the bounded default given. */
const runs = (bounded: number): number => RUNS || bounded;
/** A long run takes minutes: no per-test timeout then. */
const TIMEOUT = RUNS ? 24 * 3600_000 : 60_000;
/** The seed is set once for every property (tests/setup.ts: fixed under CI, FUZZ_SEED replays one). */
const params = (bounded: number): fc.Parameters<unknown> => ({ numRuns: runs(bounded), endOnFailure: true });
const AS_OF = '2026-11-25';

/** A Node warning (e.g. from a YAML library) would reach the user's terminal: none may be emitted. */
const warnings: string[] = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
const SAMPLE = sampleText();
const LINES = SAMPLE.split('\n');

/** Load → validate → status → render, called directly: a PlanError is an answer, anything else a bug. */
async function pipeline(text: string): Promise<void> {
  const { raw, problems } = analyzePlan(text, { asOf: AS_OF });
  const located = locateProblems(problems, text, 'f.yaml', 'en', raw);
  DIAGNOSTICS.text({ valid: !located.length, files: 1, problems: located, sources: new Map([['f.yaml', text]]) }, { lang: 'zh' });
  DIAGNOSTICS.github({ valid: !located.length, files: 1, problems: located, sources: new Map() }, { lang: 'en' });
  let loaded;
  try {
    loaded = loadPlanFile('/nonexistent/f.yaml', 'f.yaml', 'en', text);
  } catch (e) {
    if (e instanceof PlanError) return;
    throw e;
  }
  const ps = planStatus(loaded.model, AS_OF);
  const table = behindTable(ps.targets, 'zh');
  renderTable(table, { maxWidth: 60 });
  renderCsv(table);
  renderMarkdownTable(table);
  const data = reportFor(loaded.model, AS_OF, undefined);
  await renderReport('md', data, { lang: 'zh', source: 'f.yaml', version: 'fuzz' });
  await renderReport('html', data, { lang: 'en', provenance: true, source: 'f.yaml', version: 'fuzz' });
}

// ---- arbitraries ----

const KEYS = ['schema', 'id', 'title', 'text', 'organization', 'period', 'start', 'end', 'departments', 'name', 'aliases', 'settings', 'warn_gap', 'behind_gap', 'stale_days', 'due_soon_days', 'sections', 'items', 'lead', 'primary', 'targets', 'metric', 'kind', 'target', 'unit', 'due', 'baseline', 'checkpoints', 'progress', 'date', 'value', 'by', 'note', 'correction', '__proto__', 'constructor', 'prototype', '<<', '? x', '办公室', ''];
const WEIRD = ['\x1b[31m', '\x07', '\r', '\t', '\0', '\u202e', '\u2028', '\u0085', '\ufeff', '\ud800', '😀', '\\', '"', "'", '#', ':', '- ', '&a', '*a', '!!str', '!!binary', '!x', '|', '>', '{', '}', '[', ']', ',', '%', '@', '`', '---', '...'];
const SCALARS = ['1', '-0', '0x1F', '0o17', '1e309', '-1e309', '.nan', '.inf', '-.inf', '1_000', '7.10', '99999999999999999999', '1e15', '-1e15', '1e16', '2026-02-30', '2026-13-01', '2026-01-01', '2026-12-31', '0000-00-00', '2026-1-1', '2026-03-31T10:00:00Z', 'null', '~', 'true', 'yes', 'no', 'at_least', 'at_most', 'level', 'milestone', '办公室', '法律工作部', '"7.4"', "'x'", '""', '[]', '{}'];

const scalar = fc.oneof(
  fc.constantFrom(...SCALARS),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double().map(String),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(...WEIRD),
);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(...WEIRD) });

type Tree = string | Tree[] | [string, Tree][];
const { tree } = fc.letrec<{ tree: Tree; seq: Tree[]; map: [string, Tree][] }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('seq'), tie('map')),
  seq: fc.array(tie('tree'), { maxLength: 4 }),
  map: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }),
}));

/** YAML-ish text of a tree: block or flow at random, with no escaping (it is meant to be broken). */
function render(t: Tree, indent: number, flow: boolean[], at = 0): string {
  const pad = ' '.repeat(indent);
  const useFlow = () => flow[at++ % flow.length]!;
  if (typeof t === 'string') return t;
  const isMap = t.length > 0 && Array.isArray(t[0]) && t.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string');
  if (isMap) {
    const pairs = t as [string, Tree][];
    if (useFlow()) return `{${pairs.map(([k, v]) => `${k}: ${render(v, 0, flow, at + 1)}`).join(', ')}}`;
    return pairs.map(([k, v]) => `\n${pad}${k}:${typeof v === 'string' ? ' ' + v : render(v, indent + 2, flow, at + 1)}`).join('');
  }
  const items = t as Tree[];
  if (!items.length || useFlow()) return `[${items.map((v) => render(v, 0, flow, at + 1)).join(', ')}]`;
  return items.map((v) => `\n${pad}- ${typeof v === 'string' ? v : render(v, indent + 2, flow, at + 1).trimStart()}`).join('');
}

const yamlish = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(tree, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })).map(([t, flow]) => render(t, 0, flow).replace(/^\n/, '') + '\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  // A plan's shape with random values: gets past the syntax into the schema and the checks.
  {
    weight: 3,
    arbitrary: fc.record({ id: scalar, start: scalar, end: scalar, unit: scalar, kind: scalar, target: scalar, date: scalar, value: scalar, extra: fc.tuple(key, scalar) }).map(
      (v) =>
        `schema: 1\nid: ${v.id}\ntitle: t\nperiod: { start: ${v.start}, end: ${v.end} }\ndepartments:\n  - name: ${v.unit}\nsections:\n  - id: 一\n    title: s\n    items:\n      - id: "1"\n        title: i\n        departments: [${v.unit}]\n        ${v.extra[0]}: ${v.extra[1]}\n        targets:\n          - id: "1.1"\n            metric: m\n            kind: ${v.kind}\n            target: ${v.target}\n            progress:\n              - { date: ${v.date}, value: ${v.value} }\n`,
    ),
  },
);

type Mutation = (lines: string[]) => string[];
const at = (lines: string[], i: number) => i % Math.max(1, lines.length);
const NUMBER = /-?\d+(?:\.\d+)?/g;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (l) => l.filter((_, k) => k !== at(l, i))),
  fc.nat().map((i): Mutation => (l) => [...l.slice(0, at(l, i) + 1), ...l.slice(at(l, i))]),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([i, d]): Mutation => (l) => l.map((s, k) => (k !== at(l, i) ? s : d >= 0 ? ' '.repeat(d) + s : s.replace(new RegExp(`^ {0,${-d}}`), '')))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (l) =>
    l.map((s, k) => {
      if (k !== at(l, i) || s.length < 2) return s;
      const c = [...s];
      const p = j % (c.length - 1);
      [c[p], c[p + 1]] = [c[p + 1]!, c[p]!];
      return c.join('');
    }),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.constantFrom(...WEIRD), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }))).map(
    ([i, j, ins]): Mutation => (l) => l.map((s, k) => (k !== at(l, i) ? s : s.slice(0, j % (s.length + 1)) + ins + s.slice(j % (s.length + 1)))),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('1e309', '-1e309', '-0', '99999999999999999999', '1e15', '1e16', '-5', '.nan', '0.1e-400', '7.10', '1_000', '0x10')).map(
    ([i, j, big]): Mutation => (l) => {
      const withNumbers = l.map((s, k) => [s, k] as const).filter(([s]) => NUMBER.test(s));
      if (!withNumbers.length) return l;
      const [line, k] = withNumbers[i % withNumbers.length]!;
      const nums = [...line.matchAll(NUMBER)];
      const m = nums[j % nums.length]!;
      const out = [...l];
      out[k] = line.slice(0, m.index) + big + line.slice(m.index + m[0].length);
      return out;
    },
  ),
  fc.tuple(fc.nat(), fc.constantFrom('2026-02-30', '2026-13-01', '2025-12-31', '2027-01-01', '2026-00-10', '2026-11-26', '9999-12-31')).map(([i, d]): Mutation => (l) => {
    const dated = l.map((s, k) => [s, k] as const).filter(([s]) => /\d{4}-\d{2}-\d{2}/.test(s));
    if (!dated.length) return l;
    const [line, k] = dated[i % dated.length]!;
    const out = [...l];
    out[k] = line.replace(/\d{4}-\d{2}-\d{2}/, d);
    return out;
  }),
);
const mutated = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce((l, m) => m(l), LINES).join('\n'));

// ---- properties ----

describe('fuzz: load → validate → status → render never throws anything but a PlanError', () => {
  it(`random YAML-ish documents (${runs(400)} runs)`, async () => {
    await fc.assert(fc.asyncProperty(yamlish, async (text) => pipeline(text)), params(400));
  }, TIMEOUT);

  it(`random mutations of the sample plan (${runs(150)} runs)`, async () => {
    await fc.assert(fc.asyncProperty(mutated, async (text) => pipeline(text)), params(150));
  }, TIMEOUT);

  it('parseYaml on random documents: only problems, never a throw; no prototype is polluted', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const r = parseYaml(text);
        expect(typeof r.ok).toBe('boolean');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      params(400),
    );
  }, TIMEOUT);
});

describe('fuzz: the CLI answers 0, 1 or 2, never "internal error"', () => {
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-fuzz-'));
    mkdirSync(join(dir, 'plans'));
    return dir;
  };
  const ENV = { PLAN_AS_OF: AS_OF, PLAN_CACHE: '0', PLAN_LOCK_TIMEOUT_MS: '100' };

  it(`mutated sample plans through list, status, validate, report, progress (${runs(40)} runs)`, async () => {
    const dir = scratch();
    const file = join(dir, 'plans', 'union-2026.yaml');
    await fc.assert(
      fc.asyncProperty(mutated, async (text) => {
        writeFileSync(file, text);
        // The last one writes: a reading spliced into the mutated text, verified, written atomically.
        for (const argv of [['list'], ['status'], ['validate'], ['report'], ['list', '--targets', '--format', 'csv'], ['progress', '7.4', '--value', '1200', '--person', 'x', '--correction']]) {
          const r = await runCli(argv, { cwd: dir, env: ENV });
          expect([0, 1, 2], `${argv.join(' ')}: ${r.stderr}`).toContain(r.code);
          expect(r.stderr).not.toMatch(/internal error/);
          if (r.code !== 0 && argv[0] !== 'validate') expect(r.stdout).toBe('');
        }
      }),
      params(40),
    );
  }, TIMEOUT);

  const COMMANDS = ['status', 'list', 'ls', 'show', 'depts', 'behind', 'report', 'progress', 'validate', 'import', 'init', 'sheet', 'completion', 'help', 'nope'];
  const OPTIONS = ['--dept', '--section', '--status', '--search', '--targets', '--format', '--json', '--as-of', '--lang', '--plan', '--dir', '--value', '--add', '--percent', '--done', '--date', '--note', '--by', '--person', '--problems', '--next', '--evidence', '--correction', '--dry-run', '--fail-on', '--strict', '--against', '--out', '--no-emoji', '--no-color', '-q', '--id', '--period', '--alias', '--force', '--help', '-V', '--bogus', '-', '--'];
  const VALUES = ['7', '7.4', '7.10', 'union-2026:7.4', 'x:7', ':', '99', '1.1', '0', '-1', '1,200', '１２００', '1e309', 'NaN', '-0', '', ' ', '2026-02-30', '2026-10-15', '2026-13-01', '2030-01-01', 'table', 'json', 'csv', 'md', 'html', 'docx', 'yaml', 'github', 'text', 'zh', 'en', 'behind', 'at_risk', '滞后', '法律工作部', '服务中心', '法律工作', '一', '三', 'HEAD', 'nope-ref', 'out.md', 'out.docx', 'out.yaml', 'plans', 'x=y', '服务中心=职工服务中心', '\x1b[31m', 'bash', 'export', 'import'];
  /** Random strings, kept inside the scratch folder: no path separators, no dot-dot. */
  const word = fc.string({ maxLength: 8 }).filter((s) => !/[/\\]|^\.\.?$|^\.\./.test(s));
  const token = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...OPTIONS) }, { weight: 4, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: word });
  const value = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: word });
  /** The options each command takes (and the global ones): most generated lines get past commander into the command. */
  const TAKES: Record<string, string[]> = {
    list: ['--dept', '--section', '--status', '--search', '--targets'],
    status: [],
    show: [],
    depts: [],
    behind: ['--dept', '--fail-on'],
    report: ['--dept', '--out', '--no-emoji'],
    progress: ['--value', '--add', '--percent', '--done', '--date', '--note', '--by', '--person', '--problems', '--next', '--evidence', '--correction', '--dry-run'],
    validate: ['--strict', '--against'],
    import: ['--id', '--period', '--out', '--force', '--alias'],
  };
  const GLOBAL = ['--format', '--json', '--as-of', '--lang', '--plan', '--no-color', '-q'];
  const FLAGS = new Set(['--targets', '--json', '--no-color', '-q', '--done', '--correction', '--dry-run', '--strict', '--force', '--no-emoji']);
  const POSITIONAL: Record<string, string[]> = {
    show: ['7', '7.4', '7.10', '1', 'union-2026:7.4', 'x:7', '99', '6.1', '2.1', ':', '7.', '.4'],
    progress: ['7', '7.4', '7.10', '1', 'union-2026:7.4', '6.1', '2.1', '12', '99'],
    depts: ['法律工作部', '服务中心', '法律工作', '办公室'],
    import: ['plans/union-2026.yaml', 'nope.txt', '-', 'plans'],
    validate: ['plans/union-2026.yaml', 'nope.yaml', 'plans'],
  };
  /** Mostly a value of the option's own kind, sometimes anything. */
  const VALUE_OF: Record<string, string[]> = {
    '--format': ['table', 'json', 'csv', 'md', 'text', 'github', 'html', 'yaml', 'docx'],
    '--as-of': ['2026-11-25', '2026-07-01', '2026-09-30', '2025-12-31', '2027-01-01', '2026-02-30'],
    '--date': ['2026-10-15', '2026-11-20', '2026-03-31', '2026-01-01', '2027-01-01', '2026-02-30', '2026/10/15'],
    '--lang': ['zh', 'en'],
    '--plan': ['union-2026', 'nope'],
    '--value': ['1200', '1,200', '１２００', '0', '-1', '1e309', 'NaN', '-0', '100', '99999999999999999'],
    '--add': ['1', '10', '-5', '0', '1e16'],
    '--percent': ['0', '50', '100', '101', '-1'],
    '--dept': ['法律工作部', '服务中心', '法律工作', '办公室', 'nope'],
    '--status': ['behind', '滞后', 'at_risk,done', 'nope'],
    '--fail-on': ['at_risk', 'behind', 'done'],
    '--out': ['out.md', 'out.html', 'out.docx', 'out.json', 'out.yaml', 'plans', 'out.txt'],
    '--section': ['一', '三', '技能', 'nope'],
    '--by': ['经济工作部', 'x', ''],
    '--against': ['HEAD', 'nope'],
    '--alias': ['服务中心=职工服务中心', 'x', 'a=b'],
    '--period': ['2026', '26', 'x'],
  };
  const valueFor = (o: string) => (VALUE_OF[o] ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VALUE_OF[o]) }, { weight: 1, arbitrary: value }) : value);
  const option = (c: string): fc.Arbitrary<string[]> => fc.constantFrom(...TAKES[c]!, ...GLOBAL).chain((o): fc.Arbitrary<string[]> => (FLAGS.has(o) ? fc.constant([o]) : valueFor(o).map((v) => [o, v])));
  const structured = fc.constantFrom(...Object.keys(TAKES)).chain((c): fc.Arbitrary<string[]> =>
    fc
      .tuple(POSITIONAL[c] ? fc.option(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...POSITIONAL[c]) }, { weight: 1, arbitrary: value }), { nil: undefined, freq: 6 }) : fc.constant(undefined), fc.array(option(c), { maxLength: 4 }))
      .map(([pos, opts]) => [c, ...(pos === undefined ? [] : [pos]), ...opts.flat()]),
  );
  const argv = fc.oneof(
    // Anything in any order.
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 7 })).map(([c, rest]) => [c, ...rest]) },
    // A command, a positional, then options it takes with values.
    { weight: 3, arbitrary: structured },
  );

  it(`random command lines on a copy of the sample plan (${runs(150)} runs)`, async () => {
    const dir = scratch();
    cpSync(join(process.cwd(), 'plans'), join(dir, 'plans'), { recursive: true });
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const r = await runCli(args, { cwd: dir, env: ENV });
        expect([0, 1, 2], `plan ${JSON.stringify(args)}: ${r.stderr}`).toContain(r.code);
        expect(r.stderr, `plan ${JSON.stringify(args)}`).not.toMatch(/internal error/);
      }),
      params(150),
    );
    // Whatever was written stayed inside the scratch folder.
    for (const name of readdirSync(dir)) expect(name).not.toMatch(/^\.\./);
    rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);
});

describe('fuzz: nothing else on stderr', () => {
  it('no Node warning was emitted by any of the cases above', async () => {
    await new Promise((r) => setImmediate(r));
    expect(warnings).toEqual([]);
  });
});
