// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIsCurrent, sourceStamp, stampPath } from "@/scripts/build-stamp";
import { createPrisma } from "@/lib/db/client";
import { CROSS_ORIGIN_MESSAGE } from "@/lib/http/origin";
import { createE2EDatabase, type E2EDatabase } from "@/tests/helpers/e2e-database";

// Attacks on the production server itself (server/serve.ts: Next behind the page cache), as a
// script would make them: forged forwarding headers, query strings that bust the cache, an
// encoding that would poison it. The real server on a seeded database, built first if needed.

const root = path.resolve(import.meta.dirname, "../..");
const SITE = "https://ect.example.go.th";
const UA = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130";

let db: E2EDatabase;
let server: ChildProcess | undefined;
let port = 0;

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One request with exactly these headers (fetch would add and decode Accept-Encoding itself). */
function send(pathname: string, headers: Record<string, string> = {}, method = "GET", body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function startServer(env: Record<string, string>): Promise<void> {
  port = Number(process.env.ATTACK_EDGE_PORT) || (await freePort());
  // Pages another database left in Next's on-disk cache must not answer here (as tests/run-all.ts does).
  rmSync(path.join(root, ".next/server/route-cache"), { recursive: true, force: true });
  server = spawn(path.join(root, "node_modules/.bin/tsx"), ["server/serve.ts"], {
    cwd: root,
    env: { ...process.env, ...db.env, ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // tsx runs node as a child: stop the whole group
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await send("/accessibility")).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid, "SIGTERM");
  await exited;
}

beforeAll(async () => {
  const stamp = sourceStamp(root);
  if (!buildIsCurrent(root, stamp)) {
    const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
    writeFileSync(stampPath(root), stamp);
  }
  db = await createE2EDatabase();
  // No proxy in front (the default): every forwarding header below is the client's own.
  await startServer({ SITE_URL: SITE, TRUSTED_PROXIES: "0" });
}, 600_000);

afterAll(async () => {
  await stopServer();
  await db?.drop();
}, 60_000);

describe("the page cache against a script", () => {
  it("a page asked for with ?x=1, ?x=2, … is rendered once and served from one entry", async () => {
    const first = await send("/news/press-releases?x=1", { "user-agent": UA });
    expect(first.status).toBe(200);
    for (let i = 2; i <= 5; i++) {
      const next = await send(`/news/press-releases?x=${i}`, { "user-agent": UA });
      expect(next.headers["x-page-cache"], `?x=${i}`).toBe("HIT");
      expect(next.body.equals(first.body)).toBe(true);
    }
    expect((await send("/news/press-releases")).headers["x-page-cache"]).toBe("HIT");
  });

  it("the link-preview image is drawn once, whatever query string follows it", async () => {
    const first = await send(`/og/site.png?${Math.random()}`);
    expect(first.status).toBe(200);
    expect(first.headers["content-type"]).toBe("image/png");
    for (let i = 0; i < 5; i++) expect((await send(`/og/site.png?random=${i}`)).headers["x-page-cache"]).toBe("HIT");
  });

  it("the sitemap and the feeds are rendered once, not per request", async () => {
    for (const address of ["/sitemap.xml", "/feed.xml", "/calendar.ics"]) {
      expect((await send(address, { "accept-encoding": "gzip" })).status, address).toBe(200);
      const again = await send(`${address}?v=2`, { "accept-encoding": "gzip" });
      expect(again.headers["x-page-cache"], address).toBe("HIT");
    }
  });

  it("a deflate-only client cannot put a deflate body where plain clients read", async () => {
    const deflate = await send("/calendar", { "accept-encoding": "deflate" });
    expect(deflate.status).toBe(200);
    expect(deflate.headers["content-encoding"]).toBeUndefined();

    const plain = await send("/calendar");
    expect(plain.headers["x-page-cache"]).toBe("HIT");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(plain.body.toString("utf8")).toContain("ปฏิทินกิจกรรม");

    const gzip = await send("/calendar", { "accept-encoding": "gzip, deflate, br" });
    expect(["gzip", undefined]).toContain(gzip.headers["content-encoding"]);
  });

  it("every answer says Strict-Transport-Security when SITE_URL is https, cached ones too", async () => {
    for (const address of ["/", "/", "/no-such-page", "/api/online/badge.svg"]) {
      const res = await send(address);
      expect(res.headers["strict-transport-security"], address).toBe("max-age=31536000; includeSubDomains");
    }
  });
});

describe("forged forwarding headers", () => {
  it("a cross-site post that claims the attacker's host in X-Forwarded-Host is refused", async () => {
    const res = await send(
      "/api/admin/uploads",
      { origin: "https://evil.example", "x-forwarded-host": "evil.example", "content-type": "text/plain" },
      "POST",
      "x",
    );
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body.toString("utf8"))).toEqual({ error: CROSS_ORIGIN_MESSAGE });
  });

  it("forged X-Forwarded-For and X-Real-IP do not make one reader several visitors", async () => {
    const figures: unknown[] = [];
    const claims: Record<string, string>[] = [
      { "x-forwarded-for": "203.0.113.1" },
      { "x-forwarded-for": "203.0.113.2, 203.0.113.3" },
      { "x-real-ip": "203.0.113.4" },
      {},
    ];
    for (const forged of claims) {
      const res = await send("/api/online", { ...forged, "user-agent": UA, origin: SITE }, "POST");
      expect(res.status).toBe(200);
      figures.push(JSON.parse(res.body.toString("utf8")).online);
    }
    expect(figures[0]).toBeGreaterThan(0);
    expect(new Set(figures).size).toBe(1);
  });

  // Last: it stops the server to read the database (the embedded one allows one process at a time).
  it("forged X-Forwarded-For values do not change the address the sign-in limit counts", async () => {
    for (const forged of ["203.0.113.10", "198.51.100.20, 203.0.113.11", "203.0.113.12"]) {
      const csrf = await send("/api/auth/csrf", { "x-forwarded-for": forged });
      const cookie = ([] as string[])
        .concat(csrf.headers["set-cookie"] ?? [])
        .map((c) => c.split(";")[0])
        .join("; ");
      const { csrfToken } = JSON.parse(csrf.body.toString("utf8")) as { csrfToken: string };
      const form = new URLSearchParams({
        csrfToken,
        email: "nobody@example.go.th",
        password: "not-the-password",
        json: "true",
      });
      const res = await send(
        "/api/auth/callback/credentials",
        { "x-forwarded-for": forged, "x-real-ip": forged, cookie, "content-type": "application/x-www-form-urlencoded" },
        "POST",
        form.toString(),
      );
      expect(res.status).toBeLessThan(500);
    }
    await stopServer();
    const handle = createPrisma({
      databaseUrl: db.env.DATABASE_URL || undefined,
      pgliteDir: path.join(db.env.DATA_DIR ?? "", "pgdata"),
    });
    try {
      const addresses = await handle.prisma.loginAttempt.findMany({ where: { key: { startsWith: "addr:" } } });
      expect(addresses.map((a) => a.failures)).toEqual([3]);
    } finally {
      await handle.close();
    }
  });
});
