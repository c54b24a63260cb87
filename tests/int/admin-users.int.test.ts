// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { changeRole, createUser, deactivateUser, reactivateUser, resetPassword } from "@/lib/users/actions";
import type { TestDatabase } from "@/tests/helpers/db";
import { form, sessionSwitch, snapshot, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(() => session.as(null));

const row = (id: number) => db.prisma.user.findUniqueOrThrow({ where: { id } });

describe("every user action refuses without a session, and for editors and authors", () => {
  it("changes nothing and says why", async () => {
    const target = staff.author.id;
    const calls = [
      () => createUser(IDLE, form({ name: "ผู้บุกรุก", email: "x@test.go.th", role: "ADMIN" })),
      () => changeRole(IDLE, form({ id: staff.editor.id, role: "ADMIN" })),
      () => deactivateUser(IDLE, form({ id: target })),
      () => reactivateUser(IDLE, form({ id: target })),
      () => resetPassword(IDLE, form({ id: target })),
    ];
    for (const who of [null, staff.author, staff.editor]) {
      session.as(who);
      for (const call of calls) {
        const before = await snapshot(db.prisma);
        const s = await call();
        expect(s.ok).toBe(false);
        expect(s.message).toBe(who ? "คุณไม่มีสิทธิ์ทำรายการนี้" : "กรุณาเข้าสู่ระบบก่อน");
        expect(s).not.toHaveProperty("oneTimePassword");
        expect(await snapshot(db.prisma)).toEqual(before);
      }
    }
  });
});

describe("createUser", () => {
  it("creates the account with a one-time password that is returned once and stored only as a hash", async () => {
    session.as(staff.admin);
    const s = await createUser(IDLE, form({ name: "  สมปอง ใจดี ", email: "Sompong@Test.go.th", role: "EDITOR" }));
    expect(s.ok).toBe(true);
    expect(s.oneTimePassword).toMatch(/^\S{10,}$/);
    const user = await row(s.userId!);
    expect(user).toMatchObject({ name: "สมปอง ใจดี", email: "sompong@test.go.th", role: "EDITOR", active: true });
    expect(user.passwordHash).not.toContain(s.oneTimePassword!);
    expect(user.passwordHash).toMatch(/^\$argon2id\$|^\$2[aby]\$/);

    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "user.create", entityId: String(user.id) },
    });
    expect(entry.after).toEqual({ email: "sompong@test.go.th", name: "สมปอง ใจดี", role: "EDITOR", active: true });
    expect(JSON.stringify(entry)).not.toContain(s.oneTimePassword!);
    expect(JSON.stringify(entry)).not.toContain(user.passwordHash);
  });

  it("refuses a taken e-mail and bad input with Thai field errors", async () => {
    session.as(staff.admin);
    const before = await snapshot(db.prisma);
    const taken = await createUser(IDLE, form({ name: "ซ้ำ", email: "EDITOR@test.go.th", role: "AUTHOR" }));
    expect(taken.fieldErrors?.email).toEqual(["อีเมลนี้มีบัญชีผู้ใช้อยู่แล้ว"]);
    const bad = await createUser(IDLE, form({ name: "", email: "nope", role: "SUPERUSER" }));
    expect(bad.fieldErrors?.name).toEqual(["กรุณากรอกชื่อ-นามสกุล"]);
    expect(bad.fieldErrors?.email?.[0]).toMatch(/^รูปแบบอีเมลไม่ถูกต้อง/);
    expect(bad.fieldErrors?.role).toEqual(["กรุณาเลือกบทบาท"]);
    expect(await snapshot(db.prisma)).toEqual(before);
  });
});

describe("access changes", () => {
  it("a role change bumps sessionVersion and is audited with before/after", async () => {
    session.as(staff.admin);
    const u = await db.prisma.user.create({
      data: { email: "role@test.go.th", name: "เปลี่ยนบทบาท", role: "AUTHOR", passwordHash: "!" },
    });
    const s = await changeRole(IDLE, form({ id: u.id, role: "EDITOR", expectedRole: "AUTHOR" }));
    expect(s.ok).toBe(true);
    const after = await row(u.id);
    expect(after.role).toBe("EDITOR");
    expect(after.sessionVersion).toBe(u.sessionVersion + 1);
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "user.role_change", entityId: String(u.id) },
    });
    expect(entry).toMatchObject({ userId: staff.admin.id, before: { role: "AUTHOR" }, after: { role: "EDITOR" } });

    // The page showed an older role: refused, nothing changes.
    const stale = await changeRole(IDLE, form({ id: u.id, role: "ADMIN", expectedRole: "AUTHOR" }));
    expect(stale.ok).toBe(false);
    expect((await row(u.id)).role).toBe("EDITOR");
  });

  it("deactivate and reactivate bump sessionVersion; resetting a password gives a new one-time password", async () => {
    session.as(staff.admin);
    const u = await db.prisma.user.create({
      data: { email: "active@test.go.th", name: "พักงาน", role: "AUTHOR", passwordHash: "old" },
    });
    expect(await deactivateUser(IDLE, form({ id: u.id }))).toMatchObject({ ok: true });
    expect(await row(u.id)).toMatchObject({ active: false, sessionVersion: 1 });
    expect(await reactivateUser(IDLE, form({ id: u.id }))).toMatchObject({ ok: true });
    expect(await row(u.id)).toMatchObject({ active: true, sessionVersion: 2 });

    const reset = await resetPassword(IDLE, form({ id: u.id }));
    expect(reset.ok).toBe(true);
    expect(reset.oneTimePassword).toMatch(/^\S{10,}$/);
    const after = await row(u.id);
    expect(after.passwordHash).not.toBe("old");
    expect(after.sessionVersion).toBe(3);
    const entries = await db.prisma.auditLog.findMany({
      where: { entity: "user", entityId: String(u.id) },
      orderBy: { id: "asc" },
    });
    expect(entries.map((e) => e.action)).toEqual(["user.deactivate", "user.reactivate", "user.password_reset"]);
    expect(entries[0]).toMatchObject({ before: { active: true }, after: { active: false } });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(reset.oneTimePassword!);
    expect(text).not.toContain(after.passwordHash);
  });

  it("nobody changes their own role, status or password from here", async () => {
    session.as(staff.admin);
    const before = await snapshot(db.prisma);
    for (const s of [
      await changeRole(IDLE, form({ id: staff.admin.id, role: "AUTHOR" })),
      await deactivateUser(IDLE, form({ id: staff.admin.id })),
      await resetPassword(IDLE, form({ id: staff.admin.id })),
    ]) {
      expect(s.ok).toBe(false);
      expect(s.message).toMatch(/ของตนเอง/);
    }
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("the last active admin can be neither demoted nor deactivated", async () => {
    // A second admin acts on the only other active admin after losing their own admin row
    // (e.g. demoted a moment ago while their page was open): the database is the judge.
    const other = await db.prisma.user.create({
      data: { email: "admin2@test.go.th", name: "ผู้ดูแลคนที่สอง", role: "ADMIN", passwordHash: "!" },
    });
    await db.prisma.user.update({ where: { id: other.id }, data: { active: false } });
    await db.prisma.user.updateMany({
      where: { role: "ADMIN", id: { notIn: [staff.admin.id, other.id] } },
      data: { active: false },
    });
    session.as({ id: other.id, email: other.email, name: other.name, role: "ADMIN" });

    const before = await snapshot(db.prisma);
    const demote = await changeRole(IDLE, form({ id: staff.admin.id, role: "EDITOR" }));
    const deactivate = await deactivateUser(IDLE, form({ id: staff.admin.id }));
    for (const s of [demote, deactivate])
      expect(s).toMatchObject({ ok: false, message: "ทำรายการนี้ไม่ได้: ระบบต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อย 1 คน" });
    expect(await snapshot(db.prisma)).toEqual(before);

    // With a second active admin, demoting one of them is fine.
    await db.prisma.user.update({ where: { id: other.id }, data: { active: true } });
    expect(await changeRole(IDLE, form({ id: staff.admin.id, role: "EDITOR" }))).toMatchObject({ ok: true });
    expect((await row(staff.admin.id)).role).toBe("EDITOR");
  });
});

describe("the platform administrator's account, in the office it belongs to", () => {
  it("is changed by no office admin, only by a platform administrator", async () => {
    const central = await db.prisma.user.create({
      data: { email: "it@ect.test.go.th", name: "ไอทีส่วนกลาง", role: "ADMIN", isPlatformAdmin: true, passwordHash: "!" },
    });
    const before = await row(central.id);
    session.as(staff.admin);
    for (const attempt of [
      () => deactivateUser(IDLE, form({ id: central.id })),
      () => changeRole(IDLE, form({ id: central.id, role: "AUTHOR" })),
      () => resetPassword(IDLE, form({ id: central.id })),
    ]) {
      expect(await attempt()).toMatchObject({
        ok: false,
        message: "บัญชีนี้เป็นของผู้ดูแลระบบส่วนกลาง แก้ไขได้โดยผู้ดูแลระบบส่วนกลางเท่านั้น",
      });
    }
    expect(await row(central.id)).toEqual(before);
    session.as({
      ...staff.admin,
      id: (
        await db.prisma.user.create({
          data: { email: "it2@ect.test.go.th", name: "ไอที 2", role: "ADMIN", isPlatformAdmin: true, passwordHash: "!" },
        })
      ).id,
      isPlatformAdmin: true,
    });
    expect(await deactivateUser(IDLE, form({ id: central.id }))).toMatchObject({ ok: true });
    expect((await row(central.id)).active).toBe(false);
  });
});
