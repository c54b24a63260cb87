// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Asset } from "@/lib/generated/prisma/client";
import type { TestDatabase } from "@/tests/helpers/db";
import { tempUploadsDir, useMediaTestDatabase } from "@/tests/helpers/media-database";
import { pdfBytes, pngBytes } from "@/tests/helpers/media-samples";
import { useTestSession } from "@/tests/helpers/app-doubles";
import { defaultOfficeId } from "@/lib/offices/current";

// Attack: files of unpublished content must not be public (issue 9, item 1). A visitor counting
// through /files/1…N, a cached copy after a withdrawal, a crawler inflating download counts.

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  unstable_cache: (fn: unknown) => fn,
}));

const uploadsDir = tempUploadsDir("attack-files-");

const { GET, HEAD } = await import("@/app/files/[id]/[[...name]]/route");
const { storeUpload } = await import("@/lib/media/store");
const { flushDownloads, resetDownloadsForTests } = await import("@/lib/media/downloads");
const { getPublicPost } = await import("@/lib/posts/queries");
const { getOfficePage } = await import("@/lib/office/queries");

let db: TestDatabase;
let author: SessionUser;
let authorId: number;

useMediaTestDatabase(uploadsDir, (d, a) => {
  db = d;
  author = a;
  authorId = a.id;
});

beforeEach(() => {
  useTestSession(async () => null);
  resetDownloadsForTests();
});

afterEach(() => {
  useTestSession(null);
  vi.useRealTimers();
});

function signInAsStaff(): void {
  useTestSession(async () => author);
}

/** What a browser gets for a path under /files/. */
async function fetchPath(
  pathname: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const segment = decodeURIComponent(pathname.split("/")[2] ?? "");
  const handler = init.method === "HEAD" ? HEAD : GET;
  return handler(
    new Request(`https://ect.example.go.th${pathname}`, { method: init.method ?? "GET", headers: init.headers }),
    {
      params: Promise.resolve({ id: segment }),
    },
  );
}

const tokenPath = (a: Pick<Asset, "id" | "token">) => `/files/${a.id}-${a.token}/x`;
const idPath = (a: Pick<Asset, "id">) => `/files/${a.id}/x`;

async function pdf(name = "ประกาศ.pdf"): Promise<Asset> {
  return storeUpload({ bytes: pdfBytes(name), originalName: name, use: "attachment", userId: authorId });
}
async function png(name = "ภาพ.png"): Promise<Asset> {
  return storeUpload({ bytes: await pngBytes(), originalName: name, use: "image", userId: authorId });
}

async function post(
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "WITHDRAWN",
  over: { coverId?: number; body?: string } = {},
) {
  return db.prisma.post.create({
    data: {
      status,
      section: "ELECTION_RESULT",
      title: `ประกาศผล (${status})`,
      authorId,
      body: over.body ?? "<p>ข้อความ</p>",
      coverId: over.coverId,
      publishedAt: status === "PUBLISHED" || status === "WITHDRAWN" ? new Date("2026-01-10T03:00:00Z") : null,
      scheduledAt: status === "SCHEDULED" ? new Date("2099-01-01T03:00:00Z") : null,
    },
  });
}

async function expectSameAsMissing(res: Response): Promise<void> {
  const missing = await fetchPath("/files/2000000000/x");
  expect(res.status).toBe(404);
  expect(await res.text()).toBe(await missing.text());
  expect([...res.headers.entries()]).toEqual([...missing.headers.entries()]);
}

describe("files of unpublished content", () => {
  it("counting through /files/1…N as a visitor finds none of them: each is the 404 of a file that never existed", async () => {
    const draftAttachment = await pdf("ผลการเลือกตั้งอย่างไม่เป็นทางการ.pdf");
    const reviewCover = await png();
    const scheduledGallery = await png();
    const withdrawnAttachment = await pdf();
    const withdrawnBodyImage = await png();
    const procurementFile = await pdf();
    const candidatePhoto = await png();
    const unused = await pdf();

    const draft = await post("DRAFT");
    await db.prisma.postAttachment.create({ data: { postId: draft.id, assetId: draftAttachment.id } });
    await post("IN_REVIEW", { coverId: reviewCover.id });
    const scheduled = await post("SCHEDULED");
    await db.prisma.postImage.create({ data: { postId: scheduled.id, assetId: scheduledGallery.id } });
    const withdrawn = await post("WITHDRAWN", {
      body: `<p><img src="/files/${withdrawnBodyImage.id}-${withdrawnBodyImage.token}/a.png" alt=""></p>`,
    });
    await db.prisma.postAttachment.create({ data: { postId: withdrawn.id, assetId: withdrawnAttachment.id } });
    await db.prisma.procurementDisclosure.create({
      data: {
        fiscalYear: 2569,
        kind: "PLAN",
        title: "แผน",
        documentDate: new Date("2025-10-01T00:00:00+07:00"),
        fileId: procurementFile.id,
        published: false,
      },
    });
    const election = await db.prisma.election.create({
      data: { kind: "MP", title: "เลือกตั้ง", pollingDay: new Date("2026-03-01T00:00:00+07:00"), published: false },
    });
    const contest = await db.prisma.contest.create({
      data: { electionId: election.id, position: "ส.ส.", area: "เขต 1" },
    });
    await db.prisma.candidate.create({
      data: { contestId: contest.id, number: 1, name: "ผู้สมัค", photoId: candidatePhoto.id },
    });

    const all = [
      draftAttachment,
      reviewCover,
      scheduledGallery,
      withdrawnAttachment,
      withdrawnBodyImage,
      procurementFile,
      candidatePhoto,
      unused,
    ];
    const maxId = Math.max(...all.map((a) => a.id));
    for (let id = 1; id <= maxId + 2; id++) await expectSameAsMissing(await fetchPath(`/files/${id}/x.pdf`));
    // Knowing the full address does not help either.
    for (const a of all) await expectSameAsMissing(await fetchPath(tokenPath(a)));
    for (const a of all) await expectSameAsMissing(await fetchPath(tokenPath(a), { method: "HEAD" }));
  });

  it("signed-in staff get every file, never to be cached", async () => {
    const file = await pdf();
    const draft = await post("DRAFT");
    await db.prisma.postAttachment.create({ data: { postId: draft.id, assetId: file.id } });
    signInAsStaff();
    const res = await fetchPath(tokenPath(file));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await res.arrayBuffer()).equals(pdfBytes("ประกาศ.pdf"))).toBe(true);
  });

  it("a wrong or shortened token is the 404 of a missing file, even for staff", async () => {
    const file = await pdf();
    await post("PUBLISHED", { coverId: (await png()).id });
    const published = await post("PUBLISHED");
    await db.prisma.postAttachment.create({ data: { postId: published.id, assetId: file.id } });
    expect((await fetchPath(tokenPath(file))).status).toBe(200);
    const wrong = { id: file.id, token: file.token.replace(/.$/, (c) => (c === "0" ? "1" : "0")) };
    await expectSameAsMissing(await fetchPath(tokenPath(wrong)));
    await expectSameAsMissing(await fetchPath(`/files/${file.id}-${file.token.slice(0, 20)}/x`));
    signInAsStaff();
    expect((await fetchPath(tokenPath(wrong))).status).toBe(404);
  });
});

describe("files of published content", () => {
  it("answer everyone at the token address, revalidated on every use; new files have no id address", async () => {
    const cover = await png();
    const gallery = await png();
    const attachment = await pdf();
    const bodyImage = await png();
    const procurementFile = await pdf();
    const executivePhoto = await png();
    const candidatePhoto = await png();
    const officeImage = await png();

    const p = await post("PUBLISHED", {
      coverId: cover.id,
      body: `<p><img src="/files/${bodyImage.id}-${bodyImage.token}/b.png" alt=""></p>`,
    });
    await db.prisma.postImage.create({ data: { postId: p.id, assetId: gallery.id } });
    await db.prisma.postAttachment.create({ data: { postId: p.id, assetId: attachment.id } });
    await db.prisma.procurementDisclosure.create({
      data: {
        fiscalYear: 2569,
        kind: "PLAN",
        title: "แผน",
        documentDate: new Date("2025-10-01T00:00:00+07:00"),
        fileId: procurementFile.id,
      },
    });
    await db.prisma.executive.create({ data: { name: "ผอ.", position: "ผู้อำนวยการ", photoId: executivePhoto.id } });
    const election = await db.prisma.election.create({
      data: { kind: "MP", title: "เลือกตั้ง", pollingDay: new Date("2026-03-01T00:00:00+07:00"), published: true },
    });
    const contest = await db.prisma.contest.create({
      data: { electionId: election.id, position: "ส.ส.", area: "เขต 1" },
    });
    await db.prisma.candidate.create({
      data: { contestId: contest.id, number: 1, name: "ผู้สมัคร", photoId: candidatePhoto.id },
    });
    await db.prisma.officePage.create({
      data: { key: "ABOUT", title: "เกี่ยวกับ", body: `<p><img src="/files/${officeImage.id}/o.png" alt=""></p>` },
    });

    for (const a of [
      cover,
      gallery,
      attachment,
      bodyImage,
      procurementFile,
      executivePhoto,
      candidatePhoto,
      officeImage,
    ]) {
      const res = await fetchPath(tokenPath(a));
      expect(res.status, a.fileName).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, no-cache");
      expect(res.headers.get("etag")).toBe(`"${a.sha256}"`);
      const again = await fetchPath(tokenPath(a), { headers: { "If-None-Match": `"${a.sha256}"` } });
      expect(again.status).toBe(304);
      // Files stored since tokens exist were never published at /files/{id}: nothing answers there.
      await expectSameAsMissing(await fetchPath(idPath(a)));
    }
  });

  it("addresses published before tokens keep working: a permanent redirect to the token address, while public", async () => {
    const file = await pdf("ประกาศผลทางการ.pdf");
    await db.prisma.asset.update({ where: { id: file.id }, data: { legacyAddress: true } });
    const p = await post("PUBLISHED");
    await db.prisma.postAttachment.create({ data: { postId: p.id, assetId: file.id } });

    const res = await fetchPath(`/files/${file.id}/${encodeURIComponent("ประกาศผลทางการ.pdf")}`);
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(
      `/files/${file.id}-${file.token}/${encodeURIComponent("ประกาศผลทางการ.pdf")}`,
    );
    expect((await fetchPath(res.headers.get("location")!)).status).toBe(200);

    await db.prisma.post.update({ where: { id: p.id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    await expectSameAsMissing(await fetchPath(`/files/${file.id}/x.pdf`));
  });

  it("withdrawing a post stops its files at once: a browser's or a shared cache's copy is refused on its next use", async () => {
    const file = await pdf();
    const cover = await png();
    const p = await post("PUBLISHED", { coverId: cover.id });
    await db.prisma.postAttachment.create({ data: { postId: p.id, assetId: file.id } });
    const cached = await fetchPath(tokenPath(file));
    expect(cached.status).toBe(200);
    // Whoever keeps the answer must ask again before using it (no-cache), with its ETag.
    expect(cached.headers.get("cache-control")).toMatch(/^public, no-cache$/);

    await db.prisma.post.update({
      where: { id: p.id },
      data: { status: "WITHDRAWN", withdrawnAt: new Date(), withdrawnReason: "ผิดพลาด" },
    });
    for (const a of [file, cover]) {
      await expectSameAsMissing(await fetchPath(tokenPath(a), { headers: { "If-None-Match": `"${a.sha256}"` } }));
    }
  });

  it("a body image is public exactly while its post is published", async () => {
    const image = await png();
    const p = await post("DRAFT", {
      body: `<figure><img src="/files/${image.id}-${image.token}/a.png" alt="ภาพ"></figure>`,
    });
    await expectSameAsMissing(await fetchPath(tokenPath(image)));
    await db.prisma.post.update({ where: { id: p.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect((await fetchPath(tokenPath(image))).status).toBe(200);
    // Editing the image out of the body takes it off the site.
    await db.prisma.post.update({ where: { id: p.id }, data: { body: "<p>ไม่มีภาพ</p>" } });
    await expectSameAsMissing(await fetchPath(tokenPath(image)));
  });

  it("pages link files at their token address, old id addresses in bodies included", async () => {
    const cover = await png();
    const attachment = await pdf("แบบ ส.ส. 6-1.pdf");
    const inBody = await png();
    await db.prisma.asset.update({ where: { id: inBody.id }, data: { legacyAddress: true } });
    const p = await post("PUBLISHED", {
      coverId: cover.id,
      body: `<p><img src="/files/${inBody.id}/old.png" alt="เดิม"><a href="/files/${inBody.id}">ภาพ</a></p>`,
    });
    await db.prisma.postAttachment.create({ data: { postId: p.id, assetId: attachment.id } });
    await db.prisma.officePage.upsert({
      where: { officeId_key: { officeId: await defaultOfficeId(db.prisma), key: "PRIVACY" } },
      create: { key: "PRIVACY", title: "นโยบาย", body: `<img src="/files/${inBody.id}/x.png" alt="">` },
      update: { body: `<img src="/files/${inBody.id}/x.png" alt="">` },
    });

    const view = (await getPublicPost(p.id))!;
    expect(view.cover?.src).toBe(`/files/${cover.id}-${cover.token}/${encodeURIComponent(cover.fileName)}`);
    expect(view.attachments[0]?.href).toBe(
      `/files/${attachment.id}-${attachment.token}/${encodeURIComponent("แบบ ส.ส. 6-1.pdf")}`,
    );
    expect(view.body).toBe(
      `<p><img src="/files/${inBody.id}-${inBody.token}/old.png" alt="เดิม"><a href="/files/${inBody.id}-${inBody.token}/${encodeURIComponent(inBody.fileName)}">ภาพ</a></p>`,
    );
    expect((await getOfficePage("PRIVACY")).body).toBe(`<img src="/files/${inBody.id}-${inBody.token}/x.png" alt="">`);
  });
});

describe("download counts", () => {
  async function publishedAttachment(): Promise<Asset> {
    const file = await pdf();
    const p = await post("PUBLISHED");
    await db.prisma.postAttachment.create({ data: { postId: p.id, assetId: file.id } });
    return file;
  }
  const count = async (id: number) => {
    await flushDownloads();
    return (await db.prisma.asset.findUniqueOrThrow({ where: { id } })).downloadCount;
  };

  it("count a visitor once per file per day, whatever a crawler repeats or puts in front of its address", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-05-14T10:00:00+07:00"));
    const file = await publishedAttachment();
    const crawler = { "x-forwarded-for": "203.0.113.9", "user-agent": "crawler/1.0" };
    for (let i = 0; i < 20; i++) expect((await fetchPath(tokenPath(file), { headers: crawler })).status).toBe(200);
    // Made-up addresses in front of the one the server trusts (the last) change nothing.
    for (let i = 0; i < 5; i++)
      await fetchPath(tokenPath(file), { headers: { ...crawler, "x-forwarded-for": `10.0.0.${i}, 203.0.113.9` } });
    expect(await count(file.id)).toBe(1);

    await fetchPath(tokenPath(file), { headers: { "x-forwarded-for": "198.51.100.7", "user-agent": "Mozilla/5.0" } });
    expect(await count(file.id)).toBe(2);

    vi.setSystemTime(new Date("2026-05-15T09:00:00+07:00"));
    await fetchPath(tokenPath(file), { headers: crawler });
    expect(await count(file.id)).toBe(3);
  });

  it("never count HEAD, a later part of the file, staff, or a file that is not public", async () => {
    const file = await publishedAttachment();
    const visitor = { "x-forwarded-for": "192.0.2.1", "user-agent": "Mozilla/5.0" };
    expect((await fetchPath(tokenPath(file), { method: "HEAD", headers: visitor })).status).toBe(200);
    await fetchPath(tokenPath(file), { headers: { ...visitor, range: "bytes=4096-8191" } });
    signInAsStaff();
    await fetchPath(tokenPath(file), { headers: { ...visitor, "user-agent": "staff" } });
    useTestSession(async () => null);
    const draftFile = await pdf();
    await db.prisma.postAttachment.create({ data: { postId: (await post("DRAFT")).id, assetId: draftFile.id } });
    await fetchPath(tokenPath(draftFile), { headers: visitor });
    expect(await count(file.id)).toBe(0);
    expect(await count(draftFile.id)).toBe(0);

    await fetchPath(tokenPath(file), { headers: { ...visitor, range: "bytes=0-" } });
    expect(await count(file.id)).toBe(1);
  });
});
