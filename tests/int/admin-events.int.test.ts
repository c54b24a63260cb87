import { beforeEach, describe, expect, it, vi } from "vitest";
import { createEvent, deleteEvent, updateEvent } from "@/lib/calendar/actions";
import { getEventsBetween } from "@/lib/calendar/queries";
import { IDLE } from "@/lib/admin/form-state";
import { dayKeyOf, fromBangkok } from "@/lib/thai-date";
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

const june1 = {
  title: "ประชุมคณะทำงาน",
  location: "ห้องประชุม 1",
  description: "",
  published: "on",
  startDate: "2022-06-01",
  startTime: "00:30",
};

async function eventAs(title = "x") {
  return db.prisma.event.create({
    data: { title, startsAt: fromBangkok(2022, 6, 1, 0, 30), createdById: staff.editor.id },
  });
}

describe("event actions refuse without a session or with too low a role", () => {
  it("signed out and as an author: create, update and delete change nothing", async () => {
    const existing = await eventAs();
    for (const who of [null, staff.author]) {
      session.as(who);
      const before = await snapshot(db.prisma);
      const created = await createEvent(IDLE, form(june1));
      const updated = await updateEvent(
        IDLE,
        form({ ...june1, id: existing.id, version: existing.version, title: "แก้" }),
      );
      const deleted = await deleteEvent(IDLE, form({ id: existing.id, version: existing.version }));
      for (const s of [created, updated, deleted]) {
        expect(s.ok).toBe(false);
        expect(s.message).toBe(who ? "คุณไม่มีสิทธิ์ทำรายการนี้" : "กรุณาเข้าสู่ระบบก่อน");
      }
      expect(await snapshot(db.prisma)).toEqual(before);
      expect(revalidatePublic).not.toHaveBeenCalled();
    }
  });
});

describe("createEvent / updateEvent / deleteEvent as an editor", () => {
  it("creates an event at 00:30 on 1 June Bangkok that the public calendar puts on 1 June, with an audit entry", async () => {
    session.as(staff.editor);
    const to = await redirectOf(createEvent(IDLE, form(june1)));
    expect(to).toMatch(/^\/admin\/events\/\d+\?saved=created$/);
    const id = Number(/events\/(\d+)/.exec(to)![1]);
    const row = await db.prisma.event.findUniqueOrThrow({ where: { id } });
    expect(row.startsAt.toISOString()).toBe("2022-05-31T17:30:00.000Z");
    expect(dayKeyOf(row.startsAt)).toEqual({ year: 2022, month: 6, day: 1 });
    expect(row.createdById).toBe(staff.editor.id);

    const june = await getEventsBetween(fromBangkok(2022, 6, 1), fromBangkok(2022, 7, 1));
    expect(june.map((e) => e.id)).toContain(id);
    const may = await getEventsBetween(fromBangkok(2022, 5, 1), fromBangkok(2022, 6, 1));
    expect(may.map((e) => e.id)).not.toContain(id);

    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entity: "event", entityId: String(id), action: "event.create" },
    });
    expect(entry.userId).toBe(staff.editor.id);
    expect(entry.after).toMatchObject({ title: june1.title, startsAt: "2022-05-31T17:30:00.000Z", allDay: false });
    expect(revalidatePublic).toHaveBeenCalledTimes(1);
  });

  it("stores an all-day span as 00:00 Bangkok to 00:00 of the day after the last day", async () => {
    session.as(staff.admin);
    const to = await redirectOf(
      createEvent(
        IDLE,
        form({ ...june1, allDay: "on", startDate: "2022-06-01", endDate: "2022-06-02", startTime: "" }),
      ),
    );
    const row = await db.prisma.event.findUniqueOrThrow({ where: { id: Number(/events\/(\d+)/.exec(to)![1]) } });
    expect(row.allDay).toBe(true);
    expect(row.startsAt.toISOString()).toBe("2022-05-31T17:00:00.000Z");
    expect(row.endsAt?.toISOString()).toBe("2022-06-02T17:00:00.000Z");
  });

  it("refuses bad input with Thai field errors, keeping what was typed, and writes nothing", async () => {
    session.as(staff.editor);
    const before = await snapshot(db.prisma);
    const s = await createEvent(IDLE, form({ ...june1, title: "", endDate: "2022-05-31", endTime: "10:00" }));
    expect(s.ok).toBe(false);
    expect(s.fieldErrors?.title).toEqual(["กรุณากรอกชื่อกิจกรรม"]);
    expect(s.values?.location).toBe("ห้องประชุม 1");
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("updates with the version it started from; a stale version is refused and keeps the typed values", async () => {
    session.as(staff.editor);
    const e = await eventAs();
    const first = await updateEvent(
      IDLE,
      form({ ...june1, id: e.id, version: e.version, title: "ฉบับแรก", location: "ศาลากลาง" }),
    );
    expect(first).toMatchObject({ ok: true });
    expect(first.values?.version).toBe(String(e.version + 1));

    const afterFirst = await snapshot(db.prisma);
    const stale = await updateEvent(IDLE, form({ ...june1, id: e.id, version: e.version, title: "ฉบับที่สองที่ช้ากว่า" }));
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(stale.message).toMatch(/มีผู้อื่นแก้ไข/);
    expect(stale.values?.title).toBe("ฉบับที่สองที่ช้ากว่า");
    expect(await snapshot(db.prisma)).toEqual(afterFirst);

    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: String(e.id), action: "event.update" },
    });
    expect(entry.before).toMatchObject({ title: "x", location: "" });
    expect(entry.after).toMatchObject({ title: "ฉบับแรก", location: "ศาลากลาง" });
    // Unchanged fields are not in the entry.
    expect(entry.after).not.toHaveProperty("startsAt");
  });

  it("deletes only at the current version, with the deleted event in the audit entry", async () => {
    session.as(staff.editor);
    const e = await eventAs();
    await db.prisma.event.update({ where: { id: e.id }, data: { version: { increment: 1 } } });
    const stale = await deleteEvent(IDLE, form({ id: e.id, version: e.version }));
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(await db.prisma.event.count({ where: { id: e.id } })).toBe(1);

    expect(await redirectOf(deleteEvent(IDLE, form({ id: e.id, version: e.version + 1 })))).toBe(
      "/admin/events?month=2565-06&saved=deleted",
    );
    expect(await db.prisma.event.count({ where: { id: e.id } })).toBe(0);
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: String(e.id), action: "event.delete" },
    });
    expect(entry.before).toMatchObject({ title: "x" });
  });

  it("XSS strings are stored as plain text", async () => {
    session.as(staff.editor);
    const xss = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const to = await redirectOf(createEvent(IDLE, form({ ...june1, title: xss, description: xss, location: xss })));
    const row = await db.prisma.event.findUniqueOrThrow({ where: { id: Number(/events\/(\d+)/.exec(to)![1]) } });
    expect([row.title, row.description, row.location]).toEqual([xss, xss, xss]);
  });
});
