import sharp from "sharp";
import { cfbBytes } from "./cfb";
import { buildZip, docxBytes, odfBytes, plainZipBytes, xlsxBytes } from "./zip";

// Real byte samples of what staff upload and of what an attacker would try instead.

export const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
} as const;

export function pdfBytes(text = "hello"): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  return Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj",
      `4 0 obj << /Length ${stream.length} >> stream`,
      stream,
      "endstream endobj",
      "trailer << /Root 1 0 R >>",
      "%%EOF",
    ].join("\n"),
  );
}

export function pngBytes(width = 40, height = 30, color = { r: 200, g: 30, b: 30 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

export function jpegBytes(width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 10, g: 90, b: 200 } } })
    .jpeg()
    .toBuffer();
}

export function webpBytes(width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 10, g: 200, b: 90 } } })
    .webp()
    .toBuffer();
}

/** A JPEG as a phone writes it: stored sideways with an EXIF "rotate 90°" flag and a GPS-ish comment. */
export function phoneJpegBytes(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 120, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: "PhoneMaker", Model: "SecretPhone 9" } })
    .toBuffer();
}

/** A Windows program: "MZ", then the DOS stub message, as any .exe starts. */
export function exeBytes(): Buffer {
  const b = Buffer.alloc(256);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("This program cannot be run in DOS mode.", 0x4e, "latin1");
  b.write("PE\0\0", 0x80, "latin1");
  return b;
}

export function elfBytes(): Buffer {
  const b = Buffer.alloc(128);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(b);
  return b;
}

export const htmlBytes = () =>
  Buffer.from("<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>");
export const svgBytes = () =>
  Buffer.from(
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
  );

export { buildZip, cfbBytes, docxBytes, odfBytes, plainZipBytes, xlsxBytes };

// ---- video and captions -------------------------------------------------------------------------

/** A real, playable WebM (VP8): the demo's clip (prisma/seed/video.ts). */
export { DEMO_WEBM as webmBytes, DEMO_VTT as vttText } from "@/prisma/seed/video";

/** The start of an MP4 as encoders write it: an `ftyp` box (major brand, compatible brands), then `mdat`. */
export function mp4Bytes(major = "isom", compatible = ["isom", "iso2", "avc1", "mp41"]): Buffer {
  const ftyp = Buffer.alloc(16 + compatible.length * 4);
  ftyp.writeUInt32BE(ftyp.length, 0);
  ftyp.write("ftyp", 4, "latin1");
  ftyp.write(major, 8, "latin1");
  ftyp.writeUInt32BE(0x200, 12);
  compatible.forEach((b, i) => ftyp.write(b, 16 + i * 4, "latin1"));
  const mdat = Buffer.alloc(8 + 64, 0x11);
  mdat.writeUInt32BE(mdat.length, 0);
  mdat.write("mdat", 4, "latin1");
  return Buffer.concat([ftyp, mdat]);
}

/** A WebVTT file's bytes (UTF-8), optionally behind a byte-order mark. */
export function vttBytes(text: string, bom = false): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]);
}
