import { describe, expect, it } from "vitest";
import { prepareUpload } from "@/lib/media/prepare";
import { sniffUpload } from "@/lib/media/sniff";
import type { UploadUse } from "@/lib/media/types";
import { htmlBytes, mp4Bytes, pdfBytes, pngBytes, vttBytes, vttText, webmBytes } from "@/tests/helpers/media-samples";

// A post's video (MP4, WebM) and its captions (WebVTT) are accepted by what their bytes are, like
// every other upload; anything else is refused with the reason in Thai.

async function accepted(bytes: Uint8Array, use: UploadUse, name = "x") {
  const r = await sniffUpload(bytes, use, name);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.type;
}

async function refusal(bytes: Uint8Array, use: UploadUse, name: string) {
  const r = await sniffUpload(bytes, use, name);
  if (r.ok) throw new Error(`accepted as ${r.type.mime}`);
  return r.reason;
}

describe("sniffUpload: a post's video", () => {
  it("accepts a real WebM, whatever its name", async () => {
    expect(await accepted(webmBytes, "video", "คลิป.mp4")).toMatchObject({ ext: "webm", mime: "video/webm" });
  });

  it.each([
    ["isom", ["isom", "iso2", "avc1", "mp41"]],
    ["mp42", ["mp42", "isom"]],
    ["dash", ["iso6", "dash"]],
    ["M4V ", ["M4V ", "M4A ", "mp42", "isom"]],
    ["XAVC", ["XAVC", "mp42", "iso2"]],
  ])("accepts an MP4 of brand %j", async (major, compatible) => {
    expect(await accepted(mp4Bytes(major, compatible), "video", "a.mp4")).toMatchObject({
      ext: "mp4",
      mime: "video/mp4",
    });
  });

  it("refuses ISO files that are not MP4 video: QuickTime, HEIC and AVIF pictures, M4A sound", async () => {
    expect(await refusal(mp4Bytes("qt  ", ["qt  "]), "video", "a.mov")).toMatch(/รับเฉพาะวิดีโอ MP4 หรือ WebM$/);
    expect(await refusal(mp4Bytes("heic", ["mif1", "heic"]), "video", "a.mp4")).toMatch(/^ไฟล์นี้ไม่ใช่ วิดีโอ MP4 จริง/);
    expect(await refusal(mp4Bytes("avif", ["avif", "mif1", "miaf", "iso8"]), "video", "a.mp4")).toMatch(
      /^ไฟล์นี้ไม่ใช่ วิดีโอ MP4 จริง/,
    );
    expect(await refusal(mp4Bytes("M4A ", ["M4A ", "mp42", "isom"]), "video", "a.mp4")).toMatch(/ไม่ใช่ วิดีโอ MP4 จริง/);
  });

  it("refuses a Matroska file that is not WebM", async () => {
    // An EBML header (11 bytes) holding DocType "matroska".
    const header = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x8b, 0x42, 0x82, 0x88, ...Buffer.from("matroska")]);
    expect(await refusal(header, "video", "a.webm")).toMatch(/^ไฟล์นี้ไม่ใช่ วิดีโอ WebM จริง/);
  });

  it("refuses a PDF, an HTML page and plain text renamed as videos", async () => {
    expect(await refusal(pdfBytes(), "video", "clip.mp4")).toBe("ใช้ไฟล์ PDF ที่นี่ไม่ได้ รับเฉพาะวิดีโอ MP4 หรือ WebM");
    expect(await refusal(htmlBytes(), "video", "clip.webm")).toMatch(
      /^ไฟล์นี้ไม่ใช่ วิดีโอ WebM จริง \(เนื้อหาเป็นหน้าเว็บ \(HTML\)/,
    );
    expect(await refusal(Buffer.from("just words"), "video", "clip.mp4")).toBe(
      "ไฟล์นี้ไม่ใช่ วิดีโอ MP4 จริง (เนื้อหาเป็นข้อความธรรมดา) รับเฉพาะวิดีโอ MP4 หรือ WebM",
    );
  });

  it("refuses a picture as the video, and a video as an attachment or a picture", async () => {
    expect(await refusal(await pngBytes(), "video", "a.png")).toBe("ใช้ไฟล์ PNG ที่นี่ไม่ได้ รับเฉพาะวิดีโอ MP4 หรือ WebM");
    expect(await refusal(webmBytes, "attachment", "a.webm")).toMatch(/^ใช้ไฟล์ วิดีโอ WebM ที่นี่ไม่ได้/);
    expect(await refusal(mp4Bytes(), "image", "a.mp4")).toMatch(/^ใช้ไฟล์ วิดีโอ MP4 ที่นี่ไม่ได้ รับเฉพาะภาพ/);
  });
});

describe("sniffUpload: captions", () => {
  it.each([
    ["the demo's Thai captions", vttBytes(vttText)],
    ["a byte-order mark before the header", vttBytes("WEBVTT\n\n00:00.000 --> 00:01.000\nสวัสดี\n", true)],
    ["a title after the header", vttBytes("WEBVTT - คำบรรยายภาษาไทย\r\n\r\n")],
    ["a tab after the header", vttBytes("WEBVTT\tx\n")],
    ["the header alone", vttBytes("WEBVTT")],
  ])("accepts WebVTT: %s", async (_, bytes) => {
    expect(await accepted(bytes, "captions", "th.vtt")).toMatchObject({ ext: "vtt", mime: "text/vtt" });
  });

  it("refuses text without the WEBVTT header, and says what the header must be", async () => {
    const srt = vttBytes("1\n00:00:00,000 --> 00:00:01,000\nสวัสดี\n");
    expect(await refusal(srt, "captions", "th.vtt")).toBe(
      "ไฟล์นี้ไม่ใช่ ไฟล์คำบรรยาย WebVTT จริง (เนื้อหาเป็นข้อความธรรมดา) รับเฉพาะไฟล์คำบรรยาย WebVTT (.vtt) ซึ่งเป็นข้อความ UTF-8 ที่บรรทัดแรกขึ้นต้นด้วยคำว่า WEBVTT",
    );
    expect(await refusal(vttBytes("WEBVTTX\n"), "captions", "th.vtt")).toMatch(/ไม่ใช่ ไฟล์คำบรรยาย WebVTT จริง/);
    expect(await refusal(vttBytes(" WEBVTT\n"), "captions", "th.vtt")).toMatch(/ไม่ใช่ ไฟล์คำบรรยาย WebVTT จริง/);
  });

  it("refuses WebVTT that is not UTF-8 (Thai saved as TIS-620)", async () => {
    const tis620 = Buffer.concat([Buffer.from("WEBVTT\n\n00:00.000 --> 00:01.000\n"), Buffer.from([0xca, 0xc7, 0xd1])]);
    expect(await refusal(tis620, "captions", "th.vtt")).toMatch(/เนื้อหาเป็นข้อความ WebVTT ที่ไม่ได้เข้ารหัสแบบ UTF-8/);
  });

  it("refuses a renamed PDF or HTML page, and a video, as captions", async () => {
    expect(await refusal(pdfBytes(), "captions", "th.vtt")).toMatch(/^ใช้ไฟล์ PDF ที่นี่ไม่ได้ รับเฉพาะไฟล์คำบรรยาย WebVTT/);
    expect(await refusal(htmlBytes(), "captions", "th.vtt")).toMatch(/เนื้อหาเป็นหน้าเว็บ \(HTML\)/);
    expect(await refusal(webmBytes, "captions", "th.vtt")).toMatch(/^ใช้ไฟล์ วิดีโอ WebM ที่นี่ไม่ได้/);
  });
});

describe("prepareUpload: video and captions", () => {
  it("keeps the bytes as sent and names the file by its detected type", async () => {
    const video = await prepareUpload(webmBytes, "คลิปกิจกรรม.mp4", "video", 1024 * 1024);
    expect(video).toMatchObject({ fileName: "คลิปกิจกรรม.webm", mimeType: "video/webm", width: null, height: null });
    expect(Buffer.compare(video.bytes, webmBytes)).toBe(0);
    const captions = await prepareUpload(vttBytes(vttText), "คำบรรยาย", "captions", 1024 * 1024);
    expect(captions).toMatchObject({ fileName: "คำบรรยาย.vtt", mimeType: "text/vtt" });
  });
});
