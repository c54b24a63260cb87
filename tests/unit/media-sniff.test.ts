import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processImage } from "@/lib/media/image";
import { prepareUpload, UploadError } from "@/lib/media/prepare";
import { sniffUpload } from "@/lib/media/sniff";
import {
  buildZip,
  cfbBytes,
  docxBytes,
  elfBytes,
  exeBytes,
  htmlBytes,
  jpegBytes,
  MIME,
  odfBytes,
  pdfBytes,
  phoneJpegBytes,
  plainZipBytes,
  pngBytes,
  svgBytes,
  webpBytes,
  xlsxBytes,
} from "@/tests/helpers/media-samples";

async function accepted(bytes: Uint8Array, use: "attachment" | "image", name = "x") {
  const r = await sniffUpload(bytes, use, name);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.type;
}

async function refusal(bytes: Uint8Array, use: "attachment" | "image", name: string) {
  const r = await sniffUpload(bytes, use, name);
  if (r.ok) throw new Error(`accepted as ${r.type.mime}`);
  return r.reason;
}

describe("sniffUpload: documents staff attach", () => {
  it.each([
    ["PDF", () => pdfBytes(), "pdf", MIME.pdf],
    ["DOCX", () => docxBytes(), "docx", MIME.docx],
    ["XLSX", () => xlsxBytes(), "xlsx", MIME.xlsx],
    ["ODT", () => odfBytes(MIME.odt), "odt", MIME.odt],
    ["ODS", () => odfBytes(MIME.ods), "ods", MIME.ods],
    ["DOC (Word 97)", () => cfbBytes(["WordDocument", "1Table"]), "doc", MIME.doc],
    ["XLS (Excel 97)", () => cfbBytes(["Workbook"]), "xls", MIME.xls],
  ])("accepts a real %s by content, whatever its name", async (_, make, ext, mime) => {
    const type = await accepted(make(), "attachment", "ไม่มีนามสกุล");
    expect(type).toMatchObject({ ext, mime });
  });

  it.each([
    ["PNG", pngBytes, "png", "image/png"],
    ["JPEG", jpegBytes, "jpg", "image/jpeg"],
    ["WebP", webpBytes, "webp", "image/webp"],
  ])("accepts a %s both as an attachment and as an image", async (_, make, ext, mime) => {
    const bytes = await make();
    expect(await accepted(bytes, "attachment")).toMatchObject({ ext, mime, image: true });
    expect(await accepted(bytes, "image")).toMatchObject({ ext, mime, image: true });
  });

  it("takes the type from the content when the name says otherwise", async () => {
    expect((await accepted(pdfBytes(), "attachment", "รายงาน.docx")).ext).toBe("pdf");
  });
});

describe("sniffUpload: refused, with the reason in Thai", () => {
  it("a Windows program renamed .pdf", async () => {
    expect(await refusal(exeBytes(), "attachment", "ประกาศ.pdf")).toMatch(/^ไฟล์นี้ไม่ใช่ PDF จริง \(เนื้อหาเป็นไฟล์โปรแกรม\)/);
  });

  it("a Linux program renamed .pdf", async () => {
    expect(await refusal(elfBytes(), "attachment", "a.pdf")).toMatch(/ไม่ใช่ PDF จริง \(เนื้อหาเป็นไฟล์โปรแกรม\)/);
  });

  it("a shell script renamed .docx", async () => {
    expect(await refusal(Buffer.from("#!/bin/sh\nrm -rf /\n"), "attachment", "a.docx")).toMatch(
      /ไม่ใช่ Word จริง \(เนื้อหาเป็นไฟล์โปรแกรม\)/,
    );
  });

  it("an HTML page renamed .pdf (it would run script in the site's name)", async () => {
    expect(await refusal(htmlBytes(), "attachment", "a.pdf")).toMatch(/ไม่ใช่ PDF จริง \(เนื้อหาเป็นหน้าเว็บ \(HTML\)/);
  });

  it("an SVG with script, as an image and as an attachment", async () => {
    expect(await refusal(svgBytes(), "image", "logo.svg")).toMatch(/ไม่รับไฟล์ชนิดนี้ \(เนื้อหาเป็นภาพ SVG/);
    expect(await refusal(svgBytes(), "attachment", "logo.png")).toMatch(/ไม่ใช่ ภาพ PNG จริง \(เนื้อหาเป็นภาพ SVG/);
  });

  it("HTML hidden after a byte-order mark and blank lines", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("\n\n  <html><script>x()</script>")]);
    expect(await refusal(bytes, "attachment", "a.pdf")).toMatch(/HTML/);
  });

  it("a plain zip renamed .docx", async () => {
    expect(await refusal(plainZipBytes(), "attachment", "a.docx")).toMatch(/ไม่ใช่ Word จริง \(เนื้อหาเป็นไฟล์บีบอัด ZIP/);
  });

  it("a Word document with macros", async () => {
    const docm = buildZip([
      {
        name: "[Content_Types].xml",
        data: '<Override ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>',
      },
      { name: "word/document.xml", data: "<w/>" },
    ]);
    expect(await refusal(docm, "attachment", "a.docx")).toMatch(/มาโคร/);
  });

  it("a compound file that is neither Word nor Excel (an installer)", async () => {
    expect(await refusal(cfbBytes(["\u4840\u3f3f\u4577"]), "attachment", "setup.doc")).toMatch(/ไม่ใช่ Word จริง/);
  });

  it("a damaged compound file", async () => {
    const broken = cfbBytes(["WordDocument"]);
    broken.writeUInt32LE(40, 0x30); // directory sector far past the end
    expect(await refusal(broken, "attachment", "a.doc")).toMatch(/ไม่ใช่ Word จริง/);
  });

  it("a PDF where only images are accepted", async () => {
    expect(await refusal(pdfBytes(), "image", "cover.pdf")).toBe("ใช้ไฟล์ PDF ที่นี่ไม่ได้ รับเฉพาะภาพ PNG, JPEG หรือ WebP");
  });

  it("a GIF (a real image, but not one we take)", async () => {
    const gif = await sharp({ create: { width: 2, height: 2, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    expect(await refusal(gif, "image", "a.gif")).toMatch(/เนื้อหาเป็นไฟล์ GIF/);
  });

  it("plain text and empty files", async () => {
    expect(await refusal(Buffer.from("hello"), "attachment", "a.txt")).toMatch(/^ไม่รับไฟล์ชนิดนี้ \(เนื้อหาเป็นข้อความธรรมดา\)/);
    expect(await refusal(Buffer.alloc(0), "attachment", "a.pdf")).toMatch(/ไฟล์ว่างเปล่า/);
  });
});

describe("prepareUpload", () => {
  it("refuses a file over the limit before looking at it, with status 413", async () => {
    const err = await prepareUpload(Buffer.alloc(2 * 1024 * 1024 + 1), "big.pdf", "attachment", 2 * 1024 * 1024).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UploadError);
    expect(err).toMatchObject({ status: 413, message: "ไฟล์ใหญ่เกินไป รับได้ไม่เกิน 2 MB ต่อไฟล์" });
  });

  it("answers 415 for a refused type and 422 for an image that does not decode", async () => {
    await expect(prepareUpload(exeBytes(), "a.pdf", "attachment", 1e6)).rejects.toMatchObject({ status: 415 });
    const png = await pngBytes();
    const truncated = png.subarray(0, 60);
    await expect(prepareUpload(truncated, "a.png", "image", 1e6)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/อ่านไฟล์ภาพไม่ได้/),
    });
  });

  it("names the file with the detected extension and records the checksum of what is stored", async () => {
    const p = await prepareUpload(pdfBytes(), "C:\\fakepath\\ประกาศ.docx", "attachment", 1e6);
    expect(p).toMatchObject({ fileName: "ประกาศ.pdf", mimeType: MIME.pdf, ext: "pdf", width: null, height: null });
    expect(p.bytes.equals(pdfBytes())).toBe(true);
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("processImage", () => {
  it("fits a page image into 1600 px, upright, without camera metadata", async () => {
    // Stored 3000×2000 with "rotate 90°": upright it is 2000×3000, for the page 1067×1600.
    const input = await phoneJpegBytes(3000, 2000);
    const out = await processImage(input, { ext: "jpg", mime: "image/jpeg", label: "JPEG", image: true }, true);
    expect([out.width, out.height]).toEqual([1067, 1600]);
    const meta = await sharp(out.bytes).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1067, 1600, "jpeg"]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it("never enlarges, keeps PNG as PNG and WebP as WebP", async () => {
    const png = await processImage(
      await pngBytes(40, 30),
      { ext: "png", mime: "image/png", label: "PNG", image: true },
      true,
    );
    expect([png.width, png.height, (await sharp(png.bytes).metadata()).format]).toEqual([40, 30, "png"]);
    const webp = await processImage(
      await webpBytes(),
      { ext: "webp", mime: "image/webp", label: "WebP", image: true },
      true,
    );
    expect((await sharp(webp.bytes).metadata()).format).toBe("webp");
  });

  it("keeps an image attachment at full size (scanned announcements must stay readable) but drops its metadata", async () => {
    const out = await processImage(
      await phoneJpegBytes(2400, 1800),
      { ext: "jpg", mime: "image/jpeg", label: "JPEG", image: true },
      false,
    );
    expect([out.width, out.height]).toEqual([1800, 2400]);
    expect((await sharp(out.bytes).metadata()).exif).toBeUndefined();
  });
});
