// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { unlockSignIn } from "@/lib/users/actions";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

// The sign-in lock, attacked the way a stranger who knows a staff e-mail address would (they are
// public on the About and contact pages): wrong passwords from one address, or spread over many.

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

async function person(email: string, password: string, role: "ADMIN" | "EDITOR" | "AUTHOR") {
  return db.prisma.user.create({
    data: { email, name: `ผู้ใช้ ${email.split("@")[0]}`, role, passwordHash: await hashPassword(password) },
  });
}

describe("wrong passwords from a stranger never lock the real person out", () => {
  // The clock the sign-in throttle is given; it starts at the real time, which the admin's own
  // sign-in (on the system clock) also uses.
  let t = Date.now();
  const sleeps: number[] = [];
  const clock = { now: () => new Date(t), sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)) };
  const attempt = (email: string, password: string, address: string) =>
    signInWithPassword({ email, password, address }, { prisma: db.prisma, clock });
  beforeEach(async () => {
    await db.prisma.loginAttempt.deleteMany();
    t = Date.now();
    sleeps.length = 0;
  });

  it("fifty wrong passwords from address A: the right one from B gets in at once; A stays locked out of that account", async () => {
    const u = await person("public@test.go.th", "รหัสจริงของเจ้าของ 2569", "EDITOR");
    const results = [];
    for (let i = 0; i < 50; i++) results.push(await attempt("public@test.go.th", `guess-${i}-xx`, "203.0.113.66"));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.slice(4).every((r) => !r.ok && r.reason === "locked" && r.scope === "pair")).toBe(true);

    expect(await attempt("public@test.go.th", "รหัสจริงของเจ้าของ 2569", "198.51.100.7")).toMatchObject({
      ok: true,
      user: { id: u.id },
    });
    expect(await attempt("public@test.go.th", "รหัสจริงของเจ้าของ 2569", "203.0.113.66")).toMatchObject({
      ok: false,
      reason: "locked",
      scope: "pair",
    });
  });

  it("guesses spread over many addresses only slow the account, by a few seconds at most, and never lock it", async () => {
    const u = await person("sprayed@test.go.th", "ถูกสุ่มเดาจากทุกทิศ 2569", "EDITOR");
    for (let i = 0; i < 40; i++) {
      expect(await attempt("sprayed@test.go.th", `spray-${i}-xx`, `203.0.113.${i + 1}`)).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    expect(sleeps.length).toBeGreaterThan(0);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(3_000);
    expect(await attempt("sprayed@test.go.th", "ถูกสุ่มเดาจากทุกทิศ 2569", "198.51.100.8")).toMatchObject({
      ok: true,
      user: { id: u.id },
    });
  });

  it("an admin unlocks the account for the locked address at once, audited", async () => {
    const u = await person("fumbled@test.go.th", "รหัสที่พิมพ์ผิดบ่อย 2569", "AUTHOR");
    for (let i = 0; i < 5; i++) await attempt("fumbled@test.go.th", `typo-${i}-xx`, "192.0.2.77");
    expect(await attempt("fumbled@test.go.th", "รหัสที่พิมพ์ผิดบ่อย 2569", "192.0.2.77")).toMatchObject({ reason: "locked" });

    session.as(staff.admin);
    expect(await unlockSignIn(IDLE, form({ id: u.id }))).toEqual({
      ok: true,
      message: `ปลดล็อกการเข้าสู่ระบบของ ${u.name} แล้ว เข้าสู่ระบบได้ทันทีจากทุกเครื่อง`,
    });
    expect(await attempt("fumbled@test.go.th", "รหัสที่พิมพ์ผิดบ่อย 2569", "192.0.2.77")).toMatchObject({
      ok: true,
      user: { id: u.id },
    });
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "user.unlock", entityId: String(u.id) },
    });
    expect(entry.userId).toBe(staff.admin.id);
    expect(await unlockSignIn(IDLE, form({ id: u.id }))).toEqual({
      ok: true,
      message: `บัญชีของ ${u.name} ไม่ได้ถูกล็อกอยู่ เข้าสู่ระบบได้ตามปกติ`,
    });
  });
});
