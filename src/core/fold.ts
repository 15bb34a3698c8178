// Width folding: what a Chinese input method types in full width (７．４, １，２００, ２０２６／１１／５)
// read as the ASCII a parser expects. The one place it is done: refs, numbers, dates, import.

/** Full-width ASCII (ＡＢ１２％（），：) and the ideographic space to their ASCII forms. */
export function foldWidth(s: string): string {
  // Most text has nothing to fold: give it back as it is, without building a copy one character at a time.
  let i = 0;
  while (i < s.length && foldChar(s.charCodeAt(i)) === undefined) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) out += foldChar(s.charCodeAt(i)) ?? s.charAt(i);
  return out;
}

/** The ASCII form of a full-width character or the ideographic space; undefined for any other. */
export function foldChar(c: number): string | undefined {
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return c === 0x3000 ? ' ' : undefined;
}
