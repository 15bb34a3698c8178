import type { Command } from '@commander-js/extra-typings';
import type { App } from '../context.js';
import { itemJson, planHeader } from '../core/json.js';
import { resolveRef } from '../core/ref.js';
import { itemStatus, type TargetStatus } from '../core/status.js';
import { t, type Lang } from '../i18n/index.js';
import { bar, dubanMarks, gapText, num, statusCell, withUnit } from '../render/status.js';
import { cellText, renderTable, type Paint } from '../render/table.js';
import { safe, wrap } from '../render/text.js';
import { FORMATS } from '../render/formats.js';

export function defineShow(program: Command, app: App): void {
  program
    .command('show')
    .description('one item in full: text, units, each target with its readings and status')
    .argument('<ref>', 'an item or target: 7, 7.4, union-2026:7.4')
    .action((ref) => {
      const g = app.globals;
      const format = app.format(FORMATS.show, 'text');
      const { model } = app.openPlan();
      const r = resolveRef(model, ref);
      const item = r.kind === 'item' ? r.item : r.target.item;
      const is = itemStatus(item, g.asOf, model.settings);
      const only = r.kind === 'target' ? r.target.id : undefined;
      if (format === 'json') {
        const j = itemJson(is);
        const readings = Object.fromEntries(is.targets.map((ts) => [ts.target.id, ts.target.readings]));
        app.out(
          JSON.stringify(
            {
              ...planHeader(model, g.asOf),
              item: { ...j, text: item.item.text ?? '', primary: item.item.primary ?? null, targets: j.targets.filter((x) => !only || x.id === only).map((x) => ({ ...x, readings: readings[x.id] ?? [] })) },
            },
            null,
            2,
          ) + '\n',
        );
        return;
      }
      const paint = app.paint();
      const width = Math.min(app.maxWidth() ?? 80, 100);
      const L = (k: Parameters<typeof t>[1]) => t(g.lang, k);
      const lines: string[] = [];
      const head = statusCell(g.lang, is.status, is.stale);
      lines.push(`${paint('bold', safe(`${item.id}. ${item.title}`))}  ${paint(typeof head === 'object' && head?.style ? head.style : 'bold', cellText(head))}${is.closed ? ` · ${L('st_closed')}` : ''}`);
      lines.push(`${L('h_section')}: ${safe(`${item.section.id}、${item.section.title}`)}`);
      lines.push(`${L('h_lead')}: ${safe(item.lead.join('、'))} ★`);
      lines.push(...wrap(`${L('h_units')}: ${safe(item.departments.join('、'))}`, width, '、'));
      if (item.item.text) {
        lines.push('');
        for (const l of wrap(safe(item.item.text), width - 2)) lines.push(`  ${l}`);
      }
      for (const ts of is.targets) {
        if (only && ts.target.id !== only) continue;
        lines.push('', ...targetBlock(g.lang, ts, item.item.primary === ts.target.id, paint, g.asOf));
      }
      lines.push('', t(g.lang, 'asOfLine', { asOf: g.asOf }));
      app.out(lines.join('\n') + '\n');
    });
}

function targetBlock(lang: Lang, ts: TargetStatus, primary: boolean, paint: Paint, asOf: string): string[] {
  const tg = ts.target;
  const L = (k: Parameters<typeof t>[1]) => t(lang, k);
  const cell = statusCell(lang, ts.status, ts.stale);
  const style = typeof cell === 'object' && cell?.style ? cell.style : 'bold';
  const title = tg.implicit ? `${L('k_milestone')} (${L('h_item')} ${tg.id})` : `${tg.id} ${tg.metric}${primary ? ' ★' : ''}`;
  const marks = dubanMarks(lang, ts);
  const share = tg.target === tg.baseline ? 1 : ((ts.actual ?? tg.baseline) - tg.baseline) / (tg.target - tg.baseline);
  const out = [
    `${paint('bold', safe(title))}  ${L(`k_${tg.kind}`)} ${safe(withUnit(tg.target, tg.unit))}  ${L('h_due')} ${ts.due}${marks.length ? `  ${marks.join(' · ')}` : ''}`,
    `  ${L('h_actual')} ${safe(withUnit(ts.actual, tg.unit))}  ${L('h_expected')} ${safe(withUnit(ts.expected, tg.unit))}  ${L('h_gap')} ${gapText(ts.gap)}  ${bar(share)} ${num(share * 100)}%  ${paint(style, cellText(cell))}`,
  ];
  const shown = tg.readings.filter((r) => r.date <= asOf);
  if (shown.length) {
    const table = renderTable({
      columns: [{ header: L('h_date') }, { header: L('h_value'), align: 'right' }, { header: L('h_by') }, { header: L('h_note') }],
      rows: shown.map((r) => [r.date, (r.value === undefined ? '–' : num(r.value)) + (r.correction ? ' ↺' : ''), [r.by, r.person].filter(Boolean).join(' · '), r.note ?? '']),
    });
    out.push(...table.trimEnd().split('\n').map((l) => `    ${l}`));
    // The last report's own words: its problems, next steps and evidence.
    const lastText = shown[shown.length - 1]!;
    if (lastText.problems) out.push(`    ${L('h_problems')}: ${safe(lastText.problems)}`);
    if (lastText.next) out.push(`    ${L('h_next')}: ${safe(lastText.next)}`);
    if (lastText.evidence?.length) out.push(`    ${L('h_evidence')}: ${safe(lastText.evidence.join('、'))}`);
  } else out.push(`    ${L('h_readings')}: ${L('none')}`);
  return out;
}
