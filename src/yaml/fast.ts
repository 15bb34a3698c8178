// A fast reader for the YAML that plans are written in: block mappings and sequences, plain and
// quoted one-line scalars, one-line flow collections ({ date: …, value: … }), comments. It reads
// a 20 MB plan several times faster than js-yaml. Anything else (block scalars, multi-line
// scalars, anchors, tags, escapes, tabs, CRLF, duplicate keys, odd keys…) makes it give up, and
// parse.ts reads the text with js-yaml as before: what it does read, it reads exactly as js-yaml's
// CORE_SCHEMA does (plain scalars resolve by its implicit types' rules, scalars.ts), which a
// differential test checks on every fixture and on generated documents.
import { Buffer } from 'node:buffer';
import { resolveCore } from './scalars.js';
import { mayHoldUnsupported } from './scan.js';
import type { SliceBuffer } from './text.js';

/**
 * Text this reader never takes: tabs, CR, the characters js-yaml refuses (C0/C1 controls, U+FFFE/F)
 * and any surrogate (js-yaml refuses lone ones; an emoji just takes the full parser).
 */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED = /[\0-\x09\x0b-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]/;

/** Deeper than this, js-yaml decides (its maxDepth gives the error). Below parse.ts's LIMITS.depth: parse.ts skips its depth check on what this reads. */
const MAX_DEPTH = 40;

/** Thrown (one instance, made once) to leave the reader from any depth. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp('not in the fast subset');

/** What a fast read found besides the value. */
export interface FastRead {
  /** A key `constructor` or `prototype` (parse.ts reports them; `__proto__` makes the reader give up). */
  forbiddenKey: boolean;
}

/** The reader's own errors, and a `GiveUp` mean the text is not in the subset. */
function run(reader: Reader, read: FastRead | undefined): unknown {
  try {
    const v = reader.document();
    if (read) read.forbiddenKey = reader.forbiddenKey;
    return v;
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

/**
 * The document's value, or undefined when the text is not in the subset read here. Such a value
 * has no aliases and is at most MAX_DEPTH deep; `read.forbiddenKey` says whether it has a key
 * parse.ts forbids. (A text is read as its UTF-8 bytes, as a file is: fastLoadUtf8.)
 */
export function fastLoad(src: string, read?: FastRead): unknown {
  if (UNSUPPORTED.test(src)) return undefined;
  const withEnd = Buffer.from(`${src}\n`, 'utf8') as Utf8Buffer;
  const bytes = withEnd.subarray(0, withEnd.length - 1) as Utf8Buffer;
  return run(new Reader(bytes.latin1Slice(0, bytes.length), withEnd, bytes), read);
}

/**
 * fastLoad on a text's UTF-8 bytes (valid UTF-8, no byte-order mark: a plan file as read.ts
 * checked it), never decoded whole. The structure of a plan's YAML is ASCII, and in UTF-8 an
 * ASCII byte is always that character, never part of another: the reader finds the structure in
 * the bytes themselves, slices the ASCII scalars from the bytes as a one-byte (latin1) string, and
 * decodes only the scalars that are not ASCII (titles, texts, unit names: a third of a plan's
 * bytes), each once (a short one once per document). Decoding the whole 20 MB text cost ≈ 45 ms
 * and made a 32 MB two-byte string; the latin1 string is a copy of the bytes, ≈ 8 ms.
 */
export function fastLoadUtf8(bytes: Uint8Array, read?: FastRead): unknown {
  const buf = (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Utf8Buffer;
  const s = buf.latin1Slice(0, buf.length);
  // A big plan's bytes are scanned first (scan.ts): the exact check runs only when the scan finds something.
  if (mayHoldUnsupported(buf) !== false && unsupportedUtf8(s)) return undefined;
  const n = buf.length;
  // The reader reads the text's end as a line's end: a text that does not end with one is read from a copy that does.
  const withEnd = n === 0 || buf[n - 1] !== NEWLINE ? (Buffer.concat([buf, NEWLINE_BYTE]) as Utf8Buffer) : buf;
  return run(new Reader(s, withEnd, buf), read);
}

type Utf8Buffer = SliceBuffer;

/**
 * UNSUPPORTED in UTF-8 bytes read as latin1 (one character per byte): the same C0 controls, tab
 * and DEL, and a character beyond U+FFFF (a four-byte sequence, F0–F4), which is a surrogate pair
 * in the text, found by one class; then the rare lead bytes of the rest, each found by a search
 * for one character (a class of them all, C2 and EF among them, took twice as long: EF starts the
 * full-width punctuation of Chinese text): U+0080–U+009F but U+0085 (C2 80–9F), a surrogate (ED
 * A0–BF, which valid UTF-8 never has) and U+FFFE/F (EF BF BE/BF). A property test holds it to
 * UNSUPPORTED on any text.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_ASTRAL = /[\0-\x09\x0b-\x1f\x7f\xf0-\xff]/;
function unsupportedUtf8(s: string): boolean {
  if (CONTROL_OR_ASTRAL.test(s)) return true;
  for (let i = s.indexOf('\xc2'); i !== -1; i = s.indexOf('\xc2', i + 1)) {
    const c = s.charCodeAt(i + 1);
    if (c >= 0x80 && c <= 0x9f && c !== 0x85) return true;
  }
  for (let i = s.indexOf('\xed'); i !== -1; i = s.indexOf('\xed', i + 1)) if (s.charCodeAt(i + 1) >= 0xa0) return true;
  for (const end of ['\xbf\xbe', '\xbf\xbf']) for (let i = s.indexOf(end); i !== -1; i = s.indexOf(end, i + 1)) if (s.charCodeAt(i - 1) === 0xef) return true;
  return false;
}

const NEWLINE = 10;
const NEWLINE_BYTE = new Uint8Array([NEWLINE]);

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** A plain key: ASCII letters, digits, _ $ and - (not first). A table by byte: 3 a key's first character, 2 one after it, 0 neither. */
const KEY_CHAR = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36) KEY_CHAR[c] = 3;
  else if ((c >= 48 && c <= 57) || c === DASH) KEY_CHAR[c] = 2;
}
function isKeyStart(c: number): boolean {
  return KEY_CHAR[c] === 3;
}
function isKeyChar(c: number): boolean {
  return KEY_CHAR[c]! > 0;
}

/** A table of ASCII characters: 1 for those in `chars`. */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
/** Characters that start something other than a plain scalar (or a plain scalar js-yaml may read otherwise). */
const INDICATOR = charTable('&*!|>%@`?:,[]{}#\'"-');
/** First characters of the plain scalars that may not be strings (null, bool, int, float). */
const MAYBE_TYPED = charTable('~nNtTfF0123456789+-.');

function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c >= 128 || !MAYBE_TYPED[c]) return s;
  return resolveCore(s);
}

/**
 * Scalars at most this long are read once per document: a plan repeats its dates, unit names,
 * kinds, units and notes tens of thousands of times, and each repeat is then found by a hash of
 * its characters instead of being copied out of the text (and resolved) again.
 */
const SHORT = 32;
/** Distinct scalars remembered per document (ids are mostly unique: they would only fill it). */
const REMEMBERED = 8192;

/**
 * Texts read so far (with what they read as), by a hash of their characters: one entry per hash,
 * a later text with the same hash taking its place. Open addressing in flat arrays, not a Map:
 * the reader asks it for nearly every key and scalar of the plan (a Map's lookup was a tenth of
 * its time), and a slot is read without a call. A text is kept as where it was first read in the
 * bytes, and a later one compared with those bytes: no string is read a character at a time (V8
 * reads a slice of the text's string through a dispatch on how the string is held). At most
 * REMEMBERED texts.
 */
class Interned {
  private hashes: Int32Array;
  /** Where each slot's text starts in the bytes, and its length plus one (0: an empty slot). */
  private starts: Int32Array;
  private lengths: Int32Array;
  private values: unknown[];
  private mask: number;
  private size = 0;
  /** The slot the last has() looked at: its text's, or the empty one its hash would take. */
  private at = -1;
  /** The bytes, read four at a time. */
  private readonly words: DataView;

  /** `slots`: a power of two, the table's first size (it grows as it fills). */
  constructor(
    private readonly bytes: Uint8Array,
    slots: number,
  ) {
    this.words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.hashes = new Int32Array(slots);
    this.starts = new Int32Array(slots);
    this.lengths = new Int32Array(slots);
    this.values = new Array<unknown>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  /** Whether the bytes [at, end) are a text remembered under their hash h; its value is then value(), else keep() may remember them. */
  has(h: number, at: number, end: number): boolean {
    const i = this.slot(h);
    const n = end - at;
    if (this.lengths[i] !== n + 1) return false;
    const from = this.starts[i]!;
    if (n < 4) {
      const bytes = this.bytes;
      for (let k = 0; k < n; k++) if (bytes[at + k] !== bytes[from + k]) return false;
      return true;
    }
    // Four bytes at a time (the last four overlapping the ones before when n is no multiple of 4).
    const words = this.words;
    let k = 0;
    for (; k + 4 <= n; k += 4) if (words.getInt32(at + k, true) !== words.getInt32(from + k, true)) return false;
    return k === n || words.getInt32(end - 4, true) === words.getInt32(from + n - 4, true);
  }

  /** The value of the text has() found last. */
  value(): unknown {
    return this.values[this.at];
  }

  /** Remembers the bytes [at, end) (and their value) under the hash has() was asked last. */
  keep(h: number, at: number, end: number, value: unknown): void {
    if (this.lengths[this.at] === 0) {
      if (this.size >= REMEMBERED) return;
      this.size++;
      if (this.size * 2 > this.mask + 1) {
        this.grow();
        this.slot(h);
      }
    }
    const i = this.at;
    this.hashes[i] = h;
    this.starts[i] = at;
    this.lengths[i] = end - at + 1;
    this.values[i] = value;
  }

  /** The slot of hash h: the one holding it, or the empty one it would take (then in `at` too). */
  private slot(h: number): number {
    const hashes = this.hashes;
    const lengths = this.lengths;
    const mask = this.mask;
    let i = h & mask;
    while (lengths[i] !== 0 && hashes[i] !== h) i = (i + 1) & mask;
    this.at = i;
    return i;
  }

  private grow(): void {
    const { hashes, starts, lengths, values } = this;
    const n = (this.mask + 1) * 2;
    this.hashes = new Int32Array(n);
    this.starts = new Int32Array(n);
    this.lengths = new Int32Array(n);
    this.values = new Array<unknown>(n).fill(undefined);
    this.mask = n - 1;
    for (let k = 0; k < lengths.length; k++) {
      if (lengths[k] === 0) continue;
      let i = hashes[k]! & this.mask;
      while (this.lengths[i] !== 0) i = (i + 1) & this.mask;
      this.hashes[i] = hashes[k]!;
      this.starts[i] = starts[k]!;
      this.lengths[i] = lengths[k]!;
      this.values[i] = values[k];
    }
  }
}

class Reader {
  /** The current content line: its start, indentation, first non-space character and end ('\n' or the end). */
  private ls = 0;
  private ind = -1;
  private cs = 0;
  private le = -1;
  /** Where the value after the last key() starts; where the last quoted scalar, flow collection or flow value ends. */
  private vs = 0;
  private end = 0;
  /** Keys, plain scalars (with their values) and quoted scalars read so far, by a hash of their characters. */
  private readonly keys: Interned;
  private readonly plains: Interned;
  private readonly quotes: Interned;
  /** The entries of the sequences being read, innermost last. */
  private readonly stack: unknown[] = [];
  /**
   * The stack's height: entries above it are left in place (they are in the lists made already),
   * as shortening an array by its length is a call into the runtime (≈ 29 ms on 20,000 items).
   */
  private top = 0;
  /** The first '#' at or after sharpFrom, and the first ':' at or after colonFrom; the text's length when none. */
  private sharpFrom = 0;
  private sharp = -1;
  private colonFrom = 0;
  private colon = -1;

  /** A key `constructor` or `prototype` was read (each key is looked at when first read: the others are repeats). */
  forbiddenKey = false;

  /**
   * `s`: the text's bytes as a latin1 string (one character per byte), for searching and for
   * slicing ASCII scalars; `cu`: the bytes, read one at a time, with a '\n' at the text's end
   * (cu[s.length]); `bytes`: the bytes, for decoding the scalars that are not ASCII.
   */
  constructor(
    private readonly s: string,
    private readonly cu: Uint8Array,
    private readonly bytes: Utf8Buffer,
  ) {
    // A plan's keys are a few dozen; its short scalars fill a table to REMEMBERED on a big plan, which
    // then starts at its full size: growing it six times made V8 compile grow() for its long loop.
    const slots = Math.min(2 * REMEMBERED, Math.max(256, 2 ** Math.ceil(Math.log2(s.length / 256))));
    this.keys = new Interned(cu, 256);
    this.plains = new Interned(cu, slots);
    this.quotes = new Interned(cu, slots);
  }

  /** The text of the bytes [at, end), which hold whole characters: sliced when ASCII, else decoded. */
  private text(at: number, end: number): string {
    const cu = this.cu;
    for (let p = at; p < end; p++) if (cu[p]! >= 128) return this.bytes.utf8Slice(at, end);
    return this.s.slice(at, end);
  }

  document(): unknown {
    this.next();
    if (this.ind !== 0) throw GIVE_UP;
    const v = this.block(0, 1);
    if ((this.ind as number) !== -1) throw GIVE_UP; // (TS keeps the narrowing across block())
    return v;
  }

  /** Moves to the next line with content (blank and comment lines skipped); ind = -1 at the end. */
  private next(): void {
    const s = this.s;
    const n = s.length;
    let p = this.le + 1;
    while (p < n) {
      let e = s.indexOf('\n', p);
      if (e === -1) e = n;
      const cu = this.cu;
        let q = p;
      while (cu[q]! === SPACE) q++;
      if (q === e || cu[q]! === HASH) {
        p = e + 1;
        continue;
      }
      this.ls = p;
      this.cs = q;
      this.ind = q - p;
      this.le = e;
      return;
    }
    this.ind = -1;
    this.ls = this.cs = this.le = n;
  }

  /**
   * The first `#` at or after `from` (the text's length when none): one search through the text,
   * not one per line (V8 finds one character far faster than two: ' #' took 40 ms on 20 MB).
   */
  private sharpAfter(from: number): number {
    if (from < this.sharpFrom || from > this.sharp) {
      const at = this.s.indexOf('#', from);
      this.sharpFrom = from;
      this.sharp = at === -1 ? this.s.length : at;
    }
    return this.sharp;
  }

  /** The first `:` at or after `from`, likewise. */
  private colonAfter(from: number): number {
    if (from < this.colonFrom || from > this.colon) {
      const at = this.s.indexOf(':', from);
      this.colonFrom = from;
      this.colon = at === -1 ? this.s.length : at;
    }
    return this.colon;
  }

  private isDashLine(): boolean {
    return this.cu[this.cs]! === DASH && (this.cs + 1 === this.le || this.cu[this.cs + 1]! === SPACE);
  }

  private block(indent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    return this.isDashLine() ? this.seq(indent, depth) : this.mapping(indent, depth);
  }

  /** The key at `at` (a plain key then ': ' or ':' at the end of the line), its value's start in `vs`; undefined if none. */
  private key(at: number): string | undefined {
    const cu = this.cu;
    let c = cu[at]!;
    if (!isKeyStart(c)) return undefined;
    let h = c;
    let k = at + 1;
    for (;;) {
      c = cu[k]!;
      if (!isKeyChar(c)) break;
      h = (Math.imul(h, 31) + c) | 0;
      k++;
    }
    if (c !== COLON) return undefined;
    const end = k;
    k++;
    if (k < this.le && cu[k]! !== SPACE) return undefined;
    while (k < this.le && cu[k]! === SPACE) k++;
    this.vs = k;
    return this.keys.has(h, at, end) ? (this.keys.value() as string) : this.newKey(at, end, h);
  }

  /** A key not read before (or whose hash another key took since). */
  private newKey(at: number, end: number, h: number): string {
    const key = this.s.slice(at, end);
    if (key === 'constructor' || key === 'prototype') this.forbiddenKey = true;
    this.keys.keep(h, at, end, key);
    return key;
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    while (this.ind === indent) {
      const key = this.key(this.cs);
      if (key === undefined) throw GIVE_UP;
      const vs = this.vs;
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(obj, key)) throw GIVE_UP;
      let value: unknown;
      if (vs === this.le || this.cu[vs]! === HASH) {
        this.next();
        if (this.ind > indent) value = this.block(this.ind, depth + 1);
        else if (this.ind === indent && this.isDashLine()) value = this.seq(indent, depth + 1);
        else value = null;
      } else {
        value = this.inline(vs, depth + 1, indent);
        this.next();
      }
      obj[key] = value;
      if (this.ind > indent) throw GIVE_UP;
    }
    return obj;
  }

  private seq(indent: number, depth: number): unknown[] {
    const stack = this.stack;
    const base = this.top;
    while (this.ind === indent && this.isDashLine()) {
      const cu = this.cu;
        let vs = this.cs + 1;
      while (vs < this.le && cu[vs]! === SPACE) vs++;
      let item: unknown;
      if (vs === this.le || cu[vs]! === HASH) {
        this.next();
        item = this.ind > indent ? this.block(this.ind, depth + 1) : null;
      } else if (this.key(vs) !== undefined) {
        // `- key: value`: a mapping whose keys line up with this first one.
        if (depth + 1 > MAX_DEPTH) throw GIVE_UP;
        this.cs = vs;
        this.ind = vs - this.ls;
        item = this.mapping(this.ind, depth + 1);
      } else {
        item = this.inline(vs, depth + 1, indent);
        this.next();
      }
      stack[this.top++] = item;
      if (this.ind > indent) throw GIVE_UP;
    }
    return this.popList(base);
  }

  /** The entries pushed on the stack since `base`, as a list of their number (a list grown by push keeps room for 16). */
  private popList(base: number): unknown[] {
    const list = this.stack.slice(base, this.top);
    this.top = base;
    return list;
  }

  /** A value that starts at `at` and ends on this line (or a block scalar, on the lines below it). */
  private inline(at: number, depth: number, indent: number): unknown {
    const s = this.s;
    const cu = this.cu;
    const c = cu[at]!;
    if (c === 124 || c === 62) return this.blockScalar(at, indent);
    if (c === 34 || c === 39) {
      const v = this.quoted(at);
      this.rest(this.end);
      return v;
    }
    if (c === 91 || c === 123) {
      const v = this.flow(at, depth);
      this.rest(this.end);
      return v;
    }
    if (c < 128 && INDICATOR[c] && !(c === DASH && at + 1 < this.le && cu[at + 1]! !== SPACE)) throw GIVE_UP;
    // A comment starts at ' #'.
    let end = this.le;
    for (let h = this.sharpAfter(at + 1); h < end; h = this.sharpAfter(h + 1)) {
      if (cu[h - 1]! === SPACE) {
        end = h - 1;
        break;
      }
    }
    while (end > at && cu[end - 1]! === SPACE) end--;
    if (end - at <= SHORT && this.seenPlain(at, end)) return this.plains.value();
    if (cu[end - 1]! === COLON || (this.colonAfter(at) < end && s.slice(at, end).includes(': '))) throw GIVE_UP;
    return this.plain(at, end);
  }

  /** Whether the plain scalar at [at, end) was read before, by the hash of its characters (then set in `hash`); its value is then plains.value(). */
  private hash = 0;
  private seenPlain(at: number, end: number): boolean {
    const cu = this.cu;
    let h = 0;
    for (let p = at; p < end; p++) h = (Math.imul(h, 31) + cu[p]!) | 0;
    return this.seenHashed(h, at, end);
  }

  /** seenPlain with the hash of [at, end) worked out already. */
  private seenHashed(h: number, at: number, end: number): boolean {
    this.hash = h;
    return this.plains.has(h, at, end);
  }

  /** A plain scalar not read before (seenPlain was asked first when it is short): its value, remembered. */
  private plain(at: number, end: number): unknown {
    const value = resolvePlain(this.text(at, end));
    if (end - at <= SHORT) this.plains.keep(this.hash, at, end, value);
    return value;
  }

  /**
   * `|`, `|-`, `>` or `>-` and lines at one indentation deeper than `indent`, blank lines between
   * them allowed; more-indented lines, indentation indicators, `+` and blank lines before the text
   * take the full parser. Leaves the reader on the block's last line.
   */
  private blockScalar(at: number, indent: number): string {
    const s = this.s;
    const cu = this.cu;
    const folded = cu[at]! === 62;
    let p = at + 1;
    const strip = cu[p]! === DASH;
    if (strip) p++;
    this.rest(p);
    const n = s.length;
    let text = '';
    let blanks = 0;
    let lines = 0;
    let own = -1;
    let lastEnd = this.le;
    let line = this.le + 1;
    while (line < n) {
      let e = s.indexOf('\n', line);
      if (e === -1) e = n;
      let q = line;
      while (this.cu[q]! === SPACE) q++;
      if (q === e) {
        // A blank line: part of the text unless nothing follows; spaces beyond the text's indentation are text.
        if (own !== -1 && q - line > own) throw GIVE_UP;
        if (own === -1) throw GIVE_UP;
        blanks++;
        line = e + 1;
        continue;
      }
      const ind = q - line;
      if (own === -1) {
        if (ind <= indent) break;
        own = ind;
      } else if (ind < own) break;
      else if (ind > own) throw GIVE_UP;
      const content = this.text(q, e);
      if (lines === 0) text = content;
      else if (blanks) text += '\n'.repeat(folded ? blanks : blanks + 1) + content;
      else text += (folded ? ' ' : '\n') + content;
      lines++;
      blanks = 0;
      lastEnd = e;
      line = e + 1;
    }
    if (!lines || lastEnd === n) throw GIVE_UP;
    this.le = lastEnd;
    return strip ? text : text + '\n';
  }

  /** After a quoted scalar or a flow collection: only spaces, or a comment after a space. */
  private rest(at: number): void {
    const cu = this.cu;
    let p = at;
    while (p < this.le && cu[p]! === SPACE) p++;
    if (p < this.le && !(p > at && cu[p]! === HASH)) throw GIVE_UP;
  }

  /** The next `c` on this line (never a search through the rest of the text: that would be quadratic). */
  private find(c: number, from: number): number {
    for (let p = from; p < this.le; p++) if (this.cu[p]! === c) return p;
    throw GIVE_UP;
  }

  /** A one-line quoted scalar without escapes: its value; `end` is set after its closing quote. */
  private quoted(at: number): string {
    const s = this.s;
    const cu = this.cu;
    const q = cu[at]!;
    if (q === 34) {
      let h = 0;
      let high = 0;
      let close = at + 1;
      for (; ; close++) {
        if (close >= this.le) throw GIVE_UP;
        const c = cu[close]!;
        if (c === 34) break;
        if (c === 92) throw GIVE_UP; // an escape
        h = (Math.imul(h, 31) + c) | 0;
        high |= c;
      }
      this.end = close + 1;
      const len = close - at - 1;
      if (len > SHORT) return high < 128 ? s.slice(at + 1, close) : this.bytes.utf8Slice(at + 1, close);
      if (this.quotes.has(h, at + 1, close)) return this.quotes.value() as string;
      const v = high < 128 ? s.slice(at + 1, close) : this.bytes.utf8Slice(at + 1, close);
      this.quotes.keep(h, at + 1, close, v);
      return v;
    }
    let out = '';
    let from = at + 1;
    for (;;) {
      const close = this.find(39, from);
      out += this.text(from, close);
      if (cu[close + 1]! !== 39) {
        this.end = close + 1;
        return out;
      }
      out += "'";
      from = close + 2;
    }
  }

  /** A flow sequence or mapping that ends on this line: its value; `end` is set after it. */
  private flow(at: number, depth: number): unknown {
    const cu = this.cu;
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const isMap = cu[at]! === 123;
    const close = isMap ? 125 : 93;
    let p = this.skip(at + 1);
    if (cu[p]! === close) {
      this.end = p + 1;
      return isMap ? {} : [];
    }
    const base = this.top;
    const obj: Record<string, unknown> | undefined = isMap ? {} : undefined;
    for (;;) {
      if (obj) {
        const k = p;
        let c = cu[k]!;
        if (!isKeyStart(c)) throw GIVE_UP;
        let h = c;
        p++;
        for (;;) {
          c = cu[p]!;
          if (!isKeyChar(c)) break;
          h = (Math.imul(h, 31) + c) | 0;
          p++;
        }
        if (c !== COLON || cu[p + 1]! !== SPACE) throw GIVE_UP;
        const key = this.keys.has(h, k, p) ? (this.keys.value() as string) : this.newKey(k, p, h);
        if (key === '__proto__' || Object.prototype.hasOwnProperty.call(obj, key)) throw GIVE_UP;
        obj[key] = this.flowValue(this.skip(p + 1), depth + 1);
      } else {
        const v = this.flowValue(p, depth + 1);
        this.stack[this.top++] = v;
      }
      p = this.skip(this.end);
      const c = cu[p]!;
      if (c === close) {
        this.end = p + 1;
        return obj ?? this.popList(base);
      }
      if (c !== 44) throw GIVE_UP;
      p = this.skip(p + 1);
      // A trailing comma, or an empty entry: the full parser.
      if (cu[p]! === close || cu[p]! === 44) throw GIVE_UP;
    }
  }

  private skip(p: number): number {
    while (p < this.le && this.cu[p]! === SPACE) p++;
    return p;
  }

  /** A value inside a flow collection; `end` is set after it. */
  private flowValue(at: number, depth: number): unknown {
    const cu = this.cu;
    if (at >= this.le) throw GIVE_UP;
    const c = cu[at]!;
    if (c === 34 || c === 39) return this.quoted(at);
    if (c === 91 || c === 123) return this.flow(at, depth);
    if (c < 128 && INDICATOR[c] && !(c === DASH && at + 1 < this.le && cu[at + 1]! !== SPACE)) throw GIVE_UP;
    // The scan for the value's end hashes its characters too (seenPlain's hash, without a second pass): the hash up to its last non-space character.
    let p = at;
    let h = 0;
    let hash = 0;
    let end = at;
    for (; p < this.le; p++) {
      const d = cu[p]!;
      if (d === 44 || d === 93 || d === 125) break;
      if (d === COLON || d === HASH || d === 34 || d === 39) throw GIVE_UP;
      h = (Math.imul(h, 31) + d) | 0;
      if (d !== SPACE) {
        hash = h;
        end = p + 1;
      }
    }
    this.end = p;
    if (end - at <= SHORT && this.seenHashed(hash, at, end)) return this.plains.value();
    return this.plain(at, end);
  }
}
