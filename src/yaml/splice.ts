import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLSeq } from 'yaml';
import type { Reading } from '../core/model.js';
import { REGION_MIN_CHARS, RegionFinder } from './region.js';

/**
 * Adds a reading to the `progress` list of the mapping at `path`, by splicing text into the
 * source: every other byte (comments, quoting, spacing, blank lines, CRLF) stays as it was.
 * The new entry copies its neighbours' style (flow `- { date: … }` or block, indentation).
 */
export function spliceReading(source: string, path: readonly (string | number)[], reading: Reading, data?: unknown): string {
  return spliceEntry(source, path, 'progress', fields(reading), data);
}

/** Adds an entry (its fields as YAML scalars) to the list under `key` of the mapping at `path`: `extensions`, `progress`. */
export function spliceEntry(source: string, path: readonly (string | number)[], key: string, entryFields: [string, string][], data?: unknown): string {
  // In a big plan, parse only the item's own text (proven to be it by RegionFinder).
  const region = data !== undefined && source.length > REGION_MIN_CHARS ? new RegionFinder(source, data).find(path) : undefined;
  if (region) return source.slice(0, region.start) + spliceEntry(region.text, region.path, key, entryFields) + source.slice(region.start + region.text.length);
  const doc = parseDocument(source, { keepSourceTokens: false, uniqueKeys: false });
  const owner = nodeAt(doc.contents, path);
  if (!isMap(owner)) throw new Error(`no mapping at ${path.join('.')}`);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const pair = owner.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node | null> | undefined;
  const flowEntry = flowMap(entryFields);

  if (owner.flow) {
    // { id: "1", …, progress: [...] } on one line: rare; insert into the flow collection.
    if (pair && isSeq(pair.value)) return insertFlowSeq(source, pair.value, flowEntry);
    // After the last entry's value, so `unit: 个 }` becomes `unit: 个, progress: […] }`.
    const lastPair = owner.items[owner.items.length - 1] as Pair<Node, Node | null>;
    const end = lastPair.value?.range?.[1] ?? lastPair.key.range![1];
    return `${source.slice(0, end)}, ${key}: [${flowEntry}]${source.slice(end)}`;
  }

  if (pair && isSeq(pair.value) && pair.value.items.length > 0) {
    const seq = pair.value;
    if (seq.flow) return insertFlowSeq(source, seq, flowEntry);
    const last = seq.items[seq.items.length - 1] as Node;
    const first = seq.items[0] as Node;
    // The text before the first entry on its line ("    - ") is the prefix every entry gets.
    const lineStart = lineStartOf(source, first.range![0]);
    const lead = source.slice(lineStart, first.range![0]);
    const prefix = /^ *- +$/.test(lead) ? lead : `${' '.repeat(Math.max(0, lead.indexOf('-')))}- `;
    const entry = isMap(first) && !first.flow ? blockMap(entryFields, prefix, eol) : `${prefix}${flowEntry}${eol}`;
    return insertAfterLine(source, last.range![1], entry, eol);
  }

  const keyNode = pair ? pair.key : (owner.items[0]?.key as Node | undefined);
  const keyIndent = keyNode?.range ? ' '.repeat(keyNode.range[0] - lineStartOf(source, keyNode.range[0])) : '';
  const entry = `${keyIndent}  - ${flowEntry}${eol}`;
  if (pair) {
    // `progress:` or `progress: []`: replace the value with a block list.
    const value = pair.value;
    if (isSeq(value) && value.flow && value.range) {
      return source.slice(0, value.range[0]) + `[${flowEntry}]` + source.slice(value.range[1]);
    }
    const keyEnd = pair.key.range![1];
    const colon = source.indexOf(':', keyEnd);
    return insertAfterLine(source, colon, entry, eol);
  }
  // No list yet: add one after the mapping's last entry.
  const lastPair = owner.items[owner.items.length - 1] as Pair<Node, Node | null>;
  const end = lastPair.value?.range?.[1] ?? lastPair.key.range![1];
  return insertAfterLine(source, end, `${keyIndent}${key}:${eol}${entry}`, eol);
}

/**
 * Adds `key: { … }` (a flow mapping) as the last entry of the mapping at `path`, which must not
 * have the key yet: `closed:` of a target.
 */
export function spliceMapValue(source: string, path: readonly (string | number)[], key: string, value: string, data?: unknown): string {
  const region = data !== undefined && source.length > REGION_MIN_CHARS ? new RegionFinder(source, data).find(path) : undefined;
  if (region) return source.slice(0, region.start) + spliceMapValue(region.text, region.path, key, value) + source.slice(region.start + region.text.length);
  const doc = parseDocument(source, { keepSourceTokens: false });
  const owner = nodeAt(doc.contents, path);
  if (!isMap(owner)) throw new Error(`no mapping at ${path.join('.')}`);
  if (owner.items.some((p) => isScalar(p.key) && p.key.value === key)) throw new Error(`${key} is already there`);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const lastPair = owner.items[owner.items.length - 1] as Pair<Node, Node | null>;
  const end = lastPair.value?.range?.[1] ?? lastPair.key.range![1];
  if (owner.flow) return `${source.slice(0, end)}, ${key}: ${value}${source.slice(end)}`;
  const keyNode = owner.items[0]?.key as Node | undefined;
  const keyIndent = keyNode?.range ? ' '.repeat(keyNode.range[0] - lineStartOf(source, keyNode.range[0])) : '';
  return insertAfterLine(source, end, `${keyIndent}${key}: ${value}${eol}`, eol);
}

function nodeAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const seg of path) {
    if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg)?.value;
    else if (isSeq(node)) node = node.items[seg as number];
    else return undefined;
  }
  return node;
}

function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}


/** Inserts text at the start of the line after the one holding `offset` (keeping a trailing comment on its line). */
function insertAfterLine(source: string, offset: number, text: string, eol: string): string {
  // A node's end can sit at the start of the next line; step back onto its own line.
  let at = offset;
  while (at > 0 && (source[at - 1] === '\n' || source[at - 1] === '\r')) at--;
  const nl = source.indexOf('\n', at);
  if (nl === -1) return source + eol + text.replace(new RegExp(`${eol}$`), '');
  return source.slice(0, nl + 1) + text + source.slice(nl + 1);
}

function insertFlowSeq(source: string, seq: YAMLSeq, entry: string): string {
  // Right after the last entry: a trailing comma or a comment before `]` stays where it was.
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last?.range) return source.slice(0, seq.range![0] + 1) + entry + source.slice(seq.range![0] + 1);
  const end = last.range[1];
  return source.slice(0, end) + ', ' + entry + source.slice(end);
}

function fields(r: Reading): [string, string][] {
  const out: [string, string][] = [['date', r.date]];
  if (r.value !== undefined) out.push(['value', String(r.value)]);
  if (r.by !== undefined) out.push(['by', scalar(r.by)]);
  if (r.person !== undefined) out.push(['person', scalar(r.person)]);
  if (r.note !== undefined) out.push(['note', scalar(r.note)]);
  if (r.problems !== undefined) out.push(['problems', scalar(r.problems)]);
  if (r.next !== undefined) out.push(['next', scalar(r.next)]);
  if (r.evidence?.length) out.push(['evidence', `[${r.evidence.map(scalar).join(', ')}]`]);
  if (r.correction) out.push(['correction', 'true']);
  if (r.recorded !== undefined) out.push(['recorded', r.recorded]);
  return out;
}

export function flowReading(r: Reading): string {
  return flowMap(fields(r));
}

/** `{ date: 2026-10-15, value: 1200 }` from fields already written as YAML. */
export function flowMap(entryFields: readonly [string, string][]): string {
  return `{ ${entryFields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

function blockMap(entryFields: readonly [string, string][], prefix: string, eol: string): string {
  const indent = ' '.repeat(prefix.length);
  return entryFields.map(([k, v], i) => `${i === 0 ? prefix : indent}${k}: ${v}${eol}`).join('');
}

/** A plain scalar when it reads back as the same string in any context, else double-quoted (JSON escapes are valid YAML). */
export function scalar(s: string): string {
  const plain =
    /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) &&
    !/[,[\]{}#:]|\s$/.test(s) &&
    !/^(true|false|null|~|yes|no|on|off|[-+]?(\.inf|\.nan|\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.\d+))$/i.test(s) &&
    !/^\d{4}-\d{2}-\d{2}/.test(s) &&
    // eslint-disable-next-line no-control-regex
    !/[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]/.test(s);
  return plain ? s : JSON.stringify(s);
}
