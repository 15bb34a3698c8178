// CSV as the JSON contract's fields (issue 16): one column per field of the objects `--format
// json` prints, named as in the JSON; numbers stay numbers (actual, target, expected and gap in
// their own columns), statuses the English keys, lists joined with 、, nested counts flattened
// (counts_overdue). No glyphs, no "26/30场次" that a spreadsheet cannot compute with.
import type { Cell, Table } from './table.js';

type Json = string | number | boolean | null | undefined | Json[] | { [k: string]: Json };

function flatten(prefix: string, v: Json, out: Map<string, Cell>): void {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(prefix ? `${prefix}_${k}` : k, x, out);
    return;
  }
  if (Array.isArray(v)) {
    // A list of objects (an item's targets) is listed by their ids.
    const text = (x: Json): string => (x === null || x === undefined ? '' : typeof x === 'object' ? (Array.isArray(x) ? '' : typeof x.id === 'string' ? x.id : '') : String(x));
    out.set(prefix, v.map(text).join('、'));
    return;
  }
  out.set(prefix, v === null || v === undefined ? '' : typeof v === 'number' ? v : String(v));
}

/** The rows of a JSON output as a table: the first object's fields (flattened) are the columns. */
export function jsonTable(objects: readonly object[]): Table {
  const rows = objects.map((o) => {
    const m = new Map<string, Cell>();
    flatten('', o as Json, m);
    return m;
  });
  const keys: string[] = [];
  for (const r of rows) for (const k of r.keys()) if (!keys.includes(k)) keys.push(k);
  return { columns: keys.map((header) => ({ header })), rows: rows.map((r) => keys.map((k) => r.get(k) ?? '')) };
}
