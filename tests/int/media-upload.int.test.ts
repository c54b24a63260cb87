// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { createHash } from "node:crypto";
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as getFile } from "@/app/files/[id]/[[...name]]/route";
import type { SessionUser } from "@/lib/auth/roles";
import { replaceUpload, storeUpload, toUploadedAsset, UploadError } from "@/lib/media/store";
import type { TestDatabase } from "@/tests/helpers/db";
import { filesUnder, tempUploadsDir, useMediaTestDatabase } from "@/tests/helpers/media-database";
import {
  docxBytes,
  exeBytes,
  htmlBytes,
  MIME,
  pdfBytes,
  phoneJpegBytes,
  pngBytes,
} from "@/tests/helpers/media-samples";
import { useTestSession } from "@/tests/helpers/app-doubles";

// env() is read once per process: the folder and a 1 MB limit are set before anything reads it.
const uploadsDir = tempUploadsDir("media-int-");
process.env.MAX_UPLOAD_MB = "1";

let db: TestDatabase;
let author: SessionUser;
let userId: number;

useMediaTestDatabase(uploadsDir, (d, a) => {
  db = d;
  author = a;
  userId = a.id;
});

beforeEach(async () => {
  // Unpublished files are served to signed-in staff only (tests/int/attack-files covers the public).
  useTestSession(async () => author);
  await db.prisma.post.deleteMany();
  await db.prisma.auditLog.deleteMany();
  await db.prisma.asset.deleteMany();
  await rm(uploadsDir, { recursive: true, force: true });
});

afterEach(() => useTestSession(null));

const filesOnDisk = () => filesUnder(uploadsDir);

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function fetchFile(
  asset: { id: number; token: string },
  name = "x",
  headers: Record<string, string> = {},
): Promise<Response> {
  const segment = `${asset.id}-${asset.token}`;
  return getFile(new Request(`http://localhost/files/${segment}/${name}`, { headers }), {
    params: Promise.resolve({ id: segment, name: [name] }),
  });
}

async function nothingWritten(): Promise<void> {
  expect(await db.prisma.asset.count()).toBe(0);
  expect(await db.prisma.auditLog.count()).toBe(0);
  expect(await filesOnDisk()).toEqual([]);
}

describe("storeUpload", () => {
  it("stores the file under YYYY/MM with a server-chosen name, and the row matches the file", async () => {
    const asset = await storeUpload({
      bytes: pdfBytes(),
      originalName: "C:\\fakepath\\ประกาศรับสมัคร.pdf",
      use: "attachment",
      userId,
    });
    expect(asset).toMatchObject({
      kind: "FILE",
      fileName: "ประกาศรับสมัคร.pdf",
      mimeType: MIME.pdf,
      uploadedById: userId,
      width: null,
    });
    expect(asset.storagePath).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{32}\.pdf$/);
    expect(await filesOnDisk()).toEqual([asset.storagePath]);

    const onDisk = await readFile(path.join(uploadsDir, asset.storagePath));
    expect(onDisk.equals(pdfBytes())).toBe(true);
    expect(asset.size).toBe(onDisk.length);
    expect(asset.sha256).toBe(sha(onDisk));

    const log = await db.prisma.auditLog.findMany();
    expect(log).toEqual([
      expect.objectContaining({ action: "asset.upload", entity: "asset", entityId: String(asset.id), userId }),
    ]);
    expect(toUploadedAsset(asset)).toEqual({
      id: asset.id,
      fileName: "ประกาศรับสมัคร.pdf",
      mimeType: MIME.pdf,
      size: asset.size,
      href: `/files/${asset.id}-${asset.token}/${encodeURIComponent("ประกาศรับสมัคร.pdf")}`,
      width: null,
      height: null,
      kind: "file",
    });
  });

  it("resizes a page image, records its size, and serves what is on disk", async () => {
    const asset = await storeUpload({
      bytes: await phoneJpegBytes(2400, 1600),
      originalName: "IMG_0001.JPG",
      use: "image",
      userId,
    });
    // Upright (EXIF 90°) the photo is 1600×2400; for the page 1067×1600.
    expect(asset).toMatchObject({
      kind: "IMAGE",
      fileName: "IMG_0001.jpg",
      mimeType: "image/jpeg",
      width: 1067,
      height: 1600,
    });
    const onDisk = await readFile(path.join(uploadsDir, asset.storagePath));
    expect([asset.size, asset.sha256]).toEqual([onDisk.length, sha(onDisk)]);
    expect((await sharp(onDisk).metadata()).exif).toBeUndefined();

    expect(asset.token).toMatch(/^[0-9a-f]{32}$/);
    const res = await fetchFile(asset);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await res.arrayBuffer()).equals(onDisk)).toBe(true);
  });

  it("refuses a file over MAX_UPLOAD_MB with 413 and writes nothing", async () => {
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(1024 * 1024)]);
    const err = await storeUpload({ bytes: big, originalName: "big.pdf", use: "attachment", userId }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UploadError);
    expect(err).toMatchObject({ status: 413, message: "ไฟล์ใหญ่เกินไป รับได้ไม่เกิน 1 MB ต่อไฟล์" });
    await nothingWritten();
  });

  it.each([
    ["a Windows program renamed .pdf", exeBytes, "ประกาศ.pdf", /ไม่ใช่ PDF จริง \(เนื้อหาเป็นไฟล์โปรแกรม\)/],
    ["an HTML page renamed .pdf", htmlBytes, "a.pdf", /HTML/],
  ])("refuses %s with 415 and writes nothing", async (_, make, name, reason) => {
    await expect(storeUpload({ bytes: make(), originalName: name, use: "attachment", userId })).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(reason),
    });
    await nothingWritten();
  });

  it("refuses a document where an image is expected", async () => {
    await expect(
      storeUpload({ bytes: docxBytes(), originalName: "cover.png", use: "image", userId }),
    ).rejects.toMatchObject({ status: 415 });
    await nothingWritten();
  });

  it("a path in the name cannot escape the folder: the name is only a label", async () => {
    const outside = path.join(uploadsDir, "..", "escaped.pdf");
    const asset = await storeUpload({
      bytes: pdfBytes(),
      originalName: "../../../escaped.pdf",
      use: "attachment",
      userId,
    });
    expect(asset.fileName).toBe("escaped.pdf");
    expect(asset.storagePath).not.toContain("..");
    expect(await stat(outside).catch(() => null)).toBeNull();
    expect(await filesOnDisk()).toEqual([asset.storagePath]);
  });

  it("removes the written file when the row cannot be saved", async () => {
    await expect(
      storeUpload({ bytes: pdfBytes(), originalName: "a.pdf", use: "attachment", userId: 999_999 }),
    ).rejects.toThrow();
    await nothingWritten();
  });
});

describe("replaceUpload", () => {
  it("keeps the id and the public address, changes the content, removes the old file", async () => {
    const first = await storeUpload({
      bytes: pdfBytes("first"),
      originalName: "ประกาศ.pdf",
      use: "attachment",
      userId,
    });
    const href = toUploadedAsset(first).href;
    const replaced = await replaceUpload(first.id, {
      bytes: pdfBytes("second version"),
      originalName: "ประกาศ (แก้ไข).pdf",
      userId,
    });

    expect(replaced.id).toBe(first.id);
    expect(replaced).toMatchObject({
      fileName: "ประกาศ (แก้ไข).pdf",
      size: pdfBytes("second version").length,
      sha256: sha(pdfBytes("second version")),
    });
    expect(replaced.sha256).not.toBe(first.sha256);
    expect(await filesOnDisk()).toEqual([replaced.storagePath]);

    // The address people already have still answers, with the new content.
    const oldName = decodeURIComponent(href.split("/").pop()!);
    const res = await fetchFile(first, oldName);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(pdfBytes("second version"))).toBe(true);

    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "asset.replace" } });
    expect(entry).toMatchObject({ userId, entityId: String(first.id) });
    expect(entry.before).toMatchObject({ fileName: "ประกาศ.pdf", sha256: first.sha256 });
    expect(entry.after).toMatchObject({ fileName: "ประกาศ (แก้ไข).pdf", sha256: replaced.sha256 });
  });

  it("can turn a Word attachment into a PDF (same kind, different type)", async () => {
    const first = await storeUpload({ bytes: docxBytes(), originalName: "ร่าง.docx", use: "attachment", userId });
    const replaced = await replaceUpload(first.id, {
      bytes: pdfBytes(),
      originalName: "ร่าง.pdf",
      use: "attachment",
      userId,
    });
    expect(replaced).toMatchObject({ id: first.id, mimeType: MIME.pdf, fileName: "ร่าง.pdf" });
    expect(replaced.storagePath).toMatch(/\.pdf$/);
  });

  it.each([
    ["an image with a document", "image" as const, async () => pdfBytes(), undefined, 415],
    ["an image through the attachment form", "image" as const, async () => pngBytes(), "attachment" as const, 422],
    ["an attachment through the image form", "attachment" as const, async () => pngBytes(), "image" as const, 422],
    ["a document with a program", "attachment" as const, async () => exeBytes(), undefined, 415],
  ])("refuses to replace %s, and the old file is still served", async (_, use, make, replaceUse, status) => {
    const original = use === "image" ? await pngBytes() : pdfBytes();
    const first = await storeUpload({ bytes: original, originalName: "เดิม", use, userId });
    const stored = await readFile(path.join(uploadsDir, first.storagePath));

    await expect(
      replaceUpload(first.id, { bytes: await make(), originalName: "ใหม่.png", use: replaceUse, userId }),
    ).rejects.toMatchObject({ status });

    const { replayed: _replayed, ...row } = first;
    expect(await db.prisma.asset.findUniqueOrThrow({ where: { id: first.id } })).toEqual(row);
    expect(await db.prisma.auditLog.count({ where: { action: "asset.replace" } })).toBe(0);
    expect(await filesOnDisk()).toEqual([first.storagePath]);
    const res = await fetchFile(first);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(stored)).toBe(true);
  });

  it("answers 404 for an asset that does not exist, writing nothing", async () => {
    await expect(replaceUpload(424242, { bytes: pdfBytes(), originalName: "a.pdf", userId })).rejects.toMatchObject({
      status: 404,
    });
    await nothingWritten();
  });

  it("two replacements at once leave one file on disk, the one the row names", async () => {
    const first = await storeUpload({ bytes: pdfBytes("v1"), originalName: "a.pdf", use: "attachment", userId });
    await Promise.all([
      replaceUpload(first.id, { bytes: pdfBytes("v2"), originalName: "a.pdf", userId }),
      replaceUpload(first.id, { bytes: pdfBytes("v3"), originalName: "a.pdf", userId }),
    ]);
    const row = await db.prisma.asset.findUniqueOrThrow({ where: { id: first.id } });
    expect(await filesOnDisk()).toEqual([row.storagePath]);
    expect(await db.prisma.auditLog.count({ where: { action: "asset.replace" } })).toBe(2);
  });
});

describe("serving /files/{id}-{token}", () => {
  it("answers a byte range with 206 and just those bytes, and a range past the end with 416", async () => {
    const bytes = pdfBytes("ช่วงของไฟล์ ".repeat(50));
    const asset = await storeUpload({ bytes, originalName: "range.pdf", use: "attachment", userId });
    const whole = await fetchFile(asset);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    await whole.arrayBuffer();

    const part = await fetchFile(asset, "x", { Range: "bytes=10-19" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-19/${bytes.length}`);
    expect(part.headers.get("content-length")).toBe("10");
    expect(part.headers.get("cache-control")).toContain("no-transform");
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(10, 20))).toBe(true);

    const tail = await fetchFile(asset, "x", { Range: "bytes=-7" });
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 7))).toBe(true);

    const beyond = await fetchFile(asset, "x", { Range: `bytes=${bytes.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${bytes.length}`);

    // For another version than the one the client holds, the whole (current) file.
    const changed = await fetchFile(asset, "x", { Range: "bytes=0-9", "If-Range": '"older"' });
    expect(changed.status).toBe(200);
    expect((await changed.arrayBuffer()).byteLength).toBe(bytes.length);
  });

  it("answers an unchanged image with 304 by its checksum, and a replaced one with the new picture", async () => {
    const first = await storeUpload({ bytes: await pngBytes(40, 30), originalName: "cover.png", use: "image", userId });
    // A published post's cover, fetched by a reader.
    await db.prisma.post.create({
      data: { section: "NEWS_ACTIVITY", status: "PUBLISHED", title: "ข่าว", coverId: first.id },
    });
    useTestSession(async () => null);
    const res = await fetchFile(first);
    expect(res.headers.get("etag")).toBe(`"${first.sha256}"`);
    expect(res.headers.get("content-disposition")).toMatch(/^inline;/);

    const again = await fetchFile(first, "x", { "If-None-Match": `"${first.sha256}"` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    const replaced = await replaceUpload(first.id, {
      bytes: await pngBytes(60, 20, { r: 0, g: 0, b: 255 }),
      originalName: "cover2.png",
      userId,
    });
    expect([replaced.width, replaced.height]).toEqual([60, 20]);
    const fresh = await fetchFile(first, "x", { "If-None-Match": `"${first.sha256}"` });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).toBe(`"${replaced.sha256}"`);
  });

  it("opens PDFs and images inline, downloads Word files", async () => {
    const pdf = await storeUpload({ bytes: pdfBytes(), originalName: "a.pdf", use: "attachment", userId });
    const docx = await storeUpload({ bytes: docxBytes(), originalName: "ร่าง.docx", use: "attachment", userId });
    const png = await storeUpload({ bytes: await pngBytes(), originalName: "scan.png", use: "attachment", userId });
    expect((await fetchFile(pdf)).headers.get("content-disposition")).toMatch(/^inline;/);
    expect((await fetchFile(png)).headers.get("content-disposition")).toMatch(/^inline;/);
    const word = await fetchFile(docx);
    expect(word.headers.get("content-disposition")).toMatch(/^attachment;.*filename\*=UTF-8''%E0%B8%A3/);
    expect(word.headers.get("content-type")).toBe(MIME.docx);
  });
});
