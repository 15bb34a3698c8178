// plan import: what the text became (on stderr: the plan itself is the data).
import type { ImportMessage, ImportResult, ImportWarning } from '../../core/import/index.js';
import type { PlanFile, TargetKind } from '../../core/model.js';
import type { SourcePlace } from '../../core/import/rows.js';
import { t, type Lang } from '../../i18n/index.js';
import { jsonText } from '../json.js';
import { atoms, width as textWidth, wrap, wrapList } from '../text.js';

/**
 * A piece of the document as a clerk searches for it: the 、 or , that joined it to the clause
 * before is no part of it ("、职工5000人以上" was quoted so).
 */
const JOINER = /^[、,，;；\s]+/;

/** A line of the imported text as the clerk finds it in the file: the paragraph or table row in Word or on a page, the sheet and row in Excel, the row of a CSV file, else the line. */
export type PlaceOf = (line: number) => SourcePlace | undefined;

/** Where a line (through `to`) stands, in the words of the file it came from. */
function where(lang: Lang, line: number, to: number | undefined, place: PlaceOf | undefined): string {
  const at = place?.(line);
  if (at === undefined) return to !== undefined && to !== line ? t(lang, 'importAtLines', { line, to }) : t(lang, 'importAtLine', { line });
  if ('sheet' in at) return t(lang, 'importAtSheetRow', { sheet: at.sheet, row: at.row });
  if ('table' in at) return t(lang, 'importAtTableRow', { table: at.table, row: at.row });
  const last = to === undefined ? undefined : place?.(to);
  if ('row' in at) return last !== undefined && 'row' in last && last.row !== at.row ? t(lang, 'importAtRows', { row: at.row, to: last.row }) : t(lang, 'importAtRow', { row: at.row });
  return last !== undefined && 'paragraph' in last && last.paragraph !== at.paragraph
    ? t(lang, 'importAtParagraphs', { paragraph: at.paragraph, to: last.paragraph })
    : t(lang, 'importAtParagraph', { paragraph: at.paragraph });
}

/** Where paragraphs apart stand (第 1–2、4、10 行 / 第 1、3 段); in a table or a sheet, where the first does. */
function whereParts(lang: Lang, parts: Array<[number, number]>, place: PlaceOf | undefined): string {
  const sep = lang === 'zh' ? '、' : ', ';
  const span = (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`);
  if (place === undefined) return t(lang, 'importAtLineList', { list: parts.map(([a, b]) => span(a, b)).join(sep) });
  const paragraphs = parts.map(([a, b]) => [place(a), place(b)] as const);
  if (!paragraphs.every(([a, b]) => a !== undefined && 'paragraph' in a && b !== undefined && 'paragraph' in b)) return where(lang, parts[0]![0], parts[0]![1], place);
  const list = [...new Set(paragraphs.map(([a, b]) => span((a as { paragraph: number }).paragraph, (b as { paragraph: number }).paragraph)))];
  return t(lang, 'importAtParagraphList', { list: list.join(sep) });
}

/** One thing the parser said, in the language; a warning about an item says which; a line it names, where it stands in the file. */
export function importMessage(lang: Lang, m: ImportMessage | ImportWarning, place?: PlaceOf): string {
  const quoted = m.params.text;
  const params: Record<string, string | number> = typeof quoted === 'string' && JOINER.test(quoted) ? { ...m.params, text: quoted.replace(JOINER, '') } : { ...m.params };
  if (typeof params.line === 'number') params.at = where(lang, params.line, undefined, place);
  const text = t(lang, m.code, params);
  return 'item' in m && m.item !== undefined ? t(lang, 'imp_inItem', { item: m.item, message: text }) : text;
}

/**
 * The summary at a terminal's width, broken after a 、 (a comma in English), never inside a count; the kinds of targets
 * in brackets, (不超过 1、保持 7), kept on one line when they fit on one.
 */
function wrapSummary(summary: string, width: number, sep: string): string[] {
  const held = summary.replace(/\([^()]*\)/g, (m) => m.replaceAll(sep, '\uE000'));
  const whole = atoms(held, sep).every((a) => textWidth(a.trim()) <= width);
  return whole ? wrapList(held, width, sep).map((l) => l.replaceAll('\uE000', sep)) : wrapList(summary, width, sep);
}

/**
 * The summary line, then each warning and hint; `place` says where a line of the text stands in a workbook or a Word file.
 * With `width` (a terminal's), each fits it: the summary broken after a 、 (a comma in English), never inside a count,
 * a warning or hint wrapped by display width under its own indent.
 */
export function importNotes(result: ImportResult, lang: Lang, place?: PlaceOf, width?: number): string[] {
  const s = result.summary;
  const kinds = (Object.entries(s.targets) as [TargetKind, number][])
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${t(lang, `k_${k}`)} ${n}`)
    .join(lang === 'zh' ? '、' : ', ');
  const total = Object.values(s.targets).reduce((a, b) => a + b, 0);
  const summary = t(lang, 'importSummary', { sections: s.sections, items: s.items, units: s.units, targets: total, kinds: kinds || '-' });
  const indented = (text: string): string => (width === undefined ? `  ${text}` : wrap(text, width - 4).map((l, i) => `${i === 0 ? '  ' : '    '}${l}`).join('\n'));
  return [
    width === undefined ? summary : wrapSummary(summary, width, lang === 'zh' ? '、' : ',').join('\n'),
    ...result.warnings.map((w) => indented(t(lang, 'importWarning', { at: w.parts ? whereParts(lang, w.parts, place) : where(lang, w.line, w.to, place), message: importMessage(lang, w, place) }))),
    ...result.hints.map((h) => indented(t(lang, 'importHint', { message: importMessage(lang, h, place) }))),
  ];
}

/** `--format json`: the plan itself (it carries its own "schema": 1), as the YAML would hold it. */
export function importJson(plan: PlanFile): string {
  return jsonText(plan);
}
