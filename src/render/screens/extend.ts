// plan extend: the 延期 recorded (or, with --dry-run, the change it would make).
import type { Extension } from '../../core/model.js';
import type { PlanModel, TargetView } from '../../core/plan.js';
import { targetJson } from '../../core/json.js';
import type { TargetStatus } from '../../core/status.js';
import { t, type Lang } from '../../i18n/index.js';
import { lineDiff } from '../diff.js';
import { metricOf } from '../duban.js';
import { jsonOutput } from '../json.js';
import type { Printed, ScreenOptions } from '../screen.js';
import { safe } from '../text.js';

export interface ExtendRow {
  target: TargetView;
  extension: Extension;
  late: boolean;
  status: TargetStatus;
}

/** What extend did to the plan file: its text before and after, and whether it was written. */
export interface Amended {
  before: { model: PlanModel; source: string };
  text: string;
  file: string;
  written: boolean;
}

export function extendScreen(rows: readonly ExtendRow[], a: Amended, format: 'table' | 'json', o: ScreenOptions): Printed {
  if (format === 'json') {
    const targets = rows.map((x) => ({
      ...targetJson(x.status),
      extension: { requested: x.extension.requested, to: x.extension.to, reason: x.extension.reason, approved: x.extension.approved ?? null, by: x.extension.by ?? null },
      late_request: x.late,
    }));
    return { out: jsonOutput(a.before.model, o.asOf, { file: a.file, written: a.written, targets }), notes: [] };
  }
  const diff = a.written ? '' : lineDiff(a.before.source, a.text, a.file);
  return { out: diff + renderExtended(rows, o.lang), notes: [t(o.lang, a.written ? 'amendWritten' : 'amendDry', { file: a.file })] };
}

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
