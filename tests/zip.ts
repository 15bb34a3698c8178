import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** One file of a hand-made zip: deflated unless `stored`; `size` lies about its unpacked size. */
export interface ZipPart {
  name: string;
  data: Buffer | string;
  stored?: boolean;
  size?: number;
}

export interface ZipShape {
  /** Bytes before the archive (a self-extracting stub): every offset in it is then off by this many. */
  prepend?: Buffer;
  /** Bytes after the end record (more than 64 KB hides the end record from a reader that looks only there). */
  append?: Buffer;
  /** The number of entries the end record claims (the truth when not given). */
  claim?: number;
}

/**
 * A zip written byte by byte, independent of the code under test, to build the archives an
 * attacker would: lying counts and sizes, prepended and appended bytes.
 */
export function makeZip(parts: ZipPart[], shape: ZipShape = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data, 'utf8');
    const packed = p.stored ? raw : deflateRawSync(raw, { level: 9 });
    const name = Buffer.from(p.name, 'utf8');
    const size = p.size ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.stored ? 0 : 8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(p.stored ? 0 : 8, 10);
    record.writeUInt32LE(packed.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(record, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(shape.claim ?? parts.length, 8);
  end.writeUInt16LE(shape.claim ?? parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([shape.prepend ?? Buffer.alloc(0), ...locals, cd, end, shape.append ?? Buffer.alloc(0)]);
}

/** Every file of a well-formed zip (one exceljs wrote), unpacked: to change one part and zip it again. */
export function zipParts(zip: Buffer): { name: string; data: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const parts: { name: string; data: Buffer }[] = [];
  for (let at = zip.readUInt32LE(end + 16), n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const bytes = zip.subarray(data, data + packed);
    parts.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), data: method === 8 ? inflateRawSync(bytes) : Buffer.from(bytes) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}
