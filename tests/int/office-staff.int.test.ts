// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { openSession } from "@/lib/auth/server-sessions";
import { userFromClaims } from "@/lib/auth/session-cookie";
import { signInWithPassword, type Clock } from "@/lib/auth/sign-in";
import { scopeToOffice } from "@/lib/offices/scope";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// Staff accounts belong to one office: an editor of Nan signs in on Nan's site and is nobody on
// Chiang Rai's, even with a valid session cookie; the same e-mail may hold an account in each
// office, each with its own password and role; a platform administrator is an admin everywhere.

process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-hkdf-000";

let db: TestDatabase;
let chiangrai: number;
let nan: number;
const PASSWORD = "รหัสผ่านน่าน-2569";
const clock: Clock = { now: () => new Date("2026-03-01T02:00:00Z"), sleep: async () => undefined };

const signIn = (officeId: number, email: string, password = PASSWORD, address = "192.0.2.10") =>
  signInWithPassword(
    { email, password, address },
    { prisma: scopeToOffice(db.prisma, () => officeId), root: db.prisma, clock },
  );

async function account(officeId: number, email: string, role: "ADMIN" | "EDITOR" | "AUTHOR", platform = false) {
  return db.prisma.user.create({
    data: {
      officeId,
      email,
      name: email,
      role,
      isPlatformAdmin: platform,
      passwordHash: await hashPassword(PASSWORD),
    },
  });
}

async function claimsFor(userId: number) {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const { sid } = await openSession(db.prisma, userId, clock.now());
  return { uid: userId, sv: user.sessionVersion, sid };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const offices = await db.prisma.office.findMany({ where: { code: { in: ["chiangrai", "nan"] } } });
  chiangrai = offices.find((o) => o.code === "chiangrai")!.id;
  nan = offices.find((o) => o.code === "nan")!.id;
});

afterAll(async () => {
  await db?.close();
});

describe("staff of one office", () => {
  it("sign in on their own office's site only", async () => {
    await account(nan, "editor@nan.example.go.th", "EDITOR");
    expect(await signIn(nan, "editor@nan.example.go.th")).toMatchObject({ ok: true, user: { role: "EDITOR" } });
    expect(await signIn(chiangrai, "editor@nan.example.go.th", PASSWORD, "192.0.2.11")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("are nobody on another office's site, even with a session that stands", async () => {
    const user = await account(nan, "author@nan.example.go.th", "AUTHOR");
    const claims = await claimsFor(user.id);
    expect(await userFromClaims(claims, db.prisma, clock.now(), nan)).toMatchObject({ id: user.id, role: "AUTHOR" });
    expect(await userFromClaims(claims, db.prisma, clock.now(), chiangrai)).toBeNull();
  });

  it("may hold an account in each office under one e-mail, each with its own role", async () => {
    await account(chiangrai, "somchai@example.go.th", "AUTHOR");
    await account(nan, "somchai@example.go.th", "ADMIN");
    expect(await signIn(chiangrai, "somchai@example.go.th", PASSWORD, "192.0.2.12")).toMatchObject({
      ok: true,
      user: { role: "AUTHOR" },
    });
    expect(await signIn(nan, "somchai@example.go.th", PASSWORD, "192.0.2.13")).toMatchObject({
      ok: true,
      user: { role: "ADMIN" },
    });
    await expect(account(nan, "somchai@example.go.th", "EDITOR")).rejects.toThrow();
  });

  it("a platform administrator is an admin in every office", async () => {
    const ect = await db.prisma.office.findUniqueOrThrow({ where: { code: "ect" } });
    const central = await account(ect.id, "it@ect.example.go.th", "ADMIN", true);
    expect(await signIn(nan, "it@ect.example.go.th", PASSWORD, "192.0.2.14")).toMatchObject({
      ok: true,
      user: { id: central.id, role: "ADMIN" },
    });
    const claims = await claimsFor(central.id);
    expect(await userFromClaims(claims, db.prisma, clock.now(), chiangrai)).toMatchObject({ role: "ADMIN" });
  });
});
