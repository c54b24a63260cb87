// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { rm } from "node:fs/promises";
import { beforeEach, describe, expect, it } from "vitest";
import type { Asset } from "@/lib/generated/prisma/client";
import type { TestDatabase } from "@/tests/helpers/db";
import { filesUnder, tempUploadsDir, useMediaTestDatabase } from "@/tests/helpers/media-database";
import { pdfBytes } from "@/tests/helpers/media-samples";
import { defaultOfficeId } from "@/lib/offices/current";

// Uploads nothing uses are removed a day after upload (issue 9, item 7), rows and files; a file
// any content, revision, draft or pending draft names is never removed.

const uploadsDir = tempUploadsDir("media-sweep-");

const { storeUpload } = await import("@/lib/media/store");
const { sweepUnusedUploads } = await import("@/lib/media/sweep");

let db: TestDatabase;
let userId: number;
const NOW = new Date("2026-05-14T10:00:00+07:00");
const TWO_DAYS_AGO = new Date("2026-05-12T10:00:00+07:00");

useMediaTestDatabase(uploadsDir, (d, author) => {
  db = d;
  userId = author.id;
});

beforeEach(async () => {
  await db.prisma.post.deleteMany();
  await db.prisma.auditLog.deleteMany();
  await db.prisma.asset.deleteMany();
  await rm(uploadsDir, { recursive: true, force: true });
});

async function upload(name: string, createdAt = TWO_DAYS_AGO): Promise<Asset> {
  const a = await storeUpload({ bytes: pdfBytes(name), originalName: name, use: "attachment", userId });
  return db.prisma.asset.update({ where: { id: a.id }, data: { createdAt } });
}

const filesOnDisk = () => filesUnder(uploadsDir);

describe("sweepUnusedUploads", () => {
  it("removes uploads nothing has used for a day, row and file, with an audit entry", async () => {
    const abandoned = await upload("ไม่ได้ใช้.pdf");
    const recent = await upload("เพิ่งอัปโหลด.pdf", new Date("2026-05-13T12:00:00+07:00"));
    expect(await sweepUnusedUploads(NOW)).toBe(1);
    expect((await db.prisma.asset.findMany()).map((a) => a.id)).toEqual([recent.id]);
    expect(await filesOnDisk()).toEqual([recent.storagePath]);
    expect(await db.prisma.auditLog.findFirst({ where: { action: "asset.delete" } })).toMatchObject({
      entityId: String(abandoned.id),
      userId: null,
    });
  });

  it("never removes a file that content, a revision, a draft or a pending draft names", async () => {
    const kept: Record<string, Asset> = {};
    for (const name of [
      "draftAttachment",
      "draftGallery",
      "draftCover",
      "draftBody",
      "pendingCover",
      "pendingGallery",
      "pendingBody",
      "revisionAttachment",
      "revisionBody",
      "procurement",
      "executive",
      "candidate",
      "officeBody",
    ]) {
      kept[name] = await upload(`${name}.pdf`);
    }
    const unused = await upload("unused.pdf");
    const k = (name: string) => kept[name]!;

    const draft = await db.prisma.post.create({
      data: {
        section: "NEWS_ACTIVITY",
        title: "ร่าง",
        status: "DRAFT",
        coverId: k("draftCover").id,
        body: `<p><img src="/files/${k("draftBody").id}-${k("draftBody").token}/a.png" alt=""></p>`,
        attachments: { create: { assetId: k("draftAttachment").id } },
        gallery: { create: { assetId: k("draftGallery").id } },
      },
    });
    // A live post with a pending edit that adds files, and an old revision naming others.
    const live = await db.prisma.post.create({
      data: {
        section: "NEWS_ACTIVITY",
        title: "เผยแพร่แล้ว",
        status: "PUBLISHED",
        publishedAt: NOW,
        draft: {
          title: "แก้ไข",
          coverId: k("pendingCover").id,
          galleryIds: [k("pendingGallery").id],
          attachmentIds: [],
          body: `<img src="/files/${k("pendingBody").id}/x.png">`,
        },
      },
    });
    await db.prisma.postRevision.create({
      data: {
        postId: live.id,
        version: 1,
        data: {
          title: "เดิม",
          coverId: null,
          galleryIds: [],
          attachmentIds: [k("revisionAttachment").id],
          body: `<a href="/files/${k("revisionBody").id}-${k("revisionBody").token}/x.pdf">ไฟล์</a>`,
        },
      },
    });
    await db.prisma.procurementDisclosure.create({
      data: {
        fiscalYear: 2569,
        kind: "PLAN",
        title: "แผน",
        documentDate: NOW,
        fileId: k("procurement").id,
        published: false,
      },
    });
    await db.prisma.executive.create({ data: { name: "ผอ.", position: "ผู้อำนวยการ", photoId: k("executive").id } });
    const election = await db.prisma.election.create({ data: { kind: "MP", title: "เลือกตั้ง", pollingDay: NOW } });
    const contest = await db.prisma.contest.create({
      data: { electionId: election.id, position: "ส.ส.", area: "เขต 1" },
    });
    await db.prisma.candidate.create({
      data: { contestId: contest.id, number: 1, name: "ผู้สมัคร", photoId: k("candidate").id },
    });
    await db.prisma.officePage.upsert({
      where: { officeId_key: { officeId: await defaultOfficeId(db.prisma), key: "CONTACT" } },
      create: { key: "CONTACT", title: "ติดต่อ", body: `<img src="/files/${k("officeBody").id}/m.png">` },
      update: { body: `<img src="/files/${k("officeBody").id}/m.png">` },
    });

    expect(await sweepUnusedUploads(NOW)).toBe(1);
    const left = new Set((await db.prisma.asset.findMany()).map((a) => a.id));
    for (const [name, a] of Object.entries(kept)) expect(left.has(a.id), name).toBe(true);
    expect(left.has(unused.id)).toBe(false);
    expect(await filesOnDisk()).toHaveLength(Object.keys(kept).length);
    expect(draft.id).toBeGreaterThan(0);

    // Once the last post naming a file is deleted, the file goes on the next sweep.
    await db.prisma.post.delete({ where: { id: draft.id } });
    expect(await sweepUnusedUploads(NOW)).toBe(4);
  });
});
