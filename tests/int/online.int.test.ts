// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/online/route";
import { GET as badge } from "@/app/api/online/badge.svg/route";
import { VisitorCounter } from "@/lib/online/counter";
import { REQUESTS_PER_MINUTE, resetOnlineForTests, TOO_MANY_MESSAGE } from "@/lib/online/online";
import { databaseVisitorStore, type VisitorStore } from "@/lib/online/store";
import { ONLINE_WINDOW_MS } from "@/lib/online/visitors";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  // Notes each transaction that writes visitor rows: what "a database write" means below.
  await db.runner.query(`CREATE TABLE visitor_writes (tx bigint)`);
  await db.runner.query(
    `CREATE FUNCTION count_visitor_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO visitor_writes VALUES (txid_current()); RETURN NULL; END $$`,
  );
  await db.runner.query(
    `CREATE TRIGGER visitor_writes AFTER INSERT OR UPDATE ON "OnlineVisitor" FOR EACH STATEMENT EXECUTE FUNCTION count_visitor_write()`,
  );
});

afterAll(async () => {
  useTestDatabase(undefined);
  await db?.close();
});

beforeEach(async () => {
  await db.prisma.onlineVisitor.deleteMany();
  await db.runner.query(`DELETE FROM visitor_writes`);
  resetOnlineForTests();
});

afterEach(() => vi.useRealTimers());

const t0 = new Date("2022-06-01T03:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;
const UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130";
const writes = async () =>
  (await db.runner.query<{ n: number }>(`SELECT count(DISTINCT tx)::int AS n FROM visitor_writes`))[0]?.n;
const rows = () => db.prisma.onlineVisitor.count();

/** The request as the server hands it on: X-Forwarded-For is the one address it trusts. */
const heartbeat = (address: string, userAgent = UA) =>
  new Request("http://127.0.0.1/api/online", {
    method: "POST",
    headers: { "x-forwarded-for": address, "user-agent": userAgent },
  });

/** A counter that writes at every visit, so each call below shows the figure the store holds. */
const eager = (store: VisitorStore = databaseVisitorStore) =>
  new VisitorCounter(store, { flushMs: 0, rewriteAfterMs: 0 });

describe("the visitor count", () => {
  it("counts the same visitor once, however often they load a page", async () => {
    const c = eager();
    expect(await c.visit("203.0.113.5", UA, t0)).toBe(1);
    expect(await c.visit("203.0.113.5", UA, later(30_000))).toBe(1);
    expect(await c.visit("203.0.113.5", UA, later(4 * MINUTE))).toBe(1);
  });

  it("counts three different visitors as three", async () => {
    const c = eager();
    expect(await c.visit("203.0.113.5", UA, t0)).toBe(1);
    expect(await c.visit("203.0.113.6", UA, later(1000))).toBe(2);
    expect(await c.visit("2001:db8::7", UA, later(2000))).toBe(3);
  });

  it("counts a visitor seen 4½ minutes ago but not one seen 6 minutes ago", async () => {
    const c = eager();
    await c.visit("192.0.2.1", UA, t0);
    await c.visit("192.0.2.2", UA, later(90_000));
    expect(await c.visit("192.0.2.3", UA, later(6 * MINUTE))).toBe(2);
  });

  it("keeps counting a visitor who comes back after dropping out", async () => {
    const c = eager();
    await c.visit("192.0.2.1", UA, t0);
    expect(await c.visit("192.0.2.2", UA, later(6 * MINUTE))).toBe(1);
    expect(await c.visit("192.0.2.1", UA, later(6 * MINUTE + 1000))).toBe(2);
  });

  it("purges rows long out of the window and keeps recent ones", async () => {
    const c = eager();
    await c.visit("192.0.2.1", UA, t0);
    await c.visit("192.0.2.2", UA, later(7 * MINUTE));
    await c.visit("192.0.2.3", UA, later(2 * ONLINE_WINDOW_MS + MINUTE));
    expect(await rows()).toBe(2);
  });

  it("two server processes share one count through the database", async () => {
    const a = eager();
    const b = eager();
    await a.visit("192.0.2.1", UA, t0);
    expect(await b.visit("192.0.2.2", UA, later(1000))).toBe(2);
  });

  it("stores nothing that looks like an address", async () => {
    const addresses = [
      "203.0.113.5",
      "198.51.100.23",
      "2001:db8::1",
      "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
      "192.0.2.44",
      "unknown",
    ];
    const c = eager();
    for (const [i, address] of addresses.entries()) await c.visit(address, UA, later(i * 1000));

    const stored = await db.runner.query<Record<string, unknown>>('SELECT * FROM "OnlineVisitor"');
    expect(stored).toHaveLength(addresses.length);
    for (const row of stored) {
      // The office, an opaque token and a time: no other column where an address could sit.
      expect(Object.keys(row).sort()).toEqual(["id", "lastSeen", "officeId"]);
      expect(typeof row.officeId).toBe("number");
      const id = String(row.id);
      expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
      for (const address of addresses) expect(id).not.toContain(address);
      expect(id).not.toMatch(/\d{1,3}(\.\d{1,3}){3}|::|[0-9a-f]{1,4}(:[0-9a-f]{1,4}){2,}/i);
    }
  });
});

describe("the visitor count under a script", () => {
  it("many visitors in one flush interval cost one database write, and each is counted at once", async () => {
    const c = new VisitorCounter(databaseVisitorStore);
    const figures: number[] = [];
    for (let i = 0; i < 200; i++) figures.push(await c.visit(`198.51.100.${i}`, UA, later(i * 50)));
    expect(figures).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(await writes()).toBe(1);
    // The next interval writes them all in one go.
    expect(await c.visit("198.51.100.250", UA, later(20_000))).toBe(201);
    expect(await writes()).toBe(2);
    expect(await rows()).toBe(201);
  });

  it("one address sending a fresh browser name each time brings at most 20 visitors", async () => {
    const c = new VisitorCounter(databaseVisitorStore);
    let last = 0;
    for (let i = 0; i < 10_000; i++) last = await c.visit("203.0.113.66", `bot/${i}`, later(i * 10));
    expect(last).toBe(20);
    expect(await rows()).toBe(20);
    expect(await writes()).toBeLessThanOrEqual(8); // one per 15-second interval over 100 s
  });

  it("10,000 requests from one address with random browser names: 429 after the limit, few visitors, few writes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(t0);
    const statuses = new Map<number, number>();
    let refused: Response | undefined;
    for (let i = 0; i < 10_000; i++) {
      const res = await POST(heartbeat("203.0.113.66", `Mozilla/5.0 (${Math.random().toString(36).slice(2)})`));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429) refused ??= res;
    }
    expect(statuses.get(200)).toBe(REQUESTS_PER_MINUTE);
    expect(statuses.get(429)).toBe(10_000 - REQUESTS_PER_MINUTE);
    expect(await refused?.json()).toEqual({ error: TOO_MANY_MESSAGE });
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await rows()).toBeLessThanOrEqual(20);
    expect(await writes()).toBe(1);

    // Another reader is not affected, and is counted.
    const other = await POST(heartbeat("198.51.100.1"));
    expect(other.status).toBe(200);
    expect(await other.json()).toEqual({ online: 21 });
  });

  it("the image for readers without JavaScript says «ผู้เข้าชมขณะนี้ N คน»", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(t0);
    const res = await badge(
      new Request("http://127.0.0.1/api/online/badge.svg", {
        headers: { "x-forwarded-for": "198.51.100.9", "user-agent": UA },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("image/svg+xml");
    expect(await res.text()).toContain("ผู้เข้าชมขณะนี้ 1 คน");
  });
});
