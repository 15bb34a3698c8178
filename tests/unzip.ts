import { inflateRawSync } from 'node:zlib';
import { zipEntries } from '../src/core/zip.js';

/** The text of one entry of a zip (a .docx, an .xlsx), read with the plan's own central-directory reader. */
export function unzipText(zip: Uint8Array, name: string): string | undefined {
  const e = zipEntries(zip).find((x) => x.name === name);
  if (!e) return undefined;
  const packed = zip.subarray(e.data, e.data + e.compressedSize);
  return (e.method === 8 ? inflateRawSync(packed) : Buffer.from(packed)).toString('utf8');
}

