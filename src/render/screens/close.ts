// plan close: the 销号 recorded (or, with --dry-run, the change it would make).
import type { Closed } from '../../core/model.js';
import type { TargetView } from '../../core/plan.js';
import { targetJson } from '../../core/json.js';
import type { TargetStatus } from '../../core/status.js';
import { t, type Lang } from '../../i18n/index.js';
import { lineDiff } from '../diff.js';
import { metricOf } from '../duban.js';
import { jsonOutput } from '../json.js';
import type { Printed, ScreenOptions } from '../screen.js';
import { safe } from '../text.js';
import type { Amended } from './extend.js';

export interface CloseData {
  /** The targets as the plan now holds them (after the write, or as it would be). */
  targets: readonly { target: TargetView; status: TargetStatus }[];
  closed: Closed;
  /** Evidence files that are not there, and the folders they were looked for in. */
  missing: readonly string[];
  dirs: readonly string[];
}

export function closeScreen(d: CloseData, a: Amended, format: 'table' | 'json', o: ScreenOptions): Printed {
  const notes = d.missing.map((path) => t(o.lang, 'closeMissingEvidence', { path, dirs: d.dirs.join(', ') }));
  if (format === 'json') {
    const c = d.closed;
    const targets = d.targets.map((x) => ({ ...targetJson(x.status), closed: { date: c.date, by: c.by ?? null, evidence: c.evidence, note: c.note ?? null } }));
    return { out: jsonOutput(a.before.model, o.asOf, { file: a.file, written: a.written, targets }), notes };
  }
  const diff = a.written ? '' : lineDiff(a.before.source, a.text, a.file);
  // A dry run shows the closing it would record.
  const shown = d.targets.map((x) => (a.written ? x.target : { ...x.target, closed: d.closed }));
  return { out: diff + renderClosed(shown, o.lang), notes: [...notes, t(o.lang, a.written ? 'amendWritten' : 'amendDry', { file: a.file })] };
}

/** `7.4 各级技能竞赛活动: closed 2026-12-20, evidence: docs/7.4-验收.pdf`, one line per target. */
export function renderClosed(rows: readonly TargetView[], lang: Lang): string {
  return rows
    .map((tg) => `${t(lang, 'closeLine', { id: tg.id, metric: metricOf(tg), date: tg.closed?.date ?? '', evidence: safe((tg.closed?.evidence ?? []).join(lang === 'zh' ? '、' : ', ')) })}\n`)
    .join('');
}
