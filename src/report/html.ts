// The bulletin as one self-contained HTML page laid out like the printed 公文 (GB/T 9704-2012):
// A4, the text block 156 × 225 mm, 仿宋 16 pt body, 小标宋 22 pt title, the red masthead and
// rule, page numbers "— 1 —" at the foot, the annexes on landscape pages. Print it from a
// browser. No scripts, no external resources; provenance goes into a meta tag, not the body.
import type { BulletinData } from '../core/report.js';
import { safeLines } from '../render/text.js';
import { columnWidths } from './widths.js';
import { escapeXml, oneLine, provenanceText, reportBlocks, words, type Block, type ReportMeta, type ReportTable } from './common.js';

/** Plan text as inert HTML: control characters shown, markup escaped, line breaks become <br>. */
export function esc(s: string): string {
  return escapeXml(safeLines(s)).replace(/\n/g, '<br>');
}

const escLine = (s: string) => esc(oneLine(s));

const FANGSONG = `"仿宋_GB2312","FangSong_GB2312","仿宋","FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif`;
const XIAOBIAOSONG = `"方正小标宋简体","FZXiaoBiaoSong-B05S","宋体","SimSun","Noto Serif CJK SC",serif`;
const HEITI = `"黑体","SimHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif`;
const KAITI = `"楷体_GB2312","KaiTi_GB2312","楷体","KaiTi","STKaiti","Noto Serif CJK SC",serif`;

const CSS = `
@page{size:A4 portrait;margin:37mm 26mm 35mm 28mm;@bottom-right{content:"— " counter(page) " —";font:14pt ${FANGSONG};margin-right:7mm}}
@page :left{@bottom-left{content:"— " counter(page) " —";font:14pt ${FANGSONG};margin-left:7mm}@bottom-right{content:none}}
@page annex{size:A4 landscape;margin:28mm 35mm 26mm 37mm}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font:16pt/28.95pt ${FANGSONG};color:#000;text-align:justify}
.page{width:156mm;margin:0}
.masthead{text-align:center;color:#c00;padding-top:10mm}
.masthead .pub{font:bold 42pt/1.2 ${XIAOBIAOSONG};letter-spacing:0.3em;margin:0}
.masthead .issue{color:#000;margin:4mm 0 2mm}
.masthead .line{display:flex;justify-content:space-between;color:#000;margin:0 1em}
.masthead hr{border:0;border-top:1mm solid #c00;margin:2mm 0 0}
h1{font:22pt/1.45 ${XIAOBIAOSONG};text-align:center;margin:14mm 0 10mm;font-weight:normal}
h2{font:16pt/28.95pt ${HEITI};margin:0;text-indent:2em;font-weight:normal;break-after:avoid;page-break-after:avoid}
h3{font:16pt/28.95pt ${KAITI};margin:0;text-indent:2em;font-weight:normal;break-after:avoid;page-break-after:avoid}
p{margin:0;text-indent:2em}
p.to{text-indent:0;margin-top:0}
.annexes{margin-top:28.95pt;text-indent:2em}
.annexes span{display:block;padding-left:5em;text-indent:0}
.annexes span:first-child{padding-left:0;text-indent:2em}
.signature{margin-top:57.9pt;text-align:right;padding-right:4em}
.signature p{text-indent:0;text-align:center;display:inline-block}
.annex{page:annex;break-before:page;page-break-before:always;width:225mm}
.annex .label{font:16pt/28.95pt ${HEITI};text-indent:0}
.annex h4{font:22pt/1.45 ${XIAOBIAOSONG};text-align:center;margin:4mm 0 6mm;font-weight:normal}
table{width:100%;border-collapse:collapse;font:9pt/1.4 ${FANGSONG};margin:0 0 4mm;table-layout:fixed}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
th,td{border:0.5pt solid #000;padding:1mm 1.05mm;vertical-align:middle;text-align:left;overflow-wrap:anywhere}
th{font-family:${HEITI};font-weight:normal;text-align:center}
td.num{text-align:right;white-space:nowrap}
td.keep{white-space:nowrap}
.colophon{break-before:page;page-break-before:always;display:flex;flex-direction:column;justify-content:flex-end;min-height:225mm}
.colophon div{border-top:0.35mm solid #000;border-bottom:0.35mm solid #000;font-size:14pt;line-height:1.9}
.colophon p{text-indent:0;padding:0 1em;border-top:0.25mm solid #000;display:flex;justify-content:space-between}
.colophon p:first-child{border-top:0}
.provenance{font-size:9pt;color:#555;text-indent:0;margin-top:6mm}
@media screen{body{background:#eee;padding:8mm 0}.page{margin:0 auto;background:#fff;width:210mm;padding:37mm 26mm 35mm 28mm;box-shadow:0 0 3mm #aaa}.annex{width:100%;margin-top:10mm}.colophon{min-height:0;margin-top:20mm}}
`.trim();

function table(tb: ReportTable): string {
  // The Word file's widths, as shares of the landscape line (225 mm).
  const widths = columnWidths(tb, 12756);
  const cols = widths.map((w) => `<col style="width:${Math.round((w / 12756) * 1000) / 10}%">`).join('');
  const head = `<thead><tr>${tb.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr></thead>`;
  const cls = (c: ReportTable['columns'][number]) => (c.numeric ? ' class="num"' : c.nowrap ? ' class="keep"' : '');
  const rows = tb.rows.map((r) => `<tr>${tb.columns.map((c, i) => `<td${cls(c)}>${escLine(r[i] ?? '')}</td>`).join('')}</tr>`);
  return `<table>\n<colgroup>${cols}</colgroup>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'masthead':
      return `<header class="masthead">\n<p class="pub">${escLine(b.publication)}</p>\n<p class="issue">${escLine(b.issue)}</p>\n<div class="line"><span>${escLine(b.issuer)}</span><span>${escLine(b.date)}</span></div>\n<hr>\n</header>`;
    case 'title':
      return `<h1>${b.lines.map(escLine).join('<br>')}</h1>`;
    case 'to':
      return `<p class="to">${escLine(b.text)}</p>`;
    case 'p':
      return `<p>${escLine(b.text)}</p>`;
    case 'h1':
      return `<h2>${escLine(b.text)}</h2>`;
    case 'h2':
      return `<h3>${escLine(b.text)}</h3>`;
    case 'annex-list':
      return `<p class="annexes">${b.items.map((it, i) => `<span>${i === 0 ? escLine(b.label) : ''}${i + 1}. ${escLine(it)}</span>`).join('')}</p>`;
    case 'signature':
      return `<div class="signature"><p>${escLine(b.issuer)}<br>${escLine(b.date)}</p></div>`;
    case 'annex':
      return `<section class="annex">\n<p class="label">${escLine(b.label)}</p>\n<h4>${escLine(b.title)}</h4>\n${b.table.rows.length ? table(b.table) : `<p>${escLine(b.empty)}</p>`}\n</section>`;
    case 'colophon':
      return `<footer class="colophon"><div>${b.cc ? `<p><span>${escLine(b.cc)}</span></p>` : ''}<p><span>${escLine(b.issuer)}</span><span>${escLine(b.date)}</span></p></div></footer>`;
    case 'provenance':
      return `<p class="provenance">${escLine(b.text)}</p>`;
  }
}

export function renderReportHtml(data: BulletinData, meta: ReportMeta): string {
  const blocks = reportBlocks(data, meta);
  const title = blocks.find((b) => b.kind === 'title');
  return [
    '<!DOCTYPE html>',
    `<html lang="${meta.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="plan ${escapeXml(meta.version)}">`,
    `<meta name="plan-source" content="${escLine(provenanceText(words(meta.lang), meta))}">`,
    `<title>${title && title.kind === 'title' ? escLine(title.text) : ''}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main class="page">',
    ...blocks.map(block),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
