// The bulletin as GitHub-flavoured Markdown: pipe tables with every cell escaped, and a
// Mermaid pie (GitHub, GitLab, Typora and most converters draw it; elsewhere it stays a
// readable code block next to the counts table).
import type { ReportData } from '../core/report.js';
import { bar } from '../render/status.js';
import { mdCell } from '../render/table.js';
import { LIGHT_COLOR, LIGHT_EMOJI, oneLine, reportBlocks, type Block, type ReportCell, type ReportMeta, type ReportTable } from './common.js';
import { safeLines } from '../render/text.js';

/** Escapes running text (headings, list entries): every Markdown punctuation that could start a construct. */
export function mdInline(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>#|~&!]/g, (c) => `\\${c}`);
}

/** A paragraph: inline escapes, and no list marker or setext underline at its start either. */
export function mdParagraph(s: string): string {
  return mdInline(s).replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, sp: string, lead: string) => (/\d/.test(lead) ? `${sp}${lead}\\` : `${sp}\\${lead}`));
}

/**
 * A table cell: mdCell's escapes, less the one before a leading sign: a cell holds inline text
 * only, so "+24.7" cannot start a list there, and the source stays readable.
 */
function mdTableCell(s: string): string {
  return mdCell(safeLines(s)).replace(/^\\([-+])(?=\d)/, '$1');
}

function cell(c: ReportCell, emoji: boolean): string {
  const text = mdTableCell(c.text);
  return c.status && emoji ? `${LIGHT_EMOJI[c.status]} ${text}` : text;
}

function table(tb: ReportTable, emoji: boolean): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [row(tb.columns.map((c) => mdCell(c.header))), row(tb.columns.map((c) => (c.numeric ? '---:' : '---')))];
  for (const r of tb.rows) lines.push(row(tb.columns.map((_, i) => cell(r[i] ?? { text: '' }, emoji))));
  if (tb.total) lines.push(row(tb.columns.map((_, i) => `**${cell(tb.total![i] ?? { text: '' }, emoji)}**`)));
  return lines.join('\n');
}

function chart(b: Extract<Block, { kind: 'chart' }>): string {
  if (!b.slices.length) return '';
  // Slices are drawn in the order listed, so pieN is the color of the Nth status (red first).
  const vars = b.slices.map((s, i) => `"pie${i + 1}": "#${LIGHT_COLOR[s.status]}"`).join(', ');
  return [
    '```mermaid',
    `%%{init: {"theme": "base", "themeVariables": {${vars}}}}%%`,
    `pie showData title ${b.title.replace(/["\n]/g, '')}`,
    ...b.slices.map((s) => `    "${s.label.replace(/["\n]/g, '')}" : ${s.value}`),
    '```',
  ].join('\n');
}

function block(b: Block, meta: ReportMeta): string {
  switch (b.kind) {
    case 'title':
      return `# ${mdInline(b.text)}`;
    case 'meta':
      return `${mdParagraph(b.text)}\n\n\`${bar(b.elapsed, 20)}\``;
    case 'h2':
      return `## ${mdInline(b.text)}`;
    case 'h3':
      return `### ${mdInline(b.text)}`;
    case 'p':
      return mdParagraph(b.text);
    case 'table':
      return table(b.table, meta.emoji);
    case 'chart':
      return chart(b);
    case 'footer':
      return ['---', ...b.lines.map(mdParagraph)].join('\n\n');
  }
}

export function renderReportMarkdown(data: ReportData, meta: ReportMeta): string {
  return (
    reportBlocks(data, meta)
      .map((b) => block(b, meta))
      .filter((s) => s !== '')
      .join('\n\n') + '\n'
  );
}
