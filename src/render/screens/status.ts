// plan status: the one-screen overview.
import { departmentJson, round, targetJson } from '../../core/json.js';
import type { PlanModel } from '../../core/plan.js';
import { countStatuses, LAGGING, lagging, STATUSES, type PlanStatus } from '../../core/status.js';
import { t, type MessageKey, type Params } from '../../i18n/index.js';
import type { ScreenOptions } from '../screen.js';
import { bar, gapText, num, statusCell, statusLabel, statusStyle, withUnit } from '../status.js';
import { cellText, renderTable } from '../table.js';
import { safe, truncate, width } from '../text.js';

export function statusJson(model: PlanModel, ps: PlanStatus): Record<string, unknown> {
  return {
    title: model.plan.title,
    period: model.plan.period,
    elapsed: round(ps.elapsed, 4),
    counts: countStatuses(ps.targets),
    stale: ps.targets.filter((x) => x.stale).length,
    targets: ps.targets.map(targetJson),
    departments: ps.departments.map(departmentJson),
  };
}

/** `beforeHint` adds lines above the closing hint, given the screen's width (the 督办 summary). */
export function statusScreen(model: PlanModel, ps: PlanStatus, o: ScreenOptions, beforeHint: (width: number) => string[] = () => []): string {
  const { paint, lang, asOf } = o;
  const counts = countStatuses(ps.targets);
  const L = (k: MessageKey, p?: Params) => t(lang, k, p);
  const W = Math.min(o.maxWidth ?? 80, 80);
  const out: string[] = [];
  const { start, end } = model.plan.period;
  out.push(paint('bold', truncate(safe(`${model.plan.title}  (${model.plan.id})`), W)));
  out.push(`${L('periodLine', { start, end, asOf })}  ${bar(ps.elapsed)} ${num(ps.elapsed * 100)}%`);
  out.push('');
  const stale = ps.targets.filter((x) => x.stale).length;
  const parts = STATUSES.map((s) => paint(statusStyle(s), `${cellText(statusCell(lang, s, false))} ${counts[s]}`));
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
      const label = paint(statusStyle(ts.status), statusLabel(lang, ts.status));
      const numbers = `${withUnit(ts.actual ?? null, '')}/${withUnit(tg.target, tg.unit)} ${gapText(ts.gap)}`;
      const who = tg.item.lead.join('、');
      const name = truncate(safe(tg.implicit ? tg.item.title : tg.metric), Math.max(10, W - 2 - 6 - 6 - numbers.length - who.length * 2 - 6));
      out.push(`  ${tg.id.padStart(4)} ${label} ${name}  ${numbers}  ${safe(who)}★`);
    }
    out.push('');
  }
  out.push(...beforeHint(W));
  out.push(L('statusHint'));
  return out.join('\n') + '\n';
}
