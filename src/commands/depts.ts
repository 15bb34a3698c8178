import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { resolveUnit } from '../core/filter.js';
import { departmentJson, itemJson, planHeader } from '../core/json.js';
import { LAGGING, planStatus } from '../core/status.js';
import { t } from '../i18n/index.js';
import { statusCell, targetSummary } from '../render/status.js';
import { renderCsv, renderMarkdownTable, renderTable, type Table } from '../render/table.js';
import { FORMATS } from '../render/formats.js';

export function defineDepts(program: Command, app: App): void {
  program
    .command('depts')
    .description('the assignment matrix: per unit, the items it leads (★) and joins; with NAME, that unit\'s items')
    .argument('[name]', 'a unit (name or alias)')
    .action((name) => {
      const g = app.globals;
      const format = app.format(FORMATS.depts, 'table');
      const { model } = app.openPlan();
      const ps = planStatus(model, g.asOf);
      const unit = name === undefined ? undefined : resolveUnit(model, name);
      const rollups = ps.departments.filter((d) => !unit || d.name === unit);
      if (format === 'json') {
        const departments = rollups.map(departmentJson);
        const extra = unit ? { items: [...rollups[0]!.lead, ...rollups[0]!.joined].map(itemJson) } : {};
        app.out(JSON.stringify({ ...planHeader(model, g.asOf), departments, ...extra }, null, 2) + '\n');
        return;
      }
      const L = (k: Parameters<typeof t>[1]) => t(g.lang, k);
      let table: Table;
      if (unit) {
        const d = rollups[0]!;
        const rows = [...d.lead.map((is) => ({ is, led: true })), ...d.joined.map((is) => ({ is, led: false }))].sort((a, b) => model.items.indexOf(a.is.item) - model.items.indexOf(b.is.item));
        table = {
          columns: [{ header: L('h_id'), align: 'right' }, { header: L('h_lead') }, { header: L('h_title'), flex: true }, { header: L('h_targets'), flex: true, breakAt: '、;' }, { header: L('h_status') }],
          rows: rows.map(({ is, led }) => [is.item.id, led ? '★' : '', is.item.title, targetSummary(g.lang, is), statusCell(g.lang, is.status, is.stale)]),
        };
      } else {
        table = {
          columns: [
            { header: L('h_unit') },
            { header: `${L('h_led')} ★`, flex: true },
            { header: L('h_joined'), flex: true },
            { header: L('h_lagging'), align: 'right' },
            { header: L('h_last') },
          ],
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
      if (format === 'csv') return app.out(renderCsv(table));
      if (format === 'md') return app.out(renderMarkdownTable(table));
      app.out(renderTable(table, { paint: app.paint(), maxWidth: app.maxWidth() }));
      app.note(t(g.lang, 'asOfLine', { asOf: g.asOf }));
    });
}
