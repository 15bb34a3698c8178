import { isDeepStrictEqual } from 'node:util';
import { valueAt, type DataPath } from '../core/problems.js';
import { yamlLibrary } from './library.js';

/** Below this size a plan is parsed whole with positions; above it, only the region concerned. */
export const REGION_MIN_CHARS = 256 * 1024;

export interface Region {
  /** Offset of the region's first character in the whole source. */
  start: number;
  text: string;
  /** The path inside the region's own document. */
  path: DataPath;
}

const ID_LINE = /^( *)- +id: *(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#][^#\r\n]*?)) *(?:#[^\n]*)?\r?$/gm;
/** The same, on one line alone. */
const ID_LINE_ONE = new RegExp(ID_LINE.source);

/**
 * The slow positional parse of a 20,000-item plan takes seconds and a gigabyte; one item's
 * text parses in microseconds. This finds the text of the item (or top-level entry) a path
 * points into, and proves it is the right one: the region must parse to exactly the data the
 * path names. When it cannot prove it, it returns undefined and the caller parses the whole text.
 */
export class RegionFinder {
  private idLines: Map<string, number[]> | undefined;
  /** Whether the text breaks lines with LF only (the fast lookups' case), once. */
  private lfOnly: boolean | undefined;
  /** How many ids were looked up one by one: from the third on, one pass finds them all. */
  private lookups = 0;
  /** What each path found: a write finds its items to splice them, then again to check them. */
  private readonly found = new Map<string, Region | undefined>();

  constructor(
    private readonly source: string,
    private readonly data: unknown,
  ) {}

  find(path: DataPath): Region | undefined {
    const key = path.join('\0');
    if (!this.found.has(key)) this.found.set(key, this.search(path));
    return this.found.get(key);
  }

  private search(path: DataPath): Region | undefined {
    if (path[0] === 'sections' && path.length >= 4 && path[2] === 'items' && typeof path[1] === 'number' && typeof path[3] === 'number') {
      const item = valueAt(this.data, path.slice(0, 4));
      const id = (item as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string') return undefined;
      for (const lineStart of this.linesOf(id)) {
        const region = this.entryRegion(lineStart);
        const doc = yamlLibrary().parseDocument(region.text, { logLevel: 'error', uniqueKeys: false }); // no Node warning from toJS on stderr
        if (doc.errors.length) continue;
        const parsed: unknown = doc.toJS();
        // The id line was written `- id: 7`: the plan's reader took it as the string "7" too.
        const entry = Array.isArray(parsed) ? (parsed[0] as { id?: unknown } | undefined) : undefined;
        if (entry && typeof entry.id === 'number') entry.id = String(entry.id);
        if (Array.isArray(parsed) && parsed.length === 1 && isDeepStrictEqual(parsed[0], item)) {
          return { start: region.start, text: region.text, path: [0, ...path.slice(4)] };
        }
      }
      return undefined;
    }
    if (typeof path[0] === 'string' && path[0] !== 'sections') {
      const key = path[0];
      const at = topLevelKeyLine(this.source, key);
      if (at === undefined) return undefined;
      const end = nextLineAtOrBelow(this.source, at, -1);
      const text = this.source.slice(at, end);
      const doc = yamlLibrary().parseDocument(text, { logLevel: 'error', uniqueKeys: false });
      if (doc.errors.length || !isDeepStrictEqual(doc.toJS(), { [key]: (this.data as Record<string, unknown>)[key] })) return undefined;
      return { start: at, text, path };
    }
    return undefined;
  }

  /**
   * The starts of the `- id:` lines naming `id`. A write looks for one item: rather than run the
   * line pattern over the whole text (≈ 0.3 s on 20 MB), each `id:` is found with indexOf and the
   * pattern runs only on the lines whose id starts with it. Text with line breaks other than LF (the
   * pattern's m flag treats CR and U+2028/9 as line ends too) takes the full pattern; so does a
   * write to many items (a 填报表), once, from its third item on.
   */
  private linesOf(id: string): number[] {
    this.lfOnly ??= !/[\r\u2028\u2029]/.test(this.source);
    if (this.idLines || id === '' || !this.lfOnly || ++this.lookups > 2) return this.lines().get(id) ?? [];
    const s = this.source;
    const out: number[] = [];
    for (let at = s.indexOf('id:'); at !== -1; at = s.indexOf('id:', at + 3)) {
      // A cheap look first (the id after `id:`, spaces and an optional quote), the pattern only then.
      let p = at + 3;
      while (s.charCodeAt(p) === 32) p++;
      if (s[p] === '"' || s[p] === "'") p++;
      if (!s.startsWith(id, p)) continue;
      const m = this.idLineAt(at);
      if (m && m.id === id) out.push(m.start);
    }
    return out;
  }

  /** The `- id:` line holding the `id:` at `at` (LF-only text), its start and the id it names, or undefined. */
  private idLineAt(at: number): { start: number; id: string } | undefined {
    const s = this.source;
    let end = s.indexOf('\n', at);
    if (end === -1) end = s.length;
    const start = s.lastIndexOf('\n', at) + 1;
    const m = ID_LINE_ONE.exec(s.slice(start, end));
    return m ? { start, id: m[2] ?? m[3] ?? m[4] ?? '' } : undefined;
  }

  private lines(): Map<string, number[]> {
    this.lfOnly ??= !/[\r\u2028\u2029]/.test(this.source);
    if (!this.idLines) {
      const map = (this.idLines = new Map<string, number[]>());
      const add = (id: string, start: number) => {
        const list = map.get(id);
        if (list) list.push(start);
        else map.set(id, [start]);
      };
      if (this.lfOnly) {
        // The pattern's matches are the lines `<spaces>- <spaces>id:`: each found from its `id:`
        // (≈ 10× faster than the pattern run over 20 MB, which tries every position).
        const s = this.source;
        for (let at = s.indexOf('id:'); at !== -1; at = s.indexOf('id:', at + 3)) {
          let k = at - 1;
          while (s.charCodeAt(k) === 32) k--;
          if (s.charCodeAt(k) !== 45 || k === at - 1) continue; // `-`, then at least one space
          k--;
          while (s.charCodeAt(k) === 32) k--;
          if (k !== -1 && s.charCodeAt(k) !== 10) continue; // only spaces before the dash
          const m = this.idLineAt(at);
          if (m) add(m.id, m.start);
        }
      } else for (const m of this.source.matchAll(ID_LINE)) add(m[2] ?? m[3] ?? m[4] ?? '', m.index);
    }
    return this.idLines;
  }

  /** A sequence entry runs from its dash line to the next content line indented no deeper than the dash. */
  private entryRegion(lineStart: number): { start: number; text: string } {
    const indent = /^ */.exec(this.source.slice(lineStart, lineStart + 200))![0].length;
    const end = nextLineAtOrBelow(this.source, lineStart, indent);
    return { start: lineStart, text: this.source.slice(lineStart, end) };
  }
}

/** Offset of the first line after `from`'s line whose content starts at a column ≤ indent (comments and blank lines skipped). */
export function nextLineAtOrBelow(source: string, from: number, indent: number): number {
  const re = new RegExp(`^ {0,${Math.max(0, indent)}}[^ \\r\\n#]`, 'gm');
  re.lastIndex = source.indexOf('\n', from) + 1 || source.length;
  if (re.lastIndex === 0) return source.length;
  const m = re.exec(source);
  return m ? m.index : source.length;
}


/**
 * The offset of the first line that starts with `key:` (a top-level key written plain). A loop,
 * not a regular expression built from the key: a key of megabytes is text in a plan, and too big
 * for a pattern.
 */
export function topLevelKeyLine(source: string, key: string): number | undefined {
  for (let at = 0; at < source.length; ) {
    if (source.startsWith(key, at) && source[at + key.length] === ':') return at;
    const nl = source.indexOf('\n', at);
    if (nl === -1) return undefined;
    at = nl + 1;
  }
  return undefined;
}
