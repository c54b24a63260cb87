import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fleet } from "@/scripts/fleet-parts";
import { startTestFleet } from "@/tests/helpers/test-fleet";
import { createE2EDatabase, type E2EDatabase } from "@/tests/helpers/e2e-database";
import { E2E_USERS } from "@/tests/helpers/e2e-users";
import { steadyLoad } from "@/tests/helpers/fleet-load";
import { startPrivatePostgres, type PrivatePostgres } from "@/tests/helpers/private-postgres";
import { freePort } from "@/tests/helpers/free-port";
import { queryOnce } from "@/tests/helpers/query-once";
import { signInCookie } from "@/tests/helpers/sign-in-cookie";

// PostgreSQL restarted under load, as an operator (or a failover) restarts it: two instances and
// Varnish on a PostgreSQL server of this test's own (tests/helpers/private-postgres.ts), stopped
// and started again while readers load public pages through the front. Readers must see no
// error (the front serves its copies while no instance is ready), staff must get the Thai
// «ระบบฐานข้อมูลไม่พร้อม» instead of an error page, and everything saved before must be there after.

const FRONT_PORT = Number(process.env.FLEET_TEST_PORT ?? "3180") + 20;
let postgres: PrivatePostgres;
let db: E2EDatabase;
let fleet: Fleet;

const query = <T extends pg.QueryResultRow>(sql: string) => queryOnce<T>(db.env.DATABASE_URL!, sql);

beforeAll(async () => {
  postgres = startPrivatePostgres(await freePort());
  const machine = process.env.DATABASE_URL;
  process.env.DATABASE_URL = postgres.url;
  try {
    db = await createE2EDatabase();
  } finally {
    process.env.DATABASE_URL = machine;
  }
  fleet = await startTestFleet({
    databaseUrl: db.env.DATABASE_URL!,
    instances: 2,
    frontPort: FRONT_PORT,
    name: "fleet-pg",
  });
});

afterAll(async () => {
  await fleet?.stop();
  await db?.drop().catch(() => {});
  postgres?.remove();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => Promise<boolean>, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(200)) if (await ok()) return;
  throw new Error(`not within ${ms / 1000} s: ${what}`);
}

const readiness = () =>
  Promise.all(
    fleet.instances.map((i) =>
      fetch(`${i.url}/readyz`).then(
        (r) => r.status,
        () => 0,
      ),
    ),
  );

/** What staff have saved: every post, revision, file and election row, as one digest per table. */
const saved = () =>
  query<{ t: string; n: number; digest: string }>(
    `SELECT 'Post' AS t, count(*)::int AS n, md5(string_agg(p::text, '' ORDER BY p.id)) AS digest FROM "Post" p
     UNION ALL SELECT 'PostRevision', count(*)::int, md5(string_agg(r::text, '' ORDER BY r.id)) FROM "PostRevision" r
     UNION ALL SELECT 'Asset', count(*)::int, md5(string_agg(a.id || a.sha256, '' ORDER BY a.id)) FROM "Asset" a
     UNION ALL SELECT 'Contest', count(*)::int, md5(string_agg(c::text, '' ORDER BY c.id)) FROM "Contest" c`,
  );

describe("PostgreSQL restarted under load", () => {
  it("keeps public pages served, tells staff «ระบบฐานข้อมูลไม่พร้อม», and loses nothing", async () => {
    const [post] = await query<{ id: number }>(`SELECT id FROM "Post" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    const pages = ["/", "/news/press-releases", "/calendar", `/posts/${post!.id}`].map((p) => `${fleet.frontUrl}${p}`);
    // The front holds a copy of each.
    for (const page of pages) {
      await fetch(page).then((r) => r.arrayBuffer());
      expect((await fetch(page)).headers.get("x-front-cache"), page).toBe("HIT");
    }
    const cookie = await signInCookie(fleet.frontUrl, E2E_USERS.editor);
    const staff = () => fetch(`${fleet.frontUrl}/admin`, { headers: { cookie }, redirect: "manual" });
    expect((await staff()).status).toBe(200);
    const before = await saved();

    const stopLoad = steadyLoad(4, (n) => pages[n % pages.length]!);
    await sleep(1_000);
    postgres.stop();
    await until("every instance reports its database unreachable", async () =>
      (await readiness()).every((s) => s === 503),
    );
    const refused = await staff();
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    const page = await refused.text();
    expect(page).toContain('<html lang="th">');
    expect(page).toContain("ระบบฐานข้อมูลไม่พร้อม");
    const upload = await fetch(`${fleet.frontUrl}/api/admin/uploads`, {
      method: "POST",
      headers: { cookie, origin: fleet.frontUrl },
      body: new FormData(),
    });
    expect(upload.status).toBe(503);
    expect(((await upload.json()) as { error: string }).error).toMatch(/^ระบบฐานข้อมูลไม่พร้อม/);
    await sleep(3_000); // readers go on meanwhile

    postgres.start();
    await until("every instance ready again", async () => (await readiness()).every((s) => s === 200));
    await sleep(1_500);
    const { ok, failures } = await stopLoad();
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(50);

    await until("staff pages back", async () => (await staff()).status === 200);
    expect(await saved()).toEqual(before);
    for (const i of fleet.instances) expect(i.process()!.exitCode, `instance ${i.index} still running`).toBeNull();
  });
});
