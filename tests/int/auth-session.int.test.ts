// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { authorizeCredentials, authOptions, jwtCallback, SESSION_MAX_AGE_S } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { AuthError } from "@/lib/auth/roles";
import { sessionCookieName } from "@/lib/auth/secret";
import { getCurrentUser, requireRole, requireUser } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

// The real path: a sign-in through next-auth's authorize() and jwt callback, a cookie encrypted
// the way next-auth does it, then lib/auth/session.ts reading it back against the user row.

const SECRET = "session-test-secret-long-enough-for-hkdf-0001";
process.env.NEXTAUTH_SECRET = SECRET;

const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [...jar].map(([name, value]) => ({ name, value })) }),
  headers: async () => new Headers(),
}));

let db: TestDatabase;
let userId: number;
const PASSWORD = "session-pass-2567";

async function signInAndSetCookie(maxAge = SESSION_MAX_AGE_S): Promise<void> {
  const user = await authorizeCredentials(
    { email: "staff@example.go.th", password: PASSWORD },
    { "x-forwarded-for": "192.0.2.1" },
  );
  expect(user).not.toBeNull();
  const token = await jwtCallback({ token: { sub: user!.id }, user });
  jar.set(sessionCookieName(), await encode({ token, secret: SECRET, maxAge }));
}

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
});
afterAll(async () => {
  useTestDatabase(undefined);
  await db.close();
});
beforeEach(async () => {
  jar.clear();
  await db.prisma.loginAttempt.deleteMany();
  await db.prisma.auditLog.deleteMany();
  await db.prisma.user.deleteMany();
  userId = (
    await db.prisma.user.create({
      data: {
        email: "staff@example.go.th",
        name: "สมศรี ทดสอบ",
        role: "EDITOR",
        passwordHash: await hashPassword(PASSWORD),
      },
    })
  ).id;
});

const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => "allowed",
    (e: unknown) => (e instanceof AuthError ? e.code : String(e)),
  );

describe("the session, read from the cookie on every request", () => {
  it("is the signed-in user with the current role", async () => {
    await signInAndSetCookie();
    expect(await getCurrentUser()).toEqual({
      id: userId,
      email: "staff@example.go.th",
      name: "สมศรี ทดสอบ",
      role: "EDITOR",
      mustChangePassword: false,
      isPlatformAdmin: false,
    });
    expect(await reasonOf(requireRole("EDITOR"))).toBe("allowed");
    expect(await reasonOf(requireRole("AUTHOR"))).toBe("allowed");
    expect(await reasonOf(requireRole("ADMIN"))).toBe("FORBIDDEN");
  });

  it("without a cookie, or with a forged or expired one, nobody is signed in", async () => {
    expect(await getCurrentUser()).toBeNull();
    expect(await reasonOf(requireUser())).toBe("UNAUTHENTICATED");

    jar.set(sessionCookieName(), "not-a-jwt");
    expect(await getCurrentUser()).toBeNull();

    const forged = await encode({
      token: { uid: userId, sv: 0, role: "ADMIN" },
      secret: "someone-elses-secret-that-is-long-enough",
      maxAge: 3600,
    });
    jar.set(sessionCookieName(), forged);
    expect(await getCurrentUser()).toBeNull();

    await signInAndSetCookie(-60);
    expect(await getCurrentUser()).toBeNull();
  });

  it("a role change applies at once, even with the old cookie", async () => {
    await signInAndSetCookie();
    await db.prisma.user.update({ where: { id: userId }, data: { role: "AUTHOR" } });
    expect(await getCurrentUser()).toMatchObject({ id: userId, role: "AUTHOR" });
    expect(await reasonOf(requireRole("EDITOR"))).toBe("FORBIDDEN");
    await db.prisma.user.update({ where: { id: userId }, data: { role: "ADMIN" } });
    expect(await reasonOf(requireRole("ADMIN"))).toBe("allowed");
  });

  it("a bumped sessionVersion (role change, password reset, sign-out everywhere) ends the session", async () => {
    await signInAndSetCookie();
    await db.prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
    expect(await reasonOf(requireUser())).toBe("UNAUTHENTICATED");
    // Signing in again gives a session with the new version.
    await signInAndSetCookie();
    expect(await getCurrentUser()).toMatchObject({ id: userId });
  });

  it("deactivation ends the session, and the account cannot sign in again", async () => {
    await signInAndSetCookie();
    await db.prisma.user.update({ where: { id: userId }, data: { active: false } });
    expect(await getCurrentUser()).toBeNull();
    await expect(authorizeCredentials({ email: "staff@example.go.th", password: PASSWORD }, {})).rejects.toThrow(
      "AccountInactive",
    );
  });

  it("a deleted account is signed out", async () => {
    await signInAndSetCookie();
    await db.prisma.user.delete({ where: { id: userId } });
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("next-auth configuration", () => {
  it("uses JWT sessions of 8 hours in an httpOnly, SameSite=Lax cookie and our login page", () => {
    const o = authOptions();
    expect(o.session).toMatchObject({ strategy: "jwt", maxAge: 8 * 3600, updateAge: 3600 });
    expect(o.cookies?.sessionToken?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(o.pages?.signIn).toBe("/admin/login");
  });

  it("authorize() answers a wrong password with null and a lock with its code", async () => {
    const wrong = () =>
      authorizeCredentials(
        { email: "staff@example.go.th", password: "wrong-password" },
        { "x-forwarded-for": "192.0.2.2" },
      );
    for (let i = 0; i < 4; i++) expect(await wrong()).toBeNull();
    await expect(wrong()).rejects.toThrow(/^AccountLocked:15$/);
  }, 30_000);
});

describe("useTestSession", () => {
  it("replaces the cookie and can be reset", async () => {
    useTestSession(async () => ({ id: 99, email: "x@y.go.th", name: "x", role: "ADMIN" }));
    expect(await requireRole("ADMIN")).toMatchObject({ id: 99 });
    useTestSession(null);
    expect(await getCurrentUser()).toBeNull();
  });
});
