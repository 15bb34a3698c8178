import { dayNumber, isValidDate } from './dates.js';
import { foldWidth } from './fold.js';
import { isMeasured, type Department, type Extension, type Measured, type PlanFile, type Reading } from './model.js';
import { closest, type DataPath, type Problem } from './problems.js';

export interface CheckOptions {
  /** When given, readings dated after it are errors (the as-of date of `plan validate`). */
  asOf?: string;
  /** The folder's shared unit registry (units.yaml): its names and aliases count as registered. */
  shared?: readonly Department[];
}

/**
 * The checks of meaning that a schema cannot express, on a plan that passed the schema.
 * Returns every problem; never throws.
 */
export function checkPlan(plan: PlanFile, opts: CheckOptions = {}): Problem[] {
  const out: Problem[] = [];
  const err = (path: DataPath, code: string, key: Problem['key'], params: Problem['params'] = {}, atKey = false) =>
    out.push({ path, code, key, params, severity: 'error', atKey });
  const warn = (path: DataPath, code: string, key: Problem['key'], params: Problem['params'] = {}) =>
    out.push({ path, code, key, params, severity: 'warning' });

  const period = plan.period;
  const datesOk = isValidDate(period.start) && isValidDate(period.end);
  if (datesOk && period.start > period.end) err(['period', 'end'], 'period-order', 'periodOrder', { start: period.start, end: period.end });
  // A reversed period would put every date "outside" it: one problem, not one per date.
  const periodOk = datesOk && period.start <= period.end;

  // The registry: one entry per name, aliases pointing at one unit only.
  // Units are keyed by their registry name (a name and its aliases share it).
  const registered = new Map<string, string>();
  (plan.departments ?? []).forEach((d, i) => {
    for (const [name, path] of [[d.name, ['departments', i, 'name']] as const, ...(d.aliases ?? []).map((a, k) => [a, ['departments', i, 'aliases', k]] as const)]) {
      if (registered.has(name)) err(path, 'duplicate-unit', 'duplicateUnit', { name });
      else registered.set(name, d.name);
    }
  });
  // The shared registry adds to the plan's own; a name both register differently is a problem
  // of the folder (core/units.ts), reported once with both places by plan validate.
  for (const d of opts.shared ?? []) for (const name of [d.name, ...(d.aliases ?? [])]) if (!registered.has(name)) registered.set(name, d.name);
  const allUnits = [...registered.keys()];

  // Paths are built only for a problem found: the parent's path and the steps under it.
  const under = (base: DataPath, ...steps: (string | number)[]): DataPath => [...base, ...steps];

  const checkUnits = (list: string[], base: DataPath, field: string) => {
    const seen = new Map<number | string, string>();
    list.forEach((u, k) => {
      const unit = registered.get(u);
      if (unit === undefined) {
        const hint = closest(u, allUnits, 3);
        err(under(base, field, k), 'unknown-unit', hint.length ? 'unknownUnitHint' : 'unknownUnit', { name: u, hint: hint.join(', ') });
      }
      // 服务中心 and 职工服务中心 are one unit: listing both is listing it twice.
      const before = seen.get(unit ?? u);
      if (before === u) warn(under(base, field, k), 'duplicate-unit-in-list', 'duplicateUnitInList', { name: u });
      else if (before !== undefined) warn(under(base, field, k), 'duplicate-unit-in-list', 'duplicateUnitAlias', { name: u, other: before });
      else seen.set(unit ?? u, u);
    });
  };

  const inPeriod = (date: string, base: DataPath, ...steps: (string | number)[]) => {
    if (!isValidDate(date)) return false; // the schema reported it
    if (periodOk && (date < period.start || date > period.end)) {
      err(under(base, ...steps), 'date-outside-period', 'dateOutsidePeriod', { date, start: period.start, end: period.end });
    }
    return true;
  };

  const checkReadings = (readings: Reading[] | undefined, base: DataPath, field: string, kind: string) => {
    let prev: Measured | undefined;
    let prevDate: string | undefined;
    const rp = (k: number, ...steps: string[]) => under(base, field, k, ...steps);
    readings?.forEach((r, k) => {
      if (inPeriod(r.date, base, field, k, 'date')) {
        if (prevDate !== undefined && isValidDate(prevDate) && r.date < prevDate) err(rp(k, 'date'), 'readings-order', 'readingsOrder', { date: r.date, prev: prevDate });
        if (opts.asOf && r.date > opts.asOf) err(rp(k, 'date'), 'reading-after-as-of', 'readingAfterAsOf', { date: r.date, asOf: opts.asOf });
      }
      // A value is entered on or after the day it is true on, never before (nor after the as-of date).
      if (r.recorded !== undefined && isValidDate(r.recorded) && isValidDate(r.date)) {
        if (r.recorded < r.date) err(rp(k, 'recorded'), 'recorded-before-date', 'recordedBeforeDate', { recorded: r.recorded, date: r.date });
        else if (opts.asOf && r.recorded > opts.asOf) err(rp(k, 'recorded'), 'reading-after-as-of', 'readingAfterAsOf', { date: r.recorded, asOf: opts.asOf });
      }
      // A text report (进展情况 without a value) must say something; it is not compared with the values.
      if (!isMeasured(r)) {
        if (!r.note && !r.problems && !r.next && !r.evidence?.length) err(rp(k), 'reading-empty', 'readingEmpty', { date: r.date });
        prevDate = r.date;
        return;
      }
      if (kind === 'milestone' && (r.value < 0 || r.value > 100)) err(rp(k, 'value'), 'percent-range', 'percentRange', { value: r.value });
      if (kind === 'at_least' && prev && r.value < prev.value && !r.correction) {
        err(rp(k, 'value'), 'reading-decrease', 'readingDecrease', { value: r.value, prev: prev.value, date: prev.date });
      }
      prev = r;
      prevDate = r.date;
    });
  };

  // 延期: approved on or after the day it was asked, to a later date than the one it replaces.
  const checkExtensions = (list: Extension[] | undefined, due: string, base: DataPath) => {
    let prev: string | undefined;
    const xp = (k: number, step: string) => under(base, 'extensions', k, step);
    list?.forEach((x, k) => {
      if (!isValidDate(x.requested) || !isValidDate(x.to)) return;
      if (prev !== undefined && x.requested < prev) err(xp(k, 'requested'), 'extensions-order', 'extensionsOrder', { date: x.requested, prev });
      prev = x.requested;
      if (x.approved !== undefined && isValidDate(x.approved) && x.approved < x.requested) err(xp(k, 'approved'), 'extension-approved-before-request', 'extensionApprovedEarly', { approved: x.approved, requested: x.requested });
      if (isValidDate(due) && x.to <= due) err(xp(k, 'to'), 'extension-not-later', 'extensionNotLater', { to: x.to, due });
    });
  };

  const reporting = plan.settings?.reporting;
  if (reporting?.cadence === 'weekly' && reporting.due_day !== undefined && reporting.due_day > 7) {
    err(['settings', 'reporting', 'due_day'], 'weekly-due-day', 'weeklyDueDay', { got: reporting.due_day });
  }
  const rules = new Set<string>();
  plan.settings?.escalation?.forEach((r, k) => {
    const key = `${r.status}/${r.rounds}`;
    if (rules.has(key)) warn(['settings', 'escalation', k], 'duplicate-escalation', 'duplicateEscalation', { status: r.status, rounds: r.rounds });
    rules.add(key);
  });

  const sectionIds = new Map<string, number>();
  const itemIds = new Set<string>();
  const targetIds = new Set<string>();
  // Items and targets share one space of references (plan progress 7.1, plan show ７): two ids
  // that read the same once full-width characters are folded cannot be told apart.
  const refs = new Map<string, { kind: 'item' | 'target'; id: string }>();
  const claim = (kind: 'item' | 'target', id: string, base: DataPath) => {
    const ref = foldWidth(id).trim();
    const other = refs.get(ref);
    if (!other) refs.set(ref, { kind, id });
    else if (other.kind !== kind || other.id !== id) err(under(base, 'id'), 'ambiguous-id', other.kind === 'item' ? 'ambiguousIdItem' : 'ambiguousIdTarget', { id, other: other.id, ref });
  };
  for (let si = 0; si < plan.sections.length; si++) {
    const s = plan.sections[si]!;
    const sp = ['sections', si];
    if (sectionIds.has(s.id)) err([...sp, 'id'], 'duplicate-id', 'duplicateSection', { id: s.id });
    sectionIds.set(s.id, si);
    for (let ii = 0; ii < s.items.length; ii++) {
      const item = s.items[ii]!;
      const ip = ['sections', si, 'items', ii];
      if (itemIds.has(item.id)) err([...ip, 'id'], 'duplicate-id', 'duplicateItem', { id: item.id });
      itemIds.add(item.id);
      claim('item', item.id, ip);
      checkUnits(item.departments, ip, 'departments');
      // Straight after an import an item may name no unit yet: valid, but the office must assign one.
      if (item.departments.length === 0) warn([...ip, 'departments'], 'no-unit', 'noUnit', { item: item.id });
      if (item.lead) {
        checkUnits(item.lead, ip, 'lead');
        item.lead.forEach((l, k) => {
          if (registered.has(l) && !item.departments.some((d) => registered.get(d) === registered.get(l))) {
            err([...ip, 'lead', k], 'lead-not-in-departments', 'leadNotInDepartments', { name: l, item: item.id });
          }
        });
      }
      const targets = item.targets ?? [];
      if (item.primary !== undefined && !targets.some((t) => t.id === item.primary)) {
        err([...ip, 'primary'], 'primary-unresolved', 'primaryUnresolved', { id: item.primary, item: item.id, ids: targets.map((t) => t.id).join(', ') || '-' });
      }
      if (targets.length && item.progress?.length) err([...ip, 'progress'], 'item-progress-with-targets', 'itemProgressWithTargets', { item: item.id }, true);
      checkReadings(item.progress, ip, 'progress', 'milestone');
      checkExtensions(item.extensions, period.end, ip);
      if (targets.length && (item.extensions?.length || item.closed)) err([...ip, item.closed ? 'closed' : 'extensions'], 'item-duban-with-targets', 'itemDubanWithTargets', { item: item.id }, true);
      for (let ti = 0; ti < targets.length; ti++) {
        const t = targets[ti]!;
        const tp = ['sections', si, 'items', ii, 'targets', ti];
        if (targetIds.has(t.id)) err([...tp, 'id'], 'duplicate-id', 'duplicateTarget', { id: t.id });
        targetIds.add(t.id);
        claim('target', t.id, tp);
        const start = t.start ?? period.start;
        const due = t.due ?? period.end;
        if (t.start) inPeriod(t.start, tp, 'start');
        if (t.due) inPeriod(t.due, tp, 'due');
        if ((periodOk || (t.start && t.due)) && isValidDate(start) && isValidDate(due) && dayNumber(start) > dayNumber(due)) err([...tp, 'due'], 'due-before-start', 'dueBeforeStart', { start, due });
        if (t.kind === 'milestone' && t.target !== undefined && t.target !== 100) err([...tp, 'target'], 'milestone-target', 'milestoneTarget', { got: t.target });
        if (t.kind === 'at_least' && t.target !== undefined && t.target === (t.baseline ?? 0)) warn([...tp, 'target'], 'target-equals-baseline', 'targetEqualsBaseline', { id: t.id });
        let prevCp: string | undefined;
        t.checkpoints?.forEach((cp, k) => {
          if (inPeriod(cp.date, tp, 'checkpoints', k, 'date') && prevCp !== undefined && cp.date <= prevCp) err(under(tp, 'checkpoints', k, 'date'), 'checkpoints-order', 'checkpointsOrder', { date: cp.date, prev: prevCp });
          prevCp = cp.date;
        });
        checkReadings(t.progress, tp, 'progress', t.kind);
        checkExtensions(t.extensions, due, tp);
      }
    }
  }
  return out;
}

