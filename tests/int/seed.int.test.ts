import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Section } from "@/lib/generated/prisma/client";
import { isDatabaseEmpty, MOU_SLUG, MOU_TITLE, seedDemo, SPECIAL_TITLE, type SeedResult } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const bangkokDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok" });
const bangkokTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Bangkok", hour: "2-digit", minute: "2-digit" });

let db: TestDatabase;
let uploadsDir: string;
let emptyBefore: boolean;
let result: SeedResult;
const now = new Date();

beforeAll(async () => {
  db = await createTestDatabase();
  uploadsDir = await mkdtemp(path.join(os.tmpdir(), "seed-uploads-"));
  emptyBefore = await isDatabaseEmpty(db.prisma);
  result = await seedDemo(db.prisma, { uploadsDir, now });
});

afterAll(async () => {
  await db?.close();
  if (uploadsDir) await rm(uploadsDir, { recursive: true, force: true });
});

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const readUpload = (storagePath: string) => readFile(path.join(uploadsDir, storagePath));

describe("seedDemo", () => {
  it("fills an empty database once", async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(db.prisma)).toBe(false);
    expect(result.posts).toBeGreaterThanOrEqual(44);
    expect(result.events).toBeGreaterThanOrEqual(30);
    expect(result.assets).toBe(await db.prisma.asset.count());
    await expect(seedDemo(db.prisma, { uploadsDir, now })).rejects.toThrow(/already/);
  });

  it("has the office settings and a seed admin who cannot sign in", async () => {
    const settings = await db.prisma.siteSettings.findFirstOrThrow();
    expect(settings.officeName).toBe("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย");
    expect(settings.hotline).toBe("1444");
    expect(settings.copyrightStartYear).toBe(2559);
    const admin = await db.prisma.user.findFirstOrThrow({ where: { email: "admin@example.go.th" } });
    expect(admin.role).toBe("ADMIN");
    expect(admin.passwordHash).toBe("!");
  });

  it("has the about, contact and privacy pages (already in sanitised form) and four executives in order", async () => {
    const { sanitizeBody } = await import("@/lib/posts/sanitize");
    const pages = await db.prisma.officePage.findMany({ orderBy: { key: "asc" } });
    expect(pages.map((p) => p.key)).toEqual(["ABOUT", "CONTACT", "PRIVACY"]);
    for (const p of pages) expect(sanitizeBody(p.body)).toBe(p.body);
    expect(pages.find((p) => p.key === "PRIVACY")?.body).toContain("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562");
    const executives = await db.prisma.executive.findMany({ orderBy: { sortOrder: "asc" } });
    expect(executives).toHaveLength(4);
    expect(executives[0]?.position).toMatch(/^ผู้อำนวยการสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด/);
  });

  it("puts at least four public posts in every section, and two listing pages in one", async () => {
    const counts = await db.prisma.post.groupBy({ by: ["section"], where: { status: "PUBLISHED" }, _count: true });
    const bySection = new Map(counts.map((c) => [c.section, c._count]));
    for (const section of Object.values(Section)) expect(bySection.get(section) ?? 0).toBeGreaterThanOrEqual(4);
    expect(Math.max(...bySection.values())).toBeGreaterThan(10);
    expect(await db.prisma.post.count()).toBeGreaterThanOrEqual(44);
  });

  it("keeps drafts and posts in review without publication dates", async () => {
    const hidden = await db.prisma.post.findMany({ where: { status: { in: ["DRAFT", "IN_REVIEW"] } } });
    expect(hidden.filter((p) => p.status === "DRAFT")).toHaveLength(2);
    expect(hidden.filter((p) => p.status === "IN_REVIEW")).toHaveLength(1);
    for (const p of hidden) expect(p.publishedAt).toBeNull();
    const published = await db.prisma.post.findMany({ where: { status: "PUBLISHED" } });
    for (const p of published) {
      expect(p.publishedAt?.getTime()).toBe(p.firstPublishedAt?.getTime());
      expect(p.publishedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    const noted = await db.prisma.post.findMany({
      where: { lastUpdatedAt: { not: null } },
      include: { changeNotes: true },
    });
    expect(noted.length).toBeGreaterThanOrEqual(2);
    for (const p of noted) {
      expect(p.lastUpdatedAt!.getTime()).toBeGreaterThan(p.firstPublishedAt!.getTime());
      expect(p.changeNotes).toHaveLength(1);
    }
  });

  it("has the MOU press release of 28 April 2565 with cover, gallery, PDF and tags", async () => {
    const mou = await db.prisma.post.findFirstOrThrow({
      where: { slug: MOU_SLUG },
      include: {
        cover: true,
        gallery: { include: { asset: true }, orderBy: { position: "asc" } },
        attachments: { include: { asset: true } },
        tags: { include: { tag: true } },
        slugs: true,
      },
    });
    expect(mou.title).toBe(MOU_TITLE);
    expect(mou.section).toBe("PRESS_RELEASE");
    expect(mou.status).toBe("PUBLISHED");
    expect(mou.publishedAt?.toISOString()).toBe("2022-04-28T03:00:00.000Z");
    expect(bangkokDay.format(mou.publishedAt!)).toBe("2022-04-28");
    expect(mou.body).toContain("๒๘ เมษายน ๒๕๖๕ เวลา ๐๙.๓๐ นาฬิกา");
    expect(mou.cover?.kind).toBe("IMAGE");
    expect(mou.gallery).toHaveLength(3);
    expect(mou.gallery.every((g) => g.asset.kind === "IMAGE" && g.asset.alt !== "")).toBe(true);
    expect(mou.tags.map((t) => t.tag.name)).toEqual(expect.arrayContaining(["อสม.", "MOU"]));
    expect(mou.slugs.map((s) => s.slug)).toContain(MOU_SLUG);

    expect(mou.attachments).toHaveLength(1);
    const pdf = mou.attachments[0]!.asset;
    expect(pdf.mimeType).toBe("application/pdf");
    expect(pdf.fileName).toBe("บันทึกข้อตกลงความร่วมมือ.pdf");
    const bytes = await readUpload(pdf.storagePath);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBe(pdf.size);
    expect(sha256(bytes)).toBe(pdf.sha256);
  });

  it("writes every file with the recorded size and hash; PNGs with their recorded dimensions", async () => {
    const assets = await db.prisma.asset.findMany();
    expect(assets.filter((a) => a.kind === "IMAGE").length).toBeGreaterThanOrEqual(10);
    expect(assets.filter((a) => a.kind === "FILE").length).toBeGreaterThanOrEqual(5);
    for (const a of assets) {
      expect(a.storagePath).toMatch(/^seed\/[a-z0-9-]+\.(png|pdf|webm|vtt)$/);
      const bytes = await readUpload(a.storagePath);
      expect(bytes.length, a.storagePath).toBe(a.size);
      expect(sha256(bytes), a.storagePath).toBe(a.sha256);
      if (a.kind === "IMAGE") {
        expect(a.mimeType).toBe("image/png");
        expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
        expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([a.width, a.height]);
      } else if (a.kind === "FILE") {
        expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(bytes.subarray(-6).toString("latin1")).toBe("%%EOF\n");
      }
    }
    const downloaded = assets.filter((a) => a.kind === "FILE" && a.downloadCount > 0);
    expect(downloaded.length).toBeGreaterThan(0);
  });

  it("gives a multimedia post an uploaded video, poster and captions that pass the upload checks", async () => {
    const { sniffUpload } = await import("@/lib/media/sniff");
    const post = await db.prisma.post.findFirstOrThrow({
      where: { section: "MULTIMEDIA", videoId: { not: null } },
      include: { video: true, videoPoster: true, videoCaptions: true },
    });
    expect(post.status).toBe("PUBLISHED");
    expect(post.videoPoster?.kind).toBe("IMAGE");
    for (const [asset, use, mime] of [
      [post.video, "video", "video/webm"],
      [post.videoCaptions, "captions", "text/vtt"],
    ] as const) {
      expect(asset?.mimeType).toBe(mime);
      const sniffed = await sniffUpload(await readUpload(asset!.storagePath), use);
      expect(sniffed).toMatchObject({ ok: true, type: { mime } });
    }
  });

  it("uses every file it writes: a day later the sweep of unused uploads removes none of them", async () => {
    const { sweepUnusedUploads, UNUSED_AFTER_MS } = await import("@/lib/media/sweep");
    const before = await db.prisma.asset.count();
    const aDayLater = new Date(Date.now() + UNUSED_AFTER_MS + 60_000);
    expect(await sweepUnusedUploads(aDayLater, db.prisma)).toBe(0);
    expect(await db.prisma.asset.count()).toBe(before);
  });

  it("keeps titles that need HTML escaping verbatim", async () => {
    const post = await db.prisma.post.findFirstOrThrow({ where: { title: SPECIAL_TITLE } });
    expect(post.title).toBe('ผลการประชุม <ครั้งที่ 1> & สรุป "ข้อสั่งการ"');
    expect(post.status).toBe("PUBLISHED");
  });

  it("has the 00:30 event of 1 June 2565 on 1 June in Bangkok, and events this month", async () => {
    const night = await db.prisma.event.findMany({
      where: { startsAt: new Date("2022-05-31T17:30:00.000Z") },
    });
    expect(night).toHaveLength(1);
    expect(bangkokDay.format(night[0]!.startsAt)).toBe("2022-06-01");
    expect(bangkokTime.format(night[0]!.startsAt)).toBe("00:30");

    const all = await db.prisma.event.findMany();
    const month = bangkokDay.format(now).slice(0, 7);
    const today = bangkokDay.format(now);
    expect(all.filter((e) => bangkokDay.format(e.startsAt).startsWith(month)).length).toBeGreaterThanOrEqual(3);
    expect(all.some((e) => bangkokDay.format(e.startsAt) === today)).toBe(true);
    const crossesMonth = all.filter((e) => {
      if (!e.endsAt) return false;
      const lastDay = new Date(e.endsAt.getTime() - (e.allDay ? 1 : 0));
      return bangkokDay.format(e.startsAt).slice(0, 7) !== bangkokDay.format(lastDay).slice(0, 7);
    });
    expect(crossesMonth.length).toBeGreaterThanOrEqual(2);
    for (const e of all.filter((x) => x.allDay)) {
      expect(bangkokTime.format(e.startsAt)).toBe("00:00");
      expect(bangkokTime.format(e.endsAt!)).toBe("00:00");
    }
  });

  it("stores public holidays as dates", async () => {
    const h = await db.prisma.holiday.findUniqueOrThrow({ where: { date: new Date(Date.UTC(2022, 5, 3)) } });
    expect(h.name).toContain("สุทิดา");
    expect(
      await db.prisma.holiday.count({ where: { date: { gte: new Date(Date.UTC(2026, 0, 1)) } } }),
    ).toBeGreaterThanOrEqual(13);
  });
});

describe("seedDemo: election results", () => {
  it("holds the 2566 general election once, at the central office, with Chiang Rai and Phayao as its parts", async () => {
    const national = await db.prisma.election.findFirstOrThrow({
      where: { office: { isCentral: true }, slug: "general-election-2566" },
      include: { contests: true, parts: { include: { office: true, contests: true }, orderBy: { id: "asc" } } },
    });
    expect(national).toMatchObject({ published: true, nationalId: null, contests: [] });
    expect(national.parts.map((p) => [p.office.code, p.published, p.contests.length])).toEqual([
      ["chiangrai", true, 7],
      ["phayao", true, 3],
    ]);
  });

  const ge2566 = () =>
    db.prisma.election.findFirstOrThrow({
      // Chiang Rai's, the first of that name (the central office's and Phayao's come later).
      where: { slug: "general-election-2566" },
      orderBy: { id: "asc" },
      include: {
        contests: { include: { candidates: { orderBy: { number: "asc" } } }, orderBy: { sortOrder: "asc" } },
        posts: { include: { post: true } },
      },
    });

  it("has the Chiang Rai general election of 14 May 2566: seven official constituencies with the public figures", async () => {
    expect(result.elections).toBe(2);
    const e = await ge2566();
    expect(e.kind).toBe("MP");
    expect(e.published).toBe(true);
    expect(e.pollingDay.toISOString()).toBe("2023-05-13T17:00:00.000Z");
    expect(e.contests.map((c) => c.area)).toEqual(["เขต 1", "เขต 2", "เขต 3", "เขต 4", "เขต 5", "เขต 6", "เขต 7"]);
    expect(e.contests.every((c) => c.position === "ส.ส. แบบแบ่งเขต" && c.status === "OFFICIAL")).toBe(true);
    expect(e.contests.reduce((s, c) => s + c.registered, 0)).toBe(944019);
    expect(e.contests.reduce((s, c) => s + c.stations, 0)).toBe(1977);
    expect(e.contests.every((c) => c.stationsCounted === c.stations)).toBe(true);
    const d1 = e.contests[0]!;
    expect([d1.registered, d1.came, d1.valid, d1.invalid, d1.noVote]).toEqual([136865, 109475, 102861, 3628, 2985]);
    const d5 = e.contests[4]!;
    const top = [...d5.candidates].sort((a, b) => b.votes - a.votes);
    expect(top.slice(0, 2).map((c) => [c.number, c.party, c.votes])).toEqual([
      [6, "เพื่อไทย", 35162],
      [4, "ภูมิใจไทย", 27073],
    ]);
  });

  it("adds up every contest's candidate votes to its valid ballots; all 2566 names are marked samples", async () => {
    const e = await ge2566();
    for (const c of e.contests) {
      expect(
        c.candidates.reduce((s, x) => s + x.votes, 0),
        c.area,
      ).toBe(c.valid);
      expect(c.candidates.length, c.area).toBeGreaterThanOrEqual(4);
      expect(c.candidates.every((x) => x.isSample && x.name.includes("ตัวอย่าง") && x.votes >= 0)).toBe(true);
      // The real winner and runner-up stay first and second.
      const votes = c.candidates.map((x) => x.votes).sort((a, b) => b - a);
      expect(votes[1]!).toBeGreaterThan(votes[2]!);
    }
    const d7 = e.contests[6]!;
    expect(d7.candidates.find((c) => c.number === 9)).toMatchObject({ party: "เพื่อไทย", votes: 31588 });
    expect(d7.candidates.find((c) => c.number === 5)).toMatchObject({ party: "ก้าวไกล", votes: 25889 });
  });

  it("has the constituency 7 by-election of 14 Sep 2568 with the real candidates, linked to its result announcement", async () => {
    const e = await db.prisma.election.findFirstOrThrow({
      where: { slug: "by-election-district-7-2568" },
      include: {
        contests: { include: { candidates: { orderBy: { number: "asc" } } } },
        posts: { include: { post: true } },
      },
    });
    expect(e.published).toBe(true);
    expect(bangkokDay.format(e.pollingDay)).toBe("2025-09-14");
    expect(bangkokTime.format(e.pollingDay)).toBe("00:00");
    expect(e.contests).toHaveLength(1);
    const c = e.contests[0]!;
    expect([c.area, c.registered, c.came, c.valid, c.invalid, c.noVote, c.status]).toEqual([
      "เขต 7",
      133960,
      79288,
      65477,
      3072,
      10739,
      "OFFICIAL",
    ]);
    expect(c.candidates.map((x) => [x.number, x.name, x.party, x.votes, x.isSample])).toEqual([
      [1, "นายสง่า พรมเมือง", "เพื่อไทย", 45615, false],
      [2, "นายสุทัศน์ ยาละ", "ประชาชน", 19862, false],
    ]);
    expect(c.candidates.reduce((s, x) => s + x.votes, 0)).toBe(c.valid);
    expect(e.posts.map((p) => p.post.section)).toEqual(["ELECTION_RESULT", "ELECTION_RESULT"]);
    expect(e.posts.map((p) => p.post.slug)).toContain("by-election-district-7-2568-result");
    const ge = await ge2566();
    expect(ge.posts.map((p) => p.post.slug)).toContain("general-election-2566-results");
  });
});
