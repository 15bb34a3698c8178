// What `plan import` reads: the bytes of a Word file, an Excel sheet, a CSV file, a saved web
// page or a text, told apart by their content (magic bytes), not by the file name alone, and
// turned into the text lines the importer parses (tables as tab-separated rows).
// The format libraries load here only, on demand: htmlparser2 (web pages, and the XML inside a
// .docx) and exceljs (.xlsx). A .docx is read from its XML rather than through mammoth because
// mammoth drops the numbers Word generates ("一、", "（一）"), which carry a plan's structure.
import type * as Htmlparser2Ns from 'htmlparser2';
import { ImportError } from '../core/import/errors.js';
import { formatCounter, ListCounter, type Level } from '../core/import/numbering.js';
import { parseCsv, tableLines, type SourcePlace } from '../core/import/rows.js';
import { PlanError } from '../errors.js';
import { loadWorkbook, readZip, zipFailure } from './xlsx.js';
import { isUtf8 } from 'node:buffer';
import { decodeAs, decodeUtf8, looksLikeGbk, utf16WithoutBom } from './read.js';

export type SourceKind = 'docx' | 'xlsx' | 'csv' | 'html' | 'text';

export interface ImportSource {
  kind: SourceKind;
  text: string;
  /** A workbook or a Word document: where each text line stands in it (the sheet and row Excel shows, the paragraph or table row). */
  places?: SourcePlace[];
  /** A text read in another encoding than UTF-8 (GBK, UTF-16, a page's declared charset), named as the note shows it. */
  encoding?: string;
}

type Htmlparser2 = typeof Htmlparser2Ns;

async function parser(): Promise<Htmlparser2> {
  const mod = (await import('htmlparser2')) as Htmlparser2 & { default?: Htmlparser2 };
  return mod.default ?? mod;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Reads any supported source. `name` is the file name (for .csv) and for messages. */
export async function readImportSource(bytes: Uint8Array, name: string): Promise<ImportSource> {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Unpacked once, within the limits every zip is read with; the same reasons as plan sheet import.
    const zip = readZip(bytes);
    if (!zip.ok && (zip.problem.kind === 'damaged' || zip.problem.kind === 'notZip')) {
      throw new ImportError('imp_damagedZip', { file: name, detail: zip.problem.kind === 'damaged' ? zip.problem.detail : 'no central directory' });
    }
    if (!zip.ok) {
      const failure = zipFailure(zip.problem);
      throw new PlanError(failure.key, failure.params, { where: name });
    }
    const main = officeMain(zip.files);
    if (main?.kind === 'docx') return { kind: 'docx', ...(await docxText(zip.files, main.path)) };
    if (main?.kind === 'xlsx') return { kind: 'xlsx', ...(await xlsxText(canonicalWorkbook(zip.files, main.path), name)) };
    throw notWordOrExcel(zip.files, name);
  }
  // WPS Office's own formats (.wps text, .et sheet, .dps slides: a compound file like .doc/.xls, or anything under
  // that name that is no zip): WPS saves them as .docx/.xlsx on request.
  if (/\.(?:wps|wpt|et|ett|dps)$/i.test(name)) throw new ImportError('imp_wps', { file: name });
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError('imp_oldOffice', { file: name });
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new ImportError('imp_pdf', { file: name });
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new ImportError('imp_rtf', { file: name });
  const { text, encoding } = decodeText(bytes, name);
  const enc = encoding === undefined ? {} : { encoding };
  const head = text.slice(0, 4000).replace(/^\uFEFF/, '').trimStart();
  // A page saved as a web archive (.mht/.mhtml, often named .doc on government sites): MIME parts, not text.
  if (/^(?:From: [^\n]*\n)?MIME-Version: ?1\.0/i.test(head) && /Content-Type: ?multipart\/related/i.test(head)) throw new ImportError('imp_mht', { file: name });
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html|<body[\s>]|<(?:p|div|table)[\s>][\s\S]*<\/(?:p|div|table)>/i.test(head) && /^</.test(head)) {
    return { kind: 'html', ...(await htmlText(text)), ...enc };
  }
  if (/\.csv$/i.test(name) || looksLikeCsv(head)) {
    // A warning names the row a spreadsheet shows the record on (one record a row, however many lines its quoted cells hold).
    const lines = tableLines(parseCsv(text.replace(/^\uFEFF/, '')));
    return { kind: 'csv', text: lines.map((l) => l.text).join('\n'), places: lines.map((l) => ({ row: l.row + 1 })), ...enc };
  }
  return { kind: 'text', text, ...enc };
}

const ENCODING_NAMES: Record<string, string> = { gb18030: 'GBK', gbk: 'GBK', gb2312: 'GBK', big5: 'Big5', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

/** The encoding a saved page declares before its text (<meta charset="gb2312">, or http-equiv Content-Type). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}


/**
 * A text as offices save it. An import is read once and written as UTF-8, so besides UTF-8 it
 * reads what Chinese Windows writes: UTF-16 with its byte order mark (Excel's "Unicode 文本", a
 * tab-separated table; Notepad's "Unicode") or without it, GBK (Excel's CSV, Notepad's ANSI, an older page
 * saved as gb2312) and a page's declared charset (big5). Anything else keeps the UTF-8 message.
 */
function decodeText(bytes: Uint8Array, name: string): { text: string; encoding?: string } {
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (bom !== undefined) {
    const text = decodeAs(bom, bytes.subarray(2));
    if (text !== undefined && !text.includes('\0')) return { text, encoding: ENCODING_NAMES[bom] };
  }
  const guessed = bom === undefined ? utf16WithoutBom(bytes) : undefined;
  if (guessed !== undefined) return { text: guessed.text, encoding: ENCODING_NAMES[guessed.label] };
  if (bom !== undefined || bytes.includes(0) || isUtf8(bytes)) return { text: decodeUtf8(bytes, name) };
  const declared = declaredCharset(bytes);
  for (const label of [declared, looksLikeGbk(bytes) ? 'gb18030' : undefined]) {
    if (label === undefined || label === 'utf-8' || label === 'utf8') continue;
    const text = decodeAs(label, bytes);
    if (text !== undefined) return { text: text.replace(/^\uFEFF/, ''), encoding: ENCODING_NAMES[label] ?? label.toUpperCase() };
  }
  return { text: decodeUtf8(bytes, name) };
}


// ---- The package's main part ---------------------------------------------------------------

/** The attributes of every <Tag …> (any namespace prefix) in a small XML part: relationships, content types. */
function xmlTags(xml: Uint8Array | undefined, tag: string): Array<Record<string, string>> {
  if (!xml) return [];
  const text = Buffer.from(xml).toString('utf8');
  const out: Array<Record<string, string>> = [];
  for (const m of text.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = (a[2] ?? a[3] ?? '').replace(/&amp;/g, '&');
    out.push(attrs);
  }
  return out;
}

/** A relationship's target as a part name: relative to the folder of the part that holds it, "/" from the package root. */
function resolvePart(from: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target with a stray % is taken as written.
  }
  const parts = decoded.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of decoded.replace(/^\/+/, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The targets of a part's relationships of one type (…/officeDocument, …/numbering), as part names. */
function related(files: ReadonlyMap<string, Uint8Array>, part: string, type: string): string[] {
  const slash = part.lastIndexOf('/');
  const rels = part === '' ? '_rels/.rels' : `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  return xmlTags(files.get(rels), 'Relationship')
    .filter((r) => (r.Type ?? '').endsWith(`/${type}`) && (r.TargetMode ?? '').toLowerCase() !== 'external' && r.Target !== undefined)
    .map((r) => resolvePart(part, r.Target!));
}

const WORD_MAIN = /wordprocessingml\.(?:document|template)\.main\+xml|ms-word\.(?:document|template)\.macroenabled(?:\.main)?\+xml/i;
const EXCEL_MAIN = /spreadsheetml\.(?:sheet|template)\.main\+xml|ms-excel\.(?:sheet|template)\.macroenabled(?:\.main)?\+xml/i;

/**
 * The main part of a Word or Excel package, found as Word and Excel find it (ECMA-376 Part 2): the
 * officeDocument relationship of _rels/.rels names it, [Content_Types].xml says what it is. Most
 * files keep it at word/document.xml or xl/workbook.xml, but not all (word/document2.xml, written by
 * some editors and converters); without the relationship, those usual places.
 */
function officeMain(files: ReadonlyMap<string, Uint8Array>): { kind: 'docx' | 'xlsx'; path: string } | undefined {
  const types = xmlTags(files.get('[Content_Types].xml'), 'Override');
  const defaults = xmlTags(files.get('[Content_Types].xml'), 'Default');
  const typeOf = (part: string): string => {
    const override = types.find((o) => resolvePart('', o.PartName ?? '').toLowerCase() === part.toLowerCase());
    if (override?.ContentType) return override.ContentType;
    const ext = /\.([^./]+)$/.exec(part)?.[1]?.toLowerCase();
    return defaults.find((d) => (d.Extension ?? '').toLowerCase() === ext)?.ContentType ?? '';
  };
  for (const path of related(files, '', 'officeDocument')) {
    if (!files.has(path)) continue;
    const type = typeOf(path);
    if (WORD_MAIN.test(type)) return { kind: 'docx', path };
    if (EXCEL_MAIN.test(type)) return { kind: 'xlsx', path };
    // No content type for it: the folder tells (word/…, xl/…).
    if (type === '' || /xml$/i.test(type)) {
      if (/^word\//i.test(path)) return { kind: 'docx', path };
      if (/^xl\//i.test(path)) return { kind: 'xlsx', path };
    }
  }
  if (files.has('word/document.xml')) return { kind: 'docx', path: 'word/document.xml' };
  if (files.has('xl/workbook.xml')) return { kind: 'xlsx', path: 'xl/workbook.xml' };
  return undefined;
}

/**
 * The workbook's files with its main part where exceljs looks for it (xl/workbook.xml and
 * xl/_rels/workbook.xml.rels): a workbook kept elsewhere (xl/workbook2.xml, or another folder) is
 * moved there with the folder it sits in, so its sheets' relative targets still resolve.
 */
function canonicalWorkbook(files: ReadonlyMap<string, Uint8Array>, main: string): ReadonlyMap<string, Uint8Array> {
  if (main === 'xl/workbook.xml') return files;
  const slash = main.lastIndexOf('/');
  const dir = main.slice(0, slash + 1);
  const rels = `${dir}_rels/${main.slice(slash + 1)}.rels`;
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of files) {
    if (name === main || name === rels || name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels') continue;
    out.set(dir !== 'xl/' && dir !== '' && name.startsWith(dir) ? `xl/${name.slice(dir.length)}` : name, data);
  }
  out.set('xl/workbook.xml', files.get(main)!);
  const r = files.get(rels);
  if (r) out.set('xl/_rels/workbook.xml.rels', r);
  return out;
}

/** What a zip that is neither a .docx nor an .xlsx is, said so the user knows what to do with it. */
function notWordOrExcel(files: ReadonlyMap<string, Uint8Array>, name: string): ImportError {
  const mimetype = files.get('mimetype');
  const mime = mimetype ? Buffer.from(mimetype.subarray(0, 100)).toString('latin1').trim() : '';
  if (mime === 'application/vnd.oasis.opendocument.text') return new ImportError('imp_zipOdt', { file: name });
  if (mime === 'application/vnd.oasis.opendocument.spreadsheet') return new ImportError('imp_zipOds', { file: name });
  if (files.has('ppt/presentation.xml')) return new ImportError('imp_zipPptx', { file: name });
  // An OFD (GB/T 33190, the fixed-layout format many 公文 are published in): a zip whose root holds OFD.xml.
  if (files.has('OFD.xml')) return new ImportError('imp_zipOfd', { file: name });
  // A bundle of attachments (附件.zip): the plan is one of the files inside.
  const inside = [...files.keys()].filter((f) => !f.endsWith('/') && /\.(docx?|xlsx?|wps|et|pdf|csv|html?|txt|ofd)$/i.test(f));
  if (inside.length > 0) {
    const shown = inside.slice(0, 3).map((f) => (f.includes('\uFFFD') ? `*${/\.[^.]+$/.exec(f)?.[0] ?? ''}` : (f.split('/').pop() ?? f)));
    return new ImportError('imp_zipArchive', { file: name, n: inside.length, files: `${shown.join(', ')}${inside.length > 3 ? ', …' : ''}` });
  }
  return new ImportError('imp_zipNeither', { file: name });
}

/** A CSV without the .csv name: a first line of several comma-separated header words (序号,工作任务,…). */
function looksLikeCsv(head: string): boolean {
  const first = head.split(/\r?\n/)[0] ?? '';
  const cells = first.split(',');
  return cells.length >= 3 && cells.filter((c) => /^"?(序号|编号|工作任务|重点任务|任务|目标|指标|牵头单位|责任单位|配合单位|责任领导|完成时限|完成时间)"?$/.test(c.trim())).length >= 2;
}

// ---- Word -------------------------------------------------------------------------------

interface NumRef {
  numId: string;
  ilvl: number;
}

/**
 * A w:num: the abstract numbering it counts with, and the levels it restarts. Word keeps one running
 * count per w:abstractNum (ECMA-376 §17.9): every w:num on the same abstract continues it, and a
 * w:lvlOverride/w:startOverride restarts its level the first time a paragraph of that w:num uses it.
 */
interface NumInstance {
  abstract: string;
  levels: ReadonlyMap<number, Level>;
  restarts: ReadonlyMap<number, number>;
}

/** numId -> its instance (through the abstract numbering it points at); styleId -> the style's numbering. */
async function readNumbering(files: ReadonlyMap<string, Uint8Array>, main: string): Promise<{ nums: Map<string, NumInstance>; styles: Map<string, NumRef> }> {
  const { Parser } = await parser();
  const abstract = new Map<string, Map<number, Level>>();
  const styleLinks = new Map<string, string>();
  const numToAbstract = new Map<string, string>();
  /** A list Word restarts ("restart at 1", "set value to 5"): w:num/w:lvlOverride/w:startOverride, per level. */
  const starts = new Map<string, Map<number, number>>();
  // The numbering and styles parts are the main part's relationships (word/numbering.xml, word/styles.xml as a rule).
  const part = (type: string, usual: string) => related(files, main, type).find((p) => files.has(p)) ?? usual;
  const xml = files.get(part('numbering', 'word/numbering.xml'));
  if (xml) {
    let absId: string | undefined;
    let lvl: { ilvl: number; level: Level } | undefined;
    let numId: string | undefined;
    let overrideIlvl: number | undefined;
    const p = new Parser(
      {
        onopentag(tag, a) {
          if (tag === 'w:abstractNum') {
            absId = a['w:abstractNumId'];
            if (absId !== undefined) abstract.set(absId, new Map());
          } else if (tag === 'w:numStyleLink' && absId !== undefined && a['w:val'] !== undefined) styleLinks.set(absId, a['w:val']);
          else if (tag === 'w:lvl' && absId !== undefined) lvl = { ilvl: Number(a['w:ilvl'] ?? 0), level: { start: 1, format: 'decimal', text: '' } };
          else if (lvl && tag === 'w:start') lvl.level.start = Number(a['w:val'] ?? 1);
          else if (lvl && tag === 'w:numFmt') lvl.level.format = a['w:val'] ?? 'decimal';
          else if (lvl && tag === 'w:lvlText') lvl.level.text = a['w:val'] ?? '';
          else if (tag === 'w:num') numId = a['w:numId'];
          else if (tag === 'w:abstractNumId' && numId !== undefined && a['w:val'] !== undefined) numToAbstract.set(numId, a['w:val']);
          else if (tag === 'w:lvlOverride' && numId !== undefined) overrideIlvl = Number(a['w:ilvl'] ?? 0);
          else if (tag === 'w:startOverride' && numId !== undefined && overrideIlvl !== undefined && a['w:val'] !== undefined) {
            const m = starts.get(numId) ?? new Map<number, number>();
            m.set(overrideIlvl, Number(a['w:val']));
            starts.set(numId, m);
          }
        },
        onclosetag(tag) {
          if (tag === 'w:lvl' && lvl && absId !== undefined) {
            abstract.get(absId)?.set(lvl.ilvl, lvl.level);
            lvl = undefined;
          } else if (tag === 'w:abstractNum') absId = undefined;
          else if (tag === 'w:num') numId = undefined;
          else if (tag === 'w:lvlOverride') overrideIlvl = undefined;
        },
      },
      { xmlMode: true },
    );
    p.end(Buffer.from(xml).toString('utf8'));
  }
  // Heading styles often carry the numbering themselves.
  const styles = new Map<string, NumRef>();
  const sxml = files.get(part('styles', 'word/styles.xml'));
  if (sxml) {
    let style: string | undefined;
    let ref: Partial<NumRef> = {};
    const p = new Parser(
      {
        onopentag(tag, a) {
          if (tag === 'w:style') {
            style = a['w:styleId'];
            ref = {};
          } else if (style !== undefined && tag === 'w:numId') ref.numId = a['w:val'];
          else if (style !== undefined && tag === 'w:ilvl') ref.ilvl = Number(a['w:val'] ?? 0);
        },
        onclosetag(tag) {
          if (tag === 'w:style' && style !== undefined && ref.numId !== undefined) styles.set(style, { numId: ref.numId, ilvl: ref.ilvl ?? 0 });
          if (tag === 'w:style') style = undefined;
        },
      },
      { xmlMode: true },
    );
    p.end(Buffer.from(sxml).toString('utf8'));
  }
  // A list style (多级列表 saved as a style): the abstract numbering a paragraph's list points at only
  // links to the style (w:numStyleLink), whose numbering names the abstract that holds the levels — and
  // the running count, shared by every list of that style.
  const resolve = (abs: string): string => {
    for (let hops = 0, at = abs; hops < 4; hops++) {
      const link = styleLinks.get(at);
      const linked = link !== undefined ? styles.get(link) : undefined;
      const next = linked !== undefined ? numToAbstract.get(linked.numId) : undefined;
      if ((abstract.get(at)?.size ?? 0) > 0 || next === undefined || next === at) return at;
      at = next;
    }
    return abs;
  };
  const nums = new Map<string, NumInstance>();
  for (const [num, abs] of numToAbstract) {
    const target = resolve(abs);
    const levels = abstract.get(target);
    if (levels) nums.set(num, { abstract: target, levels, restarts: starts.get(num) ?? new Map() });
  }
  return { nums, styles };
}

/** Word content read once elsewhere: a text box's VML copy, the old place of a tracked move. */
const SKIPPED_WORD = new Set(['mc:Fallback', 'w:moveFrom']);

/** A .docx as text: paragraphs with Word's generated numbers, tables as tab-separated rows. */
async function docxText(files: ReadonlyMap<string, Uint8Array>, main: string): Promise<{ text: string; places: SourcePlace[] }> {
  const xml = files.get(main);
  if (!xml) throw new ImportError('imp_noWordBody');
  const { nums, styles } = await readNumbering(files, main);
  /** One running count per abstract numbering; the (numId, level) pairs whose restart was applied. */
  const counters = new Map<string, ListCounter>();
  const restarted = new Set<string>();
  const { Parser } = await parser();
  const out: string[] = [];
  // Where each line of out stands: the paragraph (those with text counted) or the table row a clerk finds in Word.
  const places: SourcePlace[] = [];
  let paragraphs = 0;
  let tablesSeen = 0;
  // Paragraph state.
  let para = '';
  let inText = false;
  let num: Partial<NumRef> = {};
  let style: string | undefined;
  let inPPr = false;
  // A text box (w:txbxContent) holds paragraphs inside a paragraph: the outer one's state waits on a
  // stack while they are read, and they come out as lines of their own. Word writes a text box twice,
  // as the drawing (mc:Choice) and as VML for older readers (mc:Fallback): the fallback is skipped, as is
  // the old place of text moved with track changes on (w:moveFrom; the new place, w:moveTo, is read).
  const outer: Array<{ para: string; num: Partial<NumRef>; style: string | undefined; markGone: boolean }> = [];
  let markGone = false;
  let paraDepth = 0;
  let fallback = 0;
  // Table state: a stack (tables nest).
  // A cell spans w:gridSpan grid columns (a header 责任单位 over 牵头单位 | 配合单位, a section row over the
  // table): it is that many cells, its text in the first, so every row lines up with the grid and with
  // the cells merged down (w:vMerge), which are kept by grid column.
  const tables: Array<{ rows: string[][]; row: string[] | undefined; cell: string[] | undefined; merge: 'restart' | 'continue' | undefined; span: number; col: number; above: Map<number, string> }> = [];
  const numberOf = (): string => {
    const ref = num.numId !== undefined ? { numId: num.numId, ilvl: num.ilvl ?? 0 } : style !== undefined ? styles.get(style) : undefined;
    if (!ref || ref.numId === '0') return '';
    const inst = nums.get(ref.numId);
    if (!inst) return '';
    let c = counters.get(inst.abstract);
    if (!c) {
      c = new ListCounter(inst.levels);
      counters.set(inst.abstract, c);
    }
    const start = inst.restarts.get(ref.ilvl);
    const key = `${ref.numId}\u0000${ref.ilvl}`;
    if (start !== undefined && !restarted.has(key)) {
      restarted.add(key);
      c.restart(ref.ilvl, start);
    }
    return c.next(ref.ilvl);
  };
  const p = new Parser(
    {
      onopentag(tag, a) {
        // A paragraph mark deleted or moved away (w:pPr/w:rPr/w:del, w:moveFrom) with track changes on.
        if (inPPr && fallback === 0 && (tag === 'w:del' || tag === 'w:moveFrom')) markGone = true;
        if (SKIPPED_WORD.has(tag)) fallback++;
        if (fallback > 0) return;
        switch (tag) {
          case 'w:p':
            if (paraDepth > 0) outer.push({ para, num, style, markGone });
            paraDepth++;
            para = '';
            num = {};
            style = undefined;
            markGone = false;
            break;
          case 'w:pPr':
            inPPr = true;
            break;
          case 'w:pStyle':
            if (inPPr) style = a['w:val'];
            break;
          case 'w:numId':
            if (inPPr) num.numId = a['w:val'];
            break;
          case 'w:ilvl':
            if (inPPr) num.ilvl = Number(a['w:val'] ?? 0);
            break;
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
            if (!inPPr) para += '\t';
            break;
          case 'w:br':
          case 'w:cr':
            para += '\n';
            break;
          case 'w:tbl':
            tables.push({ rows: [], row: undefined, cell: undefined, merge: undefined, span: 1, col: 0, above: new Map() });
            break;
          case 'w:tr': {
            const t = tables[tables.length - 1];
            if (t) {
              t.row = [];
              t.col = 0;
            }
            break;
          }
          case 'w:tc': {
            const t = tables[tables.length - 1];
            if (t) {
              t.cell = [];
              t.merge = undefined;
              t.span = 1;
            }
            break;
          }
          case 'w:vMerge': {
            const t = tables[tables.length - 1];
            if (t?.cell) t.merge = a['w:val'] === 'restart' ? 'restart' : 'continue';
            break;
          }
          case 'w:gridSpan': {
            const t = tables[tables.length - 1];
            if (t?.cell && t.cell.length === 0) t.span = Math.min(64, Math.max(1, Math.trunc(Number(a['w:val'])) || 1));
            break;
          }
          case 'w:gridBefore': {
            // A row that starts further right (its first grid columns left out): empty cells there.
            const t = tables[tables.length - 1];
            const n = Math.min(64, Math.max(0, Math.trunc(Number(a['w:val'])) || 0));
            if (t?.row && !t.cell) {
              for (let i = 0; i < n; i++) t.row.push('');
              t.col += n;
            }
            break;
          }
          default:
        }
      },
      ontext(text) {
        if (inText && fallback === 0) para += text;
      },
      onclosetag(tag) {
        if (fallback > 0) {
          if (SKIPPED_WORD.has(tag)) fallback--;
          return;
        }
        switch (tag) {
          case 'w:t':
            inText = false;
            break;
          case 'w:pPr':
            inPPr = false;
            break;
          case 'w:p': {
            // A paragraph whose text and mark were all deleted or moved away is gone once the changes are
            // accepted: no line, and it does not count in its list.
            if (!(markGone && para.trim() === '')) {
              const line = `${numberOf()}${para}`;
              const t = tables[tables.length - 1];
              if (t?.cell) t.cell.push(line);
              else {
                if (line.trim() !== '') paragraphs++;
                for (const l of line.split('\n')) {
                  out.push(l);
                  places.push({ paragraph: Math.max(1, paragraphs) });
                }
              }
            }
            paraDepth = Math.max(0, paraDepth - 1);
            const back = paraDepth > 0 ? outer.pop() : undefined;
            if (back) ({ para, num, style, markGone } = back);
            break;
          }
          case 'w:tc': {
            const t = tables[tables.length - 1];
            if (t?.row && t.cell) {
              const text = t.cell.join('\n').trim();
              // A cell merged down from the one above (a 牵头单位 shared by several rows) repeats its text.
              for (let i = 0; i < t.span; i++) {
                const here = i === 0 ? text : '';
                if (t.merge === 'continue') t.row.push(t.above.get(t.col) ?? '');
                else {
                  t.above.set(t.col, here);
                  t.row.push(here);
                }
                t.col++;
              }
              t.cell = undefined;
            }
            break;
          }
          case 'w:tr': {
            const t = tables[tables.length - 1];
            if (t?.row) t.rows.push(t.row);
            if (t) t.row = undefined;
            break;
          }
          case 'w:tbl': {
            const t = tables.pop();
            if (!t) break;
            const lines = tableLines(t.rows);
            const outer = tables[tables.length - 1];
            if (outer?.cell) outer.cell.push(lines.map((l) => l.text).join(' '));
            else {
              tablesSeen++;
              for (const l of lines) {
                out.push(l.text);
                places.push({ table: tablesSeen, row: l.row + 1 });
              }
            }
            break;
          }
          default:
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  p.end(Buffer.from(xml).toString('utf8'));
  return { text: out.join('\n'), places };
}

// ---- Excel ------------------------------------------------------------------------------

/** An .xlsx task table: every visible sheet's rows; a cell merged down repeats its value, one merged across is one cell. */
async function xlsxText(files: ReadonlyMap<string, Uint8Array>, name: string): Promise<{ text: string; places: SourcePlace[] }> {
  const read = await loadWorkbook(files);
  if (!read.ok) throw new PlanError(read.key, read.params, { where: name });
  const wb = read.wb;
  const lines: string[] = [];
  const where: SourcePlace[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const rows: string[][] = [];
    const numbers: number[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (rows.length >= 20000) return;
      numbers.push(row.number);
      const cells: string[] = [];
      const width = Math.min(60, row.cellCount);
      for (let i = 1; i <= width; i++) {
        const cell = row.getCell(i);
        const master = cell.isMerged ? cell.master : cell;
        // Merged across (a section row spanning the table): only the first cell holds it.
        const across = cell.isMerged && master !== cell && master.row === cell.row;
        cells.push(across ? '' : cellString(master.value));
      }
      rows.push(cells);
    });
    for (const l of tableLines(rows)) {
      lines.push(l.text);
      where.push({ sheet: ws.name, row: numbers[l.row] ?? 0 });
    }
  }
  return { text: lines.join('\n'), places: where };
}

function cellString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月${v.getUTCDate()}日`;
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; hyperlink?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.result !== undefined) return cellString(o.result);
    if (o.text !== undefined) return cellString(o.text);
  }
  return '';
}

// ---- Web pages --------------------------------------------------------------------------

const SKIP = new Set(['script', 'style', 'noscript', 'head', 'nav', 'footer', 'header', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'template']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'center', 'hr', 'tbody', 'thead', 'caption', 'main']);

/** An element of the saved page, as the parser gave it. */
interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Array<El | string>;
  /** Chinese characters and 。，；、 in its text outside links: how much of the article it holds. */
  weight: number;
}

/** The containers content systems put a page's article in (TRS, 政府网站集约化平台, common CMS). */
const CONTENT_BOX = /^(trs_editor|trs_ueditor|trs_preappend|zoom|ucap-content|article|article[-_]?content|articlecontent|article[-_]?body|content|main[-_]?content|pages_content|view|zw|zwnr|con|detail|detail[-_]?content|txt|text|wzy|bt_content|news_content|info[-_]?content|xxgk_content)$/;
/** Headings outside the article box that may carry the plan's title. */
const TITLE_BOX = /^(h1|h2)$/;
const TITLE_NAME = /title|bt$|^tit/;

const CJK_OR_STOP = /[\u3400-\u9fff。，；、：]/g;

function parseTree(Parser: Htmlparser2['Parser'], html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [], weight: 0 };
  const stack: El[] = [root];
  const p = new Parser(
    {
      onopentag(tag, attrs) {
        const el: El = { tag, attrs, children: [], weight: 0 };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      ontext(text) {
        stack[stack.length - 1]!.children.push(text);
      },
      onclosetag(tag) {
        // Close up to the matching element (the parser has already implied the missing ends).
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i]!.tag === tag) {
            stack.length = i;
            return;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  p.end(html);
  weigh(root, false);
  return root;
}

function weigh(el: El, inLink: boolean): number {
  if (SKIP.has(el.tag)) return 0;
  const link = inLink || el.tag === 'a';
  let w = 0;
  for (const c of el.children) w += typeof c === 'string' ? (link ? 0 : (c.match(CJK_OR_STOP)?.length ?? 0)) : weigh(c, link);
  el.weight = w;
  return w;
}

const names = (el: El) => `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase().split(/\s+/).filter((n) => n !== '');

/**
 * The element that holds the article: a known content box (.TRS_Editor, #zoom, .article, .content…)
 * holding a good part of the page's Chinese text, else the deepest element holding most of it;
 * link text (navigation, 推荐 lists) does not count. Undefined for a page with little Chinese text.
 */
function articleOf(root: El): El | undefined {
  const total = root.weight;
  if (total < 50) return undefined;
  let box: El | undefined;
  const walk = (el: El) => {
    if (SKIP.has(el.tag)) return;
    if ((el.tag === 'article' || names(el).some((n) => CONTENT_BOX.test(n))) && el.weight >= 0.3 * total && (!box || el.weight > box.weight)) box = el;
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  if (box) return box;
  // The deepest element still holding 60 % of the text: below it, the article splits into paragraphs.
  let el = root;
  for (;;) {
    const next = el.children.find((c): c is El => typeof c !== 'string' && c.weight >= 0.6 * total);
    if (!next) return el;
    el = next;
  }
}

const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

/** How an <ol> shows its numbers: type="a|A|i|I", or a list-style-type of Chinese numbers (一、二、). */
function listFormat(attrs: Record<string, string>): string {
  const style = /list-style(?:-type)?\s*:\s*([\w-]+)/i.exec(attrs.style ?? '')?.[1]?.toLowerCase();
  if (style && /cjk-ideographic|chinese|cjk-decimal/.test(style)) return style === 'cjk-decimal' ? 'decimal' : 'chineseCounting';
  if (style === 'lower-alpha' || style === 'lower-latin') return 'lowerLetter';
  if (style === 'upper-alpha' || style === 'upper-latin') return 'upperLetter';
  if (style === 'lower-roman') return 'lowerRoman';
  if (style === 'upper-roman') return 'upperRoman';
  return { a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' }[attrs.type ?? ''] ?? 'decimal';
}

/**
 * A table used for layout, not data: one of its own cells holds most of its text as paragraphs
 * (three blocks or more), as old government pages wrap the article in <table><tr><td><p>…</p>….
 * A task table's text is spread over its rows, two or more of them with three cells of text or more.
 */
function layoutTable(table: El): boolean {
  if (table.weight < 50) return false;
  const rows: El[][] = [];
  const walk = (el: El, row: El[] | undefined) => {
    for (const c of el.children) {
      if (typeof c === 'string' || c.tag === 'table') continue;
      if (c.tag === 'tr') {
        const cells: El[] = [];
        rows.push(cells);
        walk(c, cells);
      } else if ((c.tag === 'td' || c.tag === 'th') && row) row.push(c);
      else walk(c, row);
    }
  };
  walk(table, undefined);
  const hasText = (el: El): boolean => el.children.some((c) => (typeof c === 'string' ? c.trim() !== '' : hasText(c)));
  if (rows.filter((r) => r.filter(hasText).length >= 3).length >= 2) return false;
  const blocks = (el: El): number => el.children.reduce((n, c) => (typeof c === 'string' || c.tag === 'table' ? n : n + (BLOCK.has(c.tag) ? 1 : 0) + blocks(c)), 0);
  return rows.some((r) => r.some((c) => c.weight >= 0.6 * table.weight && blocks(c) >= 3));
}

/** Title-like headings before the article and outside it: the plan's title often stands above the box. */
function titlesBefore(root: El, article: El): El[] {
  const out: El[] = [];
  let done = false;
  const walk = (el: El) => {
    if (done || SKIP.has(el.tag)) return;
    if (el === article) {
      done = true;
      return;
    }
    if (el.weight > 0 && el.weight <= 120 && (TITLE_BOX.test(el.tag) || names(el).some((n) => TITLE_NAME.test(n)))) {
      out.push(el);
      return;
    }
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}

/**
 * A saved page: the text of its article body (the content box, or the element holding most of
 * the page's Chinese text), block by block, tables as tab-separated rows; navigation, sidebars,
 * footers, scripts and styles left out. The headings above the box come first (the title).
 */
async function htmlText(html: string): Promise<{ text: string; places: SourcePlace[] }> {
  const { Parser } = await parser();
  const root = parseTree(Parser, html);
  const article = articleOf(root);
  const out: string[] = [];
  // Where each line of out stands as the page shows it: its paragraph (the title the first), or a table and its row.
  const places: SourcePlace[] = [];
  let paragraphs = 0;
  let tablesSeen = 0;
  let line = '';
  let skip = 0;
  // A cell spans colspan columns and rowspan rows (a header 责任单位 over 牵头单位 | 配合单位, a 牵头单位 shared
  // by several rows): it is that many cells, its text in the first column, repeated down the rows it
  // spans (as a cell merged down in Word or Excel), so every row lines up with the header.
  interface HtmlTable {
    rows: string[][];
    row: string[] | undefined;
    cell: string | undefined;
    span: { cols: number; rows: number };
    /** Columns taken by a cell from a row above: its text, and for how many more rows. */
    down: Map<number, { text: string; left: number }>;
  }
  const tables: HtmlTable[] = [];
  const spanOf = (v: string | undefined) => Math.min(64, Math.max(1, Math.trunc(Number(v)) || 1));
  /** The columns taken from above at the row's current end, filled in (up to `upTo`, or while they run on). */
  const fillDown = (t: HtmlTable, upTo = -1) => {
    if (!t.row) return;
    for (;;) {
      const col = t.row.length;
      const above = t.down.get(col);
      if (!above && col > upTo) return;
      t.row.push(above?.text ?? '');
      if (above && --above.left <= 0) t.down.delete(col);
    }
  };
  const flush = () => {
    const t = tables[tables.length - 1];
    if (t?.cell !== undefined) {
      t.cell += ' ';
      return;
    }
    if (line.trim() !== '') {
      out.push(line.replace(/[ \t]+/g, ' ').trim());
      places.push({ paragraph: ++paragraphs });
    }
    line = '';
  };
  const open = (tag: string, attrs: Record<string, string>) => {
    if (SKIP.has(tag)) skip++;
    if (skip > 0) return;
    if (tag === 'table') {
      flush();
      tables.push({ rows: [], row: undefined, cell: undefined, span: { cols: 1, rows: 1 }, down: new Map() });
    } else if (tag === 'tr') {
      const t = tables[tables.length - 1];
      if (t) t.row = [];
    } else if (tag === 'td' || tag === 'th') {
      const t = tables[tables.length - 1];
      if (t) {
        t.cell = '';
        t.span = { cols: spanOf(attrs.colspan), rows: spanOf(attrs.rowspan) };
      }
    } else if (BLOCK.has(tag)) flush();
  };
  const text = (s: string) => {
    if (skip > 0) return;
    const t = tables[tables.length - 1];
    const clean = s.replace(/\s+/g, ' ');
    if (t?.cell !== undefined) t.cell += clean;
    else line += clean;
  };
  const close = (tag: string) => {
    if (SKIP.has(tag)) {
      skip = Math.max(0, skip - 1);
      return;
    }
    if (skip > 0) return;
    const t = tables[tables.length - 1];
    if ((tag === 'td' || tag === 'th') && t) {
      const text = (t.cell ?? '').replace(/\s+/g, ' ').trim();
      if (t.row) {
        fillDown(t);
        for (let i = 0; i < t.span.cols; i++) {
          const col = t.row.length;
          t.row.push(i === 0 ? text : '');
          if (t.span.rows > 1) t.down.set(col, { text: i === 0 ? text : '', left: t.span.rows - 1 });
        }
      }
      t.cell = undefined;
    } else if (tag === 'tr' && t) {
      if (t.row) {
        fillDown(t, Math.max(-1, ...t.down.keys()));
        t.rows.push(t.row);
      }
      t.row = undefined;
    } else if (tag === 'table') {
      const done = tables.pop();
      if (done) {
        const lines = tableLines(done.rows);
        const outer = tables[tables.length - 1];
        if (outer?.cell !== undefined) outer.cell += lines.map((l) => l.text).join(' ');
        else {
          tablesSeen++;
          for (const l of lines) {
            out.push(l.text);
            places.push({ table: tablesSeen, row: l.row + 1 });
          }
        }
      }
    } else if (BLOCK.has(tag)) flush();
  };
  /** Open lists: an <ol>'s count and how it is shown (the browser draws the numbers, the text has none). */
  const lists: Array<{ n: number; format: string } | undefined> = [];
  const render = (el: El) => {
    if (el.tag === 'ol' || el.tag === 'ul') {
      lists.push(el.tag === 'ol' ? { n: (Math.trunc(Number(el.attrs.start)) || 1) - 1, format: listFormat(el.attrs) } : undefined);
      open(el.tag, el.attrs);
      for (const c of el.children) {
        if (typeof c === 'string') text(c);
        else render(c);
      }
      close(el.tag);
      lists.pop();
      return;
    }
    if (el.tag === 'li' && lists.length > 0) {
      const list = lists[lists.length - 1];
      open(el.tag, el.attrs);
      if (list) {
        list.n = el.attrs.value !== undefined && Number.isFinite(Number(el.attrs.value)) ? Math.trunc(Number(el.attrs.value)) : list.n + 1;
        text(list.format === 'chineseCounting' ? `${formatCounter(list.n, list.format)}、` : `${formatCounter(list.n, list.format)}.`);
      }
      for (const c of el.children) {
        if (typeof c === 'string') text(c);
        else render(c);
      }
      close(el.tag);
      return;
    }
    // A table that lays the page out (the article's paragraphs in one of its cells) is not a task
    // table: its rows and cells are read as blocks, the tables inside them as tables.
    if (el.tag === 'table' && layoutTable(el)) {
      flush();
      for (const c of el.children) {
        if (typeof c === 'string') text(c);
        else if (TABLE_PARTS.has(c.tag)) render({ ...c, tag: 'div' });
        else render(c);
      }
      flush();
      return;
    }
    open(el.tag, el.attrs);
    for (const c of el.children) {
      if (typeof c === 'string') text(c);
      else render(c);
    }
    close(el.tag);
  };
  if (article) {
    for (const t of titlesBefore(root, article)) render(t);
    flush();
    render(article);
  } else render(root);
  flush();
  return { text: out.join('\n'), places };
}

