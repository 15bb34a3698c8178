import type { Document, Node } from 'yaml';
import { yamlLibrary } from './library.js';
import { LIMITS } from './parse.js';
import { REGION_MIN_CHARS, RegionFinder, topLevelKeyLine } from './region.js';
import type { DataPath } from '../core/problems.js';

export interface Position {
  line: number;
  col: number;
}

type Doc = Document.Parsed;

/**
 * Places data paths on lines. Parsing with positions is slow on big plans, so it happens only
 * when there is something to place, once per file — and in a big file with known data, only for
 * the region (one item) each path points into.
 */
export class Locator {
  private doc: Doc | undefined;
  private lineStarts: number[] | undefined;
  private readonly regions: RegionFinder | undefined;
  private readonly regionDocs = new Map<number, Doc>();

  constructor(
    private readonly source: string,
    data?: unknown,
  ) {
    if (data !== undefined && source.length > REGION_MIN_CHARS) this.regions = new RegionFinder(source, data);
  }

  /** The whole text with positions; none beyond LIMITS.positionChars (seconds and gigabytes). */
  private document(): Doc | undefined {
    if (this.source.length > LIMITS.positionChars) return undefined;
    this.doc ??= yamlLibrary().parseDocument(this.source, { uniqueKeys: false, strict: false });
    return this.doc;
  }

  /** The document and path to look in: a region's when one can be proven, else the whole text's. */
  private scope(path: DataPath): { doc: Doc | undefined; path: DataPath; base: number } {
    const region = this.regions?.find(path);
    if (!region) return { doc: this.document(), path, base: 0 };
    let doc = this.regionDocs.get(region.start);
    if (!doc) {
      doc = yamlLibrary().parseDocument(region.text, { uniqueKeys: false, strict: false });
      this.regionDocs.set(region.start, doc);
    }
    return { doc, path: region.path, base: region.start };
  }

  /** The position of the deepest node on the path that exists (the key when atKey). */
  locate(path: DataPath, atKey = false): Position {
    const scope = this.scope(path);
    // Too big to parse with positions: the top-level key's line (the message names the path).
    if (!scope.doc) return this.at(typeof path[0] === 'string' ? (topLevelKeyLine(this.source, path[0]) ?? 0) : 0);
    return this.at(scope.base + offsetIn(scope.doc, scope.path, atKey));
  }

  /** The source text of the scalar at exactly this path, as written (7.10, not 7.1). */
  text(path: DataPath): string | undefined {
    const scope = this.scope(path);
    if (!scope.doc) return undefined;
    const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
    let node: unknown = scope.doc.contents;
    for (const seg of scope.path) {
      if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))?.value;
      else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
      else return undefined;
    }
    if (!isScalar(node) || !node.range) return undefined;
    return this.source.slice(scope.base + node.range[0], scope.base + node.range[1]);
  }

  at(offset: number): Position {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.source.indexOf('\n'); i !== -1; i = this.source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  }
}

function offsetIn(doc: Doc, path: DataPath, atKey: boolean): number {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let offset = typeof (node as Node | null)?.range?.[0] === 'number' ? (node as Node).range![0] : 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && atKey && keyNode.range) return keyNode.range[0];
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
  return offset;
}

