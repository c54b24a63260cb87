import type { Role } from "@/lib/generated/prisma/enums";
import { toBangkokParts } from "@/lib/thai-date";
import type { TestDatabase } from "./db";
import { by7Form, createBy7 } from "./election-fixtures";
import { form, type sessionSwitch, type Staff } from "./manage-fixtures";
import { makePost, postForm } from "./post-fixtures";
import { disclosureFields, makeFileAsset } from "./procurement-fixtures";

// The attack suite's table of server actions (tests/int/attack-suite.int.test.ts): for each, the
// lowest role allowed to call it and how to set up a call that role would carry out. A new
// "use server" export without an entry here fails the suite's first test.

export type Case = {
  /** The lowest role allowed to call it. */
  min: Role;
  /** Only a platform administrator may call it (min is then ADMIN, and an office's admin is refused too). */
  platform?: boolean;
  /** Creates what the call needs and returns a form the lowest allowed role would carry out. */
  setup: () => Promise<FormData>;
};

/** What the cases' set-ups use; read when a set-up runs (after the suite's beforeAll). */
export type AttackContext = {
  readonly db: TestDatabase;
  readonly staff: Staff;
  readonly session: ReturnType<typeof sessionSwitch>;
};

const IDLE = {};

/** An event form the calendar actions accept. */
export const june1 = {
  title: "ประชุม",
  description: "",
  location: "",
  published: "on",
  startDate: "2022-06-01",
  startTime: "09:00",
};

export function bangkokInput(minutes: number): string {
  const p = toBangkokParts(new Date(Date.now() + minutes * 60_000));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

export function attackCases(t: AttackContext): Record<string, Case> {
  async function pendingDraftOf(authorId: number) {
    const post = await makePost(t.db.prisma, { authorId, status: "PUBLISHED" });
    t.session.as(t.staff.author);
    const { savePost } = await import("@/lib/posts/actions/save");
    const s = (await savePost(IDLE, postForm({ id: post.id, version: 1, title: "ฉบับแก้" }))) as { version: number };
    t.session.as(null);
    return { id: post.id, version: s.version };
  }

  async function withRevisions(authorId: number) {
    const post = await makePost(t.db.prisma, { authorId });
    t.session.as(t.staff.author);
    const { savePost } = await import("@/lib/posts/actions/save");
    const s = (await savePost(IDLE, postForm({ id: post.id, version: 1, title: "ฉบับสอง" }))) as { version: number };
    t.session.as(null);
    const revision = await t.db.prisma.postRevision.findFirstOrThrow({
      where: { postId: post.id },
      orderBy: { id: "asc" },
    });
    return { id: post.id, version: s.version, revisionId: revision.id };
  }

  // The by-election's contest declared official by a results file.
  const BY7_CSV = [
    "position,area,registered,stations,stations_counted,came,valid,invalid,no_vote,status,number,name,party,votes",
    "ส.ส. แบบแบ่งเขต,เขต 7,133960,281,281,79288,65477,3072,10739,OFFICIAL,1,นายสง่า พรมเมือง,เพื่อไทย,45615",
    "ส.ส. แบบแบ่งเขต,เขต 7,133960,281,281,79288,65477,3072,10739,OFFICIAL,2,นายสุทัศน์ ยาละ,ประชาชน,19862",
  ].join("\n");

  async function newDisclosure() {
    const file = await makeFileAsset(t.db.prisma);
    return t.db.prisma.procurementDisclosure.create({
      data: {
        fiscalYear: 2569,
        kind: "RESULT",
        title: "ประกาศผู้ชนะการเสนอราคา",
        documentDate: new Date("2026-03-26T17:00:00Z"),
        fileId: file.id,
      },
    });
  }

  async function freshUser(active = true) {
    const email = `u-${Date.now()}-${Math.random().toString(36).slice(2)}@test.go.th`;
    return t.db.prisma.user.create({ data: { email, name: "ผู้ใช้", role: "AUTHOR", passwordHash: "!", active } });
  }

  const cases: Record<string, Case> = {
    "lib/posts/actions/save#savePost": { min: "AUTHOR", setup: async () => postForm({ title: "ข่าวใหม่" }) },
    "lib/posts/actions/workflow#submitForReview": {
      min: "AUTHOR",
      setup: async () => form({ id: (await makePost(t.db.prisma, { authorId: t.staff.author.id })).id, version: 1 }),
    },
    "lib/posts/actions/workflow#deletePost": {
      min: "AUTHOR",
      setup: async () => form({ id: (await makePost(t.db.prisma, { authorId: t.staff.author.id })).id, version: 1 }),
    },
    "lib/posts/actions/workflow#discardDraft": {
      min: "AUTHOR",
      setup: async () => form(await pendingDraftOf(t.staff.author.id)),
    },
    "lib/posts/actions/revisions#restoreRevision": {
      min: "AUTHOR",
      setup: async () => form(await withRevisions(t.staff.author.id)),
    },
    "lib/posts/actions/workflow#returnToAuthor": {
      min: "EDITOR",
      setup: async () =>
        form({
          id: (await makePost(t.db.prisma, { authorId: t.staff.author.id, status: "IN_REVIEW" })).id,
          version: 1,
          note: "แก้ชื่อเรื่อง",
        }),
    },
    "lib/posts/actions/workflow#publishPost": {
      min: "EDITOR",
      setup: async () =>
        form({
          id: (await makePost(t.db.prisma, { authorId: t.staff.author.id, status: "IN_REVIEW" })).id,
          version: 1,
        }),
    },
    "lib/posts/actions/workflow#schedulePost": {
      min: "EDITOR",
      setup: async () =>
        form({
          id: (await makePost(t.db.prisma, { authorId: t.staff.author.id, status: "IN_REVIEW" })).id,
          version: 1,
          scheduledAt: bangkokInput(90),
        }),
    },
    "lib/posts/actions/workflow#unschedulePost": {
      min: "EDITOR",
      setup: async () => {
        const p = await makePost(t.db.prisma, {
          authorId: t.staff.author.id,
          status: "SCHEDULED",
          scheduledAt: new Date(Date.now() + 3_600_000),
        });
        return form({ id: p.id, version: 1 });
      },
    },
    "lib/posts/actions/workflow#withdrawPost": {
      min: "EDITOR",
      setup: async () =>
        form({
          id: (await makePost(t.db.prisma, { authorId: t.staff.author.id, status: "PUBLISHED" })).id,
          version: 1,
          reason: "ข้อมูลคลาดเคลื่อน",
        }),
    },
    "lib/calendar/actions#createEvent": { min: "EDITOR", setup: async () => form(june1) },
    "lib/calendar/actions#updateEvent": {
      min: "EDITOR",
      setup: async () => {
        const e = await t.db.prisma.event.create({
          data: { title: "เดิม", startsAt: new Date("2022-06-01T02:00:00Z") },
        });
        return form({ ...june1, id: e.id, version: e.version, title: "แก้" });
      },
    },
    "lib/calendar/actions#deleteEvent": {
      min: "EDITOR",
      setup: async () => {
        const e = await t.db.prisma.event.create({ data: { title: "ลบ", startsAt: new Date("2022-06-01T02:00:00Z") } });
        return form({ id: e.id, version: e.version });
      },
    },
    "lib/settings/actions#updateSettings": {
      min: "ADMIN",
      setup: async () => {
        const { getSettingsForEdit } = await import("@/lib/settings/admin-queries");
        const { values, version } = await getSettingsForEdit();
        return form({
          ...values,
          officeName: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย",
          province: "เชียงราย",
          phone: "053 150 100",
          version,
        });
      },
    },
    "lib/users/actions#createUser": {
      min: "ADMIN",
      setup: async () =>
        form({
          name: "ผู้ใช้ใหม่",
          email: `new-${Date.now()}-${Math.random().toString(36).slice(2)}@test.go.th`,
          role: "ADMIN",
        }),
    },
    "lib/users/actions#changeRole": {
      min: "ADMIN",
      setup: async () => form({ id: (await freshUser()).id, role: "ADMIN" }),
    },
    "lib/users/actions#deactivateUser": { min: "ADMIN", setup: async () => form({ id: (await freshUser()).id }) },
    "lib/users/actions#reactivateUser": { min: "ADMIN", setup: async () => form({ id: (await freshUser(false)).id }) },
    "lib/users/actions#resetPassword": { min: "ADMIN", setup: async () => form({ id: (await freshUser()).id }) },
    "lib/users/actions#signOutUserEverywhere": {
      min: "ADMIN",
      setup: async () => form({ id: (await freshUser()).id }),
    },
    "lib/users/actions#unlockSignIn": { min: "ADMIN", setup: async () => form({ id: (await freshUser()).id }) },
    "lib/elections/actions#createElection": {
      min: "EDITOR",
      setup: async () => form({ kind: "PAO_CHIEF", title: "เลือกตั้งนายก อบจ. เชียงราย", pollingDate: "2028-03-05" }),
    },
    "lib/elections/actions#updateElection": {
      min: "EDITOR",
      setup: async () => {
        const e = await createBy7(t.db.prisma);
        return form({
          id: e.id,
          version: e.version,
          kind: "MP",
          title: "เลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง เขต 7",
          pollingDate: "2025-09-14",
        });
      },
    },
    "lib/elections/actions#saveContest": {
      min: "EDITOR",
      setup: async () => {
        const c = (await createBy7(t.db.prisma)).contests[0]!;
        return form(by7Form(c, { status: "OFFICIAL" }));
      },
    },
    "lib/elections/import-actions#previewImport": {
      min: "EDITOR",
      setup: async () => form({ electionId: (await createBy7(t.db.prisma)).id, csv: BY7_CSV }),
    },
    "lib/elections/import-actions#applyImport": {
      min: "EDITOR",
      setup: async () => {
        const e = await createBy7(t.db.prisma);
        const { previewImport } = await import("@/lib/elections/import-actions");
        t.session.as(t.staff.editor);
        const p = (await previewImport({}, form({ electionId: e.id, csv: BY7_CSV }))) as {
          csv?: string;
          seen?: string;
        };
        t.session.as(null);
        return form({ electionId: e.id, csv: p.csv, seen: p.seen });
      },
    },
    "lib/elections/import-actions#runImport": {
      min: "EDITOR",
      setup: async () => {
        const fd = await cases["lib/elections/import-actions#applyImport"]!.setup();
        fd.set("intent", "apply");
        return fd;
      },
    },
    "lib/office/actions#updateOfficePage": {
      min: "EDITOR",
      setup: async () => {
        const row = await t.db.prisma.officePage.findFirst({ where: { key: "ABOUT" } });
        return form({ key: "ABOUT", version: row?.version ?? 0, title: "เกี่ยวกับสำนักงาน", body: "<p>ประวัติสำนักงาน</p>" });
      },
    },
    "lib/office/executive-actions#createExecutive": {
      min: "EDITOR",
      setup: async () =>
        form({
          name: "นายประเสริฐ ตัวอย่างดี",
          position: "ผู้อำนวยการสำนักงาน",
          phone: "053 150 100",
          email: "director@example.go.th",
          photoId: "",
        }),
    },
    "lib/office/executive-actions#updateExecutive": {
      min: "EDITOR",
      setup: async () => {
        const e = await t.db.prisma.executive.create({ data: { name: "เดิม", position: "รองผู้อำนวยการ" } });
        return form({
          id: e.id,
          version: e.version,
          name: "แก้แล้ว",
          position: "รองผู้อำนวยการ",
          phone: "",
          email: "",
          photoId: "",
        });
      },
    },
    "lib/office/executive-actions#deleteExecutive": {
      min: "EDITOR",
      setup: async () => {
        const e = await t.db.prisma.executive.create({ data: { name: "ลบ", position: "หัวหน้ากลุ่มงาน" } });
        return form({ id: e.id, version: e.version });
      },
    },
    "lib/office/executive-actions#moveExecutive": {
      min: "EDITOR",
      setup: async () => {
        await t.db.prisma.executive.create({ data: { name: "คนแรก", position: "ผู้อำนวยการ", sortOrder: -20 } });
        const e = await t.db.prisma.executive.create({
          data: { name: "คนที่สอง", position: "รองผู้อำนวยการ", sortOrder: -10 },
        });
        return form({ id: e.id, version: e.version, direction: "up" });
      },
    },
    "lib/procurement/actions#createDisclosure": {
      min: "EDITOR",
      // A kind without a month: every allowed call adds one, and months are unique per fiscal year.
      setup: async () => form(disclosureFields((await makeFileAsset(t.db.prisma)).id, { kind: "RESULT", month: "" })),
    },
    "lib/procurement/actions#updateDisclosure": {
      min: "EDITOR",
      setup: async () => {
        const d = await newDisclosure();
        return form({
          ...disclosureFields(d.fileId, { kind: "RESULT", month: "", title: "แก้ไขแล้ว" }),
          id: d.id,
          version: d.version,
        });
      },
    },
    "lib/procurement/actions#deleteDisclosure": {
      min: "EDITOR",
      setup: async () => {
        const d = await newDisclosure();
        return form({ id: d.id, version: d.version, confirm: "on" });
      },
    },
    "lib/users/account-actions#changeOwnPassword": {
      min: "AUTHOR",
      setup: async () => {
        const { hashPassword } = await import("@/lib/auth/password");
        await t.db.prisma.user.update({
          where: { id: t.staff.author.id },
          data: { passwordHash: await hashPassword("รหัสผ่านเดิมของผู้เขียน") },
        });
        return form({ current: "รหัสผ่านเดิมของผู้เขียน", next: "รหัสผ่านใหม่ที่ยาวพอ 2569", confirm: "รหัสผ่านใหม่ที่ยาวพอ 2569" });
      },
    },
    "lib/users/account-actions#signOutEverywhere": { min: "AUTHOR", setup: async () => form({}) },
    "lib/posts/actions/central-pins#setCentralPin": {
      min: "EDITOR",
      setup: async () => {
        const central = await t.db.prisma.office.findUniqueOrThrow({ where: { code: "ect" } });
        const post = await t.db.prisma.post.create({
          data: {
            officeId: central.id,
            status: "PUBLISHED",
            title: "ข่าวส่วนกลาง",
            section: "PRESS_RELEASE",
            publishedAt: new Date(),
          },
        });
        return form({ postId: post.id, pin: "1" });
      },
    },
    "lib/offices/office-actions#createOffice": {
      min: "ADMIN",
      platform: true,
      setup: async () => {
        const code = `new${Math.random()
          .toString(36)
          .slice(2, 8)
          .replace(/[^a-z]/g, "x")}`;
        return form({ code, nameTh: "สำนักงานใหม่", nameEn: "New office", province: "ใหม่", provinceEn: "New" });
      },
    },
    "lib/offices/host-actions#addOfficeHost": {
      min: "ADMIN",
      platform: true,
      setup: async () => form({ office: "nan", host: `nan-${Math.random().toString(36).slice(2, 8)}.example.go.th` }),
    },
    "lib/offices/host-actions#removeOfficeHost": {
      min: "ADMIN",
      platform: true,
      setup: async () => {
        const nan = await t.db.prisma.office.findUniqueOrThrow({ where: { code: "nan" } });
        const host = `old-${Math.random().toString(36).slice(2, 8)}.example.go.th`;
        await t.db.prisma.officeHost.create({ data: { host, officeId: nan.id } });
        return form({ host });
      },
    },
  };

  return cases;
}
