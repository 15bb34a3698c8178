// plan import: what the text became (on stderr: the plan itself is the data).
import type { ImportMessage, ImportResult, ImportWarning } from '../../core/import/index.js';
import type { PlanFile, TargetKind } from '../../core/model.js';
import { t, type Lang } from '../../i18n/index.js';
import { jsonText } from '../json.js';

/**
 * A piece of the document as a clerk searches for it: the 、 or , that joined it to the clause
 * before is no part of it ("、职工5000人以上" was quoted so).
 */
const JOINER = /^[、,，;；\s]+/;

/** One thing the parser said, in the language; a warning about an item says which. */
export function importMessage(lang: Lang, m: ImportMessage | ImportWarning): string {
  const quoted = m.params.text;
  const params = typeof quoted === 'string' && JOINER.test(quoted) ? { ...m.params, text: quoted.replace(JOINER, '') } : m.params;
  const text = t(lang, m.code, params);
  return 'item' in m && m.item !== undefined ? t(lang, 'imp_inItem', { item: m.item, message: text }) : text;
}

/** The summary line, then each warning and hint; `row` gives a workbook's sheet and row for a line of its text. */
export function importNotes(result: ImportResult, lang: Lang, row?: (line: number) => { sheet: string; row: number } | undefined): string[] {
  const s = result.summary;
  const kinds = (Object.entries(s.targets) as [TargetKind, number][])
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${t(lang, `k_${k}`)} ${n}`)
    .join(lang === 'zh' ? '、' : ', ');
  const total = Object.values(s.targets).reduce((a, b) => a + b, 0);
  return [
    t(lang, 'importSummary', { sections: s.sections, items: s.items, units: s.units, targets: total, kinds: kinds || '-' }),
    ...result.warnings.map((w) => {
      const cell = row?.(w.line);
      return cell
        ? `  ${t(lang, 'importWarningRow', { sheet: cell.sheet, row: cell.row, message: importMessage(lang, w) })}`
        : w.to !== undefined
        ? `  ${t(lang, 'importWarningLines', { line: w.line, to: w.to, message: importMessage(lang, w) })}`
          : `  ${t(lang, 'importWarning', { line: w.line, message: importMessage(lang, w) })}`;
    }),
    ...result.hints.map((h) => `  ${t(lang, 'importHint', { message: importMessage(lang, h) })}`),
  ];
}

/** `--format json`: the plan itself (it carries its own "schema": 1), as the YAML would hold it. */
export function importJson(plan: PlanFile): string {
  return jsonText(plan);
}
