// plan status: the one-screen overview.
import { departmentJson, round, targetJson } from '../../core/json.js';
import type { PlanModel } from '../../core/plan.js';
import { allLagging, allTargets, allUnits, overallTotals, planTargetJson, planTotals, qualified, unitJson, type Rollup } from '../../core/rollup.js';
import type { StatusOverview } from '../../core/overview.js';
import { countStatuses, LAGGING, STATUSES, type PlanStatus, type TargetStatus } from '../../core/status.js';
import { t, type MessageKey, type Params } from '../../i18n/index.js';
import type { ScreenOptions } from '../screen.js';
import { bar, gapText, num, statusCell, statusLabel, statusStyle, withUnit } from '../status.js';
import { cellText, renderFitted, renderTable, type Cell, type Table } from '../table.js';
import { padEnd, padStart, safe, truncate, width } from '../text.js';

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

/**
 * `beforeHint` adds lines above the closing hint, given the screen's width (the 督办 summary).
 * The screen shows counts and the worst five targets: it is drawn from their overview (`statusOverview`).
 */
export function statusScreen(model: PlanModel, ov: StatusOverview, o: ScreenOptions, beforeHint: (width: number) => string[] = () => []): string {
  const { paint, lang, asOf } = o;
  const counts = ov.counts;
  const L = (k: MessageKey, p?: Params) => t(lang, k, p);
  const W = Math.min(o.maxWidth ?? 80, 80);
  const out: string[] = [];
  const { start, end } = model.plan.period;
  out.push(paint('bold', truncate(safe(`${model.plan.title}  (${model.plan.id})`), W)));
  // The elapsed-time bar shrinks (or goes) so the line fits a narrow terminal.
  const period = L('periodLine', { start, end, asOf });
  const elapsed = `${num(ov.elapsed * 100)}%`;
  const cells = Math.min(10, W - width(period) - 3 - width(elapsed));
  out.push(cells >= 4 ? `${period}  ${bar(ov.elapsed, cells)} ${elapsed}` : `${period}  ${elapsed}`);
  out.push('');
  const stale = ov.stale;
  const parts = STATUSES.map((s) => paint(statusStyle(s), `${cellText(statusCell(lang, s, false))} ${counts[s]}`));
  // Three counts a line, or fewer when they do not fit: a count is never cut from its label.
  const lead = `${L('h_targets')} ${ov.targets}:  `;
  const counts3 = [parts.slice(0, 3), [...parts.slice(3), `· ${L('st_stale')} ${stale}`]];
  const rows: string[][] = [];
  for (const group of counts3) {
    let row: string[] = [];
    for (const part of group) {
      if (row.length && width(lead + [...row, part].join('  ')) > W) {
        rows.push(row);
        row = [];
      }
      row.push(part);
    }
    rows.push(row);
  }
  rows.forEach((row, i) => out.push(`${i === 0 ? lead : ' '.repeat(width(lead))}${row.join('  ')}`));
  out.push('');
  // By section: items, done, lagging, and the share of items done; the title gets what is left.
  const counted = [L('h_items'), L('h_done'), L('h_lagging')].reduce((n, h) => n + width(h) + 2, 0);
  const sectionWidth = Math.max(12, Math.min(34, W - counted - 2 - 8));
  const sections = ov.sections.map(({ section: s, items, done, lagging: lag }) => [
    truncate(`${s.id} ${s.title}`, sectionWidth),
    String(items),
    String(done),
    lag ? { text: String(lag), style: 'red' as const } : '0',
    bar(items ? done / items : 0, 8),
  ]);
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
  const units = ov.units
    .filter((u) => u.led + u.joined > 0)
    .sort((a, b) => b.led - a.led || b.joined - a.joined);
  if (units.length) {
    const shown = units.slice(0, 6);
    out.push(
      renderTable(
        {
          // One label over both counts: 牵头★ and 参与 are two columns of lagging items, not four.
          columns: [
            { header: L('h_unit') },
            { header: `${L('h_led')}★`, align: 'right', group: L('h_laggingItems') },
            { header: L('h_joined'), align: 'right', group: L('h_laggingItems') },
            { header: L('h_last') },
          ],
          rows: shown.map((u) => [u.name, String(u.led), String(u.joined), u.lastReading ?? '–']),
        },
        { paint },
      ).trimEnd(),
    );
    if (units.length > shown.length) out.push(L('moreUnits', { n: units.length - shown.length }));
    out.push('');
  }
  const worst = ov.worst;
  if (worst.length) {
    out.push(paint('bold', L('worstTargets', { n: worst.length })));
    out.push(...worstLines(worst.map((ts) => ({ id: ts.target.id, ts })), o, W));
    out.push('');
  }
  out.push(...beforeHint(W));
  // The hint breaks between its commands, never inside one.
  out.push(...hintLines(L('statusHint'), W));
  return out.join('\n') + '\n';
}

/**
 * The worst targets, one a line, in columns: id, status, metric, actual/target, gap, lead units.
 * The metric gets what the other columns leave of the width (at most `metricMax`); in a narrow
 * terminal the lead units go before the metric is cut below six columns.
 */
function worstLines(rows: readonly { id: string; ts: TargetStatus }[], o: ScreenOptions, W: number, metricMax = Infinity): string[] {
  const { paint, lang } = o;
  const cells = rows.map(({ id, ts }) => {
    const tg = ts.target;
    return {
      id,
      status: ts.status,
      label: statusLabel(lang, ts.status),
      metric: safe(tg.implicit ? tg.item.title : tg.metric),
      numbers: `${withUnit(ts.actual ?? null, '')}/${withUnit(tg.target, tg.unit)}`,
      gap: gapText(ts.gap),
      who: `${safe(tg.item.lead.join('、'))}★`,
    };
  });
  const widest = (pick: (c: (typeof cells)[number]) => string) => Math.max(...cells.map((c) => width(pick(c))));
  const [idW, labelW, numbersW, gapW, whoW] = [widest((c) => c.id), widest((c) => c.label), widest((c) => c.numbers), widest((c) => c.gap), widest((c) => c.who)];
  // 7.4 right-aligned as in every table; plan:item from the left, the plan ids one under another.
  const qualifiedIds = cells.some((c) => c.id.includes(':'));
  const head = 2 + idW + 1 + labelW + 1;
  const tail = 2 + numbersW + 1 + gapW;
  const withUnits = W - head - tail - 2 - whoW >= 6;
  const metricW = Math.max(6, Math.min(metricMax, widest((c) => c.metric), W - head - tail - (withUnits ? 2 + whoW : 0)));
  return cells.map((c) => {
    const line = `  ${qualifiedIds ? padEnd(c.id, idW) : padStart(c.id, idW)} ${paint(statusStyle(c.status), padEnd(c.label, labelW))} ${padEnd(truncate(c.metric, metricW), metricW)}  ${padStart(c.numbers, numbersW)} ${padStart(c.gap, gapW)}`;
    return withUnits ? `${line}  ${c.who}` : line;
  });
}

/** `a · b · c` in lines of at most w columns, broken only after a `·`. */
function hintLines(hint: string, w: number): string[] {
  const lines: string[] = [];
  for (const part of hint.split(' · ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && width(`${last} · ${part}`) <= w) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(last === undefined ? part : `· ${part}`);
  }
  return lines;
}

/** `status --all --format json`: the counts of all plans, totals per plan and overall, every target tagged with its plan. */
export function statusAllJson(r: Rollup): Record<string, unknown> {
  const overall = overallTotals(r);
  return {
    counts: overall.counts,
    stale: overall.stale,
    totals: { plans: r.plans.map(planTotals), items: overall.items, targets: overall.targets },
    targets: allTargets(r).map(planTargetJson),
    departments: allUnits(r).map((u) => unitJson(u, r)),
  };
}

/** `status --all`: one row per plan with its counts, a total row, the worst targets of all plans, then `after` (the 督办 lines). */
export function statusAllScreen(r: Rollup, o: ScreenOptions, after: (width: number) => string[] = () => []): string {
  const { paint, lang, asOf } = o;
  const L = (k: MessageKey, p?: Params) => t(lang, k, p);
  const W = Math.min(o.maxWidth ?? 100, 100);
  const per = r.plans.map(planTotals);
  const overall = overallTotals(r);
  const row = (name: string, x: { items: number; targets: number; counts: Record<(typeof STATUSES)[number], number>; stale: number }): Cell[] => [
    name,
    String(x.items),
    String(x.targets),
    ...STATUSES.map((s) => (x.counts[s] && LAGGING.includes(s) ? { text: String(x.counts[s]), style: statusStyle(s) } : String(x.counts[s]))),
    String(x.stale),
  ];
  const counts: Table['columns'] = [
    { header: L('h_items'), align: 'right' },
    { header: L('h_targets'), align: 'right' },
    ...STATUSES.map((s) => ({ header: statusLabel(lang, s), align: 'right' as const })),
    { header: L('st_stale'), align: 'right' },
  ];
  const total = row(L('allTotal'), overall);
  // The plan's title beside its id while it fits; the id alone when the terminal is narrow.
  // A plan's id is never split (it wraps only between the id and the title).
  const titled: Table = { columns: [{ header: L('h_plan'), flex: true, breakAt: ' ' }, ...counts], rows: [...per.map((p) => row(truncate(safe(`${p.plan} ${p.title}`), 40), p)), total] };
  const bare: Table = { columns: [{ header: L('h_plan') }, ...counts], rows: [...per.map((p) => row(p.plan, p)), total] };
  // Narrow: the plan, its targets, the lagging counts and the done ones.
  const keep = [0, 2, 3, 4, 5, 8];
  const narrow: Table = { columns: bare.columns.filter((_, i) => keep.includes(i)), rows: bare.rows.map((r) => r.filter((_, i) => keep.includes(i))) };
  const out: string[] = [];
  out.push(paint('bold', truncate(L('allStatusTitle', { n: r.plans.length, asOf }), W)));
  out.push('');
  out.push(renderFitted([titled, bare, narrow], { paint, maxWidth: o.maxWidth === undefined ? undefined : W }).trimEnd());
  out.push('');
  const worst = allLagging(r).slice(0, 8);
  if (worst.length) {
    out.push(paint('bold', L('worstTargets', { n: worst.length })));
    out.push(...worstLines(worst.map(({ plan, ts }) => ({ id: qualified(plan, ts.target.id), ts })), o, W, 24));
    out.push('');
  }
  out.push(...after(W));
  return out.join('\n') + '\n';
}
