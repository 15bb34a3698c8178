// A write re-reads only what it changed. Readings, 延期 and 销号 are spliced into some items' text
// (splice.ts); the new text is still checked before it is written, but instead of parsing 20 MB
// again, each changed item's new text is read alone and put in place of the old item in the old
// data, and the whole-plan checks (schema, meaning) then run on that. It gives up, and the caller
// parses the whole text, whenever it cannot show that this reads what a full parse would.

import type { PlanFile } from '../core/model.js';
import { LIMITS, MAYBE_ALIAS, parseYaml } from './parse.js';
import { nextLineAtOrBelow, RegionFinder } from './region.js';

/**
 * The data of `next`, a copy of `source` changed only inside the texts of the items at `itemPaths`
 * (['sections', si, 'items', ii, …]; a longer path names its item), or undefined when that cannot
 * be shown. It holds when:
 * - each item's old text is the one RegionFinder finds and proves against `data`;
 * - everything before, between and after those texts is unchanged in `next`;
 * - each item's new text starts with the same `- id:` line and every other line is blank, a
 *   comment, or indented deeper than that dash, with no tab, CR, anchor or alias: then it ends
 *   where the old one ended and means in the whole document what it means alone;
 * - read alone (as the plan reader reads, from its dash), it is one mapping, within the depth limit.
 * No alias anywhere in the old text either: an item sharing text with another is the full check's case.
 * `finder`: one already made for `source` and `data` (the splice's), so the items are looked up once.
 */
export function reparseItems(source: string, next: string, data: PlanFile, itemPaths: readonly (readonly (string | number)[])[], finder = new RegionFinder(source, data)): PlanFile | undefined {
  if (!itemPaths.length || mayAlias(source)) return undefined;
  const items = new Map<string, [number, number]>();
  for (const [sections, si, list, ii] of itemPaths) {
    if (sections !== 'sections' || list !== 'items' || typeof si !== 'number' || typeof ii !== 'number' || !data.sections[si]?.items[ii]) return undefined;
    items.set(`${si}/${ii}`, [si, ii]);
  }
  const regions = [];
  for (const [si, ii] of items.values()) {
    const region = finder.find(['sections', si, 'items', ii]);
    if (!region) return undefined;
    regions.push({ si, ii, start: region.start, text: region.text });
  }
  regions.sort((a, b) => a.start - b.start);
  // Walk both texts: the gaps between the items must be as they were; each item's new text runs
  // from where its gap ends to the next line indented no deeper than its dash.
  const sections = data.sections.slice();
  let from = 0;
  let at = 0;
  for (const r of regions) {
    if (r.start < from) return undefined; // two items' texts overlap: not two items
    const gap = r.start - from;
    if (!next.startsWith(source.slice(from, r.start), at)) return undefined;
    at += gap;
    const indent = r.text.length - r.text.trimStart().length;
    const end = nextLineAtOrBelow(next, at, indent);
    const item = rereadItem(r.text, next.slice(at, end), indent, end < next.length);
    const oldItem = data.sections[r.si]!.items[r.ii]!;
    if (!item) return undefined;
    // The `- id:` line is the old one: a bare `- id: 7` is the id the plan's reader made of it.
    if (typeof item.id === 'number') item.id = oldItem.id;
    if (item.id !== oldItem.id) return undefined;
    let section = sections[r.si]!;
    if (section === data.sections[r.si]) sections[r.si] = section = { ...section, items: section.items.slice() };
    section.items[r.ii] = item as unknown as typeof oldItem;
    from = r.start + r.text.length;
    at = end;
  }
  if (next.length - at !== source.length - from || !next.startsWith(source.slice(from), at)) return undefined;
  return { ...data, sections };
}

/** MAYBE_ALIAS, after a look for its `*` (≈ 3 ms on 20 MB; the pattern alone takes ≈ 40). */
function mayAlias(text: string): boolean {
  return text.includes('*') && MAYBE_ALIAS.test(text);
}

/** reparseItems for the one item at `itemPath`. */
export function reparseItem(source: string, next: string, data: PlanFile, itemPath: readonly (string | number)[]): PlanFile | undefined {
  return reparseItems(source, next, data, [itemPath]);
}

/** An item's new text (`oldText` the old one, its dash at `indent`) read alone, or undefined when that cannot be shown to be what the whole text reads. */
function rereadItem(oldText: string, text: string, indent: number, more: boolean): Record<string, unknown> | undefined {
  const firstEnd = oldText.indexOf('\n') + 1;
  if (firstEnd === 0 || !text.startsWith(oldText.slice(0, firstEnd))) return undefined;
  if ((more && !text.endsWith('\n')) || /[\t\r]/.test(text) || mayAlias(text) || /(?:^|[\s,[{])&[^\s,\]}]/m.test(text)) return undefined;
  const lines = text.split('\n');
  const dedented: string[] = [];
  for (const [k, line] of lines.entries()) {
    const content = line.trimStart();
    const at = line.length - content.length;
    if (k > 0 && content !== '' && !content.startsWith('#') && at <= indent) return undefined;
    dedented.push(at >= indent ? line.slice(indent) : content);
  }
  const parsed = parseYaml(dedented.join('\n'));
  if (!parsed.ok || !Array.isArray(parsed.data) || parsed.data.length !== 1) return undefined;
  const item = parsed.data[0] as Record<string, unknown> | null;
  if (item === null || typeof item !== 'object' || Array.isArray(item) || depth(item) > LIMITS.depth - 4) return undefined;
  return item;
}

/** Nesting depth of a value read from YAML (a scalar is 0). */
function depth(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  let d = 0;
  for (const x of Array.isArray(v) ? v : Object.values(v)) d = Math.max(d, depth(x));
  return d + 1;
}
