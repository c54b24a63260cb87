import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setPrismaForTests } from "@/lib/db/client";
import { clientAddress, ONLINE_WINDOW_MS, recordVisitAndCount, visitorId } from "@/lib/online/visitors";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  setPrismaForTests(db);
});

afterAll(async () => {
  setPrismaForTests(undefined);
  await db?.close();
});

beforeEach(async () => {
  await db.prisma.onlineVisitor.deleteMany();
});

const t0 = new Date("2022-06-01T03:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;
const UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130";

/** What the /api/online route does for one request. */
const visit = (headers: Record<string, string>, now: Date) =>
  recordVisitAndCount(visitorId(clientAddress(new Headers(headers)), headers["user-agent"] ?? "", now), now);

describe("recordVisitAndCount", () => {
  it("counts the same visitor once, however often they load a page", async () => {
    const me = { "x-forwarded-for": "203.0.113.5", "user-agent": UA };
    expect(await visit(me, t0)).toBe(1);
    expect(await visit(me, later(30_000))).toBe(1);
    expect(await visit(me, later(4 * MINUTE))).toBe(1);
  });

  it("counts three different visitors as three", async () => {
    expect(await visit({ "x-forwarded-for": "203.0.113.5", "user-agent": UA }, t0)).toBe(1);
    expect(await visit({ "x-forwarded-for": "203.0.113.6", "user-agent": UA }, later(1000))).toBe(2);
    expect(await visit({ "x-forwarded-for": "2001:db8::7", "user-agent": UA }, later(2000))).toBe(3);
  });

  it("counts a visitor seen 4½ minutes ago but not one seen 6 minutes ago", async () => {
    await recordVisitAndCount("six-minutes-ago", t0);
    await recordVisitAndCount("four-and-a-half-minutes-ago", later(90_000));
    expect(await recordVisitAndCount("now", later(6 * MINUTE))).toBe(2);
  });

  it("keeps counting a visitor who comes back after dropping out", async () => {
    await recordVisitAndCount("returning", t0);
    expect(await recordVisitAndCount("other", later(6 * MINUTE))).toBe(1);
    expect(await recordVisitAndCount("returning", later(6 * MINUTE + 1000))).toBe(2);
  });

  it("purges rows long out of the window and keeps recent ones", async () => {
    await recordVisitAndCount("old", t0);
    await recordVisitAndCount("recent", later(7 * MINUTE));
    await recordVisitAndCount("now", later(2 * ONLINE_WINDOW_MS + MINUTE));
    const ids = (await db.prisma.onlineVisitor.findMany({ orderBy: { id: "asc" } })).map((r) => r.id);
    expect(ids).toEqual(["now", "recent"]);
  });

  it("counts simultaneous first requests from one visitor once, without failing", async () => {
    const counts = await Promise.all(Array.from({ length: 8 }, () => recordVisitAndCount("burst", t0)));
    expect(counts.every((c) => c === 1)).toBe(true);
    expect(await db.prisma.onlineVisitor.count()).toBe(1);
  });

  it("stores nothing that looks like an address", async () => {
    const addresses = ["203.0.113.5", "198.51.100.23", "2001:db8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.1"];
    for (const [i, address] of addresses.entries()) {
      await visit({ "x-forwarded-for": `${address}, 10.0.0.1`, "user-agent": UA }, later(i * 1000));
    }
    await visit({ "x-real-ip": "192.0.2.44", "user-agent": UA }, later(10_000));
    await visit({}, later(11_000));

    const rows = await db.runner.query<Record<string, unknown>>('SELECT * FROM "OnlineVisitor"');
    expect(rows).toHaveLength(addresses.length + 2);
    for (const row of rows) {
      // An opaque token and a time: no other column where an address could sit.
      expect(Object.keys(row).sort()).toEqual(["id", "lastSeen"]);
      const id = String(row.id);
      expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
      for (const address of [...addresses, "192.0.2.44", "10.0.0.1"]) expect(id).not.toContain(address);
      expect(id).not.toMatch(/\d{1,3}(\.\d{1,3}){3}|::|[0-9a-f]{1,4}(:[0-9a-f]{1,4}){2,}/i);
    }
  });
});
