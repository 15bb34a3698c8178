// plan sheet import: what the filled sheets recorded, or why they were refused.
import { targetJson } from '../../core/json.js';
import type { TargetView } from '../../core/plan.js';
import { problemMessage, type SheetProblem, type SheetsCheck } from '../../core/sheet.js';
import type { TargetStatus } from '../../core/status.js';
import { t, type Lang } from '../../i18n/index.js';
import type { ScreenOptions } from '../screen.js';
import { paintedStatus } from '../status.js';
import { safe } from '../text.js';
import { readingLine } from './progress.js';

/** A target's status in the plan as recorded. */
export type After = (target: TargetView) => TargetStatus;

/** `file`: the plan file, or over several plans (sheets of several plans at once) their files. */
export function refusedJson(file: string | readonly string[], refused: readonly SheetProblem[], lang: Lang): Record<string, unknown> {
  return { ...(typeof file === 'string' ? { file } : { files: file }), written: false, problems: refused.map((p) => ({ file: p.file, row: p.row ?? null, message: problemMessage(p, lang) })) };
}

export function sheetsJson(check: SheetsCheck, before: Map<TargetView, TargetStatus>, after: After) {
  return check.sheets.map((s) => ({
    file: s.file,
    unit: s.unit ?? null,
    recorded: s.readings.map((x) => {
      const b = before.get(x.target);
      return { row: x.row, id: x.target.id, item: x.target.item.id, reading: x.reading, before: { actual: b?.actual ?? null, status: b?.status ?? null }, target: targetJson(after(x.target)) };
    }),
    empty: s.empty.map((x) => ({ row: x.row, id: x.target.id, item: x.target.item.id, metric: x.target.implicit ? x.target.item.title : x.target.metric })),
    repeated: s.repeated.map((x) => ({ row: x.row, id: x.target.id, item: x.target.item.id })),
  }));
}

export function sheetImportText(check: SheetsCheck, before: Map<TargetView, TargetStatus>, after: After, o: ScreenOptions): string {
  const { lang, paint } = o;
  const sep = t(lang, 'sh_sep');
  // A target reported in two sheets: the second line starts where the first ended.
  const current = new Map<TargetView, number | undefined>([...before].map(([tg, s]) => [tg, s.actual]));
  let out = '';
  for (const s of check.sheets) {
    out += t(lang, 'sh_unitLine', { unit: safe(s.unit ?? '-'), file: safe(s.file), n: s.readings.length, empty: s.empty.length }) + '\n';
    for (const x of s.readings) {
      const tg = x.target;
      const a = after(tg);
      if (x.reading.value === undefined) {
        // A text report (进展情况 / 存在问题 without a figure): its words, the figure as it was.
        const r = x.reading;
        const words = r.problems ?? r.note ?? r.next ?? r.evidence?.join(sep) ?? '';
        const metric = safe(tg.implicit ? tg.item.title : tg.metric);
        out += `  ${t(lang, 'sh_textLine', { id: tg.id, metric, text: safe(words), status: paintedStatus(paint, lang, a.status, a.stale) })}\n`;
        continue;
      }
      out += `  ${readingLine(lang, paint, tg, current.get(tg), x.reading.value, a.status, a.stale)}\n`;
      current.set(tg, x.reading.value);
    }
    if (s.empty.length) out += `  ${t(lang, 'sh_emptyList', { ids: s.empty.map((x) => safe(x.target.id)).join(sep) })}\n`;
    if (s.repeated.length) out += `  ${t(lang, 'sh_repeated', { ids: s.repeated.map((x) => safe(x.target.id)).join(sep) })}\n`;
  }
  return out;
}
