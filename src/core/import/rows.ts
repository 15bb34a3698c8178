// Table rows from a Word table, an Excel sheet, a CSV file or a web page's <table>, as the text
// lines the importer reads: one row per line, cells separated by tabs (the way a table pasted
// from Excel looks). Done here once for every source:
//  - a row whose first cell (序号) is empty and that is not a heading continues the row above
//    (a task that wrapped into a second row of the sheet): its cells are appended to that row's;
//  - a row with a single filled cell ("一、城市建设与管理", a merged section row) is a line of text;
//  - cells keep their own line breaks as spaces.

/**
 * Where a line of the imported text stands in the file a clerk opens: a workbook's sheet and the row
 * Excel shows, a CSV file's row as a spreadsheet shows it, a Word document's or a web page's paragraph
 * (counting those with text, the title the first) or a row of its tables (the table counted from the top,
 * its row from its first, header rows included).
 */
export type SourcePlace = { sheet: string; row: number } | { row: number } | { paragraph: number } | { table: number; row: number };

/** The lines, each with the index (in `rows`) of the row it starts at: a warning names the sheet's own row. */
export function tableLines(rows: string[][]): Array<{ text: string; row: number }> {
  const out: string[][] = [];
  const from: number[] = [];
  const kinds: Array<'row' | 'text'> = [];
  for (const [index, raw] of rows.entries()) {
    const cells = raw.map((c) => c.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    const prev = out[out.length - 1];
    if (cells[0] === '' && prev && kinds[kinds.length - 1] === 'row') {
      // A continuation row: its cells go on the row above's.
      cells.forEach((c, i) => {
        if (i === 0 || c === '') return;
        prev[i] = prev[i] ? `${prev[i]}${/[。；;，,、]$/.test(prev[i] ?? '') ? '' : ' '}${c}` : c;
      });
      continue;
    }
    if (filled.length === 1) {
      out.push([filled[0] ?? '']);
      from.push(index);
      kinds.push('text');
      continue;
    }
    out.push(cells);
    from.push(index);
    kinds.push('row');
  }
  return out.map((cells, i) => ({ text: cells.map((c) => c || ' ').join('\t'), row: from[i] ?? 0 }));
}

/** RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes); the separator is the first line's most frequent of , ; and tab. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t', '，'].map((sep) => [sep, firstLine.split(sep).length - 1] as const);
  const sep = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (text.charAt(i + 1) === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text.charAt(i + 1) === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
