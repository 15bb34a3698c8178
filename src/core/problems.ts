import type { MessageKey, Params } from '../i18n/index.js';

/** A path into the plan data, as ajv and our checks name it: ['sections', 2, 'items', 0, 'id']. */
export type DataPath = readonly (string | number)[];

export type Severity = 'error' | 'warning';

/** A problem found in a plan, before it is placed on a line. Checks return these; they never throw. */
export interface Problem {
  path: DataPath;
  /** Point at the key rather than its value (an unknown or misspelt property). */
  atKey?: boolean;
  severity: Severity;
  code: string;
  key: MessageKey;
  params?: Params;
}

/** A problem placed in its file, ready for any output format. */
export interface LocatedProblem {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  code: string;
  message: string;
}

/** The value a data path names, or undefined when the path leaves the data. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/** Levenshtein distance, for did-you-mean suggestions (short strings only). */
function distance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = Array.from({ length: B.length + 1 }, (_, i) => i);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) {
      const cost = A[i - 1] === B[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[B.length] ?? 0;
}

/** The candidates closest to `input`: containment first, then small edit distance. */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: { c: string; score: number }[] = [];
  for (const c of candidates) {
    if (c === input) continue;
    const contains = c.includes(input) || input.includes(c);
    const d = distance(input, c);
    const limit = Math.max(1, Math.floor(Math.max([...input].length, [...c].length) / 2));
    if (contains || d <= limit) scored.push({ c, score: contains ? d - 100 : d });
  }
  scored.sort((x, y) => x.score - y.score || x.c.localeCompare(y.c));
  return [...new Set(scored.map((s) => s.c))].slice(0, max);
}
