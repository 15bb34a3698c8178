// The bytes on screen of the 督办 commands: extend, close, compliance, escalations, remind.
import type { Compliance, Return, UnitCompliance } from '../core/compliance.js';
import { addDays, daysInMonth } from '../core/dates.js';
import { roundsAtRule, type Escalation } from '../core/escalation.js';
import { round } from '../core/json.js';
import type { EscalationRule, Extension } from '../core/model.js';
import type { TargetView } from '../core/plan.js';
import type { Reason, RemindEntry, RemindMessage, Tone } from '../core/remind.js';
import type { Round } from '../core/rounds.js';
import type { Status, TargetStatus } from '../core/status.js';
import { t, type Lang } from '../i18n/index.js';
import { dubanMarks, gapText, num, statusCell, statusLabel, withMarks, withUnit } from './status.js';
import type { Cell, Paint, Table } from './table.js';
import { safe, truncate, width } from './text.js';

const metricOf = (tg: TargetView) => safe(tg.implicit ? tg.item.title : tg.metric);

/** `7.4 各级技能竞赛活动: due 2026-12-31 → 2027-03-31, approved 2026-11-25 · late request`, one line per target. */
export function renderExtended(rows: readonly { target: TargetView; extension: Extension; late: boolean; status: TargetStatus }[], lang: Lang): string {
  return rows
    .map(({ target, extension: x, late }) => {
      const from = target.due;
      const state = x.approved !== undefined ? t(lang, 'extendApproved', { date: x.approved }) + (x.by ? ` (${safe(x.by)})` : '') : t(lang, 'extendPending', { date: x.requested, from });
      return `${t(lang, 'extendLine', { id: target.id, metric: metricOf(target), from, to: x.to, state })}${late ? ` · ${t(lang, 'extendLate')}` : ''}\n`;
    })
    .join('');
}

/** `7.4 各级技能竞赛活动: closed 2026-12-20, evidence: docs/7.4-验收.pdf`, one line per target. */
export function renderClosed(rows: readonly TargetView[], lang: Lang): string {
  return rows
    .map((tg) => `${t(lang, 'closeLine', { id: tg.id, metric: metricOf(tg), date: tg.closed?.date ?? '', evidence: safe((tg.closed?.evidence ?? []).join(lang === 'zh' ? '、' : ', ')) })}\n`)
    .join('');
}

// ---------------------------------------------------------------- plan compliance

/** 3月, Q1, 03-02: a round's short name in a column header. */
export function roundLabel(lang: Lang, r: Round): string {
  if (/^\d{4}-Q\d$/.test(r.id)) return lang === 'zh' ? `${t(lang, 'cp_quarter', { q: r.id.slice(-1) })}` : r.id.slice(5);
  if (/^\d{4}-\d{2}$/.test(r.id)) return lang === 'zh' ? `${Number(r.id.slice(5))}月` : r.id.slice(5);
  return r.start.slice(5);
}

const MARK: Record<Return, Cell> = {
  on_time: { text: '✔', style: 'green' },
  late: { text: '迟', style: 'yellow' },
  missing: { text: '✗', style: 'red' },
};

export function rateText(rate: number | undefined): string {
  return rate === undefined ? '–' : `${num(rate * 100)}%`;
}

/** One row per unit: a mark per round (the latest `last` rounds), the counts and the rate. */
export function complianceTable(c: Compliance, lang: Lang, last = 12): Table {
  const rounds = c.rounds.slice(-last);
  const mark = (u: UnitCompliance, r: Round): Cell => {
    const x = u.rounds.find((y) => y.round.id === r.id);
    if (!x) return '';
    const m = MARK[x.result];
    return lang === 'en' && x.result === 'late' ? { text: 'L', style: 'yellow' } : m;
  };
  return {
    columns: [
      { header: t(lang, 'h_unit') },
      ...rounds.map((r) => ({ header: roundLabel(lang, r), align: 'right' as const })),
      { header: t(lang, 'cp_on_time'), align: 'right' },
      { header: t(lang, 'cp_late'), align: 'right' },
      { header: t(lang, 'cp_missing'), align: 'right' },
      { header: t(lang, 'cp_rate'), align: 'right' },
    ],
    rows: c.units.map((u) => [u.unit, ...rounds.map((r) => mark(u, r)), u.counts.on_time, u.counts.late, u.counts.missing, rateText(u.rate)]),
  };
}

/** CSV: one row per unit and round, the same fields as the JSON. */
export function complianceCsvTable(c: Compliance): Table {
  const h = (header: string) => ({ header });
  return {
    columns: ['department', 'round', 'start', 'end', 'deadline', 'result', 'late', 'missing', 'rate'].map(h),
    rows: c.units.flatMap((u) =>
      u.rounds.map((x) => [u.unit, x.round.id, x.round.start, x.round.end, x.round.deadline, x.result, x.late.map((t1) => t1.id).join(' '), x.missing.map((t1) => t1.id).join(' '), u.rate === undefined ? '' : String(round(u.rate, 4))]),
    ),
  };
}

export function complianceJson(c: Compliance, header: object): object {
  return {
    ...header,
    reporting: { cadence: c.rule.cadence, due_day: c.rule.due_day },
    rounds: c.rounds.map((r) => ({ id: r.id, start: r.start, end: r.end, deadline: r.deadline })),
    departments: c.units.map((u) => ({
      name: u.unit,
      counts: u.counts,
      rate: u.rate === undefined ? null : round(u.rate, 4),
      rounds: u.rounds.map((x) => ({ round: x.round.id, deadline: x.round.deadline, result: x.result, due: x.due.map((y) => y.id), late: x.late.map((y) => y.id), missing: x.missing.map((y) => y.id) })),
    })),
  };
}

/** `✔ on time · 迟 late (reported after the deadline, in the round) · ✗ missing`, and the rule. */
export function complianceLegend(c: Compliance, lang: Lang): string {
  const cadence = t(lang, `cp_cadence_${c.rule.cadence}`, { day: c.rule.due_day });
  return t(lang, 'cp_legend', { cadence, late: lang === 'en' ? 'L' : '迟' });
}

// ---------------------------------------------------------------- plan escalations

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

export function escalationsTable(list: readonly Escalation[], lang: Lang): Table {
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

export function escalationJson(e: Escalation): object {
  return {
    action: e.rule.action,
    rule: { status: e.rule.status, rounds: e.rule.rounds, action: e.rule.action },
    target: e.target?.id ?? null,
    item: e.target?.item.id ?? null,
    metric: e.target ? (e.target.implicit ? e.target.item.title : e.target.metric) : null,
    departments: e.units,
    status: e.now?.status ?? 'missing',
    streak: e.streak.map((s) => ({ round: s.round.id, deadline: s.round.deadline, status: s.status })),
  };
}

/** The rules in force, for the note under the table: 预警 2期 → 专函督办 · 滞后 3期 → 约谈. */
export function rulesText(rules: readonly EscalationRule[], lang: Lang): string {
  return rules.map((r) => t(lang, 'es_rule', { status: r.status === 'missing' ? t(lang, 'cp_missing') : statusLabel(lang, r.status), n: r.rounds, action: r.action })).join(' · ');
}

// ---------------------------------------------------------------- plan remind

/** 2026年9月30日 / 2026-09-30: a date in a message. */
function longDate(lang: Lang, d: string): string {
  return lang === 'zh' ? `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : d;
}

function reasonText(lang: Lang, e: RemindEntry, r: Reason, m: RemindMessage): string {
  const s = e.status;
  const tg = e.target;
  switch (r) {
    case 'overdue':
      return t(lang, 'rm_overdue', { due: s.due, actual: withUnit(s.actual, tg.unit), target: withUnit(tg.target, tg.unit) });
    case 'escalated':
      return t(lang, 'rm_escalated', { n: roundsAtRule(e.escalation!), status: statusLabel(lang, e.escalation!.rule.status as Status), action: safe(e.escalation!.rule.action) });
    case 'behind':
    case 'at_risk':
      return s.gap === undefined
        ? t(lang, 'rm_bar', { status: statusLabel(lang, r), actual: withUnit(s.actual, tg.unit), target: withUnit(tg.target, tg.unit) })
        : t(lang, 'rm_gap', { status: statusLabel(lang, r), actual: withUnit(s.actual, tg.unit), expected: withUnit(s.expected, tg.unit), gap: gapText(s.gap) });
    case 'due_soon':
      return t(lang, 'rm_due_soon', { due: s.due, actual: withUnit(s.actual, tg.unit), target: withUnit(tg.target, tg.unit) });
    case 'missing':
      return t(lang, 'rm_missing', { deadline: longDate(lang, m.round.deadline) });
    case 'report_due':
      return t(lang, 'rm_report_due', { deadline: longDate(lang, m.round.deadline) });
  }
}

export function toneLabel(lang: Lang, tone: Tone): string {
  return t(lang, `rm_tone_${tone}`);
}

/** One unit's message, plain text to paste into 企业微信 / 钉钉 / mail; `md` for robots and files. */
export function renderRemind(m: RemindMessage, lang: Lang, asOf: string, office: string, md = false): string {
  const b = (s: string) => (md ? `**${s}**` : s);
  const lines: string[] = [];
  lines.push(`${md ? '### ' : ''}${b(`【${toneLabel(lang, m.tone)}】`)}${safe(m.unit)}`);
  lines.push('');
  lines.push(t(lang, 'rm_intro', { asOf: longDate(lang, asOf), n: m.entries.length }));
  m.entries.forEach((e, i) => {
    const tg = e.target;
    const title = `${tg.id} ${safe(tg.implicit ? tg.item.title : tg.metric)}`;
    lines.push(`${i + 1}. ${b(title)}【${toneLabel(lang, e.tone)}】${e.reasons.map((r) => reasonText(lang, e, r, m)).join(lang === 'zh' ? ';' : '; ')}`);
    lines.push(`${md ? '   ' : '   '}${t(lang, 'rm_how', { command: md ? `\`${e.command}\`` : e.command, sheet: safe(m.sheet) })}`);
  });
  if (m.escalation) lines.push(t(lang, 'rm_unit_escalated', { n: m.escalation.streak.length, action: safe(m.escalation.rule.action) }));
  lines.push('');
  lines.push(t(lang, m.tone === 'remind' ? 'rm_close_remind' : m.tone === 'urge' ? 'rm_close_urge' : 'rm_close_supervise', { deadline: longDate(lang, nextDeadline(m, asOf)) }));
  lines.push(`${safe(office)} ${longDate(lang, asOf)}`);
  // Markdown robots need two spaces before a line break to keep it.
  return lines.join(md ? '  \n' : '\n') + '\n';
}

/** This round's deadline, or when it has passed, the next one (a day before it is never asked for). */
function nextDeadline(m: RemindMessage, asOf: string): string {
  return asOf <= m.round.deadline ? m.round.deadline : nextRoundDeadline(m.round);
}

function nextRoundDeadline(r: Round): string {
  // The round after: the same due day of the month after the round ends (clamped); weekly, 7 days on.
  if (/^\d{4}-\d{2}-\d{2}$/.test(r.id)) return addDays(r.deadline, 7);
  const months = /Q/.test(r.id) ? 3 : 1;
  const y = Number(r.deadline.slice(0, 4));
  const mo = Number(r.deadline.slice(5, 7)) + months;
  const yy = mo > 12 ? y + 1 : y;
  const mm = mo > 12 ? mo - 12 : mo;
  const day = Math.min(Number(r.deadline.slice(8, 10)), daysInMonth(yy, mm));
  return `${yy}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function remindJson(m: RemindMessage): object {
  return {
    department: m.unit,
    tone: m.tone,
    round: { id: m.round.id, deadline: m.round.deadline },
    sheet: m.sheet,
    escalation: m.escalation ? { action: m.escalation.rule.action, rounds: m.escalation.streak.length } : null,
    targets: m.entries.map((e) => ({
      id: e.target.id,
      item: e.target.item.id,
      metric: e.target.implicit ? e.target.item.title : e.target.metric,
      status: e.status.status,
      tone: e.tone,
      reasons: e.reasons,
      due: e.status.due,
      actual: e.status.actual ?? null,
      expected: e.status.expected === undefined ? null : round(e.status.expected),
      gap: e.status.gap === undefined ? null : round(e.status.gap, 1),
      escalation: e.escalation ? e.escalation.rule.action : null,
      command: e.command,
    })),
  };
}

/** A robot's markdown message: DingTalk wants a title and text, WeCom a content of at most 4096 bytes. */
export function robotPayload(kind: 'dingtalk' | 'wecom', title: string, markdown: string): string {
  if (kind === 'dingtalk') return JSON.stringify({ msgtype: 'markdown', markdown: { title, text: markdown } });
  let content = markdown;
  const enc = new TextEncoder();
  if (enc.encode(content).length > 4096) {
    const cut = '\n…';
    while (enc.encode(content + cut).length > 4096) content = content.slice(0, Math.floor(content.length * 0.95));
    content += cut;
  }
  return JSON.stringify({ msgtype: 'markdown', markdown: { content } });
}

// ---------------------------------------------------------------- plan status: the 督办 lines

/** The last round's returns per unit, for `plan status --format json` and the bulletin. */
export function reportingSummaryJson(c: Compliance): object {
  const last = c.rounds.at(-1);
  const of = (r: Return) => (last ? c.units.filter((u) => u.rounds.find((x) => x.round.id === last.id)?.result === r).map((u) => u.unit) : []);
  return { cadence: c.rule.cadence, due_day: c.rule.due_day, round: last ? { id: last.id, deadline: last.deadline } : null, on_time: of('on_time'), late: of('late'), missing: of('missing') };
}

/**
 * 报送(6月,截止6月25日):按时 2 · 迟报 1 · 未报 3(组织与基层工作部、…)
 * 督办升级:约谈 4 · 专函督办 7 → plan escalations
 */
export function dubanSummary(c: Compliance, list: readonly Escalation[], lang: Lang, paint: Paint, maxWidth = 80): string[] {
  const out: string[] = [];
  const last = c.rounds.at(-1);
  if (last) {
    const of = (r: Return) => c.units.filter((u) => u.rounds.find((x) => x.round.id === last.id)?.result === r).map((u) => u.unit);
    const missing = of('missing');
    const late = of('late');
    const numbers = { round: roundLabel(lang, last), deadline: last.deadline, on_time: String(of('on_time').length), late: String(late.length), missing: String(missing.length) };
    const line = t(lang, 'st_reporting', {
      ...numbers,
      on_time: paint('green', numbers.on_time),
      late: paint(late.length ? 'yellow' : 'green', numbers.late),
      missing: paint(missing.length ? 'red' : 'green', numbers.missing),
    });
    // The units to chase, as many as fit the line.
    const room = maxWidth - width(t(lang, 'st_reporting', numbers)) - 3;
    const names = [...missing, ...late].join('、');
    out.push(names && room > 6 ? `${line} (${truncate(safe(names), room)})` : line);
  }
  if (list.length) {
    const byAction = new Map<string, number>();
    for (const e of list) byAction.set(e.rule.action, (byAction.get(e.rule.action) ?? 0) + 1);
    out.push(t(lang, 'st_escalations', { list: [...byAction].map(([a, n]) => `${paint('bold', safe(a))} ${n}`).join(' · ') }));
  }
  if (out.length) out.push('');
  return out;
}
