import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import/index.js';
import type { ImportResult } from '../../../src/core/import/index.js';
import type { Item } from '../../../src/core/model.js';
import { readExpected, readFixture, schemaErrors } from './helpers.js';
import type { Expected, ExpectedItem } from './helpers.js';

// Each fixture has an answer key written by hand: <name>.expected.json.
const FIXTURES = ['district-tasks', 'trailing-roles', 'nested', 'table', 'traditional', 'fullwidth'];

function itemsOf(result: ImportResult): Map<string, Item> {
  return new Map(result.plan.sections.flatMap((s) => s.items.map((i): [string, Item] => [i.id, i])));
}

/** What the answer key says about an item, in the same shape. */
function actual(item: Item | undefined, periodEnd: string, expected: ExpectedItem): ExpectedItem {
  if (!item) return { departments: [], targets: [] };
  const out: ExpectedItem = {
    departments: item.departments,
    targets: (item.targets ?? []).map((t, i) => {
      const want = expected.targets[i];
      return {
        kind: t.kind,
        target: t.target ?? Number.NaN,
        ...(t.unit !== undefined ? { unit: t.unit } : {}),
        // Compare metrics only where the key names one; dues as effective dates.
        ...(want?.metric !== undefined ? { metric: t.metric } : {}),
        due: t.due ?? periodEnd,
      };
    }),
  };
  if (item.lead) out.lead = item.lead;
  if (expected.title !== undefined) out.title = item.title;
  if (expected.textIncludes !== undefined) out.textIncludes = item.text?.includes(expected.textIncludes) ? expected.textIncludes : item.text;
  return out;
}

function wanted(expected: ExpectedItem, periodEnd: string): ExpectedItem {
  return { ...expected, targets: expected.targets.map((t) => ({ ...t, due: t.due ?? periodEnd })) };
}

describe.each(FIXTURES)('fixture %s', (name) => {
  const key: Expected = readExpected(name);
  const result = importPlan(readFixture(`${name}.txt`), key.options);
  const items = itemsOf(result);
  const end = result.plan.period.end;

  it('has the title, organization and sections of the answer key', () => {
    expect(result.plan.title).toBe(key.title);
    expect(result.plan.organization).toBe(key.organization);
    expect(result.plan.sections.map((s) => ({ id: s.id, title: s.title, items: s.items.map((i) => i.id) }))).toEqual(key.sections);
  });

  const cases = Object.entries(key.items).map(([id, exp]) => ({ id, exp }));
  for (const { id, exp } of cases) {
    const known = key.knownWrong[id];
    const test = known === undefined ? it : it.fails;
    test(`item ${id}${known ? ` (known: ${known})` : ''}: units, lead, targets`, () => {
      expect(actual(items.get(id), end, exp)).toEqual(wanted(exp, end));
    });
  }

  it('warns on exactly the lines the key lists (a paragraph broken over lines once, naming them all)', () => {
    expect([...new Set(warnedLines(result.warnings))]).toEqual(key.warningLines);
  });

  it('lists every unit in the registry once', () => {
    const names = result.plan.departments.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const i of items.values()) for (const d of i.departments) expect(names).toContain(d);
  });

  it('validates against the schema', () => {
    expect(schemaErrors(result.plan)).toEqual([]);
  });
});

/** Every line a warning names: its line, or each line of its range (a paragraph or the 印发通知 broken over lines). */
/** The lines a warning names: from its line to its last, or each of its parts (paragraphs apart said in one warning). */
function warnedLines(warnings: ReadonlyArray<{ line: number; to?: number; parts?: Array<[number, number]> }>): number[] {
  const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);
  return warnings.flatMap((w) => (w.parts ? w.parts.flatMap(([a, b]) => span(a, b)) : span(w.line, w.to ?? w.line))).sort((a, b) => a - b);
}

describe('CRLF and BOM', () => {
  it.each(FIXTURES)('%s imports the same with a BOM and CRLF line ends', (name) => {
    const key = readExpected(name);
    const lf = importPlan(readFixture(`${name}.txt`), key.options);
    const crlf = importPlan(`\uFEFF${readFixture(`${name}.txt`).replace(/\n/g, '\r\n')}`, key.options);
    expect(crlf.plan).toEqual(lf.plan);
    expect(crlf.warnings).toEqual(lf.warnings);
  });

  it('reads the stored CRLF + BOM variant byte for byte', () => {
    const raw = readFixture('district-tasks.crlf-bom.txt');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw).toContain('\r\n');
    const key = readExpected('district-tasks');
    const result = importPlan(raw, key.options);
    expect(result.plan).toEqual(importPlan(readFixture('district-tasks.txt'), key.options).plan);
    expect([...new Set(warnedLines(result.warnings))]).toEqual(key.warningLines);
  });
});
