// The bulletin as GitHub-flavoured Markdown: the 公文's parts in order, pipe tables for the
// annexes with every cell escaped. No provenance in the body unless --provenance asks for it.
import type { BulletinData } from '../core/report.js';
import { mdCell } from '../render/table.js';
import { oneLine, reportBlocks, type Block, type ReportMeta, type ReportTable } from './common.js';

/** Escapes running text (headings, list entries): every Markdown punctuation that could start a construct. */
export function mdInline(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>#|~&!]/g, (c) => `\\${c}`);
}

/** A paragraph: inline escapes, and no list marker or setext underline at its start either. */
export function mdParagraph(s: string): string {
  return mdInline(s).replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, sp: string, lead: string) => (/\d/.test(lead) ? `${sp}${lead}\\` : `${sp}\\${lead}`));
}

/** A table cell: mdCell's escapes, less the one before a leading sign ("-10.3" is a number in a cell). */
function mdTableCell(s: string): string {
  return mdCell(s).replace(/^\\([-+])(?=\d)/, '$1');
}

function table(tb: ReportTable): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [row(tb.columns.map((c) => mdCell(c.header))), row(tb.columns.map((c) => (c.numeric ? '---:' : '---')))];
  for (const r of tb.rows) lines.push(row(tb.columns.map((_, i) => mdTableCell(r[i] ?? ''))));
  return lines.join('\n');
}

/** A body paragraph opens with two ideographic spaces, as the 公文 indents it. */
const INDENT = '\u3000\u3000';

function block(b: Block, zh: boolean): string {
  const indent = zh ? INDENT : '';
  switch (b.kind) {
    case 'masthead':
      return [`**${mdInline(b.publication)}**`, mdParagraph(b.issue), `${mdInline(b.issuer)}${zh ? '\u3000\u3000' : ' · '}${mdInline(b.date)}`, '---'].join('\n\n');
    case 'title':
      return `# ${mdInline(b.text)}`;
    case 'to':
      return mdParagraph(b.text);
    case 'p':
      return `${indent}${mdParagraph(b.text)}`;
    case 'h1':
      return `## ${mdInline(b.text)}`;
    case 'h2':
      return `### ${mdInline(b.text)}`;
    case 'annex-list':
      return b.items.map((it, i) => `${i === 0 ? `${indent}${mdInline(b.label)}` : `${indent}${zh ? '\u3000\u3000\u3000' : '\u2003\u2003'}`}${i + 1}\\. ${mdInline(it)}`).join('  \n');
    case 'signature':
      return [`<p align="right">${mdInline(b.issuer)}</p>`, `<p align="right">${mdInline(b.date)}</p>`].join('\n\n');
    case 'annex':
      return [`## ${mdInline(b.label)}`, `**${mdInline(b.title)}**`, b.table.rows.length ? table(b.table) : mdParagraph(b.empty)].join('\n\n');
    case 'colophon':
      return ['---', ...(b.cc ? [mdParagraph(b.cc)] : []), `${mdInline(b.issuer)}${zh ? '\u3000\u3000' : ', '}${mdInline(b.date)}`].join('\n\n');
    case 'provenance':
      return `<sub>${mdInline(b.text)}</sub>`;
  }
}

export function renderReportMarkdown(data: BulletinData, meta: ReportMeta): string {
  const zh = meta.lang === 'zh';
  return (
    reportBlocks(data, meta)
      .map((b) => block(b, zh))
      .join('\n\n') + '\n'
  );
}
