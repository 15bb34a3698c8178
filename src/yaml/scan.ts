// A big plan's bytes in a WebAssembly memory, where one small function looks for the characters
// the fast reader never takes 16 bytes at a time. The fast reader must know that a text holds none
// of them before it reads it (fast.ts, unsupportedUtf8): a regular expression over the text's 20 MB
// and four searches took ≈ 25 ms of `plan list --dept` on 20,000 items, as long as reading the
// file; the scan takes ≈ 7. It answers "none" or "maybe": on a maybe (a tab, an emoji, U+0085) the
// exact check runs as before, so the answer is always the exact check's (a property test holds the
// scan to it: tests/unit/text-scan.test.ts).

/** What this file uses of the WebAssembly API (not in the ES library TypeScript is given here). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
}

/** Bytes after a text's end that the scan reads (its loads reach 17 bytes past a block's start), all '\n'. */
const PAD = 32;
const PAGE = 65536;
const NEWLINE = 10;

/**
 * The scan, as WebAssembly (SIMD). `s(from, end)`: the first 16-byte block from `from` on (below
 * `end`) in which some byte b, with the byte b1 after it and b2 after that, is
 *   b < 0x20 but '\n', b = 0x7f, b ≥ 0xf0 (control characters, and the lead bytes of a character
 *   beyond U+FFFF, a surrogate pair in the text);
 *   b = 0xc2 and b1 in 0x80–0x9f (U+0080–U+009F: C1 controls, and U+0085, which the reader takes);
 *   b = 0xed and b1 ≥ 0xa0 (a surrogate, which valid UTF-8 never has);
 *   b = 0xef, b1 = 0xbf and b2 in 0xbe–0xbf (U+FFFE, U+FFFF);
 * else -1. The bytes past `end` must be '\n' (PAD of them): a block there finds nothing.
 */
function scanModule(): Uint8Array {
  // The constants, each a v128 local of 16 equal bytes (locals 5 on; 2–4 hold b, b1, b2).
  const consts = [0x20, 0x0a, 0x7f, 0xf0, 0xc2, 0xe0, 0x80, 0xed, 0xa0, 0xef, 0xbf, 0xfe, 0xbe];
  const c = (byte: number) => [0x20, 5 + consts.indexOf(byte)]; // local.get
  const get = (i: number) => [0x20, i];
  const simd = (op: number) => [0xfd, op];
  const [EQ, LT_U, GE_U, AND, ANDNOT, OR, ANY_TRUE] = [0x23, 0x26, 0x2c, 0x4e, 0x4f, 0x50, 0x53];
  const load = (offset: number, local: number) => [...get(0), 0xfd, 0x00, 0x00, offset, 0x21, local]; // v128.load offset; local.set
  const body = [
    0x01, 3 + consts.length, 0x7b, // locals: v128 × (3 + constants)
    ...consts.flatMap((byte, i) => [0xfd, 0x0c, ...new Array<number>(16).fill(byte), 0x21, 5 + i]), // v128.const; local.set
    0x02, 0x40, // block
    0x03, 0x40, // loop
    ...get(0), ...get(1), 0x4f, 0x0d, 0x01, // from >= end (unsigned): leave the block
    ...load(0, 2), ...load(1, 3), ...load(2, 4),
    // b < 0x20 and not '\n'; b = 0x7f; b ≥ 0xf0
    ...get(2), ...c(0x20), ...simd(LT_U), ...get(2), ...c(0x0a), ...simd(EQ), ...simd(ANDNOT),
    ...get(2), ...c(0x7f), ...simd(EQ), ...simd(OR),
    ...get(2), ...c(0xf0), ...simd(GE_U), ...simd(OR),
    // b = 0xc2 and b1 & 0xe0 = 0x80
    ...get(2), ...c(0xc2), ...simd(EQ), ...get(3), ...c(0xe0), ...simd(AND), ...c(0x80), ...simd(EQ), ...simd(AND), ...simd(OR),
    // b = 0xed and b1 ≥ 0xa0
    ...get(2), ...c(0xed), ...simd(EQ), ...get(3), ...c(0xa0), ...simd(GE_U), ...simd(AND), ...simd(OR),
    // b = 0xef, b1 = 0xbf, b2 & 0xfe = 0xbe
    ...get(2), ...c(0xef), ...simd(EQ), ...get(3), ...c(0xbf), ...simd(EQ), ...simd(AND), ...get(4), ...c(0xfe), ...simd(AND), ...c(0xbe), ...simd(EQ), ...simd(AND), ...simd(OR),
    ...simd(ANY_TRUE),
    0x04, 0x40, ...get(0), 0x0f, 0x0b, // if: return from; end
    ...get(0), 0x41, 0x10, 0x6a, 0x21, 0x00, // from += 16
    0x0c, 0x00, // continue the loop
    0x0b, // end loop
    0x0b, // end block
    0x41, 0x7f, // -1
    0x0b, // end
  ];
  const leb = (n: number) => {
    const out: number[] = [];
    do {
      const b = n & 0x7f;
      n >>>= 7;
      out.push(n ? b | 0x80 : b);
    } while (n);
    return out;
  };
  const section = (id: number, content: number[]) => [id, ...leb(content.length), ...content];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
    ...section(1, [0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f]), // type: (i32, i32) -> i32
    ...section(2, [0x01, 0x01, 0x65, 0x01, 0x6d, 0x02, 0x00, 0x00]), // import e.m: a memory
    ...section(3, [0x01, 0x00]), // one function of that type
    ...section(7, [0x01, 0x01, 0x73, 0x00, 0x00]), // exported as s
    ...section(10, [0x01, ...leb(body.length), ...body]),
  ]);
}

let compiled: object | null | undefined;

/** The compiled scan, or null where this Node has no WebAssembly (--jitless) or no SIMD. */
function scanCode(wasm: Wasm | undefined): object | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = wasm ? new wasm.Module(scanModule()) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

/** The memories made here, by their buffer: the scan bound to each, and where its text ends. */
const made = new WeakMap<ArrayBuffer, { scan: (from: number, end: number) => number; end: number }>();

/**
 * Room for a big text of `size` bytes (a plan read whole), in a memory the scan can read; a plain
 * Buffer where there is no scan. sealText() then says where the text read into it ends.
 */
export function bigTextBuffer(size: number): Buffer {
  const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
  const code = scanCode(wasm);
  if (!code || !wasm) return Buffer.allocUnsafe(size);
  const memory = new wasm.Memory({ initial: Math.ceil((size + PAD) / PAGE) });
  const scan = new wasm.Instance(code, { e: { m: memory } }).exports.s as (from: number, end: number) => number;
  made.set(memory.buffer, { scan, end: -1 });
  return Buffer.from(memory.buffer, 0, size);
}

/** The text read into bigTextBuffer(…)'s room is its first `length` bytes: the bytes after them become the scan's '\n's. */
export function sealText(bytes: Uint8Array, length: number): void {
  const m = made.get(bytes.buffer as ArrayBuffer);
  if (!m || bytes.byteOffset !== 0) return;
  new Uint8Array(bytes.buffer, length, PAD).fill(NEWLINE);
  m.end = length;
}

/**
 * Whether the bytes (a whole text read into bigTextBuffer's room, or the part of it after a
 * byte-order mark) may hold a character the fast reader never takes: false when they certainly
 * do not, true when they may (the exact check decides), undefined when they are not such a text.
 */
export function mayHoldUnsupported(bytes: Uint8Array): boolean | undefined {
  const m = made.get(bytes.buffer as ArrayBuffer);
  if (!m || m.end < 0 || bytes.byteOffset + bytes.length !== m.end) return undefined;
  return m.scan(bytes.byteOffset, m.end) !== -1;
}
