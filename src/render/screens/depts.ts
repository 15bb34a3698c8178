// plan depts: the assignment matrix, or one unit's items.
import type { PlanModel } from '../../core/plan.js';
import { qualified, type Rollup, type UnitRollup } from '../../core/rollup.js';
import { LAGGING, type DepartmentRollup } from '../../core/status.js';
import { t, type Lang, type MessageKey } from '../../i18n/index.js';
import { statusCell, targetSummary } from '../status.js';
import { cellText, withoutColumn, type Table } from '../table.js';

/** Per unit, the items it leads (★) and joins; or, for one unit, its items in plan order. */
export function deptsTable(model: PlanModel, rollups: readonly DepartmentRollup[], unit: string | undefined, lang: Lang): Table {
  const L = (k: MessageKey) => t(lang, k);
  if (unit) {
    const d = rollups[0]!;
    const rows = [...d.lead.map((is) => ({ is, led: true })), ...d.joined.map((is) => ({ is, led: false }))].sort((a, b) => model.items.indexOf(a.is.item) - model.items.indexOf(b.is.item));
    return {
      columns: [{ header: L('h_id'), align: 'right' }, { header: L('h_lead') }, { header: L('h_title'), flex: true }, { header: L('h_targets'), flex: true, breakAt: '、;' }, { header: L('h_status') }],
      rows: rows.map(({ is, led }) => [is.item.id, led ? '★' : '', is.item.title, targetSummary(lang, is), statusCell(lang, is.status, is.stale)]),
    };
  }
  return {
    columns: [{ header: L('h_unit'), flex: true, breakAt: ' ' }, { header: `${L('h_led')} ★`, flex: true, breakAt: ' ' }, { header: L('h_joined'), flex: true, breakAt: ' ' }, { header: L('h_lagging'), align: 'right' }, { header: L('h_last') }],
    rows: rollups.map((d) => {
      const lag = [...d.lead, ...d.joined].filter((i) => LAGGING.includes(i.status)).length;
      return [
        d.name + (d.aliases.length ? ` (${d.aliases.join('、')})` : ''),
        d.lead.map((i) => i.item.id).join(' '),
        d.joined.map((i) => i.item.id).join(' '),
        lag ? { text: String(lag), style: 'red' as const } : '0',
        d.lastReading ?? '–',
      ];
    }),
  };
}

/**
 * `depts --all`: per unit, what it leads and joins in every plan (ids as plan:item) and how many
 * lag; or, for one unit, its items in every plan (folder order, then plan order), a plan column
 * first. The screen's versions, fullest first, for renderFitted: one unit's items lose their
 * targets (plan show has them), then the plan column, the id said as plan:item.
 */
export function deptsAllTables(r: Rollup, units: readonly UnitRollup[], unit: string | undefined, lang: Lang): Table[] {
  const full = deptsAllFull(r, units, unit, lang);
  if (!unit) return [full];
  const noTargets = withoutColumn(full, 4);
  const merged = withoutColumn({ columns: noTargets.columns, rows: noTargets.rows.map((row) => [row[0], `${cellText(row[0])}:${cellText(row[1])}`, ...row.slice(2)]) }, 0);
  return [full, noTargets, merged];
}

function deptsAllFull(r: Rollup, units: readonly UnitRollup[], unit: string | undefined, lang: Lang): Table {
  const L = (k: MessageKey) => t(lang, k);
  if (unit) {
    const u = units[0];
    const rows = u ? [...u.lead.map((x) => ({ x, led: true })), ...u.joined.map((x) => ({ x, led: false }))] : [];
    const order = (v: (typeof rows)[number]) => [r.plans.findIndex((p) => p.model === v.x.plan), v.x.plan.items.indexOf(v.x.is.item)] as const;
    rows.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
    return {
      columns: [{ header: L('h_plan') }, { header: L('h_id'), align: 'right' }, { header: L('h_lead') }, { header: L('h_title'), flex: true }, { header: L('h_targets'), flex: true, breakAt: '、;' }, { header: L('h_status') }],
      rows: rows.map(({ x, led }) => [x.plan.plan.id, x.is.item.id, led ? '★' : '', x.is.item.title, targetSummary(lang, x.is), statusCell(lang, x.is.status, x.is.stale)]),
    };
  }
  return {
    columns: [{ header: L('h_unit'), flex: true, breakAt: ' ' }, { header: `${L('h_led')} ★`, flex: true, breakAt: ' ' }, { header: L('h_joined'), flex: true, breakAt: ' ' }, { header: L('h_lagging'), align: 'right' }, { header: L('h_last') }],
    rows: units.map((u) => {
      const lag = [...u.lead, ...u.joined].filter((x) => LAGGING.includes(x.is.status)).length;
      return [
        u.name + (u.aliases.length ? ` (${u.aliases.join('、')})` : ''),
        u.lead.map((x) => qualified(x.plan, x.is.item.id)).join(' '),
        u.joined.map((x) => qualified(x.plan, x.is.item.id)).join(' '),
        lag ? { text: String(lag), style: 'red' as const } : '0',
        u.lastReading ?? '–',
      ];
    }),
  };
}
