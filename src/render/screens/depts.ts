// plan depts: the assignment matrix, or one unit's items.
import type { PlanModel } from '../../core/plan.js';
import { LAGGING, type DepartmentRollup } from '../../core/status.js';
import { t, type Lang, type MessageKey } from '../../i18n/index.js';
import { statusCell, targetSummary } from '../status.js';
import type { Table } from '../table.js';

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
