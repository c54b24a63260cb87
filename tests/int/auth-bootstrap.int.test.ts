// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createUserAccount,
  DEMO_ADMIN_EMAIL,
  ensureAdminFromEnv,
  setDemoAdminPassword,
  UserExistsError,
} from "@/lib/auth/bootstrap";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

let db: TestDatabase;
const root = path.resolve(import.meta.dirname, "../..");

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.prisma.auditLog.deleteMany();
  await db.prisma.user.deleteMany();
});

const seedDemoAdmin = () =>
  db.prisma.user.create({ data: { email: DEMO_ADMIN_EMAIL, name: "ผู้ดูแลระบบ", role: "ADMIN", passwordHash: "!" } });

describe("first admin from ADMIN_EMAIL + ADMIN_PASSWORD", () => {
  const vars = { ADMIN_EMAIL: "Head@Office.go.th", ADMIN_PASSWORD: "first-admin-pass-1" };

  it("does nothing when not configured", async () => {
    expect(await ensureAdminFromEnv(db.prisma, {})).toEqual({ status: "not-configured" });
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("creates the admin only while none can sign in, and never touches it again", async () => {
    expect(await ensureAdminFromEnv(db.prisma, vars)).toEqual({ status: "created", email: "head@office.go.th" });
    const admin = await db.prisma.user.findFirstOrThrow({ where: { email: "head@office.go.th" } });
    expect(admin).toMatchObject({ role: "ADMIN", active: true });
    expect(await verifyPassword(admin.passwordHash, "first-admin-pass-1")).toBe(true);
    expect(await db.prisma.auditLog.count({ where: { action: "user.create", entityId: String(admin.id) } })).toBe(1);

    // A later start with a different password in the environment changes nothing.
    expect(await ensureAdminFromEnv(db.prisma, { ...vars, ADMIN_PASSWORD: "another-password-2" })).toEqual({
      status: "admin-exists",
    });
    const again = await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(again.passwordHash).toBe(admin.passwordHash);
    expect(await db.prisma.user.count()).toBe(1);
  });

  it("still creates it when the only admin is the demo admin without a password", async () => {
    await seedDemoAdmin();
    expect(await ensureAdminFromEnv(db.prisma, vars)).toMatchObject({ status: "created" });
  });

  it("turns an existing inactive account with that e-mail into the admin when no admin is left", async () => {
    const old = await db.prisma.user.create({
      data: { email: "head@office.go.th", name: "หัวหน้า", role: "AUTHOR", active: false, passwordHash: "!" },
    });
    expect(await ensureAdminFromEnv(db.prisma, vars)).toEqual({ status: "promoted", email: "head@office.go.th" });
    const now = await db.prisma.user.findUniqueOrThrow({ where: { id: old.id } });
    expect(now).toMatchObject({ role: "ADMIN", active: true, sessionVersion: old.sessionVersion + 1 });
    expect(await verifyPassword(now.passwordHash, vars.ADMIN_PASSWORD)).toBe(true);
  });

  it("stops with a readable message for a bad value and creates nothing", async () => {
    await expect(
      ensureAdminFromEnv(db.prisma, { ADMIN_EMAIL: "head@office.go.th", ADMIN_PASSWORD: "short" }),
    ).rejects.toThrow(/ADMIN_PASSWORD/);
    await expect(
      ensureAdminFromEnv(db.prisma, { ADMIN_EMAIL: "not-an-email", ADMIN_PASSWORD: "long-enough-pass" }),
    ).rejects.toThrow(/ADMIN_EMAIL/);
    await expect(ensureAdminFromEnv(db.prisma, { ADMIN_EMAIL: "head@office.go.th" })).rejects.toThrow(/ADMIN_PASSWORD/);
    expect(await db.prisma.user.count()).toBe(0);
  });
});

describe("the demo admin's password", () => {
  it("is generated once and never replaced", async () => {
    await seedDemoAdmin();
    const password = await setDemoAdminPassword(db.prisma);
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const row = await db.prisma.user.findFirstOrThrow({ where: { email: DEMO_ADMIN_EMAIL } });
    expect(await verifyPassword(row.passwordHash, password!)).toBe(true);

    expect(await setDemoAdminPassword(db.prisma)).toBeNull();
    expect((await db.prisma.user.findFirstOrThrow({ where: { email: DEMO_ADMIN_EMAIL } })).passwordHash).toBe(
      row.passwordHash,
    );
  });

  it("two starts at once: only one sets it", async () => {
    await seedDemoAdmin();
    const results = await Promise.all([setDemoAdminPassword(db.prisma), setDemoAdminPassword(db.prisma)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("does nothing without the demo admin", async () => {
    expect(await setDemoAdminPassword(db.prisma)).toBeNull();
    expect(await db.prisma.user.count()).toBe(0);
  });
});

describe("creating accounts", () => {
  it("generates a password when none is given and refuses duplicates", async () => {
    const made = await createUserAccount(
      db.prisma,
      { email: "Editor@Office.go.th", name: "บรรณาธิการ", role: "EDITOR" },
      "cli",
    );
    expect(made.generated).toBe(true);
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: made.id } });
    expect(row.email).toBe("editor@office.go.th");
    expect(await verifyPassword(row.passwordHash, made.password)).toBe(true);
    await expect(
      createUserAccount(
        db.prisma,
        { email: "editor@office.go.th", name: "ซ้ำ", role: "ADMIN", password: "another-pass-123" },
        "cli",
      ),
    ).rejects.toBeInstanceOf(UserExistsError);
    expect(await db.prisma.user.count()).toBe(1);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: made.id } })).role).toBe("EDITOR");
    const audit = await db.prisma.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(made.password);
  });

  it("refuses a short password", async () => {
    await expect(
      createUserAccount(db.prisma, { email: "a@office.go.th", name: "ก", role: "AUTHOR", password: "short" }, "cli"),
    ).rejects.toThrow(/10 ตัวอักษร/);
    expect(await db.prisma.user.count()).toBe(0);
  });
});

describe("npm run user:create", () => {
  // Standard input is a pipe: empty unless `input` is given (a chosen password).
  const cli = (args: string[], input = "") =>
    spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/user-create.ts", ...args], {
      cwd: root,
      encoding: "utf8",
      input,
      env: { ...process.env, DATABASE_URL: db.url ?? "" },
    });

  it.skipIf(!process.env.DATABASE_URL)(
    "prints a generated password once, and refuses a duplicate with a clear message",
    async () => {
      const first = cli(["--email", "cli@office.go.th", "--name", "สมชาย ใจดี", "--role", "admin"]);
      expect(first.status).toBe(0);
      const password = /Password: (\S+)/.exec(first.stdout)?.[1];
      expect(password).toBeDefined();
      const row = await db.prisma.user.findFirstOrThrow({ where: { email: "cli@office.go.th" } });
      expect(row).toMatchObject({ name: "สมชาย ใจดี", role: "ADMIN" });
      expect(await verifyPassword(row.passwordHash, password!)).toBe(true);
      expect(row.mustChangePassword).toBe(true);

      const dup = cli(["--email", "cli@office.go.th", "--name", "ซ้ำ", "--role", "EDITOR"], "given-pass-123\n");
      expect(dup.status).toBe(1);
      expect(dup.stderr).toContain("already exists");
      expect(dup.stdout).not.toContain("Password");

      const bad = cli(["--email", "x@office.go.th", "--role", "KING"]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("--name: missing");
      expect(bad.stderr).toContain("--role");
      expect(await db.prisma.user.count()).toBe(1);
    },
  );
});
