import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";

// Small, valid binary files made by code, so the demo needs no stored images or documents.
// Output is deterministic: the same spec always gives the same bytes (and sha256).

export type Rgb = readonly [number, number, number];

export type Shape =
  | { kind: "rect"; x: number; y: number; w: number; h: number; color: Rgb }
  | { kind: "circle"; cx: number; cy: number; r: number; color: Rgb }
  | { kind: "triangle"; points: readonly [number, number][]; color: Rgb };

export type PngSpec = { width: number; height: number; top: Rgb; bottom: Rgb; shapes: Shape[] };

// --- PNG -------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(typeAndData.length + 8);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), typeAndData.length + 4);
  return out;
}

function inside(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case "rect":
      return x >= shape.x && x < shape.x + shape.w && y >= shape.y && y < shape.y + shape.h;
    case "circle":
      return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
    case "triangle": {
      const [a, b, c] = shape.points;
      if (!a || !b || !c) return false;
      const edge = (p: [number, number], q: [number, number]) =>
        (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
      const e1 = edge(a, b);
      const e2 = edge(b, c);
      const e3 = edge(c, a);
      return (e1 >= 0 && e2 >= 0 && e3 >= 0) || (e1 <= 0 && e2 <= 0 && e3 <= 0);
    }
  }
}

/** An 8-bit RGB PNG: a vertical gradient with flat shapes painted over it in order. */
export function makePng(spec: PngSpec): Buffer {
  const { width, height, top, bottom, shapes } = spec;
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // filter: none
    const t = height > 1 ? y / (height - 1) : 0;
    const mix = (i: 0 | 1 | 2) => Math.round(top[i] + (bottom[i] - top[i]) * t);
    const bg: Rgb = [mix(0), mix(1), mix(2)];
    const rowShapes = shapes.filter((s) => rowMayHit(s, y));
    for (let x = 0; x < width; x++) {
      let color = bg;
      for (const s of rowShapes) if (inside(s, x, y)) color = s.color;
      const o = y * stride + 1 + x * 3;
      raw[o] = color[0];
      raw[o + 1] = color[1];
      raw[o + 2] = color[2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function rowMayHit(s: Shape, y: number): boolean {
  if (s.kind === "rect") return y >= s.y && y < s.y + s.h;
  if (s.kind === "circle") return Math.abs(y - s.cy) <= s.r;
  const ys = s.points.map((p) => p[1]);
  return y >= Math.min(...ys) && y <= Math.max(...ys);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// --- PDF -------------------------------------------------------------------------------------

export type PdfSpec = {
  /** Document title for the PDF's Info dictionary (may be Thai: written as UTF-16BE). */
  title: string;
  /** Lines drawn on the page with the standard Helvetica font: ASCII only. */
  lines: string[];
};

const pdfText = (s: string) => s.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`);

function utf16Hex(s: string): string {
  const b = Buffer.from(s, "utf16le");
  b.swap16();
  return `<FEFF${b.toString("hex").toUpperCase()}>`;
}

/** A one-page A4 PDF 1.4 with a heading, a rule and the given lines; xref offsets are exact. */
export function makePdf(spec: PdfSpec): Buffer {
  const [heading = "", ...rest] = spec.lines;
  const text = [
    "BT /F1 11 Tf 56 800 Td (Office of the Election Commission of Thailand, Chiang Rai Province) Tj ET",
    "0.2 0.3 0.6 RG 1.5 w 56 790 m 539 790 l S",
    `BT /F1 16 Tf 56 760 Td (${pdfText(heading)}) Tj ET`,
    `BT /F1 11 Tf 15 TL 56 730 Td ${rest.map((l) => `(${pdfText(l)}) Tj T*`).join(" ")} ET`,
  ].join("\n");
  const content = Buffer.from(text, "latin1");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content.toString("latin1")}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Title ${utf16Hex(spec.title)} /Producer (ect-province-site demo seed) >>`,
  ];
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\n`;
  out += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
