import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed";
import { siteInstance, type Instance } from "@/scripts/fleet-parts";
import { filesUnder } from "@/tests/helpers/media-database";
import { queryOnce } from "@/tests/helpers/query-once";
import { createE2EDatabase, type E2EDatabase } from "@/tests/helpers/e2e-database";

// `npm run backup` and `npm run restore` as an operator runs them: a seeded site (published and
// draft posts, files on disk, election results) is backed up, restored into a new, empty database
// and uploads folder, and both are served by the built site side by side: every public page the
// sitemap lists and every file those pages name must be byte-identical (pages: their HTML, see
// shown()), and every row of every table (staff, revisions, audit log…) present.

const root = path.resolve(import.meta.dirname, "../..");
const BASE_PORT = Number(process.env.FLEET_TEST_PORT ?? "3180") + 10;
const work = mkdtempSync(path.join(os.tmpdir(), "ect-backup-test-"));
const archive = path.join(work, "site.tar");
const DRAFT_TITLE = "ร่างประกาศที่ยังไม่เผยแพร่ สำรองข้อมูล";

let source: E2EDatabase;
let targetUrl: string;
let targetDir: string;
const admin = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const servers: Instance[] = [];

function npm(script: string, args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST")));
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    cwd: root,
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const query = queryOnce;

type Query = <T>(sql: string) => Promise<T[]>;

/** Every table's row count and a digest of all its rows, by name. */
async function tableDigests(on: string | Query): Promise<Record<string, string>> {
  const run: Query = typeof on === "string" ? <T>(sql: string) => query(on, sql) as Promise<T[]> : on;
  const tables = await run<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await run<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${name}" t`,
    );
    out[name] = `${row!.n} ${row!.digest ?? "-"}`;
  }
  return out;
}

beforeAll(async () => {
  source = await createE2EDatabase();
  // A draft and its file, which only staff see: a backup holds them all the same.
  await query(
    source.env.DATABASE_URL!,
    `INSERT INTO "Post" (section, status, title, "updatedAt") VALUES ('PRESS_RELEASE', 'DRAFT', $1, now())`,
    [DRAFT_TITLE],
  );
  const name = `restore_${process.pid}_${Date.now().toString(36)}`;
  await query(admin.toString(), `CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  targetUrl = url.toString();
  targetDir = path.join(work, "restored");
});

afterAll(async () => {
  for (const s of servers) await s.remove();
  if (targetUrl)
    await query(admin.toString(), `DROP DATABASE IF EXISTS "${new URL(targetUrl).pathname.slice(1)}" WITH (FORCE)`);
  await source?.drop();
  rmSync(work, { recursive: true, force: true });
});

async function get(url: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  return { status: res.status, type: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
}

describe("npm run backup, npm run restore", () => {
  it("brings a whole site back: every public page and file byte-identical, every record present", async () => {
    const target = { DATABASE_URL: targetUrl, DATA_DIR: targetDir, UPLOADS_DIR: path.join(targetDir, "uploads") };
    const backup = npm("backup", [archive], source.env);
    expect(backup.out).toMatch(/✓ .*site\.tar .*the PostgreSQL database and \d+ file\(s\)/);
    expect(backup.status).toBe(0);

    const restored = npm("restore", [archive], target);
    expect(restored.out).toContain("✓ restored");
    expect(restored.status).toBe(0);
    // Into a database or folder that holds something: refused, nothing touched.
    const again = npm("restore", [archive], target);
    expect(again.status).toBe(1);
    expect(again.out).toContain("is not empty");

    expect(await tableDigests(targetUrl)).toEqual(await tableDigests(source.env.DATABASE_URL!));
    expect(await query(targetUrl, `SELECT status FROM "Post" WHERE title = $1`, [DRAFT_TITLE])).toEqual([
      { status: "DRAFT" },
    ]);

    const [before, after] = [
      siteInstance({ root, basePort: BASE_PORT, index: 1, env: source.env, distDir: build(), workDir: work }),
      siteInstance({ root, basePort: BASE_PORT, index: 2, env: target, distDir: build(), workDir: work }),
    ];
    servers.push(before, after);
    await Promise.all([before.start(), after.start()]);

    const sitemap = (await get(`${before.url}/sitemap.xml`)).body.toString();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(pages.length).toBeGreaterThan(30);
    expect(pages).toContain("/");
    const files = new Set<string>();
    const differ: string[] = [];
    for (const page of pages) {
      const [a, b] = await Promise.all([get(`${before.url}${page}`), get(`${after.url}${page}`)]);
      expect(a.status, page).toBe(200);
      if (b.status !== a.status || shown(a.body, before) !== shown(b.body, after)) differ.push(page);
      for (const m of a.body.toString().matchAll(/\/files\/\d+-[0-9a-f]{32}\/[^"'\s<>)]+/g)) files.add(m[0]);
    }
    expect(differ).toEqual([]);
    expect(files.size).toBeGreaterThan(10);
    for (const file of files) {
      const [a, b] = await Promise.all([get(`${before.url}${file}`), get(`${after.url}${file}`)]);
      expect(a.status, file).toBe(200);
      if (b.status !== 200 || !b.body.equals(a.body) || b.type !== a.type) differ.push(file);
    }
    expect(differ).toEqual([]);
    console.log(`[backup] compared ${pages.length} pages and ${files.size} files`);
  });

  it("does the same for the embedded database of npm start (DATA_DIR, no DATABASE_URL)", async () => {
    const from = {
      DATABASE_URL: "",
      DATA_DIR: path.join(work, "embedded"),
      UPLOADS_DIR: path.join(work, "embedded/uploads"),
    };
    const to = {
      DATABASE_URL: "",
      DATA_DIR: path.join(work, "embedded-restored"),
      UPLOADS_DIR: path.join(work, "embedded-restored/uploads"),
    };
    const seeded = createPrisma({ pgliteDir: path.join(from.DATA_DIR, "pgdata") });
    try {
      await applyMigrations(seeded.runner);
      await seedDemo(seeded.prisma, { uploadsDir: from.UPLOADS_DIR });
    } finally {
      await seeded.close();
    }
    const file = path.join(work, "embedded.tar");
    const backup = npm("backup", [file], from);
    expect(backup.out).toMatch(/the embedded database and \d+ file\(s\)/);
    const restored = npm("restore", [file], to);
    expect(restored.out).toContain("✓ restored");
    // A PostgreSQL archive is not restored into an embedded database, nor the other way round.
    const crossed = npm("restore", [archive], { ...to, DATA_DIR: path.join(work, "crossed") });
    expect(crossed.out).toContain("holds a PostgreSQL database; restore it with DATABASE_URL set");

    const digests = async (dir: string) => {
      const db = createPrisma({ pgliteDir: path.join(dir, "pgdata") });
      try {
        return await tableDigests((sql) => db.runner.query(sql));
      } finally {
        await db.close();
      }
    };
    const original = await digests(from.DATA_DIR);
    expect(Number(original.Post!.split(" ")[0])).toBeGreaterThan(10);
    expect(await digests(to.DATA_DIR)).toEqual(original);
    expect(await filesUnder(to.UPLOADS_DIR)).toEqual(await filesUnder(from.UPLOADS_DIR));
  });
});

/**
 * A page as a reader gets it, without what differs between any two servers of one build: their
 * own address (links are absolute: http://ect.localhost:PORT/…) and the order in which React's
 * stream (the self.__next_f scripts) happened to send its chunks. The HTML itself is compared
 * byte for byte.
 */
function shown(body: Buffer, server: Instance): string {
  return body
    .toString()
    .replaceAll(`:${server.port}`, ":PORT")
    .replace(/<script>self\.__next_f\.push\(.*?\)<\/script>/gs, "");
}

function build(): string {
  return process.env.NEXT_DIST_DIR || ".next";
}
