// Text in the encodings Chinese Windows saves in (Excel's CSV and Notepad's ANSI: GBK; a Taiwanese
// page: Big5), for tests. Node decodes them but has no encoder: the table is the decoder's, read
// back pair by pair, so the bytes are what that decoder (the WHATWG one) would read.
const tables = new Map<string, Map<string, number[]>>();

function table(label: 'gbk' | 'big5'): Map<string, number[]> {
  let t = tables.get(label);
  if (t) return t;
  t = new Map();
  const d = new TextDecoder(label);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const s = d.decode(new Uint8Array([lead, trail]));
      if (s.length === 1 && s !== '\uFFFD' && !t.has(s)) t.set(s, [lead, trail]);
    }
  }
  tables.set(label, t);
  return t;
}

/** The text's bytes in GBK or Big5; a character the encoding lacks is an error in the test. */
export function encodeAs(text: string, label: 'gbk' | 'big5'): Buffer {
  const t = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = t.get(ch);
      if (!pair) throw new Error(`${label} has no ${ch} (U+${code.toString(16)})`);
      out.push(...pair);
    }
  }
  return Buffer.from(out);
}

/** UTF-16 little-endian with its byte order mark, as Excel's "Unicode 文本" and Notepad's "Unicode" save. */
export const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
