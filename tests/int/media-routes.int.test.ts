// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UploadedAsset } from "@/lib/media/types";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { exeBytes, pdfBytes, pngBytes } from "@/tests/helpers/media-samples";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

// The upload route handlers as a browser (or an attacker) calls them: a real Request in, a
// Response out, and the database and folder checked after every refusal.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const uploadsDir = mkdtempSync(path.join(os.tmpdir(), "media-routes-"));
process.env.UPLOADS_DIR = uploadsDir;
process.env.MAX_UPLOAD_MB = "1";
process.env.SITE_URL = "https://ect.example.go.th";

const { POST: upload } = await import("@/app/api/admin/uploads/route");
const { POST: replace } = await import("@/app/api/admin/uploads/[id]/route");

let db: TestDatabase;
const users: Partial<Record<Role, number>> = {};

function signInAs(role: Role | null) {
  useTestSession(async () => (role ? { id: users[role]!, email: `${role}@example.go.th`, name: role, role } : null));
}

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  for (const role of ["AUTHOR", "EDITOR", "ADMIN"] as const) {
    users[role] = (
      await db.prisma.user.create({ data: { email: `${role}@example.go.th`, name: role, passwordHash: "x", role } })
    ).id;
  }
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db?.close();
  await rm(uploadsDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await db.prisma.auditLog.deleteMany();
  await db.prisma.asset.deleteMany();
  await rm(uploadsDir, { recursive: true, force: true });
});

afterEach(() => useTestSession(null));

const SITE = "https://ect.example.go.th";

function form(file: Uint8Array | null, name: string, use: string | null = "attachment"): FormData {
  const f = new FormData();
  if (use !== null) f.append("use", use);
  if (file) f.append("file", new File([new Uint8Array(file)], name));
  return f;
}

function post(url: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${SITE}${url}`, { method: "POST", body, headers: { origin: SITE, ...headers } });
}

async function filesOnDisk(): Promise<number> {
  const entries = await readdir(uploadsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

async function expectRefused(res: Response, status: number, error: RegExp | string): Promise<void> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: string };
  expect(body.error).toMatch(error);
  expect(await db.prisma.asset.count()).toBe(0);
  expect(await db.prisma.auditLog.count()).toBe(0);
  expect(await filesOnDisk()).toBe(0);
}

describe("POST /api/admin/uploads", () => {
  it("stores a file for a signed-in author and answers 201 with the asset", async () => {
    signInAs("AUTHOR");
    const res = await upload(post("/api/admin/uploads", form(pdfBytes(), "C:\\fakepath\\ประกาศ รับสมัคร.pdf")));
    expect(res.status).toBe(201);
    const { asset } = (await res.json()) as { asset: UploadedAsset };
    expect(asset).toMatchObject({
      fileName: "ประกาศ รับสมัคร.pdf",
      mimeType: "application/pdf",
      size: pdfBytes().length,
      kind: "file",
      width: null,
    });
    const row = await db.prisma.asset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(asset.href).toBe(`/files/${asset.id}-${row.token}/${encodeURIComponent("ประกาศ รับสมัคร.pdf")}`);
    expect(row).toMatchObject({ uploadedById: users.AUTHOR });
    expect(await filesOnDisk()).toBe(1);
  });

  it("answers 401 without a session", async () => {
    signInAs(null);
    await expectRefused(await upload(post("/api/admin/uploads", form(pdfBytes(), "a.pdf"))), 401, "กรุณาเข้าสู่ระบบก่อน");
  });

  it.each([
    ["another site's Origin", { origin: "https://evil.example" }],
    ["another site's Referer and no Origin", { origin: "", referer: "https://evil.example/form" }],
    ["neither Origin nor Referer", { origin: "" }],
    ["an Origin of null (a sandboxed page)", { origin: "null" }],
  ])("answers 403 for %s, even for an admin", async (_, headers) => {
    signInAs("ADMIN");
    const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ""));
    const req = new Request(`${SITE}/api/admin/uploads`, {
      method: "POST",
      body: form(pdfBytes(), "a.pdf"),
      headers: clean,
    });
    await expectRefused(await upload(req), 403, /ไม่ได้ส่งมาจาก/);
  });

  it("accepts the Referer when a browser sends no Origin", async () => {
    signInAs("AUTHOR");
    const req = new Request(`${SITE}/api/admin/uploads`, {
      method: "POST",
      body: form(pdfBytes(), "a.pdf"),
      headers: { referer: `${SITE}/admin/posts/1` },
    });
    expect((await upload(req)).status).toBe(201);
  });

  it("answers 413 from the declared length, before reading the body", async () => {
    signInAs("AUTHOR");
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const req = new Request(`${SITE}/api/admin/uploads`, {
      method: "POST",
      body,
      duplex: "half",
      headers: {
        origin: SITE,
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(50 * 1024 * 1024),
      },
    } as RequestInit);
    await expectRefused(await upload(req), 413, "ไฟล์ใหญ่เกินไป รับได้ไม่เกิน 1 MB ต่อไฟล์");
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("answers 413 and stops reading a body with no length that runs past the limit", async () => {
    signInAs("AUTHOR");
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 64 * 1024;
        if (sent > 50 * 1024 * 1024) c.close();
        else c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const req = new Request(`${SITE}/api/admin/uploads`, {
      method: "POST",
      body,
      duplex: "half",
      headers: { origin: SITE, "content-type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    await expectRefused(await upload(req), 413, /ไฟล์ใหญ่เกินไป/);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });

  it("answers 413 for a file just over the limit inside a body that fits", async () => {
    signInAs("AUTHOR");
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(1024 * 1024 - pdfBytes().length + 1)]);
    await expectRefused(await upload(post("/api/admin/uploads", form(big, "big.pdf"))), 413, /ไฟล์ใหญ่เกินไป/);
  });

  it("answers 415 with the reason for a renamed program", async () => {
    signInAs("EDITOR");
    await expectRefused(
      await upload(post("/api/admin/uploads", form(exeBytes(), "ประกาศ.pdf"))),
      415,
      /^ไฟล์นี้ไม่ใช่ PDF จริง \(เนื้อหาเป็นไฟล์โปรแกรม\)/,
    );
  });

  it.each([
    ["no file", null, "attachment", /ไม่พบไฟล์/],
    ["no use", pdfBytes(), null, /เอกสารแนบ รูปภาพ วิดีโอ หรือคำบรรยาย/],
    ["an unknown use", pdfBytes(), "avatar", /เอกสารแนบ รูปภาพ วิดีโอ หรือคำบรรยาย/],
  ])("answers 422 for %s", async (_, bytes, use, error) => {
    signInAs("AUTHOR");
    await expectRefused(await upload(post("/api/admin/uploads", form(bytes, "a.pdf", use))), 422, error);
  });

  it("answers 422 for a body that is not a form", async () => {
    signInAs("AUTHOR");
    await expectRefused(
      await upload(post("/api/admin/uploads", JSON.stringify({ file: "x" }), { "content-type": "application/json" })),
      422,
      /ไม่ถูกรูปแบบ/,
    );
  });
});

describe("POST /api/admin/uploads/{id} (replace)", () => {
  async function existing(): Promise<UploadedAsset> {
    signInAs("AUTHOR");
    const res = await upload(post("/api/admin/uploads", form(await pngBytes(), "cover.png", "image")));
    return ((await res.json()) as { asset: UploadedAsset }).asset;
  }

  it("lets an editor replace the content at the same address", async () => {
    const first = await existing();
    signInAs("EDITOR");
    const res = await replace(post(`/api/admin/uploads/${first.id}`, form(await pngBytes(80, 40), "new.png", null)), {
      params: Promise.resolve({ id: String(first.id) }),
    });
    expect(res.status).toBe(200);
    const { asset } = (await res.json()) as { asset: UploadedAsset };
    expect(asset).toMatchObject({ id: first.id, width: 80, height: 40, kind: "image", fileName: "new.png" });
  });

  it.each([
    ["an author (403)", "AUTHOR" as const, SITE, 403],
    ["a signed-out visitor (401)", null, SITE, 401],
    ["another site (403)", "ADMIN" as const, "https://evil.example", 403],
  ])("refuses %s and leaves the file as it was", async (_, role, origin, status) => {
    const first = await existing();
    const before = await db.prisma.asset.findUniqueOrThrow({ where: { id: first.id } });
    signInAs(role);
    const req = post(`/api/admin/uploads/${first.id}`, form(await pngBytes(80, 40), "new.png", "image"), { origin });
    const res = await replace(req, { params: Promise.resolve({ id: String(first.id) }) });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).not.toBe("");
    expect(await db.prisma.asset.findUniqueOrThrow({ where: { id: first.id } })).toEqual(before);
    expect(await db.prisma.auditLog.count({ where: { action: "asset.replace" } })).toBe(0);
  });

  it("answers 415 for a document in place of an image, 404 for a missing asset", async () => {
    const first = await existing();
    signInAs("EDITOR");
    const wrong = await replace(post(`/api/admin/uploads/${first.id}`, form(pdfBytes(), "x.pdf", null)), {
      params: Promise.resolve({ id: String(first.id) }),
    });
    expect(wrong.status).toBe(415);
    const missing = await replace(post("/api/admin/uploads/999999", form(pdfBytes(), "x.pdf", null)), {
      params: Promise.resolve({ id: "999999" }),
    });
    expect(missing.status).toBe(404);
    const bad = await replace(post("/api/admin/uploads/abc", form(pdfBytes(), "x.pdf", null)), {
      params: Promise.resolve({ id: "abc" }),
    });
    expect(bad.status).toBe(404);
    expect(await db.prisma.asset.count()).toBe(1);
  });
});
