// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { noteDownload, resetDownloadsForTests } from "@/lib/media/downloads";
import { countVisit, REQUESTS_PER_MINUTE, resetOnlineForTests } from "@/lib/online/online";
import { closeRedisForTests, warmRedis } from "@/lib/redis/client";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

// With REDIS_URL, what several instances must agree on per request lives in the machine's Redis:
// the visitor counter's request limit and "seen today" of download counting. Forgetting this
// process's memory between steps (resetOnlineForTests, resetDownloadsForTests) stands in for the
// next request reaching another instance. Without Redis, or with Redis gone, each process counts
// on its own and nothing fails.

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
});

afterAll(async () => {
  await closeRedisForTests();
  useTestDatabase(undefined);
  await db?.close();
});

async function useRedis(url: string | undefined): Promise<void> {
  await closeRedisForTests();
  if (url) process.env.REDIS_URL = url;
  else delete process.env.REDIS_URL;
  resetEnvForTests();
}

beforeEach(() => {
  resetOnlineForTests();
  resetDownloadsForTests();
});

// Mid-minute, so that every request below falls in one window of the limit.
const NOW = new Date("2026-05-14T03:00:20Z");
let n = 0;
/** A reader at an address of its own for this test (the keys in Redis outlive a test run). */
const newAddress = () => `198.51.100.${(n++ % 250) + 1}`;
const visit = (address: string) =>
  countVisit(
    new Request("http://127.0.0.1/api/online", { method: "POST", headers: { "x-forwarded-for": address } }),
    NOW,
  );
const download = (assetId: number, address: string) =>
  noteDownload(assetId, new Headers({ "x-forwarded-for": address, "user-agent": "Firefox" }), NOW);

describe("state shared through Redis (REDIS_URL)", () => {
  it("holds an address to one request limit across instances", async () => {
    await useRedis(REDIS_URL);
    expect(await warmRedis()).toBe(true);
    const address = newAddress();
    for (let i = 0; i < REQUESTS_PER_MINUTE - 10; i++) expect(await visit(address)).toMatchObject({ ok: true });
    resetOnlineForTests(); // the next requests reach another instance
    for (let i = 0; i < 10; i++) expect(await visit(address)).toMatchObject({ ok: true });
    expect(await visit(address)).toEqual({ ok: false, retryAfterSeconds: 40 });
    // Another address is not held back.
    expect(await visit(newAddress())).toMatchObject({ ok: true });
  });

  it("counts a visitor's download once a day, whichever instance served it", async () => {
    await useRedis(REDIS_URL);
    expect(await warmRedis()).toBe(true);
    const reader = newAddress();
    expect(await download(7, reader)).toBe(true);
    resetDownloadsForTests();
    expect(await download(7, reader)).toBe(false);
    expect(await download(8, reader)).toBe(true);
    expect(await download(7, newAddress())).toBe(true);
  });

  it("without Redis, each process keeps its own count: the limit starts afresh on another instance", async () => {
    await useRedis(undefined);
    const address = newAddress();
    for (let i = 0; i < REQUESTS_PER_MINUTE; i++) await visit(address);
    expect(await visit(address)).toMatchObject({ ok: false });
    resetOnlineForTests();
    expect(await visit(address)).toMatchObject({ ok: true });
  });

  it("keeps serving from this process's memory while Redis cannot be reached, and says so once", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await useRedis("redis://127.0.0.1:1");
      expect(await warmRedis(300)).toBe(false);
      const address = newAddress();
      for (let i = 0; i < REQUESTS_PER_MINUTE; i++) expect(await visit(address)).toMatchObject({ ok: true });
      expect(await visit(address)).toMatchObject({ ok: false });
      const reader = newAddress();
      expect(await download(9, reader)).toBe(true);
      expect(await download(9, reader)).toBe(false);
      const redisLines = errors.mock.calls.filter((c) => String(c[0]).startsWith("[redis]"));
      expect(redisLines).toHaveLength(1);
      expect(String(redisLines[0]![0])).toContain("using this process's memory meanwhile");
    } finally {
      errors.mockRestore();
      await useRedis(undefined);
    }
  });
});
