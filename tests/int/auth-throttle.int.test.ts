// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword, type Clock } from "@/lib/auth/sign-in";
import { accountKey, pairKey } from "@/lib/auth/throttle";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-hkdf-000";

let db: TestDatabase;
const PASSWORD = "ถูกต้องแน่นอน-2567";

/** A clock the test moves by hand; sleeping only advances it and records how long. */
function fakeClock(start = new Date("2026-03-01T02:00:00Z")) {
  let t = start.getTime();
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => new Date(t),
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
  };
  return { clock, sleeps, advance: (ms: number) => void (t += ms) };
}

async function makeUser(email: string, active = true) {
  return db.prisma.user.create({
    data: { email, name: `ผู้ใช้ ${email}`, role: "AUTHOR", active, passwordHash: await hashPassword(PASSWORD) },
  });
}

const attempt = (clock: Clock, email: string, password: string, address = "192.0.2.10") =>
  signInWithPassword({ email, password, address }, { prisma: db.prisma, clock });

const audits = (action: string) => db.prisma.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.prisma.loginAttempt.deleteMany();
  await db.prisma.auditLog.deleteMany();
  await db.prisma.user.deleteMany();
});

describe("one account from one address", () => {
  it("slows from the 3rd attempt, locks that pair after 5 failures, and the lock lifts after 15 minutes", async () => {
    const user = await makeUser("somchai@example.go.th");
    const { clock, sleeps, advance } = fakeClock();

    const results = [];
    for (let i = 0; i < 5; i++) results.push(await attempt(clock, "Somchai@Example.go.th", `wrong-password-${i}`));
    expect(results.slice(0, 4).map((r) => r.ok || r.reason)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
    expect(results[4]).toEqual({ ok: false, reason: "locked", scope: "pair", minutes: 15 });
    expect(sleeps).toEqual([1000, 2000, 4000]);

    // Locked: even the right password is refused, at once, and nothing about the user changes.
    const sleepsBefore = sleeps.length;
    expect(await attempt(clock, "somchai@example.go.th", PASSWORD)).toMatchObject({
      ok: false,
      reason: "locked",
      scope: "pair",
    });
    expect(sleeps.length).toBe(sleepsBefore);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
    const row = await db.prisma.loginAttempt.findUniqueOrThrow({
      where: { key: pairKey("somchai@example.go.th", "192.0.2.10") },
    });
    expect(row.failures).toBe(5);
    // Counted from the start of the 5th attempt, before its 4 s wait.
    expect(row.lockedUntil?.getTime()).toBe(clock.now().getTime() - 4000 + 15 * 60_000);

    advance(10 * 60_000);
    expect(await attempt(clock, "somchai@example.go.th", PASSWORD)).toMatchObject({
      ok: false,
      reason: "locked",
      minutes: 5,
    });

    advance(5 * 60_000 + 1000);
    const ok = await attempt(clock, "somchai@example.go.th", PASSWORD);
    expect(ok).toMatchObject({ ok: true, user: { id: user.id, role: "AUTHOR" } });
    expect(await db.prisma.loginAttempt.findUnique({ where: { key: accountKey("somchai@example.go.th") } })).toBeNull();
    expect(
      await db.prisma.loginAttempt.findUnique({ where: { key: pairKey("somchai@example.go.th", "192.0.2.10") } }),
    ).toBeNull();
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("audits failures and the lock with the e-mail but never the password", async () => {
    const user = await makeUser("wipa@example.go.th");
    const { clock } = fakeClock();
    for (let i = 0; i < 6; i++) await attempt(clock, "wipa@example.go.th", `secret-guess-${i}`);
    const failed = await audits("auth.login_failed");
    expect(failed.map((a) => (a.after as { reason: string }).reason)).toEqual([
      ...Array(5).fill("wrong_password"),
      "locked",
    ]);
    expect(failed.every((a) => (a.after as { email: string }).email === "wipa@example.go.th")).toBe(true);
    const locked = await audits("auth.locked");
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({
      entity: "auth",
      entityId: String(user.id),
      after: { email: "wipa@example.go.th", scope: "pair" },
    });
    const everything = JSON.stringify(await db.prisma.auditLog.findMany());
    expect(everything).not.toContain("secret-guess");
    expect(everything).not.toContain("192.0.2.10");
  });

  it("a success resets the count: no slowdown afterwards", async () => {
    await makeUser("pakorn@example.go.th");
    const { clock, sleeps } = fakeClock();
    await attempt(clock, "pakorn@example.go.th", "wrong-one-xx");
    await attempt(clock, "pakorn@example.go.th", "wrong-two-xx");
    expect(await attempt(clock, "pakorn@example.go.th", PASSWORD)).toMatchObject({ ok: true });
    expect(sleeps).toEqual([1000]); // the right password was the 3rd attempt in a row
    for (let i = 0; i < 2; i++)
      expect(await attempt(clock, "pakorn@example.go.th", "wrong-again-x")).toMatchObject({ reason: "invalid" });
    expect(sleeps).toEqual([1000]);
    expect((await audits("auth.login")).length).toBe(1);
  });

  it("failures older than 15 minutes no longer count", async () => {
    await makeUser("old@example.go.th");
    const { clock, sleeps, advance } = fakeClock();
    for (let i = 0; i < 4; i++) await attempt(clock, "old@example.go.th", "wrong-password");
    advance(16 * 60_000);
    sleeps.length = 0;
    expect(await attempt(clock, "old@example.go.th", "wrong-password")).toMatchObject({ reason: "invalid" });
    expect(sleeps).toEqual([]);
  });

  it("throttles unknown e-mails the same way, and takes the right password of an inactive account without counting it", async () => {
    const { clock } = fakeClock();
    for (let i = 0; i < 4; i++)
      expect(await attempt(clock, "nobody@example.go.th", "whatever-123")).toMatchObject({ reason: "invalid" });
    expect(await attempt(clock, "nobody@example.go.th", "whatever-123")).toMatchObject({ reason: "locked" });

    await makeUser("gone@example.go.th", false);
    expect(await attempt(clock, "gone@example.go.th", PASSWORD)).toEqual({ ok: false, reason: "inactive" });
    expect(await db.prisma.loginAttempt.findUnique({ where: { key: accountKey("gone@example.go.th") } })).toBeNull();
  });

  it("parallel guesses cannot get past the limit", async () => {
    await makeUser("rush@example.go.th");
    const { clock } = fakeClock();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt(clock, "rush@example.go.th", `parallel-${i}-xx`)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(6);
    const failed = await audits("auth.login_failed");
    expect(failed.filter((a) => (a.after as { reason: string }).reason === "wrong_password")).toHaveLength(5);
    expect(failed.filter((a) => (a.after as { reason: string }).reason === "locked")).toHaveLength(5);
    expect(results.every((r) => !r.ok)).toBe(true);
  });
});

describe("one address", () => {
  it("is refused for 15 minutes after 20 failures, whatever e-mail it tries; other addresses are not", async () => {
    await makeUser("real@example.go.th");
    const { clock, advance } = fakeClock();
    for (let i = 0; i < 20; i++) {
      const r = await attempt(clock, `spray${i}@example.go.th`, "password-1234", "198.51.100.20");
      if (i < 19) expect(r).toMatchObject({ reason: "invalid" });
      else expect(r).toMatchObject({ reason: "locked", scope: "address", minutes: 15 });
    }
    expect(await attempt(clock, "real@example.go.th", PASSWORD, "198.51.100.20")).toMatchObject({
      reason: "locked",
      scope: "address",
    });
    expect(await db.prisma.user.findFirstOrThrow({ where: { email: "real@example.go.th" } })).toMatchObject({
      lastLoginAt: null,
    });
    // The lock is on the address, not the account: the person signs in from elsewhere.
    expect(await attempt(clock, "real@example.go.th", PASSWORD, "198.51.100.21")).toMatchObject({ ok: true });
    const keys = (await db.prisma.loginAttempt.findMany()).map((r) => r.key);
    expect(keys.some((k) => k.includes("198.51.100"))).toBe(false);
    const addressLocks = await audits("auth.locked");
    expect(addressLocks).toHaveLength(1);
    expect(addressLocks[0]?.after).toMatchObject({ scope: "address" });

    advance(15 * 60_000 + 1);
    expect(await attempt(clock, "real@example.go.th", PASSWORD, "198.51.100.20")).toMatchObject({ ok: true });
  });
});
