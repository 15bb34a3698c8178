// The bytes on screen of the 督办 commands: extend, close.
import type { Extension } from '../core/model.js';
import type { TargetView } from '../core/plan.js';
import type { TargetStatus } from '../core/status.js';
import { t, type Lang } from '../i18n/index.js';
import { safe } from './text.js';

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
