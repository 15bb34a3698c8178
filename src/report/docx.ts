// The bulletin as a Word document the office can edit before sending: real headings
// (Title, Heading 1, Heading 2), real tables with a header row repeated on each page,
// colored lights, A4. The `docx` package is loaded here, on demand, and nowhere else.
import type { Paragraph as DocxParagraph, Table as DocxTable, TableCell as DocxTableCell, TextRun as DocxTextRun } from 'docx';
import type { ReportData } from '../core/report.js';
import { bar } from '../render/status.js';
import { escapeXml, LIGHT_COLOR, oneLine, reportBlocks, type Block, type ReportCell, type ReportMeta, type ReportTable } from './common.js';
import { safeLines } from '../render/text.js';
import { stampZip } from '../core/zip.js';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' };
const HEAD_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' };

export async function renderReportDocx(data: ReportData, meta: ReportMeta): Promise<Uint8Array> {
  const d = await import('docx');
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } = d;

  /** Runs for a text that may hold newlines (a break between lines, never a raw control character). */
  const runs = (text: string, opts: { bold?: boolean; color?: string; size?: number } = {}): DocxTextRun[] =>
    safeLines(text)
      .split('\n')
      .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...opts }));

  const light = (c: ReportCell): DocxTextRun[] => (c.status ? [new TextRun({ text: '● ', color: LIGHT_COLOR[c.status] })] : []);

  const cell = (c: ReportCell, numeric: boolean, opts: { header?: boolean; bold?: boolean } = {}): DocxTableCell =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [...light(c), ...runs(c.text, { bold: Boolean(opts.header || opts.bold), size: 18 })],
        }),
      ],
      ...(opts.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F5' } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });

  const table = (tb: ReportTable): DocxTable => {
    const rows = [
      new TableRow({ tableHeader: true, cantSplit: true, children: tb.columns.map((c) => cell({ text: c.header }, c.numeric, { header: true })) }),
      ...tb.rows.map((r) => new TableRow({ cantSplit: true, children: tb.columns.map((c, i) => cell(r[i] ?? { text: '' }, c.numeric)) })),
    ];
    if (tb.total) rows.push(new TableRow({ cantSplit: true, children: tb.columns.map((c, i) => cell(tb.total![i] ?? { text: '' }, c.numeric, { bold: true })) }));
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
  };

  // Word has no Mermaid: the chart becomes a small table of text bars in the status colors.
  const chart = (b: Extract<Block, { kind: 'chart' }>): (DocxParagraph | DocxTable)[] => {
    if (!b.slices.length) return [];
    const total = b.slices.reduce((a, s) => a + s.value, 0);
    const max = Math.max(...b.slices.map((s) => s.value));
    const rows = b.slices.map(
      (s) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell({ text: s.label, status: s.status }, false),
            cell({ text: String(s.value) }, true),
            new TableCell({
              children: [new Paragraph({ children: [new TextRun({ text: bar(s.value / max, 20).replace(/░/g, ''), color: LIGHT_COLOR[s.status], size: 18 }), new TextRun({ text: ` ${Math.round((s.value / total) * 1000) / 10}%`, size: 18 })] })],
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
            }),
          ],
        }),
    );
    return [new Paragraph({ children: [new TextRun({ text: safeLines(b.title), bold: true })] }), new Table({ width: { size: 70, type: WidthType.PERCENTAGE }, rows })];
  };

  const block = (b: Block): (DocxParagraph | DocxTable)[] => {
    switch (b.kind) {
      case 'title':
        return [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runs(oneLine(b.text)) })];
      case 'meta':
        return [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(oneLine(b.text)) })];
      case 'h2':
        return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(oneLine(b.text)) })];
      case 'h3':
        return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(oneLine(b.text)) })];
      case 'p':
        return [new Paragraph({ children: runs(oneLine(b.text)) })];
      case 'table':
        return [table(b.table), new Paragraph({ children: [] })];
      case 'chart':
        return chart(b);
      case 'footer':
        return b.lines.map((l, i) => new Paragraph({ spacing: i === 0 ? { before: 360 } : {}, children: runs(oneLine(l), { size: 17, color: '555555' }) }));
    }
  };

  const blocks = reportBlocks(data, meta);
  const title = blocks.find((b): b is Extract<Block, { kind: 'title' }> => b.kind === 'title');
  // Title, creator and dates go in docProps/core.xml, written below: docx would date it by the clock.
  const doc = new Document({
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21 } },
        title: { run: { font: HEAD_FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: HEAD_FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { font: HEAD_FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 180, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        // A4 portrait, margins of about 2 cm (in twentieths of a point).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1077, right: 1077 } } },
        children: blocks.flatMap(block),
      },
    ],
  });
  // docx dates the document and each zip entry by the clock; the as-of date makes them repeatable.
  const core = coreProperties(title ? oneLine(title.text) : '', data.asOf);
  return stampZip(new Uint8Array(await Packer.toBuffer(doc, undefined, [{ path: 'docProps/core.xml', data: core }])), data.asOf);
}

/** docProps/core.xml as docx writes it, dated by the as-of date instead of the clock. */
function coreProperties(title: string, asOf: string): string {
  const at = `${asOf}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>plan</dc:creator><cp:lastModifiedBy>plan</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
