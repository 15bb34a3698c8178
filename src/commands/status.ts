import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { departmentJson, planHeader, round, targetJson } from '../core/json.js';
import { countStatuses, LAGGING, lagging, planStatus, STATUSES } from '../core/status.js';
import { t } from '../i18n/index.js';
import { bar, gapText, num, statusCell, statusLabel, statusStyle, withUnit } from '../render/status.js';
import { cellText, renderTable } from '../render/table.js';
import { safe, truncate, width } from '../render/text.js';
import { FORMATS } from '../render/formats.js';
import { compliance } from '../core/compliance.js';
import { escalations } from '../core/escalation.js';
import { dubanSummary, escalationJson, reportingSummaryJson } from '../render/duban.js';

export function defineStatus(program: Command, app: App): void {
  program
    .command('status')
    .description('the one-screen overview: counts by status, by section, by unit, the worst lagging targets')
    .action(() => {
      const g = app.globals;
      const format = app.format(FORMATS.status, 'table');
      const { model } = app.openPlan();
      const ps = planStatus(model, g.asOf);
      const counts = countStatuses(ps.targets);
      const reporting = compliance(model, g.asOf);
      const escalated = escalations(model, reporting, g.asOf);
      if (format === 'json') {
        app.out(
          JSON.stringify(
            {
              ...planHeader(model, g.asOf),
              title: model.plan.title,
              period: model.plan.period,
              elapsed: round(ps.elapsed, 4),
              counts,
              stale: ps.targets.filter((x) => x.stale).length,
              targets: ps.targets.map(targetJson),
              departments: ps.departments.map(departmentJson),
              reporting: reportingSummaryJson(reporting),
              escalations: escalated.map(escalationJson),
            },
            null,
            2,
          ) + '\n',
        );
        return;
      }
      const paint = app.paint();
      const L = (k: Parameters<typeof t>[1], p?: Record<string, string | number>) => t(g.lang, k, p);
      const W = Math.min(app.maxWidth() ?? 80, 80);
      const out: string[] = [];
      const { start, end } = model.plan.period;
      out.push(paint('bold', truncate(safe(`${model.plan.title}  (${model.plan.id})`), W)));
      out.push(`${L('periodLine', { start, end, asOf: g.asOf })}  ${bar(ps.elapsed)} ${num(ps.elapsed * 100)}%`);
      out.push('');
      const stale = ps.targets.filter((x) => x.stale).length;
      const parts = STATUSES.map((s) => paint(statusStyle(s), `${cellText(statusCell(g.lang, s, false))} ${counts[s]}`));
      out.push(`${L('h_targets')} ${ps.targets.length}:  ${parts.slice(0, 3).join('  ')}`);
      out.push(`${' '.repeat(width(`${L('h_targets')} ${ps.targets.length}:  `))}${parts.slice(3).join('  ')}  · ${L('st_stale')} ${stale}`);
      out.push('');
      // By section: items, done, lagging, and the share of items done.
      const sections = model.plan.sections.map((s) => {
        const items = ps.items.filter((i) => i.item.section === s);
        const done = items.filter((i) => i.status === 'done').length;
        const lag = items.filter((i) => LAGGING.includes(i.status)).length;
        return [truncate(`${s.id} ${s.title}`, 34), String(items.length), String(done), lag ? { text: String(lag), style: 'red' as const } : '0', bar(items.length ? done / items.length : 0, 8)];
      });
      out.push(
        renderTable(
          {
            columns: [{ header: L('h_section') }, { header: L('h_items'), align: 'right' }, { header: L('h_done'), align: 'right' }, { header: L('h_lagging'), align: 'right' }, { header: '' }],
            rows: sections,
          },
          { paint },
        ).trimEnd(),
      );
      out.push('');
      // By unit: only units with lagging items, most first.
      const units = ps.departments
        .map((d) => ({ d, led: d.lead.filter((i) => LAGGING.includes(i.status)).length, joined: d.joined.filter((i) => LAGGING.includes(i.status)).length }))
        .filter((u) => u.led + u.joined > 0)
        .sort((a, b) => b.led - a.led || b.joined - a.joined);
      if (units.length) {
        const shown = units.slice(0, 6);
        out.push(
          renderTable(
            {
              columns: [{ header: L('h_unit') }, { header: `${L('h_led')}★ ${L('h_lagging')}`, align: 'right' }, { header: `${L('h_joined')} ${L('h_lagging')}`, align: 'right' }, { header: L('h_last') }],
              rows: shown.map((u) => [u.d.name, String(u.led), String(u.joined), u.d.lastReading ?? '–']),
            },
            { paint },
          ).trimEnd(),
        );
        if (units.length > shown.length) out.push(L('moreUnits', { n: units.length - shown.length }));
        out.push('');
      }
      const worst = lagging(ps.targets).slice(0, 5);
      if (worst.length) {
        out.push(paint('bold', L('worstTargets', { n: worst.length })));
        for (const ts of worst) {
          const tg = ts.target;
          const label = paint(statusStyle(ts.status), statusLabel(g.lang, ts.status));
          const numbers = `${withUnit(ts.actual ?? null, '')}/${withUnit(tg.target, tg.unit)} ${gapText(ts.gap)}`;
          const who = tg.item.lead.join('、');
          const name = truncate(safe(tg.implicit ? tg.item.title : tg.metric), Math.max(10, W - 2 - 6 - 6 - numbers.length - who.length * 2 - 6));
          out.push(`  ${tg.id.padStart(4)} ${label} ${name}  ${numbers}  ${safe(who)}★`);
        }
        out.push('');
      }
      // 督办: the last round's returns and what escalates, two lines; plan compliance / escalations for the rest.
      out.push(...dubanSummary(reporting, escalated, g.lang, paint, W));
      out.push(L('statusHint'));
      app.out(out.join('\n') + '\n');
    });
}
