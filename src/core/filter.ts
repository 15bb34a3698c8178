import { UsageError } from '../errors.js';
import { foldWidth } from './fold.js';
import type { ItemView, PlanModel } from './plan.js';
import { closest } from './problems.js';
import { itemStatus, LAGGING, STATUSES, type ItemStatus, type Status } from './status.js';
import { STATUS_WORDS } from './vocabulary.js';

/** The registry name of a unit typed by a user (name or alias); unknown → usage error with did-you-mean. */
export function resolveUnit(model: Pick<PlanModel, 'units'>, name: string): string {
  const n = name.trim();
  const found = model.units.resolve(n);
  if (found) return found;
  const hint = closest(n, model.units.allNames(), 3);
  if (hint.length) throw new UsageError('unknownDeptHint', { name, hint: hint.join(', ') });
  throw new UsageError('unknownDept', { name, all: model.units.names.join(', ') });
}

/** A section by id (三), by its place (3: the third, when no section has the id 3), or by a word of its title. */
export function resolveSection(model: PlanModel, raw: string): string {
  const sections = model.plan.sections;
  const s = foldWidth(raw).trim();
  const place = /^\d{1,4}$/.test(s) ? sections[Number(s) - 1] : undefined;
  const hit = sections.find((x) => x.id === s) ?? place ?? sections.find((x) => x.title.includes(s));
  if (hit) return hit.id;
  throw new UsageError('unknownSection', { name: raw, all: sections.map((x) => x.id).join(', ') });
}

/** A status by its key (at_risk), or its word in either language (预警, at risk). */
export function parseStatus(s: string): Status {
  const key = s.trim().toLowerCase().replace(/[-\s]/g, '_');
  const hit = STATUSES.find((x) => x === key || STATUS_WORDS[x].zh === s.trim() || STATUS_WORDS[x].en.replace(/ /g, '_') === key);
  if (hit) return hit;
  // Both names of each, as --fail-on lists them: a user who typed 落后 looks for 滞后.
  throw new UsageError('unknownStatus', { name: s, all: `${STATUSES.join(', ')} (${STATUSES.map((x) => STATUS_WORDS[x].zh).join(', ')})` });
}

/** `behind --fail-on`: a lagging status (at_risk, behind, overdue), read like --status. */
export function parseFailOn(s: string): Status {
  let status: Status | undefined;
  try {
    status = parseStatus(s);
  } catch {
    status = undefined;
  }
  if (!status || !LAGGING.includes(status)) throw new UsageError('badFailOn', { name: s, all: `${LAGGING.join(', ')} (${LAGGING.map((x) => STATUS_WORDS[x].zh).join(', ')})` });
  return status;
}

export interface ItemFilter {
  unit?: string;
  section?: string;
  statuses?: Status[];
  search?: string;
}

export function filterItems(model: PlanModel, items: ItemStatus[], f: ItemFilter): ItemStatus[] {
  const keep = criteria(model, f);
  return items.filter((is) => keep(is.item) && (!f.statuses || f.statuses.includes(is.status)));
}

/**
 * The items a filter keeps, in plan order, each with its status as of `asOf`: the same list as
 * filterItems over every item's status, but a status is worked out only for the items the unit,
 * section and search keep (`list --dept` on 20,000 items needs a tenth of them).
 */
export function selectItems(model: PlanModel, asOf: string, f: ItemFilter): ItemStatus[] {
  const keep = criteria(model, f);
  const out: ItemStatus[] = [];
  for (const item of model.items) {
    if (!keep(item)) continue;
    const is = itemStatus(item, asOf, model.settings);
    if (!f.statuses || f.statuses.includes(is.status)) out.push(is);
  }
  return out;
}

/** The filter's criteria other than status (unit, section, search), as one test of an item. */
function criteria(model: PlanModel, f: ItemFilter): (item: ItemView) => boolean {
  const needle = f.search?.trim().toLowerCase();
  const names = f.unit === undefined ? undefined : namesOf(model, f.unit);
  return (item) => {
    // model.role(item, unit) !== undefined, without resolving every name of every item (an item
    // without a lead of its own is led by its first unit, one of its units: its lead list is not made).
    const own = item.item.lead;
    if (names && !anyIn(item.departments, names) && !(own && anyIn(own, names))) return false;
    if (f.section && item.section.id !== f.section) return false;
    if (needle) {
      const hay = [item.id, item.title, item.item.text ?? '', ...item.targets.map((t) => t.metric)].join('\n').toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  };
}

/** Whether a name of the list is in the set (a loop: `some` with a closure made one per item, 40,000 on 20,000 items). */
function anyIn(list: readonly string[], names: ReadonlySet<string>): boolean {
  for (let k = 0; k < list.length; k++) if (names.has(list[k]!)) return true;
  return false;
}

/** Every name an item may give the unit by (the names that resolve to it; itself when it is not registered). */
function namesOf(model: PlanModel, unit: string): Set<string> {
  const u = model.units.resolve(unit) ?? unit;
  const names = new Set(model.units.allNames().filter((n) => model.units.resolve(n) === u));
  if (model.units.resolve(u) === undefined) names.add(u);
  return names;
}
