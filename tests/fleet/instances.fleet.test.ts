import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/db/client";
import { copyFilesToDatabase } from "@/lib/media/content";
import type { Fleet, Instance } from "@/scripts/fleet-parts";
import { startTestFleet } from "@/tests/helpers/test-fleet";
import { filesUnder } from "@/tests/helpers/media-database";
import { pdfBytes } from "@/tests/helpers/media-samples";
import { E2E_USERS } from "@/tests/helpers/e2e-users";
import { steadyLoad } from "@/tests/helpers/fleet-load";
import { signInCookie } from "@/tests/helpers/sign-in-cookie";
import { createE2EDatabase, type E2EDatabase } from "@/tests/helpers/e2e-database";

// The production shape on this machine, started as `npm run fleet` starts it (scripts/fleet-parts.ts):
// Varnish with deploy/varnish/ect.vcl before three instances of the built site, on a fresh
// database of the PostgreSQL server of DATABASE_URL. Run by `npm test` after the build
// (tests/run-all.ts, phase "fleet").

const FRONT_PORT = Number(process.env.FLEET_TEST_PORT ?? "3180");
const LISTING = "/news/press-releases";
let db: E2EDatabase;
let fleet: Fleet;
let sql: pg.Client;

beforeAll(async () => {
  db = await createE2EDatabase();
  sql = new pg.Client({ connectionString: db.env.DATABASE_URL });
  await sql.connect();
  // As `npm run fleet` prepares it: the seed's files, written to one folder, go into the database.
  const handle = createPrisma({ databaseUrl: db.env.DATABASE_URL });
  try {
    const { missing } = await copyFilesToDatabase(handle.prisma, db.env.UPLOADS_DIR!);
    expect(missing).toEqual([]);
  } finally {
    await handle.close();
  }
  fleet = await startTestFleet({
    databaseUrl: db.env.DATABASE_URL!,
    instances: 3,
    frontPort: FRONT_PORT,
    name: "fleet-test",
  });
});

afterAll(async () => {
  await fleet?.stop();
  await sql?.end();
  await db?.drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function get(url: string): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await fetch(url, { headers: { "accept-encoding": "gzip" }, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.text(), headers: res.headers };
}

/** Milliseconds from `since` until `url` shows `text` (polled every 50 ms), or null after `ms`. */
async function shows(url: string, text: string, since: number, ms: number): Promise<number | null> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await get(url)).body.includes(text)) return Date.now() - since;
    await sleep(50);
  }
  return null;
}

/** GET requests through the front: a new address each time, which the front passes to an instance. */
const load = (loops: number) => steadyLoad(loops, (n) => `${fleet.frontUrl}/?r=${n}`);

describe("several instances behind Varnish", () => {
  it("publishes a scheduled post once, on time, and the front and every instance show it at once", async () => {
    // Every copy of the listing is cached first: the front's and each instance's own.
    await get(`${fleet.frontUrl}${LISTING}`);
    expect((await get(`${fleet.frontUrl}${LISTING}`)).headers.get("x-front-cache")).toBe("HIT");
    for (const i of fleet.instances) {
      await get(`${i.url}${LISTING}`);
      expect((await get(`${i.url}${LISTING}`)).headers.get("x-page-cache")).toBe("HIT");
    }
    // Scheduled 35 s ahead: every instance's scheduler reads what is due at least every 30 s.
    const title = `ประกาศตั้งเวลาบนหลายเครื่อง ${Date.now()}`;
    const due = new Date(Date.now() + 35_000);
    const { rows } = await sql.query<{ id: number }>(
      `INSERT INTO "Post" (section, status, title, "updatedAt", "scheduledAt") VALUES ('PRESS_RELEASE', 'SCHEDULED', $1, now(), $2) RETURNING id`,
      [title, due],
    );
    const id = rows[0]!.id;
    const audits = () =>
      sql.query<{ at: Date }>(`SELECT at FROM "AuditLog" WHERE action = 'post.publish_scheduled' AND "entityId" = $1`, [
        String(id),
      ]);
    let published: Date | undefined;
    for (const until = Date.now() + 70_000; !published && Date.now() < until; await sleep(100))
      published = (await audits()).rows[0]?.at;
    expect(published, "published by some instance's scheduler").toBeDefined();
    expect(published!.getTime()).toBeGreaterThanOrEqual(due.getTime());

    const since = published!.getTime();
    const delays: Record<string, number | null> = {
      front: await shows(`${fleet.frontUrl}${LISTING}`, title, since, 10_000),
    };
    for (const i of fleet.instances)
      delays[`instance ${i.index}`] = await shows(`${i.url}${LISTING}`, title, since, 10_000);
    console.log(`[fleet] the new post showed after (ms since it was published): ${JSON.stringify(delays)}`);
    expect(Object.values(delays).every((d) => d !== null)).toBe(true);

    // Once: one audit entry, one version step, whichever instances woke.
    await sleep(2_000);
    expect((await audits()).rows).toHaveLength(1);
    const post = await sql.query(`SELECT status, version FROM "Post" WHERE id = $1`, [id]);
    expect(post.rows[0]).toEqual({ status: "PUBLISHED", version: 2 });
  });

  it("publishes a scheduled post once, on time, when an instance is killed just before it is due", async () => {
    const title = `ประกาศตั้งเวลา เครื่องหนึ่งดับ ${Date.now()}`;
    const due = new Date(Date.now() + 35_000);
    const { rows } = await sql.query<{ id: number }>(
      `INSERT INTO "Post" (section, status, title, "updatedAt", "scheduledAt") VALUES ('PRESS_RELEASE', 'SCHEDULED', $1, now(), $2) RETURNING id`,
      [title, due],
    );
    const audits = () =>
      sql.query<{ at: Date }>(`SELECT at FROM "AuditLog" WHERE action = 'post.publish_scheduled' AND "entityId" = $1`, [
        String(rows[0]!.id),
      ]);
    const victim = fleet.instances[0]!;
    await sleep(due.getTime() - Date.now() - 1_500);
    await victim.stop("SIGKILL");
    let published: Date | undefined;
    for (const until = Date.now() + 70_000; !published && Date.now() < until; await sleep(100))
      published = (await audits()).rows[0]?.at;
    expect(published, "published by a surviving instance").toBeDefined();
    expect(published!.getTime()).toBeGreaterThanOrEqual(due.getTime());
    await sleep(2_000);
    expect((await audits()).rows).toHaveLength(1);
    expect((await sql.query(`SELECT status, version FROM "Post" WHERE id = $1`, [rows[0]!.id])).rows[0]).toEqual({
      status: "PUBLISHED",
      version: 2,
    });
    await victim.start();
    expect(await shows(`${victim.url}${LISTING}`, title, Date.now(), 10_000)).not.toBeNull();
  });

  it("serves a file uploaded through one instance from every other, each from a folder of its own", async () => {
    const [a, b, c] = fleet.instances as [Instance, Instance, Instance];
    const cookie = await signInCookie(a.url, E2E_USERS.author);
    const bytes = pdfBytes(`ไฟล์จากเครื่องหนึ่ง ${Date.now()}`);
    const form = new FormData();
    form.append("use", "attachment");
    form.append("file", new File([new Uint8Array(bytes)], "คำสั่ง.pdf"));
    const res = await fetch(`${a.url}/api/admin/uploads`, {
      method: "POST",
      body: form,
      headers: { cookie, origin: a.url },
    });
    expect(res.status).toBe(201);
    const { asset } = (await res.json()) as { asset: { id: number; href: string } };
    for (const where of [b.url, c.url, fleet.frontUrl]) {
      const file = await fetch(`${where}${asset.href}`, { headers: { cookie } });
      expect(file.status, where).toBe(200);
      expect(Buffer.from(await file.arrayBuffer()).equals(bytes), where).toBe(true);
    }
    // B holds its own copy now, fetched from the database: no folder is shared.
    const { rows } = await sql.query<{ storagePath: string }>(`SELECT "storagePath" FROM "Asset" WHERE id = $1`, [
      asset.id,
    ]);
    expect(readFileSync(path.join(b.dataDir, "uploads", rows[0]!.storagePath)).equals(bytes)).toBe(true);
    expect(await filesUnder(path.join(c.dataDir, "uploads"))).toContain(rows[0]!.storagePath);
  });

  it("gives each request through Varnish an id that the instance's log line carries, and counts it", async () => {
    const res = await get(`${fleet.frontUrl}/?trace=${Date.now()}`);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^varnish-\d+$/);
    const linesOf = (reqId: string | null) =>
      fleet.instances
        .flatMap((i) => readFileSync(i.log, "utf8").split("\n"))
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((l) => l.reqId === reqId);
    // Written as the answer finishes: a moment later in the file.
    for (let n = 0; linesOf(id).length === 0 && n < 40; n++) await sleep(50);
    expect(linesOf(id)).toMatchObject([{ method: "GET", path: "/", status: 200 }]);
    for (const i of fleet.instances) {
      const metrics = await get(i.metricsUrl);
      expect(metrics.body).toMatch(/ect_http_requests_total\{kind="health",status="2xx"\} \d+/);
    }
    // Not on the public port, nor through Varnish.
    expect((await get(`${fleet.frontUrl}/metrics`)).body).not.toContain("ect_http_requests_total");
  });

  it("loses no request while every instance is restarted in turn under load (a deploy)", async () => {
    const stop = load(6);
    await sleep(1_000);
    for (const instance of fleet.instances) {
      const pid = instance.process()!.pid;
      await instance.stop(); // SIGTERM: finishes what it holds, takes nothing new
      await instance.start(); // answers /readyz again
      expect(instance.process()!.pid).not.toBe(pid);
      // Back in the front's rotation once its probe passed twice (1 s apart), before the next goes.
      await sleep(2_500);
    }
    const { ok, failures } = await stop();
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(100);
  });

  it("loses no request when an instance is killed under load, and takes it back when it restarts", async () => {
    const stop = load(6);
    await sleep(1_500);
    const killed = fleet.instances[1]!;
    await killed.stop("SIGKILL");
    // Really gone: nothing answers on its port.
    await expect(fetch(`${killed.url}/healthz`)).rejects.toThrow();
    await sleep(3_000);
    await killed.start();
    await sleep(2_000);
    const { ok, failures } = await stop();
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(100);

    // It is back in the rotation (once its probe has passed twice): with the other two stopped
    // the front still answers, from it.
    await fleet.instances[0]!.stop();
    await fleet.instances[2]!.stop();
    let res = await get(`${fleet.frontUrl}/?after=restart`);
    for (let n = 0; res.status !== 200 && n < 30; n++) {
      await sleep(500);
      res = await get(`${fleet.frontUrl}/?after=restart-${n}`);
    }
    expect(res.status).toBe(200);
    expect(res.body).toContain("สำนักงานคณะกรรมการการเลือกตั้ง");
  });
});
