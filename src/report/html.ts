// The bulletin as one self-contained, printable HTML page: inline CSS, no script, nothing
// fetched (a Content-Security-Policy says so to the browser), A4 print styles with table
// headers repeated on every page. The pie is an inline SVG, drawn here.
import type { ReportData } from '../core/report.js';
import type { Status } from '../core/status.js';
import type { MessageKey } from '../i18n/index.js';
import { num } from '../render/status.js';
import { escapeXml, LIGHT_COLOR, oneLine, reportBlocks, type Block, type ReportCell, type ReportMeta, type ReportTable } from './common.js';
import { safeLines } from '../render/text.js';

/** HTML-escapes plan text; newlines become <br>. */
export function esc(s: string): string {
  return escapeXml(safeLines(s)).replace(/\n/g, '<br>');
}

const escLine = (s: string) => esc(oneLine(s));

const STATUS_CSS = (Object.entries(LIGHT_COLOR) as [Status, string][]).map(([s, c]) => `.st-${s}{background:#${c}}`).join('');

const CSS = `
@page{size:A4;margin:16mm 14mm 18mm}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:210mm;padding:12mm 10mm;font:10.5pt/1.55 "FangSong","仿宋","STFangsong","Noto Serif CJK SC","Source Han Serif SC","SimSun",serif;color:#111}
h1,h2,h3{font-family:"SimHei","黑体","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;font-weight:bold;break-after:avoid;page-break-after:avoid}
h1{font-size:18pt;text-align:center;margin:0 0 4mm}
h2{font-size:14pt;margin:7mm 0 2mm}
h3{font-size:11.5pt;margin:5mm 0 2mm}
p{margin:1.5mm 0}
.meta{text-align:center;color:#333}
.elapsed{display:block;width:60%;margin:2mm auto 0}
table{width:100%;border-collapse:collapse;margin:2mm 0 3mm;font-size:9pt;line-height:1.35}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
th,td{border:0.5pt solid #777;padding:1mm 1.3mm;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#eef1f5;font-weight:bold;font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif}
td.num,th.num{text-align:right;white-space:nowrap}
td.st,.nowrap{white-space:nowrap}
tr.total td{font-weight:bold;background:#f7f7f7}
.light{display:inline-block;width:0.75em;height:0.75em;border-radius:50%;margin-right:0.3em;vertical-align:-0.05em}
${STATUS_CSS}
.bar{display:inline-block;width:14mm;height:2.4mm;border:0.4pt solid #888;background:#fff;vertical-align:middle;margin-right:1mm}
.bar>span{display:block;height:100%;background:#4a78c2}
td.progress{white-space:nowrap}
figure{margin:2mm 0 3mm;display:flex;align-items:center;gap:8mm;break-inside:avoid}
figure svg{width:42mm;height:42mm;flex:none}
figcaption{font-weight:bold;margin-bottom:1mm}
.legend{list-style:none;margin:0;padding:0}
.legend li{margin:0.8mm 0}
.swatch{display:inline-block;width:0.9em;height:0.9em;margin-right:0.4em;vertical-align:-0.1em}
footer{margin-top:8mm;padding-top:2mm;border-top:0.5pt solid #999;font-size:8.5pt;color:#444}
@media screen{body{background:#fafafa}main{background:#fff;padding:10mm;box-shadow:0 0 3mm #ccc}}
@media print{body{padding:0;max-width:none}}
`.trim();

function cellHtml(c: ReportCell): string {
  if (c.status) return `<span class="light st-${c.status}"></span>${esc(c.text)}`;
  if (c.share !== undefined && c.share !== null) {
    const pct = num(c.share * 100);
    return `<span class="bar"><span style="width:${pct}%"></span></span>${pct}%`;
  }
  return esc(c.text);
}

/** Short columns that must not break inside (an id like 7.4, a date). */
const NOWRAP = new Set<MessageKey>(['h_id', 'h_last']);

function table(tb: ReportTable): string {
  const cls = (i: number, c?: ReportCell) => {
    const col = tb.columns[i]!;
    const names = [col.numeric ? 'num' : '', NOWRAP.has(col.key) ? 'nowrap' : '', c?.status ? 'st' : '', c?.share !== undefined ? 'progress' : ''].filter(Boolean);
    return names.length ? ` class="${names.join(' ')}"` : '';
  };
  const head = `<thead><tr>${tb.columns.map((c, i) => `<th${cls(i)}>${esc(c.header)}</th>`).join('')}</tr></thead>`;
  const rows = tb.rows.map((r) => `<tr>${tb.columns.map((_, i) => `<td${cls(i, r[i])}>${cellHtml(r[i] ?? { text: '' })}</td>`).join('')}</tr>`);
  if (tb.total) rows.push(`<tr class="total">${tb.columns.map((_, i) => `<td${cls(i)}>${esc(tb.total![i]?.text ?? '')}</td>`).join('')}</tr>`);
  return `<table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function r2(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** An SVG pie, slices clockwise from twelve o'clock in the order given (worst first). */
function pie(slices: { status: Status; value: number }[]): string {
  const total = slices.reduce((a, s) => a + s.value, 0);
  const R = 50;
  const parts: string[] = [];
  if (slices.length === 1) parts.push(`<circle cx="50" cy="50" r="${R}" fill="#${LIGHT_COLOR[slices[0]!.status]}"/>`);
  else {
    let angle = 0;
    for (const s of slices) {
      const from = angle;
      angle += (s.value / total) * 2 * Math.PI;
      const p = (a: number) => `${r2(50 + R * Math.sin(a))} ${r2(50 - R * Math.cos(a))}`;
      const large = angle - from > Math.PI ? 1 : 0;
      parts.push(`<path d="M50 50 L${p(from)} A${R} ${R} 0 ${large} 1 ${p(angle)} Z" fill="#${LIGHT_COLOR[s.status]}" stroke="#fff" stroke-width="0.8"/>`);
    }
  }
  return `<svg viewBox="0 0 100 100" role="img" aria-hidden="true">${parts.join('')}</svg>`;
}

function chart(b: Extract<Block, { kind: 'chart' }>): string {
  if (!b.slices.length) return '';
  const total = b.slices.reduce((a, s) => a + s.value, 0);
  const legend = b.slices.map((s) => `<li><span class="swatch st-${s.status}"></span>${esc(s.label)} ${s.value} (${num((s.value / total) * 100)}%)</li>`);
  return `<figure>\n${pie(b.slices)}\n<div><figcaption>${esc(b.title)}</figcaption><ul class="legend">\n${legend.join('\n')}\n</ul></div>\n</figure>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${escLine(b.text)}</h1>`;
    case 'meta': {
      const pct = num(b.elapsed * 100);
      return `<p class="meta">${escLine(b.text)}<span class="bar elapsed"><span style="width:${pct}%"></span></span></p>`;
    }
    case 'h2':
      return `<h2>${escLine(b.text)}</h2>`;
    case 'h3':
      return `<h3>${escLine(b.text)}</h3>`;
    case 'p':
      return `<p>${escLine(b.text)}</p>`;
    case 'table':
      return table(b.table);
    case 'chart':
      return chart(b);
    case 'footer':
      return `<footer>\n${b.lines.map((l) => `<p>${escLine(l)}</p>`).join('\n')}\n</footer>`;
  }
}

export function renderReportHtml(data: ReportData, meta: ReportMeta): string {
  const blocks = reportBlocks(data, meta);
  const title = blocks.find((b) => b.kind === 'title');
  return [
    '<!DOCTYPE html>',
    `<html lang="${meta.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title && title.kind === 'title' ? escLine(title.text) : ''}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...blocks.map(block).filter((s) => s !== ''),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
