import type { LoadOptions, YAMLException } from 'js-yaml';
import type { Problem } from '../core/problems.js';
import { fastLoad, fastLoadUtf8, type FastRead } from './fast.js';
import { jsYaml, yamlLibrary } from './library.js';
import { textOf, type Utf8Text } from './text.js';

/** Limits that turn hostile documents into clear errors instead of exhausted memory. */
export const LIMITS = {
  /** Nodes an alias may add beyond the text itself (billion laughs). */
  aliasExpansion: 100_000,
  /** Nesting depth of mappings and sequences; a plan needs 8. */
  depth: 64,
  /**
   * Items in all sections together (a real plan has a few hundred; the benchmark 20,000). Tiny
   * items fit a million in MAX_PLAN_BYTES, and checking that many exhausts memory.
   */
  items: 100_000,
  /** Problems `plan validate` lists per file (errors first); the rest are counted in one more line. */
  problems: 1_000,
  /**
   * Characters up to which a problem with no provable region (see region.ts) is placed by parsing
   * the whole text with positions; beyond, at its top-level key's line (a 20 MB plan would take
   * ≈ 10 s and over 1 GB).
   */
  positionChars: 2 * 1024 * 1024,
};

/** js-yaml's reading of a text (YAML 1.2 core). maxDepth (js-yaml ≥ 4.1.1, not in its types) counts the document as a level: it fails where inspect() would. */
function jsYamlLoad(source: string): unknown {
  const { CORE_SCHEMA, load } = jsYaml();
  const options: LoadOptions & { maxDepth: number } = { schema: CORE_SCHEMA, json: false, maxDepth: LIMITS.depth + 1 };
  return load(source, options);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult =
  | { ok: true; data: unknown; problems: Problem[] }
  /** data: what the text means when its only faults are duplicate keys (the first one wins), so later checks still run. */
  | { ok: false; problems: (Problem & { offset?: number })[]; data?: unknown };

/**
 * Parses plan YAML as YAML 1.2 core schema (bare dates stay strings, yes/no stay strings).
 * js-yaml reads ≈ 15× faster than the yaml Document API; when it fails, the Document API
 * lists every syntax problem with its position.
 */
export function parseYaml(input: string | Utf8Text): ParseResult {
  let data: unknown;
  const fast: FastRead = { forbiddenKey: false };
  // The text as a string, for everything but the fast reader (which reads a file's bytes).
  let source = typeof input === 'string' ? input : '';
  try {
    // The fast reader reads the plain YAML plans are written in, and gives up on anything else.
    data = typeof input === 'string' ? fastLoad(input, fast) : fastLoadUtf8(input.bytes, fast);
    if (data === undefined) {
      source = textOf(input);
      fast.forbiddenKey = true; // (inspect() below: js-yaml's value may hold anything)
      data = EMPTY_FIRST_ENTRY.test(source) ? readAsYaml(source) : jsYamlLoad(source);
    }
  } catch (e) {
    if (e instanceof RangeError) {
      return { ok: false, problems: [{ path: [], severity: 'error', code: 'too-deep', key: 'tooDeep', params: { limit: LIMITS.depth } }] };
    }
    if (!(e instanceof jsYaml().YAMLException)) throw e;
    // Too deep for js-yaml is far too deep for the Document API's recursion: say so here.
    if (/nesting exceeded maxDepth/.test(e.reason)) {
      const at = (e as YAMLException & { mark?: { position: number } }).mark?.position ?? 0;
      return { ok: false, problems: [{ path: [], offset: at, severity: 'error', code: 'too-deep', key: 'tooDeep', params: { limit: LIMITS.depth } }] };
    }
    return syntaxProblems(source, e);
  }
  if (data === undefined || data === null) {
    return { ok: false, problems: [{ path: [], severity: 'error', code: 'empty-file', key: 'emptyFile', params: {} }] };
  }
  // What the fast reader read has no aliases, is not too deep, and has a forbidden key only if it says so.
  const problems = fast.forbiddenKey ? inspect(data, textOf(input)) : [];
  if (!problems.length) for (const p of countItems(data)) problems.push(p);
  if (!problems.length) readBareIds(data, input);
  return problems.length ? { ok: false, problems } : { ok: true, data, problems: [] };
}

/**
 * A nested sequence whose first entry is empty (`- -` ending its line, or before a comment):
 * js-yaml takes the entries that follow it, at the outer sequence's indent, into the inner one
 * (`- -\n- b` is [[null, b]] to js-yaml, [[null], b] to YAML and to the yaml library, which places
 * problems and re-reads an edited item). Such text is read with the yaml library instead.
 */
const EMPTY_FIRST_ENTRY = /^[ ]*(?:-[ ]+)+-[ ]*(?:#.*)?$/m;

/** The text as the yaml library reads it (YAML 1.2 core); its syntax errors are reported by js-yaml's path below. */
function readAsYaml(source: string): unknown {
  // logLevel: toJS would print a Node warning on stderr for a mapping used as a key (`? {x: 1}`).
  const doc = yamlLibrary().parseDocument(source, { uniqueKeys: false, version: '1.2', schema: 'core', logLevel: 'error' });
  if (!doc.errors.length && !duplicateKeys(doc.contents).length) {
    try {
      // Aliases come back as one shared object, as with js-yaml; inspect() bounds their expansion.
      return doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      // An alias to no anchor is found only here (ReferenceError): js-yaml below says where.
      if (!(e instanceof ReferenceError)) throw e;
    }
  }
  return jsYamlLoad(source);
}

/**
 * A bare id that is not written as a plain whole number: `007`, `0x7`, `+7`, `7.0`, `1e3`. YAML
 * reads these as whole numbers too, but their string is not what the clerk wrote.
 */
const ODD_BARE_ID = /(?:^|[\s{,])["']?id["']?[ \t]*:[ \t]+(?:\+|0[\dxXoO_]|\d+[.eE_])/m;

/**
 * Section and item ids written bare as whole numbers (`- id: 7`) are read as the strings they
 * spell ("7"), as the design allows; words (`id: 三`) are strings already. Any other number
 * (7.10, 7.0, 007, -1) stays a number, and the schema check says "quote it".
 */
function readBareIds(data: unknown, input: string | Utf8Text): void {
  const ids: { owner: Record<string, unknown>; n: number; path: number[] }[] = [];
  const sections = isRecord(data) ? data.sections : undefined;
  if (!Array.isArray(sections)) return;
  sections.forEach((section: unknown, si) => {
    if (!isRecord(section)) return;
    if (typeof section.id === 'number') ids.push({ owner: section, n: section.id, path: [si] });
    if (Array.isArray(section.items)) {
      section.items.forEach((item: unknown, ii) => {
        if (isRecord(item) && typeof item.id === 'number') ids.push({ owner: item, n: item.id, path: [si, ii] });
      });
    }
  });
  const whole = ids.filter((id) => Number.isSafeInteger(id.n) && id.n >= 0 && !Object.is(id.n, -0));
  if (!whole.length) return;
  const source = textOf(input);
  if (!ODD_BARE_ID.test(source)) {
    for (const id of whole) id.owner.id = String(id.n);
    return;
  }
  // Rare: some bare id is spelt oddly. Only the id nodes' own text tells which ones.
  if (source.length > LIMITS.positionChars) return;
  const { isScalar, parseDocument } = yamlLibrary();
  const doc = parseDocument(source, { uniqueKeys: false, strict: false });
  for (const id of whole) {
    const [si, ii] = id.path;
    const node = doc.getIn(ii === undefined ? ['sections', si, 'id'] : ['sections', si, 'items', ii, 'id'], true);
    const written = isScalar(node) && node.type === 'PLAIN' ? node.source : undefined;
    if (written === String(id.n)) id.owner.id = written;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function syntaxProblems(source: string, e: YAMLException): ParseResult & { ok: false } {
  // Listing every error takes the Document API, seconds and gigabytes on a big text: there, js-yaml's first error.
  // uniqueKeys: false, and duplicateKeys() below: yaml compares each key with every one before it
  // (100,000 keys took minutes); a set per mapping finds the same duplicates in linear time.
  const parsed = source.length > LIMITS.positionChars ? undefined : yamlLibrary().parseDocument(source, { uniqueKeys: false });
  const doc = { errors: parsed ? [...parsed.errors, ...duplicateKeys(parsed.contents)].sort((a, b) => a.pos[0] - b.pos[0]) : [] };
  // "end of file inside a flow collection" is shown on the last line written, not past it.
  const end = source.trimEnd().length;
  const near = (offset: number) => Math.min(offset, end);
  const all = doc.errors.map((err): Problem & { offset: number } =>
    err.code === 'DUPLICATE_KEY'
      ? { path: [], offset: err.pos[0], severity: 'error', code: 'duplicate-key', key: 'duplicateKey', params: { name: keyAt(source, err.pos[0]) } }
      : { path: [], offset: near(err.pos[0]), severity: 'error', code: 'yaml-syntax', key: 'yamlSyntax', params: { detail: err.code === 'MULTIPLE_DOCS' ? 'a plan file holds one YAML document; a second one starts here' : firstLine(err.message) } },
  );
  if (all.length) {
    // Duplicate keys alone still leave a readable document: check the rest of it too.
    if (all.every((p) => p.code === 'duplicate-key')) {
      const data = firstKeyWins(source);
      if (data !== undefined) {
        const found = inspect(data);
        const more = found.length ? found : countItems(data);
        if (!more.length) readBareIds(data, source);
        return { ok: false, problems: [...all, ...more], data: more.length ? undefined : data };
      }
    }
    return { ok: false, problems: all };
  }
  const mark = (e as YAMLException & { mark?: { position: number } }).mark;
  const offset = near(mark?.position ?? 0);
  const dup = /duplicated mapping key/.test(e.reason);
  return {
    ok: false,
    problems: [
      dup
        ? { path: [], offset, severity: 'error', code: 'duplicate-key', key: 'duplicateKey', params: { name: keyAt(source, offset) } }
        : { path: [], offset, severity: 'error', code: 'yaml-syntax', key: 'yamlSyntax', params: { detail: e.reason } },
    ],
  };
}

/**
 * The document with each duplicate key dropped (the first one stays: a pasted or added line
 * is usually the second), read as YAML 1.2 core like js-yaml's CORE_SCHEMA.
 */
function firstKeyWins(source: string): unknown {
  const { isMap, isScalar, isSeq, parseDocument } = yamlLibrary();
  try {
    // logLevel: toJS would print a Node warning on stderr for a mapping used as a key (`? {x: 1}`).
    const doc = parseDocument(source, { uniqueKeys: false, version: '1.2', schema: 'core', logLevel: 'error' });
    if (doc.errors.length) return undefined;
    const dedupe = (node: unknown): void => {
      if (isMap(node)) {
        const seen = new Set<string>();
        node.items = node.items.filter((pair) => {
          const name = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
          if (seen.has(name)) return false;
          seen.add(name);
          return true;
        });
        for (const pair of node.items) dedupe(pair.value);
      } else if (isSeq(node)) for (const item of node.items) dedupe(item);
    };
    dedupe(doc.contents);
    // Aliases share one object, as with js-yaml; inspect() then bounds their expansion.
    return doc.toJS({ maxAliasCount: -1 });
  } catch {
    return undefined;
  }
}

/** A DUPLICATE_KEY error (as yaml's uniqueKeys gives) for every key a mapping already has, in one pass. */
function duplicateKeys(root: unknown): { code: 'DUPLICATE_KEY'; pos: [number, number]; message: string }[] {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  const found: { code: 'DUPLICATE_KEY'; pos: [number, number]; message: string }[] = [];
  const stack: unknown[] = [root];
  const visited = new Set<unknown>();
  while (stack.length) {
    const node = stack.pop();
    if (visited.has(node)) continue;
    visited.add(node);
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const at = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
          found.push({ code: 'DUPLICATE_KEY', pos: [at, at + 1], message: 'Map keys must be unique' });
        } else seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return found;
}

/** The key written at an offset: `name` in `name: x` or `"name": x`. */
function keyAt(source: string, offset: number): string {
  const end = source.indexOf('\n', offset);
  const line = source.slice(offset, end === -1 ? undefined : end);
  const m = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:#]*?))\s*:/.exec(line);
  return (m?.[1] ?? m?.[2]?.replace(/''/g, "'") ?? m?.[3] ?? line.trim()).slice(0, 100);
}

function firstLine(s: string): string {
  return s.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? s;
}

/** More than LIMITS.items items: refused before the schema and the checks see them. */
function countItems(data: unknown): Problem[] {
  if (data === null || typeof data !== 'object') return [];
  const sections = (data as { sections?: unknown }).sections;
  if (!Array.isArray(sections)) return [];
  let n = 0;
  for (const s of sections as unknown[]) {
    const items = s !== null && typeof s === 'object' ? (s as { items?: unknown }).items : undefined;
    if (Array.isArray(items)) n += items.length;
  }
  return n > LIMITS.items ? [{ path: ['sections'], atKey: true, severity: 'error', code: 'too-many-items', key: 'tooManyItems', params: { n, limit: LIMITS.items } }] : [];
}

/** An alias (`*name`) may appear in the text; plain `*` in prose just takes the careful path. */
export const MAYBE_ALIAS = /(?:^|[\s,[{:-])\*[^\s,\]}]/m;

/**
 * Forbidden keys, nesting depth and alias expansion, in one walk. Without aliases every node
 * is visited once; with them, shared nodes are sized once (memo) and what aliases add is counted.
 * The path is one shared stack, copied only when a problem is recorded.
 */
function inspect(root: unknown, source?: string): Problem[] {
  const problems: Problem[] = [];
  const sizes = source === undefined || MAYBE_ALIAS.test(source) ? new Map<object, number>() : undefined;
  const path: (string | number)[] = [];
  let expansion = 0;
  let aliasReported = false;
  const walk = (node: unknown, depth: number): number => {
    if (node === null || typeof node !== 'object') return 1;
    if (sizes) {
      const known = sizes.get(node);
      if (known !== undefined) {
        expansion += known;
        if (expansion > LIMITS.aliasExpansion && !aliasReported) {
          aliasReported = true;
          problems.push({ path: [...path], severity: 'error', code: 'alias-limit', key: 'aliasLimit', params: { limit: LIMITS.aliasExpansion } });
        }
        return known;
      }
      sizes.set(node, 1);
    }
    if (depth > LIMITS.depth) {
      problems.push({ path: [...path], severity: 'error', code: 'too-deep', key: 'tooDeep', params: { limit: LIMITS.depth } });
      return 1;
    }
    let size = 1;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        size += walk(node[i], depth + 1);
        path.pop();
      }
    } else {
      for (const key of Object.keys(node)) {
        path.push(key);
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({ path: [...path], atKey: true, severity: 'error', code: 'forbidden-key', key: 'forbiddenKey', params: { name: key } });
        } else size += walk((node as Record<string, unknown>)[key], depth + 1);
        path.pop();
      }
    }
    sizes?.set(node, size);
    return size;
  };
  walk(root, 0);
  return problems;
}
