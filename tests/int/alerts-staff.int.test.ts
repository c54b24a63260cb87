import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as exportRoute } from "@/app/api/admin/alerts/export/route";
import { alertStats, alertTrouble } from "@/lib/alerts/staff";
import { alertCleanup } from "@/lib/alerts/tasks";
import type { TestDatabase } from "@/tests/helpers/db";
import { sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

// What staff see of e-mail alerts: counts per section, sending trouble, and the admins' export.

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

useStaffTestDatabase(session, async (d, s) => {
  db = d;
  staff = s;
  const confirmedAt = new Date("2026-11-02T02:00:00Z");
  await db.prisma.subscriber.createMany({
    data: [
      { email: "a@example.com", sections: ["PRESS_RELEASE", "ANNOUNCEMENT"], mode: "IMMEDIATE", confirmedAt },
      { email: "b@example.com", sections: ["PRESS_RELEASE"], mode: "DAILY", confirmedAt },
      { email: "=cmd@example.com", sections: ["OTHER"], mode: "IMMEDIATE", confirmedAt },
      // Not counted: unconfirmed, and unsubscribed.
      {
        email: "c@example.com",
        pendingSections: ["PRESS_RELEASE"],
        pendingMode: "IMMEDIATE",
        confirmExpiresAt: new Date("2099-01-01"),
      },
      { email: "d@example.com", sections: ["PRESS_RELEASE"], confirmedAt, unsubscribedAt: confirmedAt },
    ],
  });
  const a = await db.prisma.subscriber.findFirstOrThrow({ where: { email: "a@example.com" } });
  await db.prisma.alertDelivery.createMany({
    data: [
      {
        subscriberId: a.id,
        kind: "POST",
        key: "post:1",
        status: "FAILED",
        attempts: 10,
        lastError: "550 mailbox unavailable",
      },
      {
        subscriberId: a.id,
        kind: "POST",
        key: "post:2",
        status: "PENDING",
        attempts: 2,
        lastError: "connect ECONNREFUSED",
      },
      { subscriberId: a.id, kind: "POST", key: "post:3", status: "SENT", attempts: 1, sentAt: new Date() },
    ],
  });
});

beforeEach(() => session.as(null));

const exportRequest = (origin = "http://localhost:3000") =>
  new Request("http://localhost:3000/api/admin/alerts/export", {
    method: "POST",
    headers: { origin, host: "localhost:3000" },
  });

describe("subscriber counts", () => {
  it("counts confirmed, current subscribers per section and mode; sending trouble is reported", async () => {
    const stats = await alertStats();
    expect(stats.active).toBe(3);
    expect(stats.awaitingConfirmation).toBe(1);
    expect(stats.unsubscribed).toBe(1);
    const row = (key: string) => stats.bySection.find((s) => s.key === key);
    expect(row("PRESS_RELEASE")).toMatchObject({ label: "ข่าวประชาสัมพันธ์", immediate: 1, daily: 1 });
    expect(row("ANNOUNCEMENT")).toMatchObject({ immediate: 1, daily: 0 });
    expect(row("PROCUREMENT")).toMatchObject({ immediate: 0, daily: 0 });
    expect(stats).toMatchObject({ failedTotal: 1, retrying: 1, sentLastWeek: 1, waiting: 1 });
    expect(stats.failed.map((f) => f.error)).toEqual(["connect ECONNREFUSED", "550 mailbox unavailable"]);
    expect(await alertTrouble()).toEqual({ failed: 1, retrying: 1 });
  });
});

describe("exporting the list", () => {
  it("is refused to editors and to the signed-out, and to another site's form; nothing is audited", async () => {
    expect((await exportRoute(exportRequest())).status).toBe(401);
    session.as(staff.editor);
    const refused = await exportRoute(exportRequest());
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("เฉพาะผู้ดูแลระบบส่งออกรายชื่อผู้รับข่าวได้");
    session.as(staff.admin);
    expect((await exportRoute(exportRequest("https://evil.example"))).status).toBe(403);
    expect(await db.prisma.auditLog.count({ where: { action: "alerts.export" } })).toBe(0);
  });

  it("gives admins a Thai CSV of current subscribers and writes the export to the audit log", async () => {
    session.as(staff.admin);
    const res = await exportRoute(exportRequest());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="subscribers-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toEqual([
      "อีเมล,หมวดข่าว,รับข่าว,ยืนยันเมื่อ",
      // A cell that starts like a formula is kept as text.
      "'=cmd@example.com,อื่นๆ,ทันทีที่เผยแพร่,2 พ.ย. 2569 เวลา 09.00 น.",
      'a@example.com,"ข่าวประกาศ, ข่าวประชาสัมพันธ์",ทันทีที่เผยแพร่,2 พ.ย. 2569 เวลา 09.00 น.',
      "b@example.com,ข่าวประชาสัมพันธ์,สรุปรายวัน เวลา 08.00 น.,2 พ.ย. 2569 เวลา 09.00 น.",
    ]);
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "alerts.export" } });
    expect(entry).toMatchObject({ userId: staff.admin.id, entity: "alerts", after: { count: 3, format: "csv" } });
  });
});

describe("addresses are kept only while used (PDPA)", () => {
  it("deletes, after 30 days, ended subscriptions and confirmations never followed; keeps the rest", async () => {
    const day = 86_400_000;
    const now = new Date("2030-01-31T00:00:00Z");
    const at = (days: number) => new Date(now.getTime() - days * day);
    await db.prisma.subscriber.createMany({
      data: [
        { email: "ended.long.ago@example.com", confirmedAt: at(100), unsubscribedAt: at(31) },
        { email: "ended.lately@example.com", confirmedAt: at(100), unsubscribedAt: at(29) },
        { email: "never.confirmed@example.com", confirmExpiresAt: at(31), pendingMode: "DAILY" },
        { email: "still.deciding@example.com", confirmExpiresAt: at(-3), pendingMode: "DAILY" },
      ],
    });
    const before = await db.prisma.subscriber.count();
    const removed = await alertCleanup(now);
    const left = (await db.prisma.subscriber.findMany({ select: { email: true } })).map((s) => s.email);
    expect(left).toHaveLength(before - removed);
    // The set-up's d@example.com ended in 2026: gone too.
    expect(left).not.toContain("d@example.com");
    expect(left).not.toContain("ended.long.ago@example.com");
    expect(left).not.toContain("never.confirmed@example.com");
    expect(left).toEqual(
      expect.arrayContaining(["ended.lately@example.com", "still.deciding@example.com", "a@example.com"]),
    );
  });
});
