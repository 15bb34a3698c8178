// plan escalations: what the office escalates as of the date, from the status at each past deadline.
import type { Escalation } from '../../core/escalation.js';
import type { EscalationRule } from '../../core/model.js';
import type { PlanModel } from '../../core/plan.js';
import { t, type Lang } from '../../i18n/index.js';
import { escalationJson, metricOf } from '../duban.js';
import { jsonOutput } from '../json.js';
import type { Printed, ScreenOptions } from '../screen.js';
import { dubanMarks, statusCell, statusLabel, withMarks } from '../status.js';
import { renderCsv, renderFitted, renderMarkdownTable, type Table } from '../table.js';

export function escalationsScreen(model: PlanModel, list: readonly Escalation[], rules: readonly EscalationRule[], format: 'table' | 'json' | 'csv' | 'md', o: ScreenOptions): Printed {
  if (format === 'json') {
    return { out: jsonOutput(model, o.asOf, { rules: rules.map((r) => ({ status: r.status, rounds: r.rounds, action: r.action })), escalations: list.map(escalationJson) }), notes: [] };
  }
  if (format === 'csv') return { out: renderCsv(escalationsCsvTable(list)), notes: [] };
  const table = escalationsTable(list, o.lang);
  if (format === 'md') return { out: renderMarkdownTable(table), notes: [] };
  const footer = `${t(o.lang, 'es_rules', { rules: rulesText(rules, o.lang) })} · ${t(o.lang, 'asOfLine', { asOf: o.asOf })}`;
  if (!list.length) return { out: '', notes: [t(o.lang, 'es_none', { asOf: o.asOf }), footer] };
  // Narrow: without the streak (plan escalations --format md or json has it), the status kept whole.
  const STREAK = 4;
  const narrow: Table = { columns: table.columns.filter((_, i) => i !== STREAK), rows: table.rows.map((r) => r.filter((_, i) => i !== STREAK)) };
  // Narrowest: the status by its word and colour, without the light before it.
  const STATUS = narrow.columns.length - 1;
  const words: Table = { columns: narrow.columns, rows: narrow.rows.map((r) => r.map((c, i) => (i === STATUS && c && typeof c === 'object' ? { ...c, text: c.text.replace(/^[●✔○] /, '') } : c))) };
  return { out: renderFitted([table, narrow, words], { paint: o.paint, maxWidth: o.maxWidth }), notes: [footer] };
}

/** CSV: the status key, not the words; the streak as round:status pairs. */
function escalationsCsvTable(list: readonly Escalation[]): Table {
  return {
    columns: ['action', 'rule_status', 'rule_rounds', 'target', 'item', 'departments', 'status', 'streak'].map((header) => ({ header })),
    rows: list.map((e) => [e.rule.action, e.rule.status, String(e.rule.rounds), e.target?.id ?? '', e.target?.item.id ?? '', e.units.join(' '), e.now?.status ?? 'missing', e.streak.map((s) => `${s.round.deadline}:${s.status}`).join(' ')]),
  };
}

/** `4 rounds since 04-25: 预警 → 滞后 ×3`: how long, from when, and the statuses in a row. */
function streakText(lang: Lang, e: Escalation): string {
  const words = e.streak.map((s) => (s.status === 'missing' ? t(lang, 'cp_missing') : statusLabel(lang, s.status)));
  const runs: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && words[j] === words[i]) j++;
    runs.push(j - i > 1 ? `${words[i]}×${j - i}` : words[i]!);
    i = j;
  }
  return `${t(lang, 'es_since', { n: e.streak.length, date: e.streak[0]!.round.deadline.slice(5) })}: ${runs.join(' → ')}`;
}

function escalationsTable(list: readonly Escalation[], lang: Lang): Table {
  return {
    columns: [{ header: t(lang, 'es_action') }, { header: t(lang, 'h_id'), align: 'right' }, { header: t(lang, 'h_metric'), flex: true }, { header: t(lang, 'h_lead') }, { header: t(lang, 'es_streak'), flex: true }, { header: t(lang, 'h_status') }],
    rows: list.map((e) => [
      { text: e.rule.action, style: 'bold' },
      e.target?.id ?? '',
      e.target ? metricOf(e.target) : t(lang, 'es_no_returns', { n: e.streak.length }),
      e.units.join('、'),
      streakText(lang, e),
      e.now ? withMarks(statusCell(lang, e.now.status, e.now.stale), dubanMarks(lang, e.now)) : { text: t(lang, 'cp_missing'), style: 'red' },
    ]),
  };
}

/** The rules in force, for the note under the table: 预警 2期 → 专函督办 · 滞后 3期 → 约谈. */
function rulesText(rules: readonly EscalationRule[], lang: Lang): string {
  return rules.map((r) => t(lang, 'es_rule', { status: r.status === 'missing' ? t(lang, 'cp_missing') : statusLabel(lang, r.status), n: r.rounds, action: r.action })).join(' · ');
}
