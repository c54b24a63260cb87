import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import pg from "pg";
import { createE2EDatabase, type E2EDatabase } from "./e2e-database";
import { freePort } from "./free-port";

// A production server of the spec's own: its own seeded database (which the spec may lock and
// change directly) and its own copy of the build, so that it can be killed and restarted, and so
// that its pages never mix with the shared e2e server's. Next keeps rendered pages on disk in the
// build folder (server/route-cache), shared by every server of one build and surviving restarts.

const root = path.resolve(import.meta.dirname, "../..");
const build = process.env.NEXT_DIST_DIR || ".next";

export type OwnServer = {
  url: string;
  databaseUrl: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Waits until the server printed a line matching `pattern` (counted from the last start). */
  waitForOutput(pattern: RegExp, ms?: number): Promise<void>;
  /** kill -9 of the whole process group: no clean-up, as in a crash. */
  crash(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
};

async function waitUntilUp(url: string, ms: number): Promise<void> {
  await expect
    .poll(async () => (await fetch(`${url}/accessibility`).catch(() => null))?.status ?? Infinity, {
      message: `own server at ${url} did not start`,
      timeout: ms,
      intervals: [250],
    })
    .toBeLessThan(500);
}

/** Needs DATABASE_URL (a PostgreSQL server) and a production build (`npm run build`). */
export async function startOwnServer(): Promise<OwnServer> {
  const port = await freePort();
  const dist = `.next-own-${port}`;
  // The build without its caches: this server renders every page itself.
  const skip = new Set([path.resolve(root, build, "cache"), path.resolve(root, build, "server", "route-cache")]);
  cpSync(path.resolve(root, build), path.join(root, dist), { recursive: true, filter: (src) => !skip.has(src) });
  const db: E2EDatabase = await createE2EDatabase();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let printed = "";
  let fromStart = 0;

  const start = async () => {
    fromStart = printed.length;
    child = spawn(path.join(root, "node_modules/.bin/tsx"), ["server/serve.ts"], {
      cwd: root,
      env: {
        ...process.env,
        ...db.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        NODE_ENV: "production",
        NEXT_DIST_DIR: dist,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const keep = (chunk: Buffer) => void (printed += chunk.toString());
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    await waitUntilUp(url, 60_000);
  };

  const stop = async (signal: NodeJS.Signals) => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once("exit", r));
    try {
      process.kill(-c.pid!, signal);
    } catch {
      // already gone
    }
    await exited;
  };

  await start();
  return {
    url,
    databaseUrl: db.env.DATABASE_URL!,
    output: () => printed,
    async waitForOutput(pattern, ms = 40_000) {
      await expect
        .poll(() => printed.slice(fromStart), {
          message: `the server did not print ${pattern} within ${ms} ms`,
          timeout: ms,
          intervals: [100],
        })
        .toMatch(pattern);
    },
    crash: () => stop("SIGKILL"),
    start,
    async close() {
      await stop("SIGTERM");
      await db.drop();
      if (existsSync(path.join(root, dist))) rmSync(path.join(root, dist), { recursive: true, force: true });
    },
  };
}

/** A session on the server's database that holds a table lock until released. */
export async function lockTable(databaseUrl: string, table: string, mode: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  await client.query(`LOCK TABLE "${table}" IN ${mode} MODE`);
  return async () => {
    await client.query("COMMIT");
    await client.end();
  };
}
