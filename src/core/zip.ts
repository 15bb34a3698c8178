// Zip files as bytes: the entries of the central directory, and the one change plan makes to a
// zip it wrote (.xlsx, .docx): every entry dated by the as-of date, so that the same plan and
// as-of date give the same bytes.

/**
 * Sets every zip entry's modification time to the as-of date: the zip library stamps the clock,
 * and the same plan on the same as-of date should give the same bytes. Only the DOS date and
 * time fields change (in the central directory and each local header); the CRCs cover data alone.
 */
export function stampZip(zip: Uint8Array, date: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dosDate = ((y - 1980) << 9) | (m << 5) | d;
  for (const e of zipEntries(zip)) {
    view.setUint16(e.at + 12, 0, true);
    view.setUint16(e.at + 14, dosDate, true);
    if (e.local !== undefined) {
      view.setUint16(e.local + 10, 0, true);
      view.setUint16(e.local + 12, dosDate, true);
    }
  }
  return zip;
}

export interface ZipEntry {
  /** The entry's central directory record. */
  at: number;
  /** Its local header, when one is where the record says. */
  local?: number;
  method: number;
  compressedSize: number;
}

/** The entries of a zip's central directory (none when there is no end record to find). */
export function* zipEntries(zip: Uint8Array): Generator<ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries && at + 46 <= zip.length && view.getUint32(at, true) === 0x02014b50; n++) {
    const local = view.getUint32(at + 42, true);
    const hasLocal = local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50;
    yield { at, local: hasLocal ? local : undefined, method: view.getUint16(at + 10, true), compressedSize: view.getUint32(at + 20, true) };
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
