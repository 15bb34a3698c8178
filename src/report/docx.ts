// The bulletin as a Word 公文 laid out per GB/T 9704-2012 (党政机关公文格式): A4, the text block
// 156 × 225 mm (top margin 37 mm, left 28 mm), 22 lines of 28 characters, body 3号仿宋_GB2312,
// title 2号方正小标宋简体, level-1 headings 3号黑体, level-2 3号楷体_GB2312, page numbers
// "— 1 —" in 4号 at the foot (odd pages right, even pages left), the annexes in landscape
// sections with their header rows repeated, and the 版记 at the foot of the last page. Font
// fallbacks (仿宋, 宋体, 楷体) are named in the font table for machines without the official
// fonts. Provenance goes into the document properties, never the body. The `docx` package is
// loaded here, on demand, and nowhere else.
import type { Paragraph as DocxParagraph, Table as DocxTable, ISectionOptions } from 'docx';
import type { BulletinData } from '../core/report.js';
import { safeLines } from '../render/text.js';
import { stampZip } from '../core/zip.js';
import { CELL_PAD, columnWidths } from './widths.js';
import { escapeXml, oneLine, provenanceText, reportBlocks, words, type Block, type ReportMeta, type ReportTable } from './common.js';

/** Millimetres in twentieths of a point (twips). */
export const mm = (x: number): number => Math.round((x * 1440) / 25.4);

/** The GB/T 9704-2012 page, in twips: A4, the text block 156 × 225 mm. */
export const GBT = {
  page: { width: 11906, height: 16838 },
  margin: { top: mm(37), left: mm(28), right: 11906 - mm(28) - mm(156), bottom: 16838 - mm(37) - mm(225) },
  /** 22 lines in the 225 mm text block: the line pitch (and the exact line spacing of the body). */
  linePitch: Math.floor(mm(225) / 22),
  /**
   * 28 characters of 3号 (16 pt) in 156 mm (442 pt) need a pitch of 15.79 pt: the body runs are
   * set 0.25 pt tighter (twentieths of a point). Word's own char grid (docGrid linesAndChars with a
   * negative charSpace) would do the same in Word, but LibreOffice misreads it and spreads every
   * line to 20 characters, so the grid here is a line grid only.
   */
  charSpacing: -5,
  /** Half-points: 3号 16 pt, 2号 22 pt, 4号 14 pt; the annex tables 小五 (9 pt), so that a dozen columns fit a landscape line. */
  size: { body: 32, title: 44, pageNumber: 28, table: 18, colophon: 28, masthead: 72 },
} as const;

export const FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** The fonts a machine without the official ones falls back to (w:altName in the font table). */
export const FALLBACK: Record<string, string> = { 仿宋_GB2312: '仿宋', 方正小标宋简体: '宋体', 楷体_GB2312: '楷体', 黑体: 'SimHei', 宋体: 'SimSun' };

/**
 * What Word's font substitution matches on when a font is missing: its PANOSE class and family,
 * as Word itself writes them for these fonts (a Windows office machine without 仿宋_GB2312 then
 * takes 仿宋, a 宋 for 小标宋, a 黑 for 黑体). LibreOffice ignores both and asks fontconfig: see the
 * README for the aliases that map the official names to FangSong/SimSun or Noto Serif/Sans CJK SC.
 */
const FACE: Record<string, { panose: string; family: string; pitch: string }> = {
  仿宋_GB2312: { panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  黑体: { panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  宋体: { panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
  方正小标宋简体: { panose: '02000000000000000000', family: 'auto', pitch: 'variable' },
};

/**
 * Body text for Word: one line, and a break allowed after 、 before a figure. LibreOffice finds no
 * break inside 1、3.2、5、7.1 and spreads the line before such a list over the whole width; the
 * zero-width space lets it break there, and Word shows nothing.
 */
const breakable = (s: string): string => s.replace(/、(?=[0-9A-Za-z])/g, '、\u200b');

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });

/** One character of body text: indents are counted in characters, as the standard does. */
const CHAR = 320;

export async function renderReportDocx(data: BulletinData, meta: ReportMeta): Promise<Uint8Array> {
  const d = await import('docx');
  const { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, SectionType, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlignSection, VerticalAlign, WidthType, DocumentGridType } = d;

  const text = (s: string) => breakable(oneLine(safeLines(s)));
  const exact = { line: GBT.linePitch, lineRule: LineRuleType.EXACT };
  const para = (s: string, opts: { indent?: boolean } = {}): DocxParagraph =>
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: exact, ...(opts.indent === false ? {} : { indent: { firstLine: 2 * CHAR } }), children: [new TextRun({ text: text(s) })] });

  const portraitWidth = GBT.page.width - GBT.margin.left - GBT.margin.right;
  const landscapeWidth = GBT.page.height - GBT.margin.top - GBT.margin.bottom;

  const cellMargins = { top: 40, bottom: 40, left: CELL_PAD / 2, right: CELL_PAD / 2 };
  const table = (tb: ReportTable): DocxTable => {
    const widths = columnWidths(tb, landscapeWidth);
    const cell = (s: string, i: number, header: boolean) =>
      new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        margins: cellMargins,
        children: [
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : tb.columns[i]!.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
            spacing: { line: 300, lineRule: LineRuleType.AUTO },
            children: (header ? safeLines(s).split('\n') : [text(s)]).map((line, k) => new TextRun({ text: line, size: GBT.size.table, ...(k > 0 ? { break: 1 } : {}), ...(header ? { font: font(FONTS.heading1) } : {}) })),
          }),
        ],
      });
    return new Table({
      width: { size: landscapeWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: tb.columns.map((c, i) => cell(c.header, i, true)) }),
        ...tb.rows.map((r) => new TableRow({ cantSplit: true, children: tb.columns.map((_, i) => cell(r[i] ?? '', i, false)) })),
      ],
    });
  };

  /** "— 1 —", 4号宋体: odd pages at the right, even pages at the left, one character in from the edge. */
  const pageNumber = (side: 'odd' | 'even') =>
    new Footer({
      children: [
        new Paragraph({
          alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'odd' ? { right: 280 } : { left: 280 },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: GBT.size.pageNumber, font: font(FONTS.pageNumber) })],
        }),
      ],
    });
  const footers = { default: pageNumber('odd'), even: pageNumber('even') };
  const portrait = {
    page: { size: { width: GBT.page.width, height: GBT.page.height }, margin: { ...GBT.margin, header: mm(15), footer: mm(21) } },
    grid: { type: DocumentGridType.DEFAULT, linePitch: GBT.linePitch },
  };
  const landscape = {
    page: {
      // docx swaps the two for a landscape page: give them as for portrait.
      size: { width: GBT.page.width, height: GBT.page.height, orientation: PageOrientation.LANDSCAPE },
      margin: { top: GBT.margin.left, bottom: GBT.margin.right, left: GBT.margin.top, right: GBT.margin.bottom, header: mm(12), footer: mm(12) },
    },
  };

  const blocks = reportBlocks(data, meta);
  const sections: ISectionOptions[] = [];
  let body: (DocxParagraph | DocxTable)[] = [];
  sections.push({ properties: portrait, footers, children: body });

  const rule = (color: string, size: number) => ({ bottom: { style: BorderStyle.SINGLE, size, color, space: 4 } });
  for (const b of blocks) {
    switch (b.kind) {
      case 'masthead':
        body.push(
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 }, children: [new TextRun({ text: text(b.publication), snapToGrid: false, size: GBT.size.masthead, color: 'C00000', font: font(FONTS.title) })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact, children: [new TextRun({ text: text(b.issue) })] }),
          new Paragraph({
            spacing: exact,
            indent: { left: CHAR, right: CHAR },
            tabStops: [{ type: TabStopType.RIGHT, position: portraitWidth - 2 * CHAR }],
            border: rule('C00000', 18),
            children: [new TextRun({ text: text(b.issuer) }), new TextRun({ text: `\t${text(b.date)}` })],
          }),
          new Paragraph({ spacing: exact, children: [] }),
        );
        break;
      case 'title':
        // Off the line grid: a 22 pt line would take two grid lines.
        body.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { ...exact, after: GBT.linePitch },
            children: b.lines.map((line, i) => new TextRun({ text: text(line), snapToGrid: false, size: GBT.size.title, font: font(FONTS.title), ...(i > 0 ? { break: 1 } : {}) })),
          }),
        );
        break;
      case 'to':
        body.push(para(b.text, { indent: false }));
        break;
      case 'p':
        body.push(para(b.text));
        break;
      case 'h1':
        body.push(new Paragraph({ spacing: exact, keepNext: true, indent: { firstLine: 2 * CHAR }, children: [new TextRun({ text: text(b.text), font: font(FONTS.heading1) })] }));
        break;
      case 'h2':
        body.push(new Paragraph({ spacing: exact, keepNext: true, indent: { firstLine: 2 * CHAR }, children: [new TextRun({ text: text(b.text), font: font(FONTS.heading2) })] }));
        break;
      case 'annex-list':
        body.push(new Paragraph({ spacing: exact, children: [] }));
        b.items.forEach((it, i) =>
          body.push(new Paragraph({ spacing: exact, indent: i === 0 ? { firstLine: 2 * CHAR } : { left: 5 * CHAR }, children: [new TextRun({ text: `${i === 0 ? text(b.label) : ''}${i + 1}. ${text(it)}` })] })),
        );
        break;
      case 'signature':
        // 署名 and 成文日期 right-aligned, the date four characters in from the right edge.
        body.push(
          new Paragraph({ spacing: exact, children: [] }),
          new Paragraph({ spacing: exact, children: [] }),
          new Paragraph({ spacing: exact, alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, children: [new TextRun({ text: text(b.issuer) })] }),
          new Paragraph({ spacing: exact, alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, children: [new TextRun({ text: text(b.date) })] }),
        );
        break;
      case 'annex':
        body = [
          new Paragraph({ spacing: exact, children: [new TextRun({ text: text(b.label), font: font(FONTS.heading1) })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...exact, after: 120 }, children: [new TextRun({ text: text(b.title), size: GBT.size.title, font: font(FONTS.title) })] }),
          ...(b.table.rows.length ? [table(b.table)] : [para(b.empty)]),
        ];
        sections.push({ properties: landscape, footers, children: body });
        break;
      case 'colophon': {
        // 版记: on the last page, at its foot; 抄送 and 印发 between a thick rule and thin ones.
        const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
        const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
        const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
        const line = (runs: string[], borders: { top: typeof thick; bottom: typeof thick }) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                width: { size: portraitWidth, type: WidthType.DXA },
                borders: { ...borders, left: none, right: none },
                margins: { top: 60, bottom: 60, left: 0, right: 0 },
                children: [
                  new Paragraph({
                    indent: { left: 280, right: 280 },
                    tabStops: [{ type: TabStopType.RIGHT, position: portraitWidth - 560 }],
                    children: [new TextRun({ text: runs.map(text).join('\t'), size: GBT.size.colophon })],
                  }),
                ],
              }),
            ],
          });
        const rows = [...(b.cc ? [line([b.cc], { top: thick, bottom: thin })] : []), line([b.issuer, b.date], { top: b.cc ? thin : thick, bottom: thick })];
        // A paragraph first: a section that opens with a table is run into the page before by LibreOffice.
        // Its space above pushes the 版记 to the foot of the page where the section's bottom alignment is not honoured (LibreOffice).
        const room = GBT.page.height - GBT.margin.top - GBT.margin.bottom - GBT.linePitch - rows.length * 800 - 600;
        body = [new Paragraph({ spacing: { before: room, line: GBT.linePitch, lineRule: LineRuleType.EXACT }, children: [] }), new Table({ width: { size: portraitWidth, type: WidthType.DXA }, columnWidths: [portraitWidth], rows })];
        // On an even page, the back of the last sheet (GB/T 9704 7.4: 版记 on the last page of the
        // document); Word and LibreOffice put in a blank page when the annexes end on an even one.
        sections.push({ properties: { ...portrait, type: SectionType.EVEN_PAGE, verticalAlign: VerticalAlignSection.BOTTOM }, footers, children: body });
        break;
      }
      case 'provenance':
        body.push(new Paragraph({ children: [new TextRun({ text: text(b.text), size: 18, color: '555555' })] }));
        break;
    }
  }

  const title = blocks.find((b): b is Extract<Block, { kind: 'title' }> => b.kind === 'title');
  const provenance = provenanceText(words(meta.lang), meta);
  const doc = new Document({
    evenAndOddHeaderAndFooters: true,
    customProperties: [
      { name: 'plan-source', value: meta.source },
      { name: 'plan-commit', value: meta.git?.commit ?? '' },
      { name: 'plan-dirty', value: meta.git?.dirty ? 'true' : 'false' },
      { name: 'plan-as-of', value: data.as_of },
    ],
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: GBT.size.body, characterSpacing: GBT.charSpacing, language: { value: 'en-US', eastAsia: 'zh-CN' } }, paragraph: { spacing: { line: GBT.linePitch, lineRule: LineRuleType.EXACT } } },
      },
    },
    sections,
  });
  // Title, creator and dates go in docProps/core.xml, written below: docx would date it by the clock.
  const core = coreProperties(title ? oneLine(title.text) : '', data.as_of, provenance);
  const bytes = await Packer.toBuffer(doc, undefined, [
    { path: 'docProps/core.xml', data: core },
    { path: 'word/fontTable.xml', data: fontTable() },
  ]);
  return stampZip(new Uint8Array(bytes), data.as_of);
}

/** docProps/core.xml, dated by the as-of date instead of the clock; the provenance in its description. */
function coreProperties(title: string, asOf: string, description: string): string {
  const at = `${asOf}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:description>${escapeXml(description)}</dc:description><dc:creator>plan</dc:creator><cp:lastModifiedBy>plan</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The font table: the official fonts, each with the font a machine without it uses instead (w:altName). */
function fontTable(): string {
  const entry = (name: string, alt: string | undefined, panose: string | undefined, charset: string, family: string, pitch: string) =>
    `<w:font w:name="${escapeXml(name)}">${alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : ''}${panose ? `<w:panose1 w:val="${panose}"/>` : ''}<w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entry(FONTS.latin, undefined, '02020603050405020304', '00', 'roman', 'variable') +
    [FONTS.body, FONTS.title, FONTS.heading1, FONTS.heading2, FONTS.pageNumber].map((f) => entry(f, FALLBACK[f], FACE[f]!.panose, '86', FACE[f]!.family, FACE[f]!.pitch)).join('') +
    '</w:fonts>'
  );
}
