// plan list: items (or with --targets, one row per target) with their units, targets and status.
import type { ListTotals, PlanItem } from '../../core/rollup.js';
import type { ItemStatus } from '../../core/status.js';
import { t, type Lang } from '../../i18n/index.js';
import { statusCell, targetSummary, withUnit } from '../status.js';
import { targetJson } from '../../core/json.js';
import { withoutColumn, type Table } from '../table.js';

/** The table of `plan list` (CSV, Markdown, and a piped screen print it whole). */
export function listTable(items: readonly ItemStatus[], lang: Lang, targets: boolean): Table {
  return listTables(items, lang, targets)[0]!;
}

/**
 * The screen's versions, fullest first, for renderFitted: then the lead units with a count of
 * the others (办公室★ +2) in one column, then without the targets (plan show has them).
 */
export function listTables(items: readonly ItemStatus[], lang: Lang, targets: boolean): Table[] {
  if (targets) {
    // Narrower: without the due date, then without the expected value (the status says how it
    // stands), then actual/target in one column as plan behind shows them, then without the lead
    // units (plan behind names them) rather than split a unit name.
    const full = targetTable(items, lang);
    const noDue = withoutColumn(full, 5);
    const compact = targetTable(items, lang, true);
    return [full, noDue, withoutColumn(noDue, 4), compact, withoutColumn(compact, 3)];
  }
  const full = itemTable(items, lang);
  const units: Table = {
    columns: [full.columns[0]!, full.columns[1]!, { header: t(lang, 'h_units'), flex: true, breakAt: '、 ' }, full.columns[4]!, full.columns[5]!],
    rows: items.map((is, r) => [full.rows[r]![0], full.rows[r]![1], leadAndCount(is), full.rows[r]![4], full.rows[r]![5]]),
  };
  return [full, units, withoutColumn(units, 3)];
}

/** 组织与基层工作部★ +3: the lead units to chase, and how many others join. */
export function leadAndCount(is: ItemStatus | { item: ItemStatus['item'] }): string {
  const { lead, departments } = is.item;
  const others = departments.filter((d) => !lead.includes(d)).length;
  return `${lead.map((l) => `${l}★`).join('、')}${others ? ` +${others}` : ''}`;
}

function itemTable(items: readonly ItemStatus[], lang: Lang): Table {
  return {
    columns: [
      { header: t(lang, 'h_id'), align: 'right' },
      { header: t(lang, 'h_title'), flex: true },
      { header: t(lang, 'h_lead'), flex: true, breakAt: '、' },
      { header: t(lang, 'h_units'), flex: true, breakAt: '、' },
      { header: t(lang, 'h_targets'), flex: true, breakAt: '、;' },
      { header: t(lang, 'h_status') },
    ],
    rows: items.map((is) => [
      is.item.id,
      is.item.title,
      is.item.lead.join('、'),
      is.item.departments.filter((d) => !is.item.lead.includes(d)).join('、'),
      targetSummary(lang, is),
      statusCell(lang, is.status, is.stale),
    ]),
  };
}

function targetTable(items: readonly ItemStatus[], lang: Lang, compact = false): Table {
  const rows = items.flatMap((is) => is.targets.map((ts) => ({ j: targetJson(ts), status: statusCell(lang, ts.status, ts.stale) })));
  if (compact) {
    return {
      columns: [{ header: t(lang, 'h_id'), align: 'right' }, { header: t(lang, 'h_metric'), flex: true }, { header: `${t(lang, 'h_actual')}/${t(lang, 'h_target')}`, align: 'right' }, { header: t(lang, 'h_lead') }, { header: t(lang, 'h_status') }],
      rows: rows.map(({ j, status }) => [j.id, j.metric, `${withUnit(j.actual, '')}/${withUnit(j.target, j.unit)}`, j.lead.join('、'), status]),
    };
  }
  return {
    columns: [
      { header: t(lang, 'h_id'), align: 'right' },
      { header: t(lang, 'h_metric'), flex: true },
      { header: t(lang, 'h_target'), align: 'right' },
      { header: t(lang, 'h_actual'), align: 'right' },
      { header: t(lang, 'h_expected'), align: 'right' },
      { header: t(lang, 'h_due') },
      { header: t(lang, 'h_lead') },
      { header: t(lang, 'h_status') },
    ],
    rows: rows.map(({ j, status }) => [j.id, j.metric, withUnit(j.target, j.unit), withUnit(j.actual, j.unit), withUnit(j.expected, j.unit), j.due, j.lead.join('、'), status]),
  };
}

/** A table with a plan column first (`--all`): `plans[i]` is the plan id of row i. */
export function withPlanColumn(table: Table, plans: readonly string[], lang: Lang): Table {
  return { columns: [{ header: t(lang, 'h_plan') }, ...table.columns], rows: table.rows.map((row, i) => [plans[i] ?? '', ...row]) };
}

/** `list --all`: the screen's versions (as listTables), each with a plan column first. */
export function listAllTables(items: readonly PlanItem[], lang: Lang, targets: boolean): Table[] {
  const plans = targets ? items.flatMap((x) => x.is.targets.map(() => x.plan.plan.id)) : items.map((x) => x.plan.plan.id);
  return listTables(
    items.map((x) => x.is),
    lang,
    targets,
  ).map((table) => withPlanColumn(table, plans, lang));
}

/** The notes under `list --all`: items and targets per plan that has any, then the total. */
export function listAllSummary(totals: ListTotals, lang: Lang, asOf: string): string {
  const each = totals.plans.filter((p) => p.items).map((p) => `${p.plan} ${t(lang, 'listSummary', p)}`);
  return `${each.join(' · ')}\n${t(lang, 'allTotal')} ${t(lang, 'listSummary', { items: totals.items, targets: totals.targets })} · ${t(lang, 'asOfLine', { asOf })}`;
}
