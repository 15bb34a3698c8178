// Text whose UTF-8 bytes were read as Western (Windows-1252 / Latin-1) characters and saved again: 中文 shows as
// ä¸­æ–‡. A page saved with the wrong charset, or a copy through a tool that guessed wrong, gives it. The bytes
// are still there, one character each: read back to bytes and decoded as UTF-8, the Chinese returns — unless the
// copy dropped the bytes Windows-1252 has no character for (0x81, 0x8D, 0x8F, 0x90, 0x9D), when it cannot.

/** The Windows-1252 characters of bytes 0x80–0x9F (the rest of Latin-1 is its own code point). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE = new Map<string, number>([...CP1252].map((c, i) => [c, 0x80 + i]));

/** A lead byte of a three-byte UTF-8 character (CJK is E3–E9) read as Latin-1, then a continuation byte read so. */
const PAIR = /[\u00e3-\u00e9][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™š›œžŸ]/g;

export type Mojibake = { kind: 'clean' } | { kind: 'repaired'; text: string; sample: string } | { kind: 'garbled'; sample: string };

/**
 * Whether the text is Chinese written as mojibake, and the repaired text if every character comes back. Text with
 * more Chinese characters than such pairs is left alone (a French name in a Chinese plan is no mojibake).
 */
export function readMojibake(text: string): Mojibake {
  const pairs = text.match(PAIR)?.length ?? 0;
  if (pairs < 20) return { kind: 'clean' };
  const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (cjk > pairs) return { kind: 'clean' };
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const b = BYTE.get(ch) ?? (c < 0x100 ? c : undefined);
    if (b !== undefined) bytes.push(b);
    else bytes.push(...new TextEncoder().encode(ch));
  }
  const fixed = new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  const at = text.search(PAIR);
  const sample = text.slice(at, at + 16).replace(/[\s\u0080-\u009f]+/g, '').slice(0, 12);
  // A byte lost is a character lost, in a title or a unit's name maybe: no guessing.
  if (fixed.includes('\ufffd')) return { kind: 'garbled', sample };
  return { kind: 'repaired', text: fixed, sample };
}
