// plan progress (and each line of plan sheet import): a recorded reading, before -> after.
import type { TargetJson } from '../../core/json.js';
import type { Reading } from '../../core/model.js';
import type { TargetView } from '../../core/plan.js';
import type { Status, TargetStatus } from '../../core/status.js';
import { t, type Lang } from '../../i18n/index.js';
import type { ScreenOptions } from '../screen.js';
import { gapText, paintedStatus, withUnit } from '../status.js';
import type { Paint } from '../table.js';
import { safe } from '../text.js';

/** 7.4 开展职工文化活动: 1200场次 -> 1500场次 (● 正常) */
export function readingLine(lang: Lang, paint: Paint, tg: TargetView, before: number | null | undefined, after: number | null | undefined, status: Status, stale: boolean): string {
  return t(lang, 'progressDone', {
    id: tg.id,
    metric: safe(tg.implicit ? tg.item.title : tg.metric),
    before: withUnit(before, tg.unit),
    after: withUnit(after, tg.unit),
    status: paintedStatus(paint, lang, status, stale),
  });
}

export function progressJson(file: string, written: boolean, reading: Reading, before: TargetStatus, after: TargetJson): Record<string, unknown> {
  return { file, written, reading, before: { actual: before.actual ?? null, status: before.status }, target: after };
}

export function progressText(tg: TargetView, before: TargetStatus, after: TargetJson, o: ScreenOptions): string {
  const { lang } = o;
  return `${readingLine(lang, o.paint, tg, before.actual, after.actual, after.status, after.stale)}  ${t(lang, 'h_expected')} ${withUnit(after.expected, tg.unit)} ${t(lang, 'h_gap')} ${gapText(after.gap)}\n`;
}
