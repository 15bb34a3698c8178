import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

/** Issue 16 point 4: CSV carries the JSON contract's fields as columns, numbers Excel can compute with. */

const AS_OF = ['--as-of', '2026-09-30'];

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  const [head, ...rows] = csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

describe('CSV is the JSON contract as columns', () => {
  it.each([
    [['list', '--targets'], 'items', true],
    [['behind'], 'targets', false],
  ])('%j: the target objects\u2019 fields, actual/target/expected/gap as plain numbers, the status key, no glyphs', async (argv, _key, all) => {
    const csv = (await runCli([...argv, '--format', 'csv', ...AS_OF])).stdout;
    const json = JSON.parse((await runCli([...argv, '--format', 'json', ...AS_OF])).stdout) as { items?: { targets: Record<string, unknown>[] }[]; targets?: Record<string, unknown>[] };
    const targets = all ? json.items!.flatMap((i) => i.targets) : json.targets!;
    const rows = parse(csv);
    expect(rows).toHaveLength(targets.length);
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(targets[0]!));
    rows.forEach((row, i) => {
      const t = targets[i]!;
      for (const k of ['target', 'actual', 'expected', 'gap'] as const) expect(row[k]).toBe(t[k] === null ? '' : String(t[k] as number));
      expect(row.status).toBe(t.status);
      expect(row.implicit).toBe(String(t.implicit));
    });
    expect(csv).not.toMatch(/[●✔○★🔴🟡🟢]|–\/|\d\/\d+[^\d,]/u);
    const six = rows.find((r) => r.id === '6.1')!;
    expect(six).toMatchObject({ actual: '26', target: '30', unit: '场次', expected: '30', gap: '13.3', status: 'overdue', stale: 'true' });
  });

  it('list: one item a row, its targets by id; depts: counts flattened as counts_<status>', async () => {
    const items = parse((await runCli(['list', '--format', 'csv', ...AS_OF])).stdout);
    expect(items.find((r) => r.id === '7')).toMatchObject({ section: '三', lead: '办公室', targets: '7.1、7.2、7.3、7.4', implicit: 'false' });
    expect(items.find((r) => r.id === '4')).toMatchObject({ targets: '4', implicit: 'true', status: 'done' });
    const depts = parse((await runCli(['depts', '--format', 'csv', ...AS_OF])).stdout);
    const law = depts.find((r) => r.name === '法律工作部')!;
    expect(law).toMatchObject({ lead: '10、11', joined: '4、5、14', counts_done: '1' });
    const json = JSON.parse((await runCli(['depts', '--format', 'json', ...AS_OF])).stdout) as { departments: { name: string; counts: Record<string, number> }[] };
    const j = json.departments.find((d) => d.name === '法律工作部')!;
    for (const [k, v] of Object.entries(j.counts)) expect(law[`counts_${k}`]).toBe(String(v));
  });
});
