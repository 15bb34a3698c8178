// plan remind: one message per unit (提醒, 催办, 督办), to paste, to write as files, or to post to a group robot.
import { roundsAtRule } from '../../core/escalation.js';
import { addDays, daysInMonth } from '../../core/dates.js';
import { fileName } from '../../core/file-name.js';
import { round } from '../../core/json.js';
import type { PlanModel } from '../../core/plan.js';
import type { Reason, RemindEntry, RemindMessage, Tone } from '../../core/remind.js';
import type { Round } from '../../core/rounds.js';
import type { Status } from '../../core/status.js';
import { t, type Lang } from '../../i18n/index.js';
import { jsonOutput } from '../json.js';
import type { ScreenOptions } from '../screen.js';
import { gapText, statusLabel, withUnit } from '../status.js';
import { safe } from '../text.js';

export type RemindFormat = 'table' | 'md' | 'json';
export type Robot = 'dingtalk' | 'wecom';

/** The plan the messages are about, or over several plans (`remind --all`) all of them. */
type Plans = PlanModel | readonly PlanModel[];

/** Who signs the messages: 督查室 of the plan's organisation (the first plan that names one). */
const office = (of: Plans, lang: Lang) => {
  const list: readonly PlanModel[] = Array.isArray(of) ? (of as readonly PlanModel[]) : [of as PlanModel];
  return t(lang, 'rm_office', { org: list.find((m) => m.plan.organization)?.plan.organization ?? '' });
};

/** The messages on standard output. */
export function remindScreen(model: Plans, list: readonly RemindMessage[], format: RemindFormat, o: ScreenOptions): string {
  if (format === 'json') return jsonOutput(model, o.asOf, { messages: list.map(remindJson) });
  return list.map((m) => renderRemind(m, o.lang, o.asOf, office(model, o.lang), format === 'md')).join('\n');
}

/** One file per unit for --out: 法律工作部-催办-2026-10-15.md (the tone in Chinese whatever the language). */
export function remindFiles(model: Plans, list: readonly RemindMessage[], format: RemindFormat, o: ScreenOptions): { name: string; body: string }[] {
  const ext = format === 'json' ? 'json' : format === 'md' ? 'md' : 'txt';
  return list.map((m) => ({
    name: fileName(m.unit, `-${toneLabel('zh', m.tone)}-${o.asOf}.${ext}`),
    body: format === 'json' ? jsonOutput(model, o.asOf, { message: remindJson(m) }) : renderRemind(m, o.lang, o.asOf, office(model, o.lang), format === 'md'),
  }));
}

/** What is posted to the robot for each unit: its Markdown message with a 【催办】unit title. */
export function robotPosts(model: Plans, list: readonly RemindMessage[], kind: Robot, o: ScreenOptions): { unit: string; payload: string }[] {
  return list.map((m) => ({ unit: m.unit, payload: robotPayload(kind, `【${toneLabel(o.lang, m.tone)}】${m.unit}`, renderRemind(m, o.lang, o.asOf, office(model, o.lang), true)) }));
}

/** `✔ 法律工作部: sent` or `✗ 法律工作部: not sent (…)`, one line per post. */
export function postedLine(lang: Lang, unit: string, r: { ok: boolean; error?: string }): string {
  return (r.ok ? t(lang, 'rm_sent', { unit: safe(unit) }) : t(lang, 'rm_failed', { unit: safe(unit), error: safe(r.error ?? '') })) + '\n';
}

export function postedSummary(lang: Lang, kind: Robot, sent: number, all: number): string {
  return t(lang, 'rm_posted', { n: sent, all, robot: kind === 'dingtalk' ? t(lang, 'rm_dingtalk') : t(lang, 'rm_wecom') });
}

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

function toneLabel(lang: Lang, tone: Tone): string {
  return t(lang, `rm_tone_${tone}`);
}

/** One unit's message, plain text to paste into 企业微信 / 钉钉 / mail; `md` for robots and files. */
function renderRemind(m: RemindMessage, lang: Lang, asOf: string, office: string, md = false): string {
  const b = (s: string) => (md ? `**${s}**` : s);
  const lines: string[] = [];
  lines.push(`${md ? '### ' : ''}${b(`【${toneLabel(lang, m.tone)}】`)}${safe(m.unit)}`);
  lines.push('');
  lines.push(t(lang, 'rm_intro', { asOf: longDate(lang, asOf), n: m.entries.length }));
  m.entries.forEach((e, i) => {
    const tg = e.target;
    const title = `${e.plan === undefined ? '' : `${safe(e.plan)}:`}${tg.id} ${safe(tg.implicit ? tg.item.title : tg.metric)}`;
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

function remindJson(m: RemindMessage): object {
  return {
    department: m.unit,
    tone: m.tone,
    round: { id: m.round.id, deadline: m.round.deadline },
    sheet: m.sheet,
    escalation: m.escalation ? { action: m.escalation.rule.action, rounds: m.escalation.streak.length } : null,
    targets: m.entries.map((e) => ({
      ...(e.plan === undefined ? {} : { plan: e.plan }),
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
function robotPayload(kind: 'dingtalk' | 'wecom', title: string, markdown: string): string {
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
