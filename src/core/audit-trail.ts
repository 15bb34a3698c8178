// `plan validate --against REF`: a plan compared with its own earlier version. Readings are
// the audit trail of 督查督办: they may be added, never silently edited or removed. Targets,
// units and items changed after the plan was adopted are worth a second look (warnings).

import { isDeepStrictEqual } from 'node:util';
import type { Item, PlanFile, Reading, Target } from './model.js';
import type { DataPath, Problem } from './problems.js';

type Params = NonNullable<Problem['params']>;

/** The audit trail kept (readings only added) and every other change from `old` to `cur` that matters, with paths into `cur` (removed things: their parent list). */
export function auditTrailProblems(old: PlanFile, cur: PlanFile, ref: string): Problem[] {
  const out: Problem[] = [];
  const error = (path: DataPath, code: string, key: Problem['key'], params: Params) => out.push({ path, severity: 'error', code, key, params: { ...params, ref } });
  const warn = (path: DataPath, code: string, key: Problem['key'], params: Params) => out.push({ path, severity: 'warning', code, key, params: { ...params, ref } });
  // Removed things are shown at the list they were removed from: its key (`progress:`), when it has one.
  const removed = (report: Report): Report => (path, code, key, params) => {
    report(path, code, key, params);
    if (typeof path[path.length - 1] === 'string') out[out.length - 1]!.atKey = true;
  };

  if (old.period.start !== cur.period.start || old.period.end !== cur.period.end) {
    const field = old.period.start !== cur.period.start ? 'start' : 'end';
    warn(['period', field], 'period-changed', 'historyPeriodChanged', { old: `${old.period.start}..${old.period.end}`, new: `${cur.period.start}..${cur.period.end}` });
  }

  const curItems = indexItems(cur);
  const curTargets = indexTargets(cur);
  const curSections = new Map(cur.sections.map((s, si) => [s.id, si]));

  for (const section of old.sections) {
    for (const item of section.items) {
      const now = curItems.get(item.id);
      if (!now) {
        const si = curSections.get(section.id);
        const at: DataPath = si === undefined ? ['sections'] : ['sections', si, 'items'];
        // Readings go with it: the audit trail lost, whether the item was deleted or renamed.
        const n = (item.progress?.length ?? 0) + (item.targets ?? []).reduce((sum, t) => sum + (t.progress?.length ?? 0), 0);
        if (n > 0) removed(error)(at, 'reading-removed', 'historyItemRemovedReadings', { id: item.id, title: item.title, n });
        else removed(warn)(at, 'item-removed', 'historyItemRemoved', { id: item.id, title: item.title });
        continue;
      }
      compareUnits(item, now.item, now.path, warn);
      if (item.progress?.length) compareReadings(item.progress, now.item.progress ?? [], [...now.path, 'progress'], error, warn, removed(error));
      for (const target of item.targets ?? []) {
        const t = curTargets.get(target.id);
        if (!t) {
          const parent = now.item.targets ? [...now.path, 'targets'] : now.path;
          const n = target.progress?.length ?? 0;
          if (n > 0) removed(error)(parent, 'reading-removed', 'historyTargetRemovedReadings', { id: target.id, metric: target.metric, n });
          else removed(warn)(parent, 'target-removed', 'historyTargetRemoved', { id: target.id, metric: target.metric, n });
          continue;
        }
        compareTarget(target, t.target, t.path, warn);
        if (target.progress?.length) compareReadings(target.progress, t.target.progress ?? [], [...t.path, 'progress'], error, warn, removed(error));
      }
    }
  }
  return out;
}

type Report = (path: DataPath, code: string, key: Problem['key'], params: Params) => void;

function indexItems(plan: PlanFile): Map<string, { item: Item; path: DataPath }> {
  const map = new Map<string, { item: Item; path: DataPath }>();
  plan.sections.forEach((s, si) => s.items.forEach((item, ii) => map.set(item.id, { item, path: ['sections', si, 'items', ii] })));
  return map;
}

function indexTargets(plan: PlanFile): Map<string, { target: Target; path: DataPath }> {
  const map = new Map<string, { target: Target; path: DataPath }>();
  plan.sections.forEach((s, si) =>
    s.items.forEach((item, ii) => item.targets?.forEach((target, ti) => map.set(target.id, { target, path: ['sections', si, 'items', ii, 'targets', ti] }))),
  );
  return map;
}

function compareUnits(old: Item, cur: Item, path: DataPath, warn: Report): void {
  // Order matters only for the default lead, which is compared next.
  if (!sameList([...old.departments].sort(), [...cur.departments].sort())) {
    warn([...path, 'departments'], 'units-changed', 'historyUnitsChanged', { id: cur.id, field: 'departments', old: old.departments.join(', '), new: cur.departments.join(', ') });
  }
  // The lead as it takes effect: an explicit lead equal to the first listed unit is no change.
  const oldLead = old.lead ?? old.departments.slice(0, 1);
  const curLead = cur.lead ?? cur.departments.slice(0, 1);
  if (!sameList(oldLead, curLead)) {
    warn([...path, cur.lead ? 'lead' : 'departments'], 'units-changed', 'historyUnitsChanged', { id: cur.id, field: 'lead', old: oldLead.join(', '), new: curLead.join(', ') });
  }
}

const TARGET_FIELDS = ['metric', 'kind', 'target', 'unit', 'start', 'due', 'baseline', 'checkpoints'] as const;

function compareTarget(old: Target, cur: Target, path: DataPath, warn: Report): void {
  for (const field of TARGET_FIELDS) {
    const a = shown(old[field]);
    const b = shown(cur[field]);
    if (a !== b) warn(cur[field] === undefined ? path : [...path, field], 'target-changed', 'historyTargetChanged', { id: cur.id, field, old: a, new: b });
  }
}

/**
 * Old readings must all still be there, unchanged. Matched first exactly, then by date
 * (an edited value), then by value (an edited date); what is left was removed.
 */
function compareReadings(old: Reading[], cur: Reading[], path: DataPath, error: Report, warn: Report, removed: Report): void {
  const used = new Set<number>();
  const take = (match: (c: Reading) => boolean): number => {
    const i = cur.findIndex((c, k) => !used.has(k) && match(c));
    if (i !== -1) used.add(i);
    return i;
  };
  let left = old.filter((o) => take((c) => sameReading(o, c)) === -1);
  left = left.filter((o) => {
    const i = take((c) => c.date === o.date);
    if (i === -1) return true;
    const c = cur[i]!;
    if (c.value !== o.value || Boolean(c.correction) !== Boolean(o.correction)) {
      const field = c.value !== o.value ? 'value' : 'correction';
      const was = (r: Reading) => (field === 'value' ? String(r.value ?? '–') : `${r.value ?? '–'} (correction: ${Boolean(r.correction)})`);
      error([...path, i, field], 'reading-edited', 'historyReadingEdited', { date: o.date, old: was(o), new: was(c) });
    } else if (recordedOn(c) !== recordedOn(o)) {
      // When a unit reported is what reporting on time is judged by: it is not edited afterwards.
      error([...path, i, c.recorded === undefined ? 'date' : 'recorded'], 'reading-edited', 'historyRecordedEdited', { date: o.date, old: recordedOn(o), new: recordedOn(c) });
    } else {
      warn([...path, i], 'reading-note-edited', 'historyReadingAnnotated', { date: o.date });
    }
    return false;
  });
  left = left.filter((o) => {
    const i = take((c) => c.value === o.value && c.by === o.by && c.note === o.note && Boolean(c.correction) === Boolean(o.correction));
    if (i === -1) return true;
    error([...path, i, 'date'], 'reading-edited', 'historyReadingMoved', { value: o.value ?? '–', old: o.date, new: cur[i]!.date });
    return false;
  });
  for (const o of left) removed(path, 'reading-removed', 'historyReadingRemoved', { date: o.date, value: o.value ?? '–' });
}

function sameReading(a: Reading, b: Reading): boolean {
  return isDeepStrictEqual({ ...a, correction: Boolean(a.correction), recorded: recordedOn(a) }, { ...b, correction: Boolean(b.correction), recorded: recordedOn(b) });
}

/** A reading without `recorded` (written before the tool set it) counts as recorded on its date. */
function recordedOn(r: Reading): string {
  return r.recorded ?? r.date;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A field's value in a message: 2000, 场次, 2026-06-30 680 / 2026-09-30 720, or — when absent. */
function shown(v: Target[(typeof TARGET_FIELDS)[number]]): string {
  if (v === undefined) return '—';
  if (Array.isArray(v)) return v.map((c) => `${c.date} ${c.value}`).join(' / ') || '—';
  return String(v);
}
