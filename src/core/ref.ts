import { UsageError } from '../errors.js';
import { foldWidth } from './fold.js';
import type { ItemView, PlanModel, TargetView } from './plan.js';
import { closest } from './problems.js';

export type Resolved = { kind: 'item'; item: ItemView } | { kind: 'target'; target: TargetView };

/** Full-width digits and dots as typed by Chinese input methods: ７．４ → 7.4 */
function normalizeRef(ref: string): string {
  return foldWidth(ref).trim();
}

/** The plan a qualified reference names: `union-2026` of union-2026:7.4; undefined for 7.4. */
export function refPlan(raw: string): string | undefined {
  const ref = normalizeRef(raw);
  const colon = ref.indexOf(':');
  return colon > 0 ? ref.slice(0, colon) : undefined;
}

/** `[plan:]item[.target]`: 7, 7.4, union-2026:7.4. An item id wins over a target id. */
export function resolveRef(model: PlanModel, raw: string): Resolved {
  const ref = normalizeRef(raw);
  let id = ref;
  const colon = ref.indexOf(':');
  if (colon !== -1) {
    const planId = ref.slice(0, colon);
    id = ref.slice(colon + 1);
    if (planId !== model.plan.id) throw new UsageError('unknownRef', { ref: raw, plan: model.plan.id });
  }
  if (!id || /\s/.test(id)) throw new UsageError('badRef', { ref: raw });
  // An id written in full width (７) is typed either way: compare folded ids too.
  const item = model.itemWhere((i) => i === id) ?? model.itemWhere((i) => foldWidth(i) === id);
  if (item) return { kind: 'item', item };
  const target = model.targetWhere((t) => t === id) ?? model.targetWhere((t) => foldWidth(t) === id);
  if (target) return { kind: 'target', target };
  // 一.一 or 一、一 for the item 一-一.
  const dashedId = id.replace(/[.、]/g, '-');
  const dashed = model.itemWhere((i) => i === dashedId);
  if (dashed) return { kind: 'item', item: dashed };
  const ids = [...model.itemById.keys(), ...model.targetById.keys()];
  // "一" when the items are 一-一, 一-二 (numbering that restarts under each section): offer them.
  const under = [...model.itemById.keys()].filter((k) => k.startsWith(`${id}-`));
  // 7.5 when item 7's targets are 7.1–7.4: those are what was meant, not 5 or 17.
  const dot = id.lastIndexOf('.');
  const parent = dot > 0 ? model.itemById.get(id.slice(0, dot)) : undefined;
  const siblings = parent ? parent.targets.map((tg) => tg.id) : [];
  // "二", a section's own id: its items (4, 5, 6), not the ids that look alike.
  const section = model.plan.sections.find((s) => s.id === id || foldWidth(s.id) === id);
  const inSection = section ? section.items.map((i) => i.id) : [];
  const near = under.length ? under.slice(0, 8) : inSection.length ? inSection.slice(0, 8) : siblings.length ? siblings.slice(0, 8) : closest(id, ids, 3);
  throw new UsageError(near.length ? 'unknownRefHint' : 'unknownRef', { ref: raw, plan: model.plan.id, hint: near.join(', ') });
}
