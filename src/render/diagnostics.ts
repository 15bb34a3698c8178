// The bytes `plan validate` prints: one pure formatter per --format, keyed by name.

import { jsonText } from './json.js';
import type { LocatedProblem } from '../core/problems.js';
import { t, type Lang } from '../i18n/index.js';
import { noPaint, type Paint } from './table.js';
import { safe, safeLines, truncate, width } from './text.js';

export interface DiagnosticsReport {
  /** The verdict: no errors (and, with --strict, no warnings). */
  valid: boolean;
  /** How many files were checked. */
  files: number;
  /** Sorted by file, line, column. */
  problems: LocatedProblem[];
  /** Each readable file's text by its display name, for code frames. */
  sources: ReadonlyMap<string, string>;
}

export interface DiagnosticsOptions {
  lang: Lang;
  paint?: Paint;
}

export type DiagnosticsFormat = 'text' | 'json' | 'github';

export const DIAGNOSTICS_FORMATS: readonly DiagnosticsFormat[] = ['text', 'json', 'github'];

export const DIAGNOSTICS: Record<DiagnosticsFormat, (report: DiagnosticsReport, opts: DiagnosticsOptions) => string> = {
  text: renderText,
  json: renderJson,
  github: renderGithub,
};

/**
 *     plans/union-2026.yaml:148:32  error  unknown-unit  unknown unit "法律工作"; did you mean 法律工作部?
 *       148 |         departments: [法律工作, 女职工部]
 *           |                       ^
 */
function renderText(report: DiagnosticsReport, opts: DiagnosticsOptions): string {
  const paint = opts.paint ?? noPaint;
  const blocks = report.problems.map((p) => {
    const style = p.severity === 'error' ? 'red' : 'yellow';
    const head = `${paint('bold', `${safe(p.file)}:${p.line}:${p.col}`)}  ${paint(style, p.severity)}  ${paint('grey', p.code)}  ${safe(p.message)}`;
    const source = report.sources.get(p.file);
    const frame = source === undefined ? [] : codeFrame(source, p.line, p.col).map((l, i) => (i === 1 ? l.replace('^', paint(style, '^')) : l));
    return [head, ...frame].join('\n') + '\n';
  });
  return [...blocks, summaryLine(report, opts.lang) + '\n'].join('\n');
}

function renderJson(report: DiagnosticsReport): string {
  const problems = report.problems.map((p) => ({ file: p.file, line: p.line, col: p.col, severity: p.severity, code: p.code, message: p.message }));
  return jsonText({ schema: 1, valid: report.valid, problems });
}

/** GitHub Actions workflow commands: the problem shows on the line in the pull request. */
function renderGithub(report: DiagnosticsReport): string {
  return report.problems
    // The Actions log renders ANSI sequences: plan text in a message is shown escaped there too.
    .map((p) => `::${p.severity} file=${ghProperty(safe(p.file))},line=${p.line},col=${p.col},title=${ghProperty(p.code)}::${ghData(safeLines(p.message))}\n`)
    .join('');
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** ✖ 3 problems (2 errors, 1 warning) in 1 file — or ✔ no problems in 2 files. */
export function summaryLine(report: DiagnosticsReport, lang: Lang): string {
  const count = (n: number, key: 'nProblems' | 'nErrors' | 'nWarnings' | 'nFiles') => t(lang, key, { n });
  const files = count(report.files, 'nFiles');
  if (!report.problems.length) return t(lang, 'validateClean', { files });
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  return t(lang, 'validateSummary', {
    mark: report.valid ? '⚠' : '✖',
    problems: count(report.problems.length, 'nProblems'),
    errors: count(errors, 'nErrors'),
    warnings: count(warnings, 'nWarnings'),
    files,
  });
}

/** Lines shown before a long line is cut around the column. */
const FRAME_WIDTH = 100;
const FRAME_BEFORE = 50;

/**
 * The line and a caret under the column. Columns count UTF-16 code units (as editors do);
 * the caret goes by display width, since Chinese characters take two terminal columns.
 */
export function codeFrame(source: string, line: number, col: number): string[] {
  const text = lineAt(source, line);
  if (text === undefined || !text.trim()) return [];
  let before = safe(text.slice(0, Math.max(0, col - 1)));
  let after = safe(text.slice(Math.max(0, col - 1)));
  if (width(before) > FRAME_BEFORE) before = '…' + tail(before, FRAME_BEFORE - 1);
  if (width(before) + width(after) > FRAME_WIDTH) after = truncate(after, Math.max(FRAME_WIDTH - width(before), 2));
  const gutter = String(line);
  const pad = ' '.repeat(gutter.length);
  return [`  ${gutter} | ${before}${after}`.trimEnd(), `  ${pad} | ${' '.repeat(width(before))}^`];
}

function lineAt(source: string, line: number): string | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const nl = source.indexOf('\n', start);
    if (nl === -1) return undefined;
    start = nl + 1;
  }
  const end = source.indexOf('\n', start);
  return source.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

/** The last w columns of a string, never splitting a character. */
function tail(s: string, w: number): string {
  const chars = [...s];
  let used = 0;
  let i = chars.length;
  while (i > 0 && used + width(chars[i - 1]!) <= w) used += width(chars[--i]!);
  return chars.slice(i).join('');
}
