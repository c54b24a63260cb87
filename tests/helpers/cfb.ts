// A minimal Compound File Binary container (the format of .doc, .xls and .msi): a 512-byte
// header, one FAT sector, one directory sector, one data sector. Enough for a type check.

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export function cfbBytes(streamNames: string[]): Buffer {
  const size = 512;
  const header = Buffer.alloc(size);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // sector shift
  header.writeUInt16LE(6, 0x20); // mini sector shift
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(END, 0x3c); // no mini FAT
  header.writeUInt32LE(END, 0x44); // no DIFAT sectors
  header.writeUInt32LE(0, 0x4c); // FAT lives in sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 0x4c + i * 4);

  const fat = Buffer.alloc(size, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END, 4); // directory: one sector
  fat.writeUInt32LE(END, 8); // data: one sector

  const dir = Buffer.alloc(size);
  const entry = (i: number, name: string, type: number) => {
    const off = i * 128;
    const encoded = Buffer.from(`${name}\0`, "utf16le");
    encoded.copy(dir, off);
    dir.writeUInt16LE(encoded.length, off + 0x40);
    dir[off + 0x42] = type;
    dir.writeUInt32LE(FREE, off + 0x44);
    dir.writeUInt32LE(FREE, off + 0x48);
    dir.writeUInt32LE(FREE, off + 0x4c);
  };
  entry(0, "Root Entry", 5);
  streamNames.slice(0, 3).forEach((name, i) => entry(i + 1, name, 2));

  const data = Buffer.alloc(size, 0x20);
  return Buffer.concat([header, fat, dir, data]);
}
