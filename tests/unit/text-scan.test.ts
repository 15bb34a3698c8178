import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastLoad, fastLoadUtf8 } from '../../src/yaml/fast.js';
import { bigTextBuffer, mayHoldUnsupported, sealText } from '../../src/yaml/scan.js';

/**
 * The scan of a big plan's bytes (src/yaml/scan.ts) lets the fast reader skip its exact check of
 * the characters it never takes: so it must never say "none" where one is, and it should say
 * "none" where there is none (else the saving is lost). The characters: the fast reader's
 * UNSUPPORTED (control characters but '\n', C1 controls but U+0085, surrogates, U+FFFE/F).
 */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED = /[\0-\x09\x0b-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]/;

/** The bytes in a scanned text's room, as read.ts leaves a file read into it (with `before` bytes ahead of them, as a byte-order mark). */
function scanned(bytes: Uint8Array, before = 0): Buffer {
  const room = bigTextBuffer(before + bytes.length);
  room.set(bytes, before);
  sealText(room, before + bytes.length);
  return room.subarray(before);
}

describe('the scan of a big text for characters the fast reader never takes', () => {
  it('is what this Node runs (WebAssembly with SIMD), not the fallback', () => {
    const text = Buffer.from('标题: 推进营商环境优化\n', 'utf8');
    expect(mayHoldUnsupported(scanned(text))).toBe(false);
    // Bytes that are no such text are not answered: the exact check runs on them.
    expect(mayHoldUnsupported(Buffer.from(text))).toBe(undefined);
  });

  it('finds every such character wherever it stands, and nothing in a text without one (U+0085 aside)', () => {
    const ch = fc.constantFrom('a', ' ', '\n', '中', '，', '：', '￥', '\u00b7', '\u0085', '\u0080', '\u009f', '\u00a0', '\u00bf', '\u00c2', '\ufffd', '\ufffe', '\uffff', '\uffef', '\ud7ff', '\ue000', '😀', '\t', '\x7f', '\x01', '\x1f', '\u2028');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 70 }), fc.integer({ min: 0, max: 3 }), (chars, before) => {
        const text = chars.join('');
        const found = mayHoldUnsupported(scanned(Buffer.from(text, 'utf8'), before));
        if (UNSUPPORTED.test(text)) expect(found, JSON.stringify(text)).toBe(true);
        else if (!text.includes('\u0085')) expect(found, JSON.stringify(text)).toBe(false);
      }),
      { numRuns: 3000 },
    );
    // A surrogate's bytes (ED A0 80, never valid UTF-8) at each place of a 16-byte block and across two.
    for (let at = 0; at < 34; at++) {
      const bytes = Buffer.from('工'.repeat(12), 'utf8');
      bytes.set([0xed, 0xa0, 0x80], at);
      expect(mayHoldUnsupported(scanned(bytes)), String(at)).toBe(true);
    }
  });

  it('leaves what the fast reader reads unchanged', () => {
    const ch = fc.constantFrom('a', ' ', '中', '，', '\u00b7', '\u0085', '\u0080', '\ufffe', '😀', '\t', '\x7f');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }), fc.constantFrom('标题: ', '标题: "', '# ', 'a: [', 'a: |\n  '), (chars, lead) => {
        const text = `${lead}${chars.join('')}${lead.endsWith('"') ? '"' : lead.endsWith('[') ? ']' : ''}\nb: 1\n`;
        expect(JSON.stringify(fastLoadUtf8(scanned(Buffer.from(text, 'utf8')))), text).toBe(JSON.stringify(fastLoad(text)));
      }),
      { numRuns: 1000 },
    );
  });
});
