import type { Buffer } from 'node:buffer';

/**
 * A plan file's text as its UTF-8 bytes (checked to be UTF-8, its byte-order mark left off:
 * store/read.ts), decoded only when something needs the text as a string. The fast reader reads
 * the bytes themselves (fast.ts, fastLoadUtf8), so a run that reads a well-formed plan and shows
 * what it means never decodes the whole text (a 20 MB plan: ≈ 45 ms and a 32 MB string).
 */
export class Utf8Text {
  private decoded: string | undefined;

  constructor(readonly bytes: Buffer) {}

  /** The whole text (decoded once). */
  get text(): string {
    // utf8Slice and latin1Slice: what toString calls after its checks, without Buffer's encoding
    // look-up (compiled in every run that calls it: ≈ 0.5M instructions).
    return (this.decoded ??= (this.bytes as SliceBuffer).utf8Slice(0, this.bytes.length));
  }

  /**
   * The text's first whole lines, about `bytes` of them, or the whole text when it is not much
   * longer: what a look at a plan's first keys reads. Ends with a line's end unless it is the
   * whole text.
   */
  head(bytes: number): string {
    if (this.decoded !== undefined || this.bytes.length <= bytes) return this.text;
    // The last line end within them (as lastIndexOf(10, bytes) finds it, with no Buffer code to compile).
    const end = (this.bytes as SliceBuffer).latin1Slice(0, bytes + 1).lastIndexOf('\n');
    return end === -1 ? this.text : (this.bytes as SliceBuffer).utf8Slice(0, end + 1);
  }
}

/** Buffer's own slicing methods (what toString('utf8' | 'latin1', a, b) calls, without its argument checks). */
export type SliceBuffer = Buffer & { utf8Slice(start: number, end: number): string; latin1Slice(start: number, end: number): string };

/** What a look at a plan's first keys decodes of a big plan (Utf8Text.head): its id and title are in its first lines. */
export const HEAD_BYTES = 8 * 1024;

/** The text of a plan's source, decoding it if it is bytes. */
export const textOf = (source: string | Utf8Text): string => (typeof source === 'string' ? source : source.text);
