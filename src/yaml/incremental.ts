// A write re-reads only what it changed. A reading or an amendment is spliced into one item's text
// (splice.ts); the new text is still checked before it is written, but instead of parsing 20 MB
// again, the item's new text is read alone and put in place of the old item in the old data, and
// the whole-plan checks (schema, meaning) then run on that. It gives up, and the caller parses the
// whole text, whenever it cannot show that this reads what a full parse would.

import type { PlanFile } from '../core/model.js';
import { LIMITS, MAYBE_ALIAS, parseYaml } from './parse.js';
import { RegionFinder } from './region.js';

/**
 * The data of `next`, a copy of `source` changed only inside the text of the item at `itemPath`
 * (['sections', si, 'items', ii]), or undefined when that cannot be shown. It holds when:
 * - the item's old text is the one RegionFinder finds and proves against `data`;
 * - everything before and after that text is unchanged in `next`;
 * - the item's new text starts with the same `- id:` line and every other line is blank, a
 *   comment, or indented deeper than that dash, with no tab, CR, anchor or alias: then it ends
 *   where the old one ended and means in the whole document what it means alone;
 * - read alone (as the plan reader reads, from its dash), it is one mapping, within the depth limit.
 * No alias anywhere in the old text either: an item sharing text with another is the full check's case.
 */
export function reparseItem(source: string, next: string, data: PlanFile, itemPath: readonly (string | number)[]): PlanFile | undefined {
  const [sections, si, items, ii] = itemPath;
  if (sections !== 'sections' || items !== 'items' || typeof si !== 'number' || typeof ii !== 'number') return undefined;
  const section = data.sections[si];
  const oldItem = section?.items[ii];
  if (!section || !oldItem || MAYBE_ALIAS.test(source)) return undefined;
  const region = new RegionFinder(source, data).find(['sections', si, 'items', ii]);
  if (!region) return undefined;
  const end = region.start + region.text.length;
  const tail = source.length - end;
  if (next.length < region.start + tail || !next.startsWith(source.slice(0, region.start)) || !next.endsWith(source.slice(end))) return undefined;
  const text = next.slice(region.start, next.length - tail);
  const firstEnd = region.text.indexOf('\n') + 1;
  if (firstEnd === 0 || !text.startsWith(region.text.slice(0, firstEnd))) return undefined;
  if ((tail > 0 && !text.endsWith('\n')) || /[\t\r]/.test(text) || MAYBE_ALIAS.test(text) || /(?:^|[\s,[{])&[^\s,\]}]/m.test(text)) return undefined;
  const indent = region.text.length - region.text.trimStart().length;
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
  // The `- id:` line is the old one: a bare `- id: 7` is the id the plan's reader made of it.
  if (typeof item.id === 'number') item.id = oldItem.id;
  if (item.id !== oldItem.id) return undefined;
  const newSection = { ...section, items: section.items.with(ii, item as unknown as typeof oldItem) };
  return { ...data, sections: data.sections.with(si, newSection) };
}

/** Nesting depth of a value read from YAML (a scalar is 0). */
function depth(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  let d = 0;
  for (const x of Array.isArray(v) ? v : Object.values(v)) d = Math.max(d, depth(x));
  return d + 1;
}
