// `npm test`: every test — unit and integration under three server time zones, then the
// end-to-end suite in Chromium against the production build, also under each time zone.
// Then the newcomer's first session on a site started with `npm start` (embedded database).
// Prints one closing line "N passed, N failed".
import "dotenv/config";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent, sourceStamp, stampPath } from "@/scripts/build-stamp";
import { createE2EDatabase } from "./helpers/e2e-database";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const ZONES = ["Asia/Bangkok", "UTC", "America/Los_Angeles"];
const reports = path.join(root, "test-results");
const totals = { passed: 0, failed: 0 };
const only = process.argv.slice(2); // e.g. `npm test -- unit int`
const wants = (kind: string) => only.length === 0 || only.includes(kind);

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** Like run(), but keeps this process's event loop free: the servers' output is piped through it. */
function runAsync(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const child = spawn(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  return new Promise((resolve) => {
    child.once("error", () => resolve(1));
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

function countVitest(file: string, exit: number): void {
  if (!existsSync(file)) return void (totals.failed += exit === 0 ? 0 : 1);
  const json = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests + (exit !== 0 && json.numFailedTests === 0 ? 1 : 0);
}

function countPlaywright(file: string, exit: number): void {
  if (!existsSync(file)) return void (totals.failed += 1);
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  totals.passed += json.stats.expected + json.stats.flaky;
  totals.failed += json.stats.unexpected + (exit !== 0 && json.stats.unexpected === 0 ? 1 : 0);
}

/**
 * Echoes a server's output to the console and keeps a copy in `file`: the run counts a failure
 * when the server warned (countServerWarnings), and specs may read it (E2E_SERVER_LOG).
 */
function keepServerLog(child: ChildProcess, file: string, onStdout?: (text: string) => void): () => Promise<void> {
  const log = createWriteStream(file);
  child.stdout?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    process.stdout.write(chunk);
    onStdout?.(chunk.toString());
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    process.stderr.write(chunk);
  });
  return () => new Promise((r) => log.end(r));
}

// Node prints a deprecation once per process, e.g. "(node:123) DeprecationWarning: Calling
// client.query() when the client is already executing a query is deprecated and will be removed in
// pg@9.0": two queries overlapped on one transaction's connection. pg 9 makes it an error.
const PG_DEPRECATION =
  /DeprecationWarning: (Calling client\.query\(\) when the client is already executing a query|.*\bpg@\d)/;

/** One failure when the server's log holds a deprecation warning from pg. */
function countServerWarnings(file: string): void {
  const lines = existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => PG_DEPRECATION.test(l))
    : [];
  if (lines.length === 0) return;
  console.error(`\n✗ the server warned (${path.relative(root, file)}):\n${lines.join("\n")}`);
  totals.failed += 1;
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

async function e2e(): Promise<void> {
  const stamp = sourceStamp(root);
  if (!buildIsCurrent(root, stamp)) {
    if (run(bin("next"), ["build"]) !== 0) return void (totals.failed += 1);
    writeFileSync(stampPath(root), stamp);
  }
  const db = await createE2EDatabase();
  try {
    for (const tz of ZONES) {
      console.log(`\n=== e2e, server TZ=${tz}`);
      const port = process.env.E2E_PORT ?? "3100";
      // Next keeps rendered pages on disk and shares them between servers of one build: start
      // each time zone's server with an empty cache so that it renders every page itself.
      rmSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "server/route-cache"), {
        recursive: true,
        force: true,
      });
      const server = spawn(bin("tsx"), ["server/serve.ts"], {
        cwd: root,
        env: { ...process.env, ...db.env, TZ: tz, PORT: port, NODE_ENV: "production" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const serverLog = path.join(reports, `e2e-server-${tz.replace("/", "-")}.log`);
      const closeLog = keepServerLog(server, serverLog);
      try {
        await waitForServer(`http://127.0.0.1:${port}/accessibility`, 60_000);
        const out = path.join(reports, `e2e-${tz.replace("/", "-")}.json`);
        const exit = await runAsync(bin("playwright"), ["test", "-c", "tests/playwright.config.ts"], {
          E2E_BASE_URL: `http://127.0.0.1:${port}`,
          E2E_SERVER_LOG: serverLog,
          SERVER_TZ: tz,
          PLAYWRIGHT_JSON_OUTPUT_NAME: out,
        });
        countPlaywright(out, exit);
      } finally {
        server.kill("SIGTERM");
        await new Promise((r) => (server.exitCode === null ? server.once("exit", r) : r(null)));
        await closeLog();
        countServerWarnings(serverLog);
      }
    }
  } finally {
    await db.drop();
  }
}

/**
 * The README's own start on an empty embedded database (no DATABASE_URL): `npm start` in a
 * temporary data folder, then the newcomer's journey with the demo password it printed.
 */
async function newcomer(): Promise<void> {
  console.log("\n=== newcomer: npm start on an embedded database, then the first session");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ect-newcomer-"));
  const port = process.env.NEWCOMER_PORT ?? "3130";
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: port, NODE_ENV: "production" };
  delete env.DATABASE_URL;
  const site = spawn(bin("tsx"), ["scripts/start.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let printed = "";
  const serverLog = path.join(reports, "newcomer-server.log");
  const closeLog = keepServerLog(site, serverLog, (text) => (printed += text));
  try {
    await waitForServer(`http://127.0.0.1:${port}/accessibility`, 600_000);
    const signIn = /Demo sign-in: (\S+) \/ (\S+)/.exec(printed);
    if (!signIn) throw new Error("npm start did not print the demo sign-in");
    const out = path.join(reports, "newcomer.json");
    const exit = await runAsync(bin("playwright"), ["test", "-c", "tests/playwright.newcomer.config.ts"], {
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      E2E_SERVER_LOG: serverLog,
      NEWCOMER_EMAIL: signIn[1]!,
      NEWCOMER_PASSWORD: signIn[2]!,
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    });
    countPlaywright(out, exit);
  } finally {
    // start.ts runs the server as its child: stop the whole group.
    try {
      process.kill(-site.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((r) => (site.exitCode === null ? site.once("exit", r) : r(null)));
    await closeLog();
    countServerWarnings(serverLog);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  run(bin("prisma"), ["generate"]);
  for (const project of ["unit", "int"]) {
    if (!wants(project)) continue;
    for (const [i, tz] of ZONES.entries()) {
      console.log(`\n=== ${project}, TZ=${tz}`);
      const out = path.join(reports, `${project}-${tz.replace("/", "-")}.json`);
      // After the first zone, files marked "zone-independent" are left out (tests/vitest.config.ts).
      const env = { TZ: tz, LATER_ZONE: i > 0 ? "1" : "0" };
      const exit = run(
        bin("vitest"),
        [
          "run",
          "--config",
          "tests/vitest.config.ts",
          "--project",
          project,
          "--reporter=default",
          "--reporter=json",
          `--outputFile.json=${out}`,
        ],
        env,
      );
      countVitest(out, exit);
    }
  }
  if (wants("e2e")) await e2e();
  if (wants("newcomer")) await newcomer();
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log(`\n${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});
