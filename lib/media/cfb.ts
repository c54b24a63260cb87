// Old Office files (.doc, .xls) are Compound File Binary containers, and so are Windows
// installers (.msi) and many other things; file-type stops at "cfb". To tell a Word or Excel file
// apart we read the container's directory (MS-CFB §2) and look for the stream each program writes:
// "WordDocument" for Word 97+, "Workbook" (or "Book" for Excel 5/95) for Excel.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

export type CfbKind = "doc" | "xls" | "other" | "invalid";

export function isCfb(b: Uint8Array): boolean {
  return b.length >= 512 && SIGNATURE.every((v, i) => b[i] === v);
}

export function cfbKind(b: Uint8Array): CfbKind {
  if (!isCfb(b)) return "invalid";
  try {
    const names = directoryNames(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    if (!names) return "invalid";
    if (names.includes("WordDocument")) return "doc";
    if (names.includes("Workbook") || names.includes("Book")) return "xls";
    return "other";
  } catch {
    return "invalid";
  }
}

function directoryNames(buf: Buffer): string[] | null {
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectorCount = Math.floor((buf.length - size) / size);
  const sectorAt = (n: number): Buffer | null => {
    const start = (n + 1) * size;
    return n <= MAX_SECTOR && start + size <= buf.length ? buf.subarray(start, start + size) : null;
  };

  const fat = readFat(buf, size, sectorCount, sectorAt);
  if (!fat) return null;

  const names: string[] = [];
  let sector = buf.readUInt32LE(0x30);
  // A chain can be no longer than the file has sectors; a longer one is a loop.
  for (let steps = 0; sector !== END_OF_CHAIN; steps++) {
    const data = sectorAt(sector);
    if (!data || steps > sectorCount) return null;
    for (let off = 0; off + 128 <= data.length; off += 128) {
      const type = data[off + 0x42];
      const nameBytes = data.readUInt16LE(off + 0x40);
      if ((type === 1 || type === 2 || type === 5) && nameBytes >= 2 && nameBytes <= 64) {
        names.push(data.toString("utf16le", off, off + nameBytes - 2));
      }
    }
    const next = fat[sector];
    if (next === undefined) return null;
    sector = next;
  }
  return names;
}

/** The file allocation table: sector n's successor is fat[n]. */
function readFat(
  buf: Buffer,
  size: number,
  sectorCount: number,
  sectorAt: (n: number) => Buffer | null,
): number[] | null {
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(buf.readUInt32LE(0x4c + i * 4));
  // Large files list further FAT sectors in a chain of DIFAT sectors.
  let difat = buf.readUInt32LE(0x44);
  for (let steps = 0; difat <= MAX_SECTOR; steps++) {
    const data = sectorAt(difat);
    if (!data || steps > sectorCount) return null;
    for (let off = 0; off + 4 < size; off += 4) fatSectors.push(data.readUInt32LE(off));
    difat = data.readUInt32LE(size - 4);
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    if (s > MAX_SECTOR) continue;
    const data = sectorAt(s);
    if (!data) return null;
    for (let off = 0; off < size; off += 4) fat.push(data.readUInt32LE(off));
  }
  return fat;
}
