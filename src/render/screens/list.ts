// plan list: items (or with --targets, one row per target) with their units, targets and status.
import type { ItemStatus } from '../../core/status.js';
import { t, type Lang } from '../../i18n/index.js';
import { statusCell, targetSummary, withUnit } from '../status.js';
import { targetJson } from '../../core/json.js';
import type { Table } from '../table.js';

export function listTable(items: readonly ItemStatus[], lang: Lang, targets: boolean): Table {
  return targets ? targetTable(items, lang) : itemTable(items, lang);
}

function itemTable(items: readonly ItemStatus[], lang: Lang): Table {
  return {
    columns: [
      { header: t(lang, 'h_id'), align: 'right' },
      { header: t(lang, 'h_title'), flex: true },
      { header: t(lang, 'h_lead') },
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

function targetTable(items: readonly ItemStatus[], lang: Lang): Table {
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
    rows: items.flatMap((is) =>
      is.targets.map((ts) => {
        const j = targetJson(ts);
        return [j.id, j.metric, withUnit(j.target, j.unit), withUnit(j.actual, j.unit), withUnit(j.expected, j.unit), j.due, j.lead.join('、'), statusCell(lang, ts.status, ts.stale)];
      }),
    ),
  };
}
