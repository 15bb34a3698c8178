// Builds examples/任务分解方案.docx and examples/业绩指标表.xlsx from two real published texts in
// tests/fixtures/import/real/ (see examples/README.md). Run by hand where LibreOffice is installed:
//   node scripts/examples.mjs
// The Word file's 一、 （一） 1. are Word's own list numbering (LibreOffice list styles written as
// w:numPr), not typed text; the workbook has the table's merged cell as a real merged cell.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const real = (name) => readFileSync(join(root, 'tests/fixtures/import/real', name), 'utf8');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const NS = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
].map((n) => `xmlns:${n}`).join(' ');

// 咸安区 2023: the page as kept, up to the last item it gives whole (item 13 is cut off).
function docx(dir) {
  const lines = real('xianan-2023.txt').split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines.findIndex((l) => l.startsWith('13.'));
  const body = [`<text:p text:style-name="Title">${esc(lines[0])}</text:p>`];
  let open = ''; // the list now open: 'sec' (一、/（一）) or 'item' (1.)
  const started = new Set(); // a list broken by another goes on counting, as one list
  const close = () => { if (open) body.push('</text:list>'); open = ''; };
  const list = (kind, style) => {
    if (open === kind) return;
    close();
    const id = started.has(kind) ? `text:continue-list="${kind}"` : `xml:id="${kind}"`;
    body.push(`<text:list ${id} text:style-name="${style}">`);
    started.add(kind);
    open = kind;
  };
  for (const line of lines.slice(1, last)) {
    let m;
    if ((m = /^[一二三四五六七八九十]+、(.*)$/.exec(line))) {
      list('sec', 'Sections');
      body.push(`<text:list-item><text:p text:style-name="Heading">${esc(m[1])}</text:p></text:list-item>`);
    } else if ((m = /^\([一二三四五六七八九十]+\)(.*)$/.exec(line))) {
      list('sec', 'Sections');
      body.push(`<text:list-item><text:list><text:list-item><text:p text:style-name="Heading">${esc(m[1])}</text:p></text:list-item></text:list></text:list-item>`);
    } else if ((m = /^\d+\.(.*)$/.exec(line))) {
      list('item', 'Items');
      body.push(`<text:list-item><text:p>${esc(m[1])}</text:p></text:list-item>`);
    } else {
      close();
      body.push(`<text:p text:style-name="Heading">${esc(line)}</text:p>`);
    }
  }
  close();
  const level = (n, format, prefix, suffix) =>
    `<text:list-level-style-number text:level="${n}" style:num-format="${format}" style:num-prefix="${prefix}" style:num-suffix="${suffix}">` +
    `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number>`;
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<text:list-style style:name="Sections">${level(1, '一, 二, 三, ...', '', '、')}${level(2, '一, 二, 三, ...', '（', '）')}</text:list-style>
<text:list-style style:name="Items">${level(1, '1', '', '.')}</text:list-style>
</office:styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
  writeFileSync(join(dir, '任务分解方案.fodt'), fodt);
  return '任务分解方案.fodt';
}

// 工业和信息化部 2018年关键业绩指标: the table as kept (one cell per line, each closed by " |"), the
// page's opening paragraph over it; 牵头负责司局 of rows 8 and 9 is one merged cell, as on the page.
function xlsx(dir) {
  const text = real('miit-kpi-2018.txt');
  const [intro, ...rest] = text.split('\n');
  const cells = rest.join('\n').split(/ ?\|\n?/).map((c) => c.trim());
  const header = cells.slice(0, 7);
  const rows = [];
  for (let i = 7; i + 6 < cells.length && /^\d+$/.test(cells[i]); i += 7) rows.push(cells.slice(i, i + 7));
  // Row 9 has six cells: its 牵头负责司局 is row 8's, merged down; what follows is its 备注.
  const nine = rows[rows.length - 1];
  rows[rows.length - 1] = [...nine.slice(0, 5), null, nine[5]];
  const note = nine[6];
  const cell = (v, attrs = '') =>
    v === null ? '<table:covered-table-cell/>' : `<table:table-cell office:value-type="string"${attrs}><text:p>${esc(v)}</text:p></table:table-cell>`;
  const row = (r, i) => `<table:table-row>${r.map((v, c) => cell(v, i === rows.length - 2 && c === 5 ? ' table:number-rows-spanned="2"' : '')).join('')}</table:table-row>`;
  const fods = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="关键业绩指标">
<table:table-column table:number-columns-repeated="7"/>
<table:table-row>${cell(intro.trim(), ' table:number-columns-spanned="7"')}${'<table:covered-table-cell/>'.repeat(6)}</table:table-row>
<table:table-row>${header.map((h) => cell(h)).join('')}</table:table-row>
${rows.map(row).join('\n')}
<table:table-row>${cell(note, ' table:number-columns-spanned="7"')}${'<table:covered-table-cell/>'.repeat(6)}</table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
`;
  writeFileSync(join(dir, '业绩指标表.fods'), fods);
  return '业绩指标表.fods';
}

const dir = mkdtempSync(join(tmpdir(), 'plan-examples-'));
try {
  for (const [file, to] of [[docx(dir), 'docx'], [xlsx(dir), 'xlsx']]) {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', to, '--outdir', dir, join(dir, file)], { stdio: 'inherit' });
    const out = file.replace(/\.\w+$/, `.${to}`);
    renameSync(join(dir, out), join(root, 'examples', out));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
