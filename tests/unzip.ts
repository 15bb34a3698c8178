import { inflateRawSync } from 'node:zlib';
import { zipEntries } from '../src/core/zip.js';

/** The text of one entry of a zip (a .docx, an .xlsx), read with the plan's own central-directory reader. */
export function unzipText(zip: Uint8Array, name: string): string | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (const e of zipEntries(zip)) {
    const nameLength = view.getUint16(e.at + 28, true);
    const entry = Buffer.from(zip.subarray(e.at + 46, e.at + 46 + nameLength)).toString('utf8');
    if (entry !== name || e.local === undefined) continue;
    const data = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    const packed = zip.subarray(data, data + e.compressedSize);
    return (e.method === 8 ? inflateRawSync(packed) : Buffer.from(packed)).toString('utf8');
  }
  return undefined;
}
