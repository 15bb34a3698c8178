// File names plan makes from plan text (a unit's 填报表, a reminder): whatever a unit is called,
// the name is one valid file name that shows what it is.
import { sha256Hex } from './sha256.js';

/** Most file systems (ext4, APFS, NTFS via UTF-16 aside) allow 255 bytes in one name. */
const NAME_MAX = 255;

// Path separators and characters Windows reserves; C0 and C1 controls; bidi controls, which make
// a name display reversed (U+202E turns 填报表.xlsx.exe into a name that seems to end in .xlsx);
// zero-width characters; and lone surrogates, which no file system stores.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|]|[\x00-\x1f\x7f-\x9f]/g;
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Plan text as part of a file name: no separators, reserved or control characters, no leading dot. */
export function fileSafe(text: string): string {
  return text.replace(INVISIBLE, '').replace(UNSAFE, '_').replace(/^\.+/, '_');
}

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * `stem` (plan text, made safe) followed by `tail` (plan's own ASCII/CJK ending, e.g.
 * "-2026-11填报表.xlsx"), in at most 255 bytes of UTF-8. A stem too long is cut at a character
 * and marked with ~ and 8 hex digits of its hash, so that two long names sharing a beginning
 * still give two files.
 */
export function fileName(stem: string, tail: string, max = NAME_MAX): string {
  return fitName(fileSafe(stem), tail, max, stem);
}

/** `name` cut (and marked with its hash) so that `name + tail` is at most `max` bytes; as it is when it fits. */
export function fitName(safe: string, tail: string, max = NAME_MAX, original = safe): string {
  if (utf8Length(safe) + utf8Length(tail) <= max) return safe + tail;
  const mark = `~${sha256Hex(original).slice(0, 8)}`;
  const room = max - utf8Length(tail) - mark.length;
  let cut = '';
  let bytes = 0;
  for (const ch of safe) {
    const n = utf8Length(ch);
    if (bytes + n > room) break;
    cut += ch;
    bytes += n;
  }
  return cut + mark + tail;
}
