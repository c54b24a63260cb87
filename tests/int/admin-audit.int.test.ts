import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditEntries } from "@/lib/audit/queries";
import { fromBangkok } from "@/lib/thai-date";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { createStaff, type Staff } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

let db: TestDatabase;
let staff: Staff;

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  staff = await createStaff(db.prisma);
  const rows = [
    // 23:59 Bangkok on 31 May and 00:00 on 1 June: a day filter must split them on the Bangkok date.
    {
      at: fromBangkok(2022, 5, 31, 23, 59),
      userId: staff.admin.id,
      action: "settings.update",
      entity: "settings",
      entityId: "1",
      before: { phone: "1" },
      after: { phone: "2" },
    },
    {
      at: fromBangkok(2022, 6, 1, 0, 0),
      userId: staff.editor.id,
      action: "event.create",
      entity: "event",
      entityId: "7",
      after: { title: "ประชุม" },
    },
    {
      at: fromBangkok(2022, 6, 2, 12, 0),
      userId: staff.editor.id,
      action: "event.update",
      entity: "event",
      entityId: "7",
    },
    { at: fromBangkok(2022, 6, 3, 12, 0), userId: null, action: "auth.login_failed", entity: "auth" },
  ];
  for (const data of rows) await db.prisma.auditLog.create({ data });
  // A long history for paging.
  await db.prisma.auditLog.createMany({
    data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      at: fromBangkok(2021, 1, 1, 0, i),
      userId: staff.author.id,
      action: "post.update",
      entity: "post",
      entityId: String(i + 1),
    })),
  });
});

afterAll(async () => {
  useTestDatabase(undefined);
  await db.close();
});

describe("listAuditEntries", () => {
  it("newest first, with the actor's name, fifty a page", async () => {
    const first = await listAuditEntries({});
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 9);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ action: "auth.login_failed", userName: null });
    expect(first.rows[1]).toMatchObject({ action: "event.update", userName: staff.editor.name });
    const second = await listAuditEntries({}, 2);
    expect(second.rows).toHaveLength(9);
    // A page past the end shows the last page rather than nothing.
    expect((await listAuditEntries({}, 99)).page).toBe(2);
  });

  it("filters by entity, action and user", async () => {
    expect((await listAuditEntries({ entity: "event" })).rows.map((r) => r.action)).toEqual([
      "event.update",
      "event.create",
    ]);
    expect((await listAuditEntries({ action: "settings.update" })).rows).toHaveLength(1);
    expect((await listAuditEntries({ userId: staff.editor.id })).total).toBe(2);
    expect((await listAuditEntries({ userId: staff.author.id, entity: "event" })).total).toBe(0);
  });

  it("filters by Bangkok calendar days, inclusive, whatever the server's time zone", async () => {
    const june1 = await listAuditEntries({
      from: { year: 2022, month: 6, day: 1 },
      to: { year: 2022, month: 6, day: 1 },
    });
    expect(june1.rows.map((r) => r.action)).toEqual(["event.create"]);
    const may31 = await listAuditEntries({
      to: { year: 2022, month: 5, day: 31 },
      from: { year: 2022, month: 5, day: 31 },
    });
    expect(may31.rows.map((r) => r.action)).toEqual(["settings.update"]);
    expect((await listAuditEntries({ from: { year: 2022, month: 6, day: 2 } })).total).toBe(2);
  });

  it("offers the entities, actions and people that occur", async () => {
    const o = await auditFilterOptions();
    expect(o.entities).toEqual(["auth", "event", "post", "settings"]);
    expect(o.actions).toContain("event.create");
    expect(o.users.map((u) => u.name)).toContain(staff.editor.name);
  });
});
