import { beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE, type FormState } from "@/lib/admin/form-state";
import { updateOfficePage } from "@/lib/office/actions";
import { createExecutive, deleteExecutive, moveExecutive, updateExecutive } from "@/lib/office/executive-actions";
import { getExecutives, getOfficePage } from "@/lib/office/queries";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, redirectOf, sessionSwitch, snapshot, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

const revalidatePublic = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(() => {
  revalidatePublic.mockClear();
  session.as(null);
});

const version = async (key: "ABOUT" | "CONTACT" | "PRIVACY") =>
  (await db.prisma.officePage.findFirst({ where: { key } }))?.version ?? 0;
const audits = (action: string) => db.prisma.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

describe("office pages", () => {
  it("a fresh office shows the default title and an empty body", async () => {
    expect(await getOfficePage("PRIVACY")).toEqual({
      key: "PRIVACY",
      title: "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
      body: "",
      updatedAt: null,
    });
  });

  it("an editor's save is published, audited and refreshes the public pages; an admin's next save too", async () => {
    session.as(staff.editor);
    const s = await updateOfficePage(
      IDLE,
      form({ key: "ABOUT", version: 0, title: "เกี่ยวกับสำนักงาน", body: "<h2>ประวัติ</h2><p>ก่อตั้ง พ.ศ. 2541</p>" }),
    );
    expect(s).toMatchObject({ ok: true, values: { version: "1" } });
    expect(await getOfficePage("ABOUT")).toMatchObject({
      title: "เกี่ยวกับสำนักงาน",
      body: "<h2>ประวัติ</h2><p>ก่อตั้ง พ.ศ. 2541</p>",
    });
    expect(revalidatePublic).toHaveBeenCalledTimes(1);

    session.as(staff.admin);
    expect(
      await updateOfficePage(
        IDLE,
        form({ key: "ABOUT", version: 1, title: "เกี่ยวกับเรา", body: "<p>ก่อตั้ง พ.ศ. 2541</p>" }),
      ),
    ).toMatchObject({ ok: true });
    const row = await db.prisma.officePage.findFirstOrThrow({ where: { key: "ABOUT" } });
    expect(row).toMatchObject({ title: "เกี่ยวกับเรา", version: 2, updatedById: staff.admin.id });
    const entries = await audits("office_page.update");
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({
      userId: staff.admin.id,
      entity: "office_page",
      entityId: "ABOUT",
      before: { title: "เกี่ยวกับสำนักงาน" },
      after: { title: "เกี่ยวกับเรา" },
    });
  });

  it("refuses signed out and authors; nothing changes and nothing is refreshed", async () => {
    const v = await version("ABOUT");
    for (const who of [null, staff.author]) {
      session.as(who);
      const before = await snapshot(db.prisma);
      const s = await updateOfficePage(IDLE, form({ key: "ABOUT", version: v, title: "แอบแก้", body: "<p>แอบแก้</p>" }));
      expect(s).toMatchObject({ ok: false, message: who ? "คุณไม่มีสิทธิ์ทำรายการนี้" : "กรุณาเข้าสู่ระบบก่อน" });
      expect(await snapshot(db.prisma)).toEqual(before);
    }
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("two editors saving the same version: exactly one wins, the other gets a Thai message and keeps their text", async () => {
    const v = await version("CONTACT");
    session.as(staff.editor);
    const [a, b] = await Promise.all([
      updateOfficePage(IDLE, form({ key: "CONTACT", version: v, title: "ติดต่อ ก", body: "<p>ฉบับ ก</p>" })),
      updateOfficePage(IDLE, form({ key: "CONTACT", version: v, title: "ติดต่อ ข", body: "<p>ฉบับ ข</p>" })),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok) as FormState;
    expect(loser.conflict).toBe(true);
    expect(loser.message).toMatch(/มีผู้อื่นแก้ไขหน้านี้ไปแล้ว/);
    expect(loser.values?.body).toMatch(/ฉบับ [กข]/);
    const winner = results.find((r) => r.ok)!;
    expect((await getOfficePage("CONTACT")).title).toBe(winner.values?.title);
    expect(await db.prisma.auditLog.count({ where: { action: "office_page.update", entityId: "CONTACT" } })).toBe(1);
  });

  it("bad input gets Thai errors and changes nothing", async () => {
    session.as(staff.editor);
    const v = await version("ABOUT");
    for (const [fields, expected] of [
      [{ key: "ABOUT", version: v, title: "   ", body: "<p>x</p>" }, { fieldErrors: { title: ["กรุณากรอกชื่อหน้า"] } }],
      [
        { key: "ABOUT", version: v, title: "ก".repeat(201), body: "" },
        { fieldErrors: { title: ["ชื่อหน้ายาวได้ไม่เกิน 200 ตัวอักษร"] } },
      ],
      [
        { key: "ABOUT", version: v, title: "ก", body: "x".repeat(100_001) },
        { fieldErrors: { body: [expect.stringMatching(/เนื้อหายาวเกินไป/)] } },
      ],
      [{ key: "HOME", version: v, title: "ก", body: "" }, { message: "แบบฟอร์มไม่สมบูรณ์ โปรดโหลดหน้าใหม่" }],
      [{ key: "ABOUT", version: "abc", title: "ก", body: "" }, { message: "แบบฟอร์มไม่สมบูรณ์ โปรดโหลดหน้าใหม่" }],
    ] as const) {
      const before = await snapshot(db.prisma);
      expect(await updateOfficePage(IDLE, form(fields))).toMatchObject({ ok: false, ...expected });
      expect(await snapshot(db.prisma)).toEqual(before);
    }
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("strips scripts, event handlers, frames and javascript: links from the body", async () => {
    session.as(staff.editor);
    const body =
      '<p onclick="alert(1)">ข้อความ<script>alert(2)</script></p><iframe src="https://maps.example/embed"></iframe>' +
      '<a href="javascript:alert(3)">ลิงก์</a><a href="mailto:privacy@example.go.th">อีเมล</a><img src="https://tracker.example/p.gif">';
    const s = await updateOfficePage(
      IDLE,
      form({ key: "PRIVACY", version: await version("PRIVACY"), title: "นโยบาย", body }),
    );
    expect(s.ok).toBe(true);
    const stored = (await getOfficePage("PRIVACY")).body;
    expect(stored).not.toMatch(/script|onclick|iframe|javascript:|tracker|alert/);
    expect(stored).toContain('<a href="mailto:privacy@example.go.th">อีเมล</a>');
    expect(stored).toContain("<p>ข้อความ</p>");
  });
});

describe("executives", () => {
  const director = {
    name: "นายประเสริฐ ตัวอย่างดี",
    position: "ผู้อำนวยการสำนักงาน",
    phone: "053 150 100 ต่อ 101",
    email: "director@example.go.th",
    photoId: "",
  };

  it("editors add executives (audited, shown in order); authors and the signed out cannot", async () => {
    for (const who of [null, staff.author]) {
      session.as(who);
      const before = await snapshot(db.prisma);
      expect(await createExecutive(IDLE, form(director))).toMatchObject({ ok: false });
      expect(await snapshot(db.prisma)).toEqual(before);
    }
    session.as(staff.editor);
    expect(await redirectOf(createExecutive(IDLE, form(director)))).toBe("/admin/pages/executives?saved=created");
    expect(
      await redirectOf(
        createExecutive(IDLE, form({ ...director, name: "นางสาวพิมพ์ชนก สาธิตงาม", position: "รองผู้อำนวยการ", email: "" })),
      ),
    ).toMatch(/saved=created/);
    expect((await getExecutives()).map((e) => e.name)).toEqual(["นายประเสริฐ ตัวอย่างดี", "นางสาวพิมพ์ชนก สาธิตงาม"]);
    expect(await audits("executive.create")).toHaveLength(2);
    expect(revalidatePublic).toHaveBeenCalledTimes(2);
  });

  it("bad phone, e-mail, missing name or a photo that is not an image: Thai errors, nothing changes", async () => {
    session.as(staff.editor);
    const pdf = await db.prisma.asset.create({
      data: {
        kind: "FILE",
        fileName: "a.pdf",
        storagePath: `t/${Date.now()}.pdf`,
        mimeType: "application/pdf",
        size: 10,
        sha256: "x",
      },
    });
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ phone: "12345" }, "phone", /รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง/],
      [{ email: "director@" }, "email", /รูปแบบอีเมลไม่ถูกต้อง/],
      [{ name: " " }, "name", /กรุณากรอกชื่อ-นามสกุล/],
      [{ position: "" }, "position", /กรุณากรอกตำแหน่ง/],
      [{ photoId: String(pdf.id) }, "photoId", /ต้องเป็นไฟล์รูปภาพ/],
      [{ photoId: "999999" }, "photoId", /ไม่พบรูปภาพที่เลือก/],
      [{ photoId: "../1" }, "photoId", /รูปภาพไม่ถูกต้อง/],
    ];
    const row = await db.prisma.executive.findFirstOrThrow();
    for (const [change, field, message] of cases) {
      const before = await snapshot(db.prisma);
      const created = (await createExecutive(IDLE, form({ ...director, ...change }))) as FormState;
      expect(created.fieldErrors?.[field]?.[0]).toMatch(message);
      const updated = await updateExecutive(IDLE, form({ ...director, ...change, id: row.id, version: row.version }));
      expect(updated.fieldErrors?.[field]?.[0]).toMatch(message);
      expect(await snapshot(db.prisma)).toEqual(before);
    }
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("two editors updating the same executive: exactly one wins", async () => {
    session.as(staff.editor);
    const row = await db.prisma.executive.findFirstOrThrow({ orderBy: { id: "asc" } });
    const results = await Promise.all(
      ["053 150 100 ต่อ 111", "053 150 100 ต่อ 222"].map((phone) =>
        updateExecutive(IDLE, form({ ...director, phone, id: row.id, version: row.version })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ conflict: true, message: expect.stringMatching(/มีผู้อื่นแก้ไข/) });
    expect((await db.prisma.executive.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(row.version + 1);
  });

  it("reorders with up/down (audited), refuses a stale move and moving past the ends", async () => {
    session.as(staff.editor);
    const [first, second] = await db.prisma.executive.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
    expect(await moveExecutive(IDLE, form({ id: first!.id, version: first!.version, direction: "up" }))).toMatchObject({
      ok: false,
      message: "รายการนี้อยู่ลำดับแรกแล้ว",
    });
    expect(
      await moveExecutive(IDLE, form({ id: second!.id, version: second!.version, direction: "up" })),
    ).toMatchObject({ ok: true });
    expect((await getExecutives()).map((e) => e.id)).toEqual([second!.id, first!.id]);
    expect(await audits("executive.move")).toHaveLength(1);
    // The same click again, from a page that still shows the old version: refused, nothing moves.
    const before = await snapshot(db.prisma);
    expect(
      await moveExecutive(IDLE, form({ id: second!.id, version: second!.version, direction: "down" })),
    ).toMatchObject({ ok: false, conflict: true });
    expect(await moveExecutive(IDLE, form({ id: second!.id, version: 1, direction: "sideways" }))).toMatchObject({
      ok: false,
    });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("deletes with the current version only; authors cannot", async () => {
    const row = await db.prisma.executive.findFirstOrThrow({ orderBy: { id: "desc" } });
    session.as(staff.author);
    const before = await snapshot(db.prisma);
    expect(await deleteExecutive(IDLE, form({ id: row.id, version: row.version }))).toMatchObject({
      ok: false,
      message: "คุณไม่มีสิทธิ์ทำรายการนี้",
    });
    session.as(staff.editor);
    expect(await deleteExecutive(IDLE, form({ id: row.id, version: row.version + 5 }))).toMatchObject({
      ok: false,
      conflict: true,
    });
    expect(await snapshot(db.prisma)).toEqual(before);
    expect(await redirectOf(deleteExecutive(IDLE, form({ id: row.id, version: row.version })))).toBe(
      "/admin/pages/executives?saved=deleted",
    );
    expect(await db.prisma.executive.findUnique({ where: { id: row.id } })).toBeNull();
    expect((await audits("executive.delete"))[0]).toMatchObject({
      entityId: String(row.id),
      before: { name: row.name },
    });
  });
});
