// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { mkdtempSync } from "node:fs";
import { mkdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { UploadedAsset } from "@/lib/media/types";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { filesUnder } from "@/tests/helpers/media-database";
import { pdfBytes, pngBytes } from "@/tests/helpers/media-samples";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

// Uploads and crashes (issue 9, item 7): leftovers of killed uploads, a disk that cannot confirm a
// write, and a retried upload whose first answer was lost.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// A disk that fails to flush, switched on per test; the files themselves are real.
const disk = vi.hoisted(() => ({ failSync: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    open: async (p: string, flags?: string) => {
      const handle = await real.open(p, flags);
      return new Proxy(handle, {
        get(target, key) {
          if (key === "sync" && disk.failSync)
            return async () => Promise.reject(Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO" }));
          const value = Reflect.get(target, key) as unknown;
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
  };
});

const uploadsDir = mkdtempSync(path.join(os.tmpdir(), "media-crash-"));
process.env.UPLOADS_DIR = uploadsDir;
const SITE = "https://ect.example.go.th";
process.env.SITE_URL = SITE;

const { POST: upload } = await import("@/app/api/admin/uploads/route");
const { storeUpload } = await import("@/lib/media/store");
const { startUploadMaintenance } = await import("@/server/upload-maintenance");

let db: TestDatabase;
const users: number[] = [];

function signInAs(index: number) {
  useTestSession(async () => ({
    id: users[index]!,
    email: `u${index}@example.go.th`,
    name: "ผู้เขียน",
    role: "AUTHOR",
  }));
}

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  for (const i of [0, 1])
    users.push(
      (
        await db.prisma.user.create({
          data: { email: `u${i}@example.go.th`, name: "ผู้เขียน", passwordHash: "x", role: "AUTHOR" },
        })
      ).id,
    );
});

afterAll(async () => {
  useTestDatabase(undefined);
  await db?.close();
  await rm(uploadsDir, { recursive: true, force: true });
});

beforeEach(async () => {
  disk.failSync = false;
  await db.prisma.auditLog.deleteMany();
  await db.prisma.asset.deleteMany();
  await rm(uploadsDir, { recursive: true, force: true });
});

afterEach(() => useTestSession(null));

const filesOnDisk = () => filesUnder(uploadsDir);

describe("leftovers of uploads that never finished", () => {
  it("a half-written .part file from a killed upload is removed when the server starts; finished files stay", async () => {
    const stored = await storeUpload({
      bytes: pdfBytes(),
      originalName: "a.pdf",
      use: "attachment",
      userId: users[0]!,
    });
    const dir = path.join(uploadsDir, "2026", "05");
    await mkdir(dir, { recursive: true });
    // What a process killed in the middle of writing leaves: a truncated PDF under a .part name.
    await writeFile(path.join(dir, "5f2a9c.pdf.part"), pdfBytes().subarray(0, 40));
    await startUploadMaintenance();
    expect(await filesOnDisk()).toEqual([stored.storagePath]);
  });

  it("a failed upload also clears stale leftovers, but not a .part another upload is writing now", async () => {
    await mkdir(path.join(uploadsDir, "2026", "05"), { recursive: true });
    const stale = path.join(uploadsDir, "2026", "05", "old.pdf.part");
    const fresh = path.join(uploadsDir, "2026", "05", "now.pdf.part");
    await writeFile(stale, "%PDF-1.4 cut");
    await writeFile(fresh, "%PDF-1.4 in progress");
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    await utimes(stale, hourAgo, hourAgo);

    // The row cannot be written (no such user): the upload fails after its file was written.
    await expect(
      storeUpload({ bytes: pdfBytes(), originalName: "a.pdf", use: "attachment", userId: 999_999 }),
    ).rejects.toThrow();
    expect(await filesOnDisk()).toEqual(["2026/05/now.pdf.part"]);
    expect(await db.prisma.asset.count()).toBe(0);
  });

  it("when the disk cannot confirm the file is written, no row is committed and nothing is left", async () => {
    disk.failSync = true;
    await expect(
      storeUpload({ bytes: pdfBytes(), originalName: "a.pdf", use: "attachment", userId: users[0]! }),
    ).rejects.toThrow(/EIO/);
    expect(await db.prisma.asset.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
    expect(await filesOnDisk()).toEqual([]);
  });
});

describe("a retried upload (idempotency key)", () => {
  function send(body: {
    file: Uint8Array;
    name: string;
    use?: string;
    key?: string;
    keyField?: string;
  }): Promise<Response> {
    const form = new FormData();
    form.append("use", body.use ?? "attachment");
    if (body.keyField) form.append("uploadKey", body.keyField);
    form.append("file", new File([new Uint8Array(body.file)], body.name));
    const headers: Record<string, string> = { origin: SITE };
    if (body.key) headers["idempotency-key"] = body.key;
    return upload(new Request(`${SITE}/api/admin/uploads`, { method: "POST", body: form, headers }));
  }
  const assetOf = async (res: Response) => ((await res.json()) as { asset: UploadedAsset }).asset;

  it("sending the same file again with its key returns the same file, stored once", async () => {
    signInAs(0);
    const key = "3f9c2a7be1d04c5a9e6f0b1c2d3e4f50";
    const first = await send({ file: pdfBytes("ผลการนับคะแนน"), name: "ผล.pdf", key });
    expect(first.status).toBe(201);
    const retry = await send({ file: pdfBytes("ผลการนับคะแนน"), name: "ผล.pdf", key });
    expect(retry.status).toBe(200);
    expect(await assetOf(retry)).toEqual(await assetOf(first));
    expect(await db.prisma.asset.count()).toBe(1);
    expect(await filesOnDisk()).toHaveLength(1);
    expect(await db.prisma.auditLog.count({ where: { action: "asset.upload" } })).toBe(1);

    // The key may also come as a form field; another key is another upload.
    const field = await send({ file: pdfBytes(), name: "b.pdf", keyField: "field-key-000000000001" });
    const fieldAgain = await send({ file: pdfBytes(), name: "b.pdf", keyField: "field-key-000000000001" });
    expect((await assetOf(fieldAgain)).id).toBe((await assetOf(field)).id);
    expect((await send({ file: pdfBytes(), name: "b.pdf", key: "another-key-0000000001" })).status).toBe(201);
    expect(await db.prisma.asset.count()).toBe(3);
  });

  it("two sends of one key at once store one file", async () => {
    signInAs(0);
    const key = "a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5";
    const answers = await Promise.all([1, 2, 3].map(() => send({ file: pdfBytes("x"), name: "x.pdf", key })));
    const ids = await Promise.all(answers.map(async (r) => (await assetOf(r)).id));
    expect(new Set(ids).size).toBe(1);
    expect(await db.prisma.asset.count()).toBe(1);
    expect(await filesOnDisk()).toHaveLength(1);
  });

  it("a key is one uploader's: another person's same key is their own upload", async () => {
    const key = "shared-key-0000000000000001";
    signInAs(0);
    const mine = await assetOf(await send({ file: pdfBytes(), name: "a.pdf", key }));
    signInAs(1);
    const theirs = await send({ file: pdfBytes(), name: "a.pdf", key });
    expect(theirs.status).toBe(201);
    expect((await assetOf(theirs)).id).not.toBe(mine.id);
  });

  it("refuses a malformed key, or a key already used for another kind of file, in Thai, storing nothing", async () => {
    signInAs(0);
    const bad = await send({ file: pdfBytes(), name: "a.pdf", key: "../../etc" });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: string }).error).toMatch(/รหัสการอัปโหลดไม่ถูกต้อง/);
    expect(await db.prisma.asset.count()).toBe(0);

    const key = "kind-key-00000000000000001";
    await send({ file: await pngBytes(), name: "a.png", use: "image", key });
    const other = await send({ file: pdfBytes(), name: "a.pdf", key });
    expect(other.status).toBe(422);
    expect(((await other.json()) as { error: string }).error).toMatch(/ใช้กับไฟล์อื่นไปแล้ว/);
    expect(await db.prisma.asset.count()).toBe(1);
  });
});
