// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { userFromClaims } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/users/account-actions";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { form, redirectOf, sessionSwitch } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// «บัญชีของฉัน»: a signed-in person changes their own password; the current one is checked under
// the sign-in throttle and success signs out every session.

const OLD = "รหัสผ่านเดิม ที่พิมพ์ออกมา";
const NEW = "ประโยคใหม่ที่จำได้ 2569";
let db: TestDatabase;
const session = sessionSwitch();

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  useTestSession(session.resolver);
});
afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db.close();
});
beforeEach(async () => {
  await db.prisma.loginAttempt.deleteMany();
  session.as(null);
});

async function person(email: string) {
  const u = await db.prisma.user.create({
    data: { email, name: "ผู้ใช้", role: "EDITOR", passwordHash: await hashPassword(OLD) },
  });
  session.as({ id: u.id, email: u.email, name: u.name, role: u.role });
  return u;
}

describe("changeOwnPassword", () => {
  it("with the right current password: the new one works, the old one does not, and every session ends", async () => {
    const u = await person("change@test.go.th");
    // A generated password: the change is allowed (and is the only thing allowed), and clears the flag.
    await db.prisma.user.update({ where: { id: u.id }, data: { mustChangePassword: true } });
    session.as({ id: u.id, email: u.email, name: u.name, role: u.role, mustChangePassword: true });
    const { openSession } = await import("@/lib/auth/server-sessions");
    const claims = { uid: u.id, sv: u.sessionVersion, sid: (await openSession(db.prisma, u.id, new Date())).sid };
    expect(await userFromClaims(claims, db.prisma)).toMatchObject({ id: u.id, mustChangePassword: true });
    const to = await redirectOf(changeOwnPassword(IDLE, form({ current: OLD, next: NEW, confirm: NEW })));
    expect(to).toBe("/admin/login?notice=password-changed");
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(await verifyPassword(after.passwordHash, OLD)).toBe(false);
    expect(after.sessionVersion).toBe(u.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(false);
    expect(await userFromClaims(claims, db.prisma)).toBeNull();
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "user.password_change", entityId: String(u.id) },
    });
    expect(JSON.stringify(entry)).not.toContain(NEW);
  });

  it("refuses a wrong current password, a short or mismatched new one, in Thai, changing nothing", async () => {
    const u = await person("refuse@test.go.th");
    const cases: [Record<string, string>, string, string][] = [
      [{ current: "ผิด", next: NEW, confirm: NEW }, "current", "รหัสผ่านปัจจุบันไม่ถูกต้อง"],
      [{ current: OLD, next: "สั้น", confirm: "สั้น" }, "next", "รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร"],
      [{ current: OLD, next: NEW, confirm: `${NEW}x` }, "confirm", "รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน"],
      [{ current: OLD, next: OLD, confirm: OLD }, "next", "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน"],
    ];
    for (const [fields, field, message] of cases) {
      const s = await changeOwnPassword(IDLE, form(fields));
      expect(s.ok).toBe(false);
      expect(s.fieldErrors?.[field]).toEqual([message]);
      expect(JSON.stringify(s)).not.toContain(fields.current === "ผิด" ? NEW : "สั้น");
    }
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).toEqual(u);
  });

  it("guessing the current password is locked like sign-in, with the right one refused while locked", async () => {
    const u = await person("guess@test.go.th");
    // The throttle's slow-down waits are real seconds; start just below the lock of this account
    // from this address ("unknown": there is no request here) instead.
    await db.prisma.loginAttempt.create({
      data: {
        key: (await import("@/lib/auth/throttle")).pairKey(u.email, "unknown"),
        failures: 4,
        firstAt: new Date(),
        lastAt: new Date(),
      },
    });
    const guess = await changeOwnPassword(IDLE, form({ current: "เดาครั้งที่ห้า", next: NEW, confirm: NEW }));
    expect(guess.fieldErrors?.current).toEqual(["รหัสผ่านปัจจุบันไม่ถูกต้อง"]);
    const locked = await changeOwnPassword(IDLE, form({ current: OLD, next: NEW, confirm: NEW }));
    expect(locked).toMatchObject({ ok: false, message: "เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณาลองใหม่ในอีก 15 นาที" });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).toEqual(u);
  }, 30_000);
});
