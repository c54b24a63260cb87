// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { updateSettings } from "@/lib/settings/actions";
import { getSiteSettings } from "@/lib/settings/queries";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// Two admins save the settings of a fresh office at the same moment: neither has a row to update,
// both try to create it. The other admin's insert is held open until ours is waiting on it, so
// the race happens every run, not by chance.

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();
useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

const fields = {
  officeName: "สำนักงาน กกต. เชียงราย",
  officeShortName: "กกต. เชียงราย",
  province: "เชียงราย",
  hotline: "1444",
  copyrightStartYear: "2559",
};

async function someoneWaitsOnALock(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const rows = await db.prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (Number(rows[0]!.n) > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the second save never waited for the first");
}

// PGlite has one connection, so transactions there never overlap: this runs on a PostgreSQL server.
it.skipIf(!process.env.DATABASE_URL)(
  "the second first-save gets the Thai conflict message instead of an error, and the first admin's settings stand",
  async () => {
    session.as(staff.admin);
    let release!: () => void;
    let inserted!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const insertedNow = new Promise<void>((r) => (inserted = r));
    const other = db.prisma.$transaction(
      async (tx) => {
        await tx.siteSettings.create({ data: { ...fields, copyrightStartYear: 2559, phone: "053 111 111" } });
        inserted();
        await held;
      },
      { timeout: 20_000 },
    );
    await insertedNow;
    const ours = updateSettings(IDLE, form({ ...fields, phone: "053 222 222", version: 0 }));
    await someoneWaitsOnALock();
    release();
    await other;
    const result = await ours;
    expect(result).toMatchObject({ ok: false, conflict: true, values: { phone: "053 222 222" } });
    expect(result.message).toMatch(/ผู้อื่น/);
    expect((await getSiteSettings()).phone).toBe("053 111 111");
    expect(await db.prisma.auditLog.count({ where: { action: "settings.update" } })).toBe(0);
  },
);
