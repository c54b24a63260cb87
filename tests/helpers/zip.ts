import { crc32, deflateRawSync } from "node:zlib";

// Node can read zips (through libraries) but not write them. Office documents are zips, so the
// tests build small ones here: local headers, a central directory and the end record, nothing else.

export type ZipEntry = { name: string; data: string | Uint8Array; deflate?: boolean };

export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const body = entry.deflate ? deflateRawSync(raw) : raw;
    const method = entry.deflate ? 8 : 0;
    const crc = crc32(raw);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10); // time + date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/main.xml" ContentType="${main}"/>
</Types>`;

/** A minimal Word document as Word writes it: [Content_Types].xml first, deflated. */
export function docxBytes(): Buffer {
  return buildZip([
    {
      name: "[Content_Types].xml",
      data: CONTENT_TYPES("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
      deflate: true,
    },
    {
      name: "word/document.xml",
      data: "<w:document><w:body><w:p><w:r><w:t>ประกาศ</w:t></w:r></w:p></w:body></w:document>",
      deflate: true,
    },
  ]);
}

export function xlsxBytes(): Buffer {
  return buildZip([
    {
      name: "[Content_Types].xml",
      data: CONTENT_TYPES("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
      deflate: true,
    },
    { name: "xl/workbook.xml", data: "<workbook/>", deflate: true },
  ]);
}

/** OpenDocument: an uncompressed `mimetype` entry must come first. */
export function odfBytes(mime: string): Buffer {
  return buildZip([
    { name: "mimetype", data: mime },
    { name: "content.xml", data: "<office:document-content/>", deflate: true },
  ]);
}

export function plainZipBytes(): Buffer {
  return buildZip([
    { name: "readme.txt", data: "just a zip" },
    { name: "run.exe", data: "MZ" },
  ]);
}
