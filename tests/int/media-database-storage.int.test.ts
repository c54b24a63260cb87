// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { mkdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getFile } from "@/app/files/[id]/[[...name]]/route";
import type { SessionUser } from "@/lib/auth/roles";
import { copyFilesToDatabase, pruneLocalCopies } from "@/lib/media/content";
import { replaceUpload, storeUpload } from "@/lib/media/store";
import { sweepUnusedUploads } from "@/lib/media/sweep";
import type { TestDatabase } from "@/tests/helpers/db";
import { filesUnder, tempUploadsDir, useMediaTestDatabase } from "@/tests/helpers/media-database";
import { pdfBytes, pngBytes } from "@/tests/helpers/media-samples";
import { useTestSession } from "@/tests/helpers/app-doubles";

// FILE_STORAGE=database (several instances, no shared folder): an upload's bytes are written to
// the database with its row, and an instance whose folder lacks the file serves it all the same,
// copying it from there. Emptying the folder between steps stands in for "another instance".

const uploadsDir = tempUploadsDir("media-dbstore-");
process.env.FILE_STORAGE = "database";

let db: TestDatabase;
let author: SessionUser;

useMediaTestDatabase(uploadsDir, (d, a) => {
  db = d;
  author = a;
});

beforeEach(async () => {
  useTestSession(async () => author);
  await db.prisma.post.deleteMany();
  await db.prisma.auditLog.deleteMany();
  await db.prisma.asset.deleteMany();
  await rm(uploadsDir, { recursive: true, force: true });
});

afterEach(() => useTestSession(null));

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const contents = () =>
  db.prisma.assetContent.findMany({ orderBy: { storagePath: "asc" }, select: { storagePath: true, bytes: true } });

async function fetchFile(asset: { id: number; token: string }, headers: Record<string, string> = {}) {
  const segment = `${asset.id}-${asset.token}`;
  return getFile(new Request(`http://localhost/files/${segment}/x`, { headers }), {
    params: Promise.resolve({ id: segment, name: ["x"] }),
  });
}

describe("FILE_STORAGE=database", () => {
  it("keeps the bytes in the database with the row, and serves them (from its own copy after the first time) on an instance that never had the file", async () => {
    const bytes = pdfBytes("คำสั่งแต่งตั้ง");
    const asset = await storeUpload({ bytes, originalName: "คำสั่ง.pdf", use: "attachment", userId: author.id });
    const [kept] = await contents();
    expect(kept!.storagePath).toBe(asset.storagePath);
    expect(sha(kept!.bytes)).toBe(asset.sha256);

    // "Another instance": its own, empty folder.
    await rm(uploadsDir, { recursive: true, force: true });
    const res = await fetchFile(asset);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    // Copied into its folder on the way, so the next request is served from disk.
    expect(await filesUnder(uploadsDir)).toEqual([asset.storagePath]);
    await db.prisma.assetContent.deleteMany();
    const again = await fetchFile(asset);
    expect(again.status).toBe(200);
    expect(sha(Buffer.from(await again.arrayBuffer()))).toBe(asset.sha256);
  });

  it("serves the database's copy when this instance's disk cannot take it, ranges included", async () => {
    const bytes = pdfBytes("ดิสก์เต็ม");
    const asset = await storeUpload({ bytes, originalName: "full.pdf", use: "attachment", userId: author.id });
    // The uploads folder cannot be made: a file stands where it should be.
    await rm(uploadsDir, { recursive: true, force: true });
    await writeFile(uploadsDir, "not a folder");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const res = await fetchFile(asset);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-length")).toBe(String(bytes.length));
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
      const part = await fetchFile(asset, { Range: "bytes=0-3" });
      expect(part.status).toBe(206);
      expect(await part.text()).toBe("%PDF");
      expect(String(errors.mock.calls[0]?.[0])).toMatch(/could not keep a copy of .*: serving it from the database/);
    } finally {
      errors.mockRestore();
      await rm(uploadsDir, { force: true });
    }
  });

  it("answers many readers of a file not copied yet with the same bytes", async () => {
    const asset = await storeUpload({
      bytes: pdfBytes("พร้อมกัน"),
      originalName: "a.pdf",
      use: "attachment",
      userId: author.id,
    });
    await rm(uploadsDir, { recursive: true, force: true });
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetchFile(asset)));
    const bodies = await Promise.all(answers.map(async (r) => sha(Buffer.from(await r.arrayBuffer()))));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(new Set(bodies)).toEqual(new Set([asset.sha256]));
  });

  it("replaces the bytes in the same transaction: the old version leaves the database, the new one is served", async () => {
    const first = await storeUpload({
      bytes: await pngBytes(40, 30),
      originalName: "cover.png",
      use: "image",
      userId: author.id,
    });
    const replaced = await replaceUpload(first.id, {
      bytes: await pngBytes(60, 20, { r: 0, g: 0, b: 255 }),
      originalName: "cover2.png",
      userId: author.id,
    });
    expect((await contents()).map((c) => c.storagePath)).toEqual([replaced.storagePath]);
    await rm(uploadsDir, { recursive: true, force: true });
    const res = await fetchFile(first);
    expect(res.headers.get("etag")).toBe(`"${replaced.sha256}"`);
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(replaced.sha256);
  });

  it("removes the bytes with an unused upload, and answers 404 where the database has no copy", async () => {
    const old = await storeUpload({
      bytes: pdfBytes("เก่า"),
      originalName: "old.pdf",
      use: "attachment",
      userId: author.id,
    });
    await db.prisma.asset.update({ where: { id: old.id }, data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
    expect(await sweepUnusedUploads(new Date("2026-01-03T00:00:00Z"))).toBe(1);
    expect(await contents()).toEqual([]);

    const lost = await storeUpload({
      bytes: pdfBytes("หาย"),
      originalName: "lost.pdf",
      use: "attachment",
      userId: author.id,
    });
    await db.prisma.assetContent.deleteMany();
    await rm(uploadsDir, { recursive: true, force: true });
    const res = await fetchFile(lost);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("ไม่พบไฟล์ที่ต้องการ");
  });

  it("prunes this instance's copies of versions no row names, once an hour old", async () => {
    const kept = await storeUpload({
      bytes: pdfBytes("ยังใช้"),
      originalName: "kept.pdf",
      use: "attachment",
      userId: author.id,
    });
    const place = (relative: string) => path.join(uploadsDir, relative);
    // Copies of a version replaced or swept on another instance: one old, one just written.
    for (const orphan of ["2026/01/replaced.pdf", "2026/01/just-now.pdf"]) {
      await mkdir(path.dirname(place(orphan)), { recursive: true });
      await writeFile(place(orphan), "old bytes");
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    for (const p of ["2026/01/replaced.pdf", kept.storagePath]) await utimes(place(p), twoHoursAgo, twoHoursAgo);
    await writeFile(`${place("2026/01/unfinished.pdf")}.part`, "x");
    await utimes(`${place("2026/01/unfinished.pdf")}.part`, twoHoursAgo, twoHoursAgo);

    expect(await pruneLocalCopies(db.prisma, uploadsDir)).toBe(1);
    expect(await filesUnder(uploadsDir)).toEqual(
      ["2026/01/just-now.pdf", "2026/01/unfinished.pdf.part", kept.storagePath].sort(),
    );
  });

  it("copies the files of an install that kept them on disk into the database, once, and lists those missing", async () => {
    const a = await storeUpload({
      bytes: pdfBytes("หนึ่ง"),
      originalName: "1.pdf",
      use: "attachment",
      userId: author.id,
    });
    const b = await storeUpload({
      bytes: pdfBytes("สอง"),
      originalName: "2.pdf",
      use: "attachment",
      userId: author.id,
    });
    await db.prisma.assetContent.deleteMany(); // as if uploaded with FILE_STORAGE=disk
    const gone = await db.prisma.asset.create({
      data: {
        kind: "FILE",
        fileName: "gone.pdf",
        storagePath: "2020/01/gone.pdf",
        mimeType: "application/pdf",
        size: 1,
        sha256: "x",
      },
    });
    // A folder elsewhere holds the files (the old single server's).
    const oldFolder = mkdtempSync(path.join(os.tmpdir(), "media-dbstore-old-"));
    for (const asset of [a, b]) {
      const bytes = (await fetchFile(asset).then((r) => r.arrayBuffer())) as ArrayBuffer;
      await mkdir(path.dirname(path.join(oldFolder, asset.storagePath)), { recursive: true });
      await writeFile(path.join(oldFolder, asset.storagePath), Buffer.from(bytes));
    }
    expect(await copyFilesToDatabase(db.prisma, oldFolder)).toEqual({ copied: 2, missing: [gone.storagePath] });
    expect(await copyFilesToDatabase(db.prisma, oldFolder)).toEqual({ copied: 0, missing: [gone.storagePath] });
    const kept = await contents();
    expect(kept.map((c) => sha(c.bytes)).sort()).toEqual([a.sha256, b.sha256].sort());
    await rm(oldFolder, { recursive: true, force: true });
  });
});
