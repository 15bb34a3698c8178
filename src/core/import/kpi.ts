// A Taiwanese KPI table (施政目標衡量指標) as a web page flattens it: one cell per line, each cell
// closed by a "|" line, empty cells as "|||", a cell running over several lines. Its columns are
// 策略績效目標 | 衡量指標 | 評估體制 | 評估方式 | 衡量標準 | 103年年度目標值; a 策略績效目標 cell spans
// the rows of its KPIs. The 衡量標準 of a KPI judged by 完成工作項目 is a scoring scale
// ("1.完成委託專業技術服務25%" / "2.完成工程招標50%" …): the KPI's grading, not items of its own.
// This turns the table into the lines the segmenter reads: a heading per 策略績效目標, one item
// per KPI with its measure, its scale folded into one line, and its target value.
import { toNorm } from './text.js';

const NUMERAL = /^[一二三四五六七八九十]{1,3}$/;

interface Cell {
  text: string;
  no: number;
}

/** The cells of a one-cell-per-line table: lines up to a line ending in "|" make one cell. */
function cellsOf(lines: string[], from: number): Cell[] {
  const cells: Cell[] = [];
  let parts: string[] = [];
  let start = 0;
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const closed = /[|｜]$/.test(line);
    const body = line.replace(/[|｜]+$/, '').trim();
    if (body !== '') {
      if (parts.length === 0) start = i + 1;
      parts.push(body);
    }
    if ((closed || i === lines.length - 1) && parts.length > 0) {
      cells.push({ text: parts.join('\n'), no: start });
      parts = [];
    }
  }
  return cells;
}

/** The header cell that closes the header row: "103年\n年度目標值". */
const TARGET_HEADER = /年度目[標标]值$/;

/**
 * The table as lines with their line numbers, or undefined when the text is not such a table
 * (it needs the 衡量指標, 衡量標準 and 年度目標值 header cells, one cell per line).
 */
export function kpiTable(lines: string[]): Array<{ raw: string; no: number }> | undefined {
  const norm = lines.map((l) => toNorm(l).replace(/\s+/g, ''));
  const first = norm.findIndex((l) => /^策略[績绩]效目[標标][|｜]?$/.test(l) || /^衡量指[標标][|｜]?$/.test(l));
  if (first < 0) return undefined;
  if (!norm.some((l) => /^衡量[標标][準准][|｜]?$/.test(l)) || !norm.some((l) => TARGET_HEADER.test(l.replace(/[|｜]+$/, '')))) return undefined;
  // A title line "衡量指標" right under the title (no "|" after it) is the title's end, not a cell.
  let head = first;
  while (head < lines.length && !/^策略[績绩]效目[標标]/.test(norm[head] ?? '') && !/[|｜]$/.test(norm[head + 1] ?? '')) head++;
  const cells = cellsOf(lines, head);
  const end = cells.findIndex((c) => TARGET_HEADER.test(toNorm(c.text).replace(/\s+/g, '')));
  if (end < 0) return undefined;
  const out: Array<{ raw: string; no: number }> = [];
  // The title, as written before the table (over one or more lines).
  const titleLines = lines.slice(0, head).map((l) => l.trim()).filter((l) => l !== '');
  if (titleLines.length > 0) out.push({ raw: titleLines.join(''), no: 1 });
  // The year of the target column ("103年年度目標值"), for the importer to read.
  out.push({ raw: cells[end]!.text.replace(/\n/g, ''), no: cells[end]!.no });
  const body = cells.slice(end + 1);
  let kpi = 0;
  for (let k = 0; k < body.length; ) {
    const c = body[k]!;
    const numeral = NUMERAL.test(c.text);
    // 策略績效目標: a numeral, its title, then the numeral of its first KPI.
    if (numeral && body[k + 1] && body[k + 2] && NUMERAL.test(body[k + 2]!.text) && !NUMERAL.test(body[k + 1]!.text)) {
      out.push({ raw: `${c.text}、${body[k + 1]!.text.replace(/\n/g, '')}`, no: c.no });
      kpi = 0;
      k += 2;
      continue;
    }
    if (numeral && body[k + 1]) {
      // A KPI: its name, then 評估體制 (a digit), 評估方式, 衡量標準 and the target value.
      kpi++;
      const name = body[k + 1]!.text.replace(/\n/g, '');
      const rest: Cell[] = [];
      let j = k + 2;
      while (j < body.length && rest.length < 4 && !NUMERAL.test(body[j]!.text)) {
        rest.push(body[j]!);
        j++;
      }
      const [, method, measure, value] = rest;
      const scale = measure ? measure.text.split('\n').map((s) => s.trim()).filter((s) => s !== '') : [];
      const parts = [`${kpi}.${name}`];
      if (method) parts.push(`評估方式:${method.text.replace(/\n/g, '')}`);
      if (scale.length > 1) parts.push(`衡量標準(評分級距):${scale.join(';')}`);
      else if (scale.length === 1) parts.push(`衡量標準:${scale[0]}`);
      if (value) parts.push(`年度目標值${value.text.replace(/\n/g, '')}`);
      out.push({ raw: parts.join('。'), no: c.no });
      k = j;
      continue;
    }
    k++;
  }
  return out;
}
