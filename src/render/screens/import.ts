// plan import: what the text became (on stderr: the plan itself is the data).
import type { ImportResult } from '../../core/import/index.js';
import type { TargetKind } from '../../core/model.js';
import { importMessage } from '../../i18n/import.js';
import { t, type Lang } from '../../i18n/index.js';

/** The summary line, then each warning and hint. */
export function importNotes(result: ImportResult, lang: Lang): string[] {
  const s = result.summary;
  const kinds = (Object.entries(s.targets) as [TargetKind, number][])
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${t(lang, `k_${k}`)} ${n}`)
    .join(lang === 'zh' ? '、' : ', ');
  const total = Object.values(s.targets).reduce((a, b) => a + b, 0);
  return [
    t(lang, 'importSummary', { sections: s.sections, items: s.items, units: s.units, targets: total, kinds: kinds || '-' }),
    ...result.warnings.map((w) => `  ${t(lang, 'importWarning', { line: w.line, message: importMessage(lang, w.message) })}`),
    ...result.hints.map((h) => `  ${t(lang, 'importHint', { message: importMessage(lang, h) })}`),
  ];
}
