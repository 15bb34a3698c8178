import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { DataPath } from '../core/problems.js';

export interface Position {
  line: number;
  col: number;
}

/**
 * Places data paths on lines. Parsing with positions is slow on big plans, so it happens
 * only when there is something to place, and once per file.
 */
export class Locator {
  private doc: ReturnType<typeof parseDocument> | undefined;
  private readonly lines = new LineCounter();

  constructor(private readonly source: string) {}

  private document() {
    this.doc ??= parseDocument(this.source, { lineCounter: this.lines, uniqueKeys: false, strict: false });
    return this.doc;
  }

  /** The position of the deepest node on the path that exists (the key when atKey). */
  locate(path: DataPath, atKey = false): Position {
    let node: unknown = this.document().contents;
    let offset = typeof (node as Node | null)?.range?.[0] === 'number' ? (node as Node).range![0] : 0;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (last && atKey && keyNode.range) {
          offset = keyNode.range[0];
          break;
        }
        node = pair.value;
        const range = (node as Node | null)?.range ?? keyNode.range;
        if (range) offset = range[0];
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
        const range = (node as Node | null)?.range;
        if (!range) break;
        offset = range[0];
      } else break;
    }
    return this.at(offset);
  }

  /** The source text of the scalar at exactly this path, as written (7.10, not 7.1). */
  text(path: DataPath): string | undefined {
    let node: unknown = this.document().contents;
    for (const seg of path) {
      if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))?.value;
      else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
      else return undefined;
    }
    if (!isScalar(node) || !node.range) return undefined;
    return this.source.slice(node.range[0], node.range[1]);
  }

  at(offset: number): Position {
    this.document();
    const { line, col } = this.lines.linePos(offset);
    return { line, col };
  }
}

/** Line and column of a character offset, without parsing. */
export function positionOf(source: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}
