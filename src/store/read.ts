import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { PlanError } from '../errors.js';
import { bigTextBuffer, sealText } from '../yaml/scan.js';
import { Utf8Text } from '../yaml/text.js';

/** Plans larger than this are refused before they are read (a 20,000-item plan is ≈ 17 MB). */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

/**
 * Reads a text file that must be UTF-8: refuses directories, huge files, UTF-16, binary
 * and legacy encodings (naming GBK when it looks like GBK) with a file:line:col.
 * Strips a BOM. Returns the text exactly otherwise (CRLF kept).
 */
export function readTextFile(file: string, display: string = file, maxBytes = MAX_PLAN_BYTES): string {
  return decodeUtf8(readFileBytes(file, display, maxBytes), display);
}

/** readTextFile, the text left as its checked bytes (decoded when first asked for: Utf8Text). */
export function readUtf8Text(file: string, display: string = file, maxBytes = MAX_PLAN_BYTES): Utf8Text {
  return checkUtf8(readFileBytes(file, display, maxBytes), display);
}

/** What identifies one version of a file without reading it: a rewrite or an edit changes one of these. */
export interface FileStamp {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

export function fileStamp(file: string): FileStamp {
  const st = statSync(file, { bigint: true });
  return { ino: st.ino, size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs };
}

export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

/** The file's stamp, or undefined when it cannot be read (the read says why, in one line). */
export function tryStamp(file: string): FileStamp | undefined {
  try {
    return fileStamp(file);
  } catch {
    return undefined;
  }
}

/** A plan's text as a run read it, and the file's stamp taken just before: a write under the lock reads it again only if the stamp changed. */
export interface PlanText {
  readonly text: string;
  stamp: FileStamp | undefined;
  /** The text as read from the file, still bytes until `text` is asked for. */
  readonly utf8?: Utf8Text;
}

/** readUtf8Text, with the stamp the file had just before the read. */
export function readPlanText(file: string, display: string = file): PlanText & { utf8: Utf8Text } {
  const read: { stamp?: FileStamp } = {};
  const utf8 = checkUtf8(readFileBytes(file, display, MAX_PLAN_BYTES, read), display);
  const stamp = read.stamp;
  return {
    get text() {
      return utf8.text;
    },
    stamp,
    utf8,
  };
}

/**
 * A file's bytes, refusing folders, FIFOs and files over maxBytes with a clear message. With
 * `stamped`, its `stamp` is the stamp of the file read, taken once it is open, just before the read.
 */
export function readFileBytes(file: string, display: string = file, maxBytes = MAX_PLAN_BYTES, stamped?: { stamp?: FileStamp }): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new PlanError('fileIsDirectory', { file: display });
    // A FIFO with no writer would block the read forever; sockets and devices are no plans either.
    if (!st.isFile()) throw new PlanError('fileUnreadable', { file: display, reason: 'not a regular file (a FIFO, socket or device)' });
    size = st.size;
  } catch (e) {
    if (e instanceof PlanError) throw e;
    throw unreadable(e, display);
  }
  if (size > maxBytes) {
    throw new PlanError('fileTooLarge', { file: display, size: mib(size), limit: mib(maxBytes) });
  }
  if (size >= BIG_TEXT_BYTES) inlineLessForBigTexts();
  try {
    return readWhole(file, stamped);
  } catch (e) {
    throw unreadable(e, display);
  }
}

/**
 * The file's bytes as readFileSync gives them (up to the size it has once open), through the calls
 * of fs every run makes anyway (bin/plan.js reads the bundle with them): Node compiles each of its
 * own functions the first time a process calls it, and readFileSync with its helpers, and a second
 * stat of the path for the stamp, were ≈ 0.5M instructions of every start.
 */
function readWhole(file: string, stamped: { stamp?: FileStamp } | undefined): Buffer {
  const fd = openSync(file, 'r');
  try {
    let size: number;
    if (stamped) {
      const st = fstatSync(fd, { bigint: true });
      stamped.stamp = { ino: st.ino, size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs };
      size = Number(st.size);
    } else size = fstatSync(fd).size;
    // A file that gives no size (in /proc) is read as readFileSync reads it: to its end.
    if (size === 0) return readFileSync(fd);
    // A big text is read where the fast reader's check of its characters can scan it (yaml/scan.ts).
    const big = size >= BIG_TEXT_BYTES;
    const bytes = big ? bigTextBuffer(size) : Buffer.allocUnsafe(size);
    let done = 0;
    for (let n; done < size && (n = readSync(fd, bytes, done, size - done, done)) > 0; ) done += n;
    if (big) sealText(bytes, done);
    return done === size ? bytes : bytes.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/** A text this big is read, checked and judged by loops that run long enough for V8 to optimise them. */
const BIG_TEXT_BYTES = 256 * 1024;
let inliningBudgetSet = false;

/**
 * V8's optimising compiler (TurboFan) inlines up to 920 bytes of bytecode into each function it
 * optimises, and the phases of a run on a big plan (the reader, the schema walk, the checks, the
 * status rules) are each a function that calls many small ones: on 20,000 items TurboFan, on V8's
 * helper threads, took about a quarter of the run's CPU, and the phases ran unoptimised meanwhile.
 * A budget of 100 bytes inlines the small helpers still and compiles each phase sooner and for less
 * CPU. Set once, before the first big text is read, through node:v8 (loaded only then: ≈ 1.7 ms,
 * which a small plan's run would not win back); a Node before 20.16 has no getBuiltinModule and
 * runs with V8's default.
 */
function inlineLessForBigTexts(): void {
  if (inliningBudgetSet) return;
  inliningBudgetSet = true;
  process.getBuiltinModule?.('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
}

export function decodeUtf8(bytes: Uint8Array, display: string): string {
  return checkUtf8(bytes, display).text;
}

/** The bytes of a text that must be UTF-8, checked (errors as decodeUtf8's), without a byte-order mark. */
export function checkUtf8(bytes: Uint8Array, display: string): Utf8Text {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PlanError('encodingUtf16', { file: display, order: bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE' }, { where: `${display}:1:1` });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // Notepad's "Unicode" without its byte-order mark is text, not a binary file: say what it is.
    const guessed = utf16WithoutBom(bytes);
    if (guessed) throw new PlanError('encodingUtf16NoBom', { file: display, order: guessed.label.toUpperCase() }, { where: `${display}:1:1` });
    const { line, col } = position(bytes, nul);
    throw new PlanError('encodingBinary', { file: display }, { where: `${display}:${line}:${col}` });
  }
  // isUtf8 (simdutf) then toString is ≈ 3× faster than a fatal TextDecoder on big plans.
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    const { line, col } = position(bytes, bad);
    const key = looksLikeGbk(bytes) ? 'encodingGbk' : 'encodingNotUtf8';
    throw new PlanError(key, { file: display }, { where: `${display}:${line}:${col}` });
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new Utf8Text(bom === 0 && Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom));
}

/**
 * UTF-16 saved without its byte order mark (a program that writes "Unicode" and leaves the BOM
 * off): told by where the NUL bytes stand. Every ASCII character (digits, punctuation, line
 * ends) has a zero high byte, so in a text the zeros fall nearly all on one side of each pair
 * (odd offsets little-endian, even ones big-endian; a CJK character such as 一, U+4E00, puts a
 * few on the other side). Read only once a NUL is found (the plan reader: on the way to its error).
 * The guess holds only when the bytes decode to text: no NUL, no
 * control character but tab and line ends, no C1 control, no lone surrogate.
 */
export function utf16WithoutBom(bytes: Uint8Array): { label: 'utf-16le' | 'utf-16be'; text: string } | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, 1 << 16);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const label = odd >= 2 && odd >= 4 * even ? 'utf-16le' : even >= 2 && even >= 4 * odd ? 'utf-16be' : undefined;
  if (label === undefined) return undefined;
  const text = decodeAs(label, bytes);
  if (text === undefined) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return undefined;
  }
  return { label, text };
}

/** Bytes decoded as `label`, or undefined when they are not valid in it. */
export function decodeAs(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A file that cannot be read: the one every clerk meets (a mistyped name) in words of the language, the rest by their errno. */
function unreadable(e: unknown, display: string): PlanError {
  if ((e as { code?: string }).code === 'ENOENT') return new PlanError('fileMissing', { file: display }, { cause: e });
  return new PlanError('fileUnreadable', { file: display, reason: errnoText(e) }, { cause: e });
}

function errnoText(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? String(e);
}

function position(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters, counting UTF-8 lead bytes only.
  let col = 1;
  for (let i = lineStart; i < offset; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) col++;
  return { line, col };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}

/** GBK text: mostly pairs of a lead byte 0x81–0xFE and a trail byte 0x40–0xFE. */
export function looksLikeGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const t = bytes[i + 1] ?? 0;
    if (b >= 0x81 && b <= 0xfe && t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      pairs++;
      i++;
    } else bad++;
  }
  return pairs > 0 && bad <= pairs / 20;
}
