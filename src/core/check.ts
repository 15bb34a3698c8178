import { dayNumber, isValidDate } from './dates.js';
import { foldWidth } from './fold.js';
import { isMeasured, type Department, type Extension, type Item, type Measured, type PlanFile, type Reading, type Target } from './model.js';
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
const NO_TARGETS: readonly Target[] = [];

/**
 * Whether an optional list is there. checkPlan also runs on data that failed the schema
 * (analyze.ts, meaningDespite), where a "list" may be anything: one that is no list ends the
 * checks with a TypeError there, as calling forEach on it always did.
 */
function present<T>(v: readonly T[] | undefined): v is readonly T[] {
  if (v === undefined || v === null) return false;
  if (!Array.isArray(v)) throw new TypeError('not a list');
  return true;
}

/**
 * Item and target references with the number of each one's first claim: open addressing in flat
 * arrays with a hash of the reference's characters. A Map took ≈ 35 ms to take the 70,000 ids of
 * 20,000 items (hashing each new string and growing), this ≈ 10.
 */
class References {
  private hashes: Int32Array;
  private refs: (string | undefined)[];
  private firsts: Int32Array;
  private mask: number;
  private size = 0;

  /**
   * Sized for the plan's items and targets (a big plan has about 3.5 ids an item) from the start: grown
   * from 1,024 slots it was rehashed seven times on 20,000 items, and V8 compiled grow() for its loop.
   */
  constructor(plan: PlanFile) {
    let items = 0;
    const sections: unknown = plan.sections;
    if (Array.isArray(sections)) for (const s of sections as { items?: unknown }[]) if (Array.isArray(s?.items)) items += s.items.length;
    const slots = Math.max(1024, 2 ** Math.ceil(Math.log2(items * 8)));
    this.hashes = new Int32Array(slots);
    this.refs = new Array<string | undefined>(slots).fill(undefined);
    this.firsts = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /**
   * The number the reference of `id` (refOf) was first claimed with, or -1 when this is its first
   * claim (then with number n). An id of printable ASCII without spaces is its own reference: it
   * is hashed without being folded and trimmed first (a call of each per id, 70,000 on 20,000 items).
   */
  claim(id: string, n: number): number {
    let h = 0;
    let plain = true;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c <= 0x20 || c >= 0x7f) plain = false;
      h = (Math.imul(h, 31) + c) | 0;
    }
    let ref = id;
    if (!plain) {
      ref = refOf(id);
      h = 0;
      for (let i = 0; i < ref.length; i++) h = (Math.imul(h, 31) + ref.charCodeAt(i)) | 0;
    }
    const refs = this.refs;
    let i = h & this.mask;
    for (let r = refs[i]; r !== undefined; r = refs[i]) {
      if (this.hashes[i] === h && r === ref) return this.firsts[i]!;
      i = (i + 1) & this.mask;
    }
    refs[i] = ref;
    this.hashes[i] = h;
    this.firsts[i] = n;
    if (++this.size * 2 > this.mask) this.grow();
    return -1;
  }

  private grow(): void {
    const { hashes, refs, firsts } = this;
    const size = refs.length * 2;
    this.hashes = new Int32Array(size);
    this.refs = new Array<string | undefined>(size).fill(undefined);
    this.firsts = new Int32Array(size);
    this.mask = size - 1;
    for (let k = 0; k < refs.length; k++) {
      const r = refs[k];
      if (r === undefined) continue;
      let i = hashes[k]! & this.mask;
      while (this.refs[i] !== undefined) i = (i + 1) & this.mask;
      this.refs[i] = r;
      this.hashes[i] = hashes[k]!;
      this.firsts[i] = firsts[k]!;
    }
  }
}

/** The reference an id is found by: full-width characters folded, spaces around it trimmed (７．４ is 7.4). */
function refOf(id: string): string {
  return foldWidth(id).trim();
}

/**
 * `only`: the items ([section index, item index]) whose checks to run, and no others. A write
 * passes the items it changed in a plan that had no error, the rest of the plan the very objects
 * it was (yaml/analyze.ts, changedItemsSound): the registry, the settings, the sections and
 * the other items' checks can only give what they gave, and ids are the caller's to show unchanged
 * (this skips the checks of references between items, which need every id).
 */
export function checkPlan(plan: PlanFile, opts: CheckOptions = {}, only?: readonly (readonly [number, number])[]): Problem[] {
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

  // Where the walk below is: a problem's path is built from these only when one is found, so a
  // sound plan of 20,000 items makes no path, closure or list per item, target or reading.
  let si = 0;
  let ii = 0;
  /** The target's index, -1 at the item itself. */
  let ti = -1;
  const at = (a?: string | number, b?: string | number, c?: string | number): DataPath => {
    const path: (string | number)[] = ti < 0 ? ['sections', si, 'items', ii] : ['sections', si, 'items', ii, 'targets', ti];
    if (a !== undefined) path.push(a);
    if (b !== undefined) path.push(b);
    if (c !== undefined) path.push(c);
    return path;
  };

  // A unit's first spelling in the list being checked, by its registry name (its own when not
  // registered): the first `firsts` entries. (Emptying the lists by their length would free their
  // room and make two new lists for every list of units checked.)
  const firstKey: string[] = [];
  const firstName: string[] = [];
  let firsts = 0;
  const checkUnits = (list: readonly string[], field: string) => {
    if (!present(list)) throw new TypeError('not a list');
    firsts = 0;
    // A long list (at most the schema's 10,000) is looked up in a map, not scanned for each name.
    const seen = list.length > 32 ? new Map<string, string>() : undefined;
    for (let k = 0; k < list.length; k++) {
      const u = list[k]!;
      const unit = registered.get(u);
      if (unit === undefined) {
        const hint = closest(u, allUnits, 3);
        err(at(field, k), 'unknown-unit', hint.length ? 'unknownUnitHint' : 'unknownUnit', { name: u, hint: hint.join(', ') });
      }
      // 服务中心 and 职工服务中心 are one unit: listing both is listing it twice.
      const key = unit ?? u;
      let before: string | undefined;
      if (seen) before = seen.get(key);
      else {
        for (let j = 0; j < firsts && before === undefined; j++) if (firstKey[j] === key) before = firstName[j];
      }
      if (before === u) warn(at(field, k), 'duplicate-unit-in-list', 'duplicateUnitInList', { name: u });
      else if (before !== undefined) warn(at(field, k), 'duplicate-unit-in-list', 'duplicateUnitAlias', { name: u, other: before });
      else if (seen) seen.set(key, u);
      else {
        firstKey[firsts] = key;
        firstName[firsts++] = u;
      }
    }
  };

  /** Whether the date is a real one (else the schema reported it); one outside the period is a problem at at(a, b, c). */
  const inPeriod = (date: string, a: string | number, b?: string | number, c?: string | number) => {
    if (!isValidDate(date)) return false;
    if (periodOk && (date < period.start || date > period.end)) {
      err(at(a, b, c), 'date-outside-period', 'dateOutsidePeriod', { date, start: period.start, end: period.end });
    }
    return true;
  };

  const checkReadings = (readings: Reading[] | undefined, field: string, kind: string) => {
    if (!present(readings)) return;
    let prev: Measured | undefined;
    let prevDate: string | undefined;
    for (let k = 0; k < readings.length; k++) {
      const r = readings[k]!;
      if (inPeriod(r.date, field, k, 'date')) {
        if (prevDate !== undefined && isValidDate(prevDate) && r.date < prevDate) err(at(field, k, 'date'), 'readings-order', 'readingsOrder', { date: r.date, prev: prevDate });
        if (opts.asOf && r.date > opts.asOf) err(at(field, k, 'date'), 'reading-after-as-of', 'readingAfterAsOf', { date: r.date, asOf: opts.asOf });
      }
      // A value is entered on or after the day it is true on, never before (nor after the as-of date).
      if (r.recorded !== undefined && isValidDate(r.recorded) && isValidDate(r.date)) {
        if (r.recorded < r.date) err(at(field, k, 'recorded'), 'recorded-before-date', 'recordedBeforeDate', { recorded: r.recorded, date: r.date });
        else if (opts.asOf && r.recorded > opts.asOf) err(at(field, k, 'recorded'), 'reading-after-as-of', 'readingAfterAsOf', { date: r.recorded, asOf: opts.asOf });
      }
      // A text report (进展情况 without a value) must say something; it is not compared with the values.
      if (!isMeasured(r)) {
        if (!r.note && !r.problems && !r.next && !r.evidence?.length) err(at(field, k), 'reading-empty', 'readingEmpty', { date: r.date });
        prevDate = r.date;
        continue;
      }
      if (kind === 'milestone' && (r.value < 0 || r.value > 100)) err(at(field, k, 'value'), 'percent-range', 'percentRange', { value: r.value });
      if (kind === 'at_least' && prev && r.value < prev.value && !r.correction) {
        err(at(field, k, 'value'), 'reading-decrease', 'readingDecrease', { value: r.value, prev: prev.value, date: prev.date });
      }
      prev = r;
      prevDate = r.date;
    }
  };

  // 延期: approved on or after the day it was asked, to a later date than the one it replaces.
  const checkExtensions = (list: Extension[] | undefined, due: string) => {
    if (!present(list)) return;
    let prev: string | undefined;
    for (let k = 0; k < list.length; k++) {
      const x = list[k]!;
      if (!isValidDate(x.requested) || !isValidDate(x.to)) continue;
      if (prev !== undefined && x.requested < prev) err(at('extensions', k, 'requested'), 'extensions-order', 'extensionsOrder', { date: x.requested, prev });
      prev = x.requested;
      if (x.approved !== undefined && isValidDate(x.approved) && x.approved < x.requested) err(at('extensions', k, 'approved'), 'extension-approved-before-request', 'extensionApprovedEarly', { approved: x.approved, requested: x.requested });
      if (isValidDate(due) && x.to <= due) err(at('extensions', k, 'to'), 'extension-not-later', 'extensionNotLater', { to: x.to, due });
    }
  };

  if (only) {
    for (const [s, i] of only) {
      si = s;
      ii = i;
      checkItem(plan.sections[si]!.items[ii]!, false);
    }
    return out;
  }

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
  // Items and targets share one space of references (plan progress 7.1, plan show ７): two ids
  // that read the same once full-width characters are folded cannot be told apart. A reference's
  // first claim: the index of its id and kind in the lists beside. Telling a duplicate from an
  // ambiguous id asks whether an id was seen before only for an id whose reference was claimed
  // by another id or kind, so the ids are kept in sets only from the first second claim on (a
  // sound plan keeps one table of its references, not three).
  const refs = new References(plan);
  const claimIds: string[] = [];
  const claimIsItem: boolean[] = [];
  let idSets: { item: Set<string>; target: Set<string> } | undefined;
  const claim = (isItem: boolean, id: string) => {
    const k = refs.claim(id, claimIds.length);
    if (k === -1) {
      claimIds.push(id);
      claimIsItem.push(isItem);
      if (idSets === undefined) return;
    } else {
      // (every id before the first second claim claimed its reference first: one of them again is `same`)
      idSets ??= { item: new Set(), target: new Set() };
      const same = claimIsItem[k] === isItem && claimIds[k] === id;
      if (same || idSets[isItem ? 'item' : 'target'].has(id)) err(at('id'), 'duplicate-id', isItem ? 'duplicateItem' : 'duplicateTarget', { id });
      if (!same) err(at('id'), 'ambiguous-id', claimIsItem[k] ? 'ambiguousIdItem' : 'ambiguousIdTarget', { id, other: claimIds[k]!, ref: refOf(id) });
    }
    idSets[isItem ? 'item' : 'target'].add(id);
  };
  for (si = 0; si < plan.sections.length; si++) {
    const s = plan.sections[si]!;
    if (sectionIds.has(s.id)) err(['sections', si, 'id'], 'duplicate-id', 'duplicateSection', { id: s.id });
    sectionIds.set(s.id, si);
    for (ii = 0; ii < s.items.length; ii++) checkItem(s.items[ii]!, true);
  }
  return out;

  /** The checks of one item (at si, ii) and its targets; `claims`: its ids claimed among the plan's. */
  function checkItem(item: Item, claims: boolean): void {
    ti = -1;
    if (claims) claim(true, item.id);
    checkUnits(item.departments, 'departments');
    // Straight after an import an item may name no unit yet: valid, but the office must assign one.
    if (item.departments.length === 0) warn(at('departments'), 'no-unit', 'noUnit', { item: item.id });
    if (item.lead) {
      checkUnits(item.lead, 'lead');
      for (let k = 0; k < item.lead.length; k++) {
        const l = item.lead[k]!;
        const unit = registered.get(l);
        if (unit !== undefined && !item.departments.some((d) => registered.get(d) === unit)) {
          err(at('lead', k), 'lead-not-in-departments', 'leadNotInDepartments', { name: l, item: item.id });
        }
      }
    }
    const targets = item.targets ?? NO_TARGETS;
    if (item.primary !== undefined && !targets.some((t) => t.id === item.primary)) {
      err(at('primary'), 'primary-unresolved', 'primaryUnresolved', { id: item.primary, item: item.id, ids: targets.map((t) => t.id).join(', ') || '-' });
    }
    if (targets.length && item.progress?.length) err(at('progress'), 'item-progress-with-targets', 'itemProgressWithTargets', { item: item.id }, true);
    checkReadings(item.progress, 'progress', 'milestone');
    checkExtensions(item.extensions, period.end);
    if (targets.length && (item.extensions?.length || item.closed)) err(at(item.closed ? 'closed' : 'extensions'), 'item-duban-with-targets', 'itemDubanWithTargets', { item: item.id }, true);
    for (ti = 0; ti < targets.length; ti++) {
      const t = targets[ti]!;
      if (claims) claim(false, t.id);
      const start = t.start ?? period.start;
      const due = t.due ?? period.end;
      if (t.start) inPeriod(t.start, 'start');
      if (t.due) inPeriod(t.due, 'due');
      // (with neither, the dates are the period's, in order when periodOk)
      if ((t.start || t.due) && (periodOk || (t.start && t.due)) && isValidDate(start) && isValidDate(due) && dayNumber(start) > dayNumber(due)) err(at('due'), 'due-before-start', 'dueBeforeStart', { start, due });
      if (t.kind === 'milestone' && t.target !== undefined && t.target !== 100) err(at('target'), 'milestone-target', 'milestoneTarget', { got: t.target });
      if (t.kind === 'at_least' && t.target !== undefined && t.target === (t.baseline ?? 0)) warn(at('target'), 'target-equals-baseline', 'targetEqualsBaseline', { id: t.id });
      const cps = t.checkpoints;
      if (present(cps)) {
        let prevCp: string | undefined;
        for (let k = 0; k < cps.length; k++) {
          const cp = cps[k]!;
          if (inPeriod(cp.date, 'checkpoints', k, 'date') && prevCp !== undefined && cp.date <= prevCp) err(at('checkpoints', k, 'date'), 'checkpoints-order', 'checkpointsOrder', { date: cp.date, prev: prevCp });
          prevCp = cp.date;
        }
      }
      checkReadings(t.progress, 'progress', t.kind);
      checkExtensions(t.extensions, due);
    }
  }
}
