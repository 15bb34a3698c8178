// plan show: one item in full, each target with its readings and status.
import { itemJson } from '../../core/json.js';
import type { ItemView } from '../../core/plan.js';
import type { ItemStatus, TargetStatus } from '../../core/status.js';
import { t, type Lang, type MessageKey } from '../../i18n/index.js';
import type { ScreenOptions } from '../screen.js';
import { bar, dubanMarks, gapText, num, paintedStatus, withUnit } from '../status.js';
import { renderTable, type Paint } from '../table.js';
import { safe, width as textWidth, wrap, wrapList } from '../text.js';

/** The item, and (with a target ref) only that target, with its readings. */
export function showJson(item: ItemView, is: ItemStatus, only: string | undefined): Record<string, unknown> {
  const j = itemJson(is);
  const readings = Object.fromEntries(is.targets.map((ts) => [ts.target.id, ts.target.readings]));
  return { item: { ...j, text: item.item.text ?? '', primary: item.item.primary ?? null, targets: j.targets.filter((x) => !only || x.id === only).map((x) => ({ ...x, readings: readings[x.id] ?? [] })) } };
}

export function showText(item: ItemView, is: ItemStatus, only: string | undefined, o: ScreenOptions): string {
  const { paint, lang } = o;
  const width = Math.min(o.maxWidth ?? 80, 100);
  const L = (k: MessageKey) => t(lang, k);
  const lines: string[] = [];
  lines.push(`${paint('bold', safe(`${item.id}. ${item.title}`))}  ${paintedStatus(paint, lang, is.status, is.stale)}${is.closed ? ` · ${L('st_closed')}` : ''}`);
  lines.push(`${L('h_section')}: ${safe(`${item.section.id}、${item.section.title}`)}`);
  lines.push(`${L('h_lead')}: ${safe(item.lead.join('、'))} ★`);
  lines.push(...wrapList(`${L('h_units')}: ${safe(item.departments.join('、'))}`, width, '、'));
  if (item.item.text) {
    lines.push('');
    for (const l of wrap(safe(item.item.text), width - 2)) lines.push(`  ${l}`);
  }
  for (const ts of is.targets) {
    if (only && ts.target.id !== only) continue;
    // Piped, a target's lines stay whole (scripts grep them); on a terminal they fit it.
    lines.push('', ...targetBlock(lang, ts, item.item.primary === ts.target.id, paint, o.asOf, o.maxWidth === undefined ? Infinity : width));
  }
  lines.push('', t(lang, 'asOfLine', { asOf: o.asOf }));
  return lines.join('\n') + '\n';
}

function targetBlock(lang: Lang, ts: TargetStatus, primary: boolean, paint: Paint, asOf: string, width: number): string[] {
  const tg = ts.target;
  const L = (k: MessageKey) => t(lang, k);
  const title = tg.implicit ? `${L('k_milestone')} (${L('h_item')} ${tg.id})` : `${tg.id} ${tg.metric}${primary ? ' ★' : ''}`;
  const marks = dubanMarks(lang, ts);
  const share = tg.target === tg.baseline ? 1 : ((ts.actual ?? tg.baseline) - tg.baseline) / (tg.target - tg.baseline);
  // Fields go to the next line whole when the terminal is narrow, never a status cut in two.
  const fit = (indent: string, parts: string[]): string[] => {
    const out: string[] = [];
    for (const part of parts) {
      const last = out[out.length - 1];
      if (last !== undefined && textWidth(`${last}  ${part}`) <= width) out[out.length - 1] = `${last}  ${part}`;
      else out.push(last === undefined ? part : indent + part);
    }
    return out;
  };
  const out = [
    ...fit('  ', [paint('bold', safe(title)), `${L(`k_${tg.kind}`)} ${safe(withUnit(tg.target, tg.unit))}`, `${L('h_due')} ${ts.due}`, ...(marks.length ? [marks.join(' · ')] : [])]),
    ...fit('  ', [
      `  ${L('h_actual')} ${safe(withUnit(ts.actual, tg.unit))}`,
      `${L('h_expected')} ${safe(withUnit(ts.expected, tg.unit))}`,
      `${L('h_gap')} ${gapText(ts.gap)}`,
      `${bar(share)} ${num(share * 100)}%`,
      paintedStatus(paint, lang, ts.status, ts.stale),
    ]),
  ];
  const shown = tg.readings.filter((r) => r.date <= asOf);
  if (shown.length) {
    const table = renderTable({
      columns: [{ header: L('h_date') }, { header: L('h_value'), align: 'right' }, { header: L('h_by') }, { header: L('h_note'), flex: true }],
      rows: shown.map((r) => [r.date, (r.value === undefined ? '–' : num(r.value)) + (r.correction ? ' ↺' : ''), [r.by, r.person].filter(Boolean).join(' · '), r.note ?? '']),
    }, { maxWidth: Number.isFinite(width) ? width - 4 : undefined });
    out.push(...table.trimEnd().split('\n').map((l) => `    ${l}`));
    // The last report's own words: its problems, next steps and evidence.
    const lastText = shown[shown.length - 1]!;
    if (lastText.problems) out.push(`    ${L('h_problems')}: ${safe(lastText.problems)}`);
    if (lastText.next) out.push(`    ${L('h_next')}: ${safe(lastText.next)}`);
    if (lastText.evidence?.length) out.push(`    ${L('h_evidence')}: ${safe(lastText.evidence.join('、'))}`);
  } else out.push(`    ${L('h_readings')}: ${L('none')}`);
  return out;
}
