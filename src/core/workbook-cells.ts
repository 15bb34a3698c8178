// What an .xlsx holds that exceljs reads wrongly or crashes on, found in the sheets' XML before
// exceljs sees it: cells typed t="d" (an ISO 8601 date as text, written by LibreOffice and some
// export tools; exceljs reads "2026-11-20" as the number 2026, i.e. 1905-07-18) and shared-string
// cells pointing past the shared strings (exceljs throws a TypeError).

export interface WorkbookCells {
  /** Cells with t="d": sheet name -> cell address -> the date, YYYY-MM-DD (or the text when it is no date). */
  isoDates: Map<string, Map<string, string>>;
  /** The first cell whose shared-string index does not exist. */
  badSharedString?: { sheet: string; cell: string; index: string };
}

const decode = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

const attr = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs)?.slice(1).find((v) => v !== undefined);

const unescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');

/** Worksheet entry (xl/worksheets/sheet1.xml) -> the sheet's name, from the workbook and its relationships. */
function sheetNames(files: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = files.get('xl/workbook.xml');
  const rels = files.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const m of decode(rels).matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of decode(workbook).matchAll(/<sheet\b([^>]*)>/g)) {
    const name = attr(m[1]!, 'name');
    const id = attr(m[1]!, '[\\w]+:id');
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) names.set(target, unescape(name));
  }
  return names;
}

function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The ISO date of a t="d" cell's text ("2026-11-20", "2026-11-20T00:00:00", with a zone or not), or undefined. */
export function isoCellDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export function scanWorkbookCells(files: ReadonlyMap<string, Uint8Array>): WorkbookCells {
  const result: WorkbookCells = { isoDates: new Map() };
  const shared = files.get('xl/sharedStrings.xml');
  const sharedCount = shared ? (decode(shared).match(/<si[\s>/]/g) ?? []).length : 0;
  const names = sheetNames(files);
  for (const [entry, bytes] of files) {
    if (!/^\/?xl\/worksheets\/sheet\d+\.xml$/.test(entry)) continue;
    const sheet = names.get(entry.replace(/^\//, '')) ?? entry.replace(/^.*\//, '');
    const xml = decode(bytes);
    if (!/\bt\s*=\s*["'][sd]["']/.test(xml)) continue;
    let row = 0;
    let col = 0;
    for (const m of xml.matchAll(/<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      if (m[1] !== undefined) {
        const r = Number(attr(m[1], 'r'));
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        col = 0;
        continue;
      }
      const attrs = m[2]!;
      const ref = /^([A-Z]{1,3})(\d+)$/.exec(attr(attrs, 'r') ?? '');
      col = ref ? columnNumber(ref[1]!) : col + 1;
      const cell = ref ? ref[0] : `${columnName(col)}${row}`;
      const type = attr(attrs, 't');
      if (type !== 's' && type !== 'd') continue;
      const body = m[3] ?? '';
      if (/<f[\s>/]/.test(body)) continue;
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (v === undefined) continue;
      if (type === 's') {
        const index = Number(v.trim());
        if (!(/^\s*\d+\s*$/.test(v) && index < sharedCount) && !result.badSharedString) result.badSharedString = { sheet, cell, index: v.trim().slice(0, 20) };
      } else {
        let dates = result.isoDates.get(sheet);
        if (!dates) {
          dates = new Map<string, string>();
          result.isoDates.set(sheet, dates);
        }
        const text = unescape(v);
        dates.set(cell, isoCellDate(text) ?? text.trim());
      }
    }
  }
  return result;
}
