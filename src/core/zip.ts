// Zip files as bytes: finding the entries the way jszip (and so exceljs) finds them (store/xlsx.ts
// unpacks them, within limits); writing a plain one back; and the one change plan makes to a zip it wrote (.xlsx,
// .docx): every entry dated by the as-of date, so that the same plan and as-of date give the
// same bytes.

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_END = 0x06064b50;

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
    view.setUint16(e.local + 10, 0, true);
    view.setUint16(e.local + 12, dosDate, true);
  }
  return zip;
}

export interface ZipEntry {
  name: string;
  /** The entry's central directory record. */
  at: number;
  /** Its local header. */
  local: number;
  /** Where its (packed) data starts, and how long it is. */
  data: number;
  compressedSize: number;
  method: number;
}

/** Why a zip is not read. `detail` is English, for a message in parentheses. */
export type ZipProblem =
  | { kind: 'notZip' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'tooMany'; limit: number }
  | { kind: 'entryTooBig'; entry: string; limit: number }
  | { kind: 'tooBig'; limit: number };

export interface ZipLimits {
  /** Bytes one entry may unpack to. */
  entry: number;
  /** Bytes all entries together may unpack to. */
  total: number;
  /** Entries the central directory may hold. */
  entries: number;
}

class Damaged extends Error {}

/**
 * The entries of a zip, found the way jszip finds them, since jszip is what reads the zip after
 * us and a guard that walks the archive differently can be walked around: the end record is the
 * LAST one in the file (however far from the end), zip64 records are followed, bytes prepended to
 * the archive shift every offset, and the central directory is read record after record for as
 * long as records follow, whatever count the end record states. Throws Damaged where jszip throws.
 */
function walk(zip: Uint8Array, maxEntries = Infinity): { entries: ZipEntry[]; tooMany: boolean } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const need = (at: number, n: number) => {
    if (at < 0 || at + n > zip.length) throw new Damaged('the file ends too soon');
  };
  const u16 = (at: number) => (need(at, 2), view.getUint16(at, true));
  const u32 = (at: number) => (need(at, 4), view.getUint32(at, true));
  const u64 = (at: number) => {
    need(at, 8);
    const v = view.getBigUint64(at, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Damaged('a zip64 field is too large');
    return Number(v);
  };
  const isSig = (at: number, sig: number) => at >= 0 && at + 4 <= zip.length && view.getUint32(at, true) === sig;
  const lastSig = (sig: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(sig);
    return buf.lastIndexOf(b);
  };

  const end = lastSig(SIG_END);
  if (end < 0) throw new Damaged('no end of central directory');
  const records = u16(end + 10);
  let cdSize = u32(end + 12);
  let cdOffset = u32(end + 16);
  let expectedEnd: number;
  const zip64 = u16(end + 4) === 0xffff || u16(end + 6) === 0xffff || u16(end + 8) === 0xffff || records === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
  let count = records;
  if (zip64) {
    const locator = lastSig(SIG_ZIP64_LOCATOR);
    if (locator < 0) throw new Damaged('no zip64 end of central directory locator');
    if (u32(locator + 16) > 1) throw new Damaged('a multi-volume zip');
    let end64 = u64(locator + 8);
    if (!isSig(end64, SIG_ZIP64_END)) end64 = lastSig(SIG_ZIP64_END);
    if (end64 < 0) throw new Damaged('no zip64 end of central directory');
    const size64 = u64(end64 + 4);
    count = u64(end64 + 32);
    cdSize = u64(end64 + 40);
    cdOffset = u64(end64 + 48);
    expectedEnd = cdOffset + cdSize + 20 + 12 + size64;
  } else expectedEnd = cdOffset + cdSize;
  const extra = end - expectedEnd;
  if (extra < 0) throw new Damaged(`${-extra} bytes missing`);
  // Prepended bytes (a self-extracting stub, a signed .crx): every offset counts from there.
  const zero = extra;

  const entries: ZipEntry[] = [];
  let at = zero + cdOffset;
  while (isSig(at, SIG_CENTRAL)) {
    if (entries.length >= maxEntries) return { entries, tooMany: true };
    if (u16(at + 8) & 1) throw new Damaged('encrypted');
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let local = u32(at + 42);
    need(at + 46, nameLength + extraLength + commentLength);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    // The zip64 extra field holds the sizes and offset the record marks 0xffffffff.
    for (let x = at + 46 + nameLength, stop = x + extraLength; x + 4 <= stop; ) {
      const id = u16(x);
      const length = u16(x + 2);
      if (id === 0x0001) {
        let y = x + 4;
        if (size === 0xffffffff) {
          size = u64(y);
          y += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(y);
          y += 8;
        }
        if (local === 0xffffffff) local = u64(y);
      }
      x += 4 + length;
    }
    const localAt = zero + local;
    if (!isSig(localAt, SIG_LOCAL)) throw new Damaged(`no local header for ${name}`);
    const data = localAt + 30 + u16(localAt + 26) + u16(localAt + 28);
    need(data, compressedSize);
    entries.push({ name, at, local: localAt, data, compressedSize, method });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (count !== 0 && entries.length === 0) throw new Damaged(`expected ${count} records in the central directory, found none`);
  return { entries, tooMany: false };
}

/** The entries of a zip's central directory (none when it cannot be read). For zips plan wrote. */
export function zipEntries(zip: Uint8Array): ZipEntry[] {
  try {
    return walk(zip).entries;
  } catch (e) {
    if (e instanceof Damaged) return [];
    throw e;
  }
}

export type CentralDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem };

/** The entries of a zip as jszip finds them, no more than `maxEntries`, or why they cannot be read. */
export function centralDirectory(zip: Uint8Array, maxEntries: number): CentralDirectory {
  try {
    const w = walk(zip, maxEntries);
    return w.tooMany ? { ok: false, problem: { kind: 'tooMany', limit: maxEntries } } : { ok: true, entries: w.entries };
  } catch (e) {
    if (!(e instanceof Damaged)) throw e;
    const isZip = zip.length >= 4 && new DataView(zip.buffer, zip.byteOffset, zip.byteLength).getUint32(0, true) === SIG_LOCAL;
    return { ok: false, problem: e.message === 'no end of central directory' && !isZip ? { kind: 'notZip' } : { kind: 'damaged', detail: e.message } };
  }
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * A plain zip of the given files, stored (not compressed): what a reader is handed after unzip
 * checked the original, so that it unpacks exactly what was measured and nothing else.
 */
export function storedZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(SIG_CENTRAL, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(n.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(local, n, data);
    central.push(record, n);
    offset += 30 + n.length + data.length;
  }
  const cdSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
