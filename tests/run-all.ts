// `npm test`: first what the machine needs (tests/prerequisites.ts), then the type check and the
// linter, then every test — unit and integration under three server time zones, the end-to-end
// suite in Chromium against the production build (in full under the first zone, its
// time-zone-sensitive specs under the others: tests/helpers/e2e-zones.ts), and beside it the
// newcomer's first session on a site started with `npm start` (embedded database), and then, with
// DATABASE_URL, several instances of the build behind Varnish (tests/fleet). Prints how
// long each phase took ("phase …: N s") and one closing line "N passed, N failed".
// `npm test -- unit int` runs only those kinds (static, unit, int, e2e, newcomer, fleet).
import "dotenv/config";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent, sourceStamp, stampPath } from "@/scripts/build-stamp";
import { copyBuild } from "@/scripts/fleet-parts";
import { waitForAnswer } from "@/scripts/wait-for-answer";
import { createE2EDatabase, smtpPortFor, type E2EDatabase } from "./helpers/e2e-database";
import { ensurePrerequisites } from "./prerequisites";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const ZONES = ["Asia/Bangkok", "UTC", "America/Los_Angeles"];
const reports = path.join(root, "test-results");
const BUILD_DIR = process.env.NEXT_DIST_DIR || ".next"; // as in next.config.ts
const totals = { passed: 0, failed: 0 };
/** What failed, one line each: printed again just before the closing line, where a CI log's tail shows it. */
const failures: string[] = [];

function fail(what: string, count = 1): void {
  totals.failed += count;
  failures.push(what);
}

/** The first line of an error message, without terminal colours. */
const firstLine = (message = "") =>
  message
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 300) ?? "";
const only = process.argv.slice(2); // e.g. `npm test -- unit int`
const wants = (kind: string) => only.length === 0 || only.includes(kind);

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/**
 * Like run(), but keeps this process's event loop free: the servers' output is piped through it.
 * With `log`, the output goes to that file instead of the console (for jobs that run side by side).
 */
function runAsync(cmd: string, args: string[], env: Record<string, string> = {}, log?: string): Promise<number> {
  const out = log ? createWriteStream(log) : undefined;
  const child = spawn(cmd, args, {
    stdio: out ? ["ignore", "pipe", "pipe"] : "inherit",
    cwd: root,
    env: { ...process.env, ...env },
  });
  // Both streams into one file: neither may end it, the exit below does.
  child.stdout?.pipe(out!, { end: false });
  child.stderr?.pipe(out!, { end: false });
  return new Promise((resolve) => {
    child.once("error", () => resolve(1));
    child.once("close", (code) => (out ? out.end(() => resolve(code ?? 1)) : resolve(code ?? 1)));
  });
}

/** Runs `fn` and prints how long it took: one line per phase, for finding where CI time goes. */
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    console.log(`phase ${name}: ${Math.round((performance.now() - t0) / 1000)} s`);
  }
}

/** Runs the jobs, at most `limit` at a time. */
async function pool(limit: number, jobs: Array<() => Promise<void>>): Promise<void> {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }),
  );
}

/** Prints a side-by-side job's log once it is done, so that outputs do not interleave. */
function printLog(file: string): void {
  if (existsSync(file)) process.stdout.write(readFileSync(file, "utf8"));
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ fullName: string; status: string; failureMessages?: string[] }>;
  }>;
};

function countVitest(file: string, exit: number, label: string): void {
  if (!existsSync(file)) {
    if (exit !== 0) fail(`${label}: no report (exit ${exit})`);
    return;
  }
  const json = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  const before = failures.length;
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  for (const f of json.testResults) {
    const where = path.relative(root, f.name);
    const failed = f.assertionResults.filter((a) => a.status === "failed");
    for (const a of failed) failures.push(`${label} ${where} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    // A file that failed to load or whose hooks threw has no failed test of its own.
    if (f.status === "failed" && failed.length === 0) fail(`${label} ${where}: ${firstLine(f.message)}`);
  }
  if (exit !== 0 && failures.length === before) fail(`${label}: exit ${exit}`);
}

type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: Array<{
    title: string;
    line: number;
    tests: Array<{ status: string; results: Array<{ error?: { message?: string } }> }>;
  }>;
  suites?: PlaywrightSuite[];
};

function countPlaywright(file: string, exit: number, label: string): void {
  if (!existsSync(file)) return fail(`${label}: no report (exit ${exit})`);
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
    suites?: PlaywrightSuite[];
    errors?: Array<{ message?: string }>;
  };
  totals.passed += json.stats.expected + json.stats.flaky;
  totals.failed += json.stats.unexpected;
  const walk = (suite: PlaywrightSuite, file: string) => {
    const here = suite.file ?? file;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests.filter((t) => t.status === "unexpected")) {
        const error = t.results.map((r) => r.error?.message).find(Boolean);
        failures.push(`${label} ${here}:${spec.line} › ${spec.title}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of json.suites ?? []) walk(suite, suite.file ?? "");
  for (const e of json.errors ?? []) failures.push(`${label}: ${firstLine(e.message)}`);
  if (exit !== 0 && json.stats.unexpected === 0) fail(`${label}: exit ${exit}`);
}

/**
 * Echoes a server's output to the console and keeps a copy in `file`: the run counts a failure
 * when the server warned (countServerWarnings), and specs may read it (E2E_SERVER_LOG).
 */
function keepServerLog(
  child: ChildProcess,
  file: string,
  onStdout?: (text: string) => void,
  echo = true,
): () => Promise<void> {
  const log = createWriteStream(file);
  child.stdout?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    if (echo) process.stdout.write(chunk);
    onStdout?.(chunk.toString());
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    if (echo) process.stderr.write(chunk);
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
  fail(`the server warned (${path.relative(root, file)}): ${lines[0]!.trim().slice(0, 300)}`);
}

/** `next build` unless the build is current; false when it failed. Output to `log`. */
async function build(log: string): Promise<boolean> {
  const stamp = sourceStamp(root);
  if (buildIsCurrent(root, stamp)) return true;
  if ((await runAsync(bin("next"), ["build"], {}, log)) !== 0) {
    fail("next build");
    return false;
  }
  writeFileSync(stampPath(root), stamp);
  return true;
}

/**
 * A copy of the build without its page caches, for a server that must render every page itself
 * while another server of the same build runs: Next keeps rendered pages on disk in the build.
 */
const buildCopy = (dist: string) => copyBuild(root, BUILD_DIR, dist);

/**
 * The end-to-end suite against a server in time zone `tz`. `dist`: a build copy of its own
 * (else the build itself, its page cache emptied first). `quiet`: output to files, printed after.
 */
async function e2eZone(tz: string, port: number, db: E2EDatabase, dist?: string, quiet = false): Promise<void> {
  const zone = tz.replace("/", "-");
  if (!quiet) console.log(`\n=== e2e, server TZ=${tz}`);
  if (!dist) rmSync(path.join(root, BUILD_DIR, "server/route-cache"), { recursive: true, force: true });
  const server = spawn(bin("tsx"), ["server/serve.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ...db.env,
      ...(dist ? { NEXT_DIST_DIR: dist } : {}),
      TZ: tz,
      PORT: String(port),
      NODE_ENV: "production",
      // E-mail alerts go to the SMTP server tests/e2e/alerts.e2e.spec.ts runs on this port.
      SMTP_URL: `smtp://127.0.0.1:${smtpPortFor(port)}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const serverLog = path.join(reports, `e2e-server-${zone}.log`);
  const playwrightLog = quiet ? path.join(reports, `e2e-playwright-${zone}.log`) : undefined;
  const closeLog = keepServerLog(server, serverLog, undefined, !quiet);
  try {
    await waitForAnswer(`http://127.0.0.1:${port}/accessibility`, { ok: (s) => s < 500, ms: 60_000, everyMs: 500 });
    const out = path.join(reports, `e2e-${zone}.json`);
    const exit = await runAsync(
      bin("playwright"),
      ["test", "-c", "tests/playwright.config.ts"],
      {
        E2E_BASE_URL: `http://127.0.0.1:${port}`,
        E2E_SERVER_LOG: serverLog,
        E2E_SMTP_PORT: String(smtpPortFor(port)),
        SERVER_TZ: tz,
        PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      },
      playwrightLog,
    );
    countPlaywright(out, exit, `e2e TZ=${tz}`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode === null ? server.once("exit", r) : r(null)));
    await closeLog();
    if (playwrightLog) {
      console.log(`\n=== e2e, server TZ=${tz} (server output: ${path.relative(root, serverLog)})`);
      printLog(playwrightLog);
    }
    countServerWarnings(serverLog);
  }
}

/**
 * The whole suite under the first zone; then the later zones side by side, each with a database,
 * a build copy and a port of its own (E2E_PORT + 2, + 3: + 1 is the newcomer's). Much of their
 * time is spent waiting for a scheduled minute, and they run only the time-zone-sensitive specs.
 */
async function e2e(): Promise<void> {
  const port = Number(process.env.E2E_PORT ?? "3100");
  const first = await createE2EDatabase();
  try {
    await phase(`e2e TZ=${ZONES[0]}`, () => e2eZone(ZONES[0]!, port, first));
  } finally {
    await first.drop();
  }
  // One after the other: a database is named after the process and the millisecond.
  const later: E2EDatabase[] = [];
  try {
    for (const _ of ZONES.slice(1)) later.push(await createE2EDatabase());
    await phase(`e2e later zones`, () =>
      Promise.all(
        ZONES.slice(1).map(async (tz, i) => {
          const dist = buildCopy(`.next-e2e-${port + 2 + i}`);
          try {
            await phase(`e2e TZ=${tz}`, () => e2eZone(tz, port + 2 + i, later[i]!, dist, true));
          } finally {
            rmSync(path.join(root, dist), { recursive: true, force: true });
          }
        }),
      ),
    );
  } finally {
    for (const db of later) await db.drop();
  }
}

/**
 * The README's own start on an empty embedded database (no DATABASE_URL): `npm start` in a
 * temporary data folder, then the newcomer's journey with the demo password it printed. It runs
 * beside the end-to-end suite (most of its time is spent waiting for a scheduled minute), on a copy
 * of the build without its page caches so that neither server serves the other's pages; its output
 * is printed when it is done.
 */
async function newcomer(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ect-newcomer-"));
  const port = process.env.NEWCOMER_PORT ?? "3130";
  const dist = buildCopy(`.next-newcomer-${port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: port,
    NODE_ENV: "production",
    NEXT_DIST_DIR: dist,
  };
  delete env.DATABASE_URL;
  const site = spawn(bin("tsx"), ["scripts/start.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let printed = "";
  const serverLog = path.join(reports, "newcomer-server.log");
  const closeLog = keepServerLog(site, serverLog, (text) => (printed += text), false);
  const playwrightLog = path.join(reports, "newcomer-playwright.log");
  try {
    await waitForAnswer(`http://127.0.0.1:${port}/accessibility`, { ok: (s) => s < 500, ms: 600_000, everyMs: 500 });
    const signIn = /Demo sign-in: (\S+) \/ (\S+)/.exec(printed);
    if (!signIn) throw new Error("npm start did not print the demo sign-in");
    const out = path.join(reports, "newcomer.json");
    const exit = await runAsync(
      bin("playwright"),
      ["test", "-c", "tests/playwright.newcomer.config.ts"],
      {
        E2E_BASE_URL: `http://127.0.0.1:${port}`,
        E2E_SERVER_LOG: serverLog,
        NEWCOMER_EMAIL: signIn[1]!,
        NEWCOMER_PASSWORD: signIn[2]!,
        PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      },
      playwrightLog,
    );
    countPlaywright(out, exit, "newcomer");
  } finally {
    // start.ts runs the server as its child: stop the whole group.
    try {
      process.kill(-site.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((r) => (site.exitCode === null ? site.once("exit", r) : r(null)));
    await closeLog();
    console.log("\n=== newcomer: npm start on an embedded database, then the first session");
    printLog(serverLog);
    printLog(playwrightLog);
    countServerWarnings(serverLog);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(path.join(root, dist), { recursive: true, force: true });
  }
}

/** Type check and lint side by side; the run stops at once when either fails. */
async function staticChecks(): Promise<void> {
  const checks = await Promise.all(
    ["typecheck", "lint"].map(async (script) => {
      const log = path.join(reports, `${script}.log`);
      const exit = await phase(script, () => runAsync("npm", ["run", "--silent", script], {}, log));
      return { script, log, exit };
    }),
  );
  const failed = checks.filter((c) => c.exit !== 0);
  for (const c of failed) {
    console.error(`\n✗ npm run ${c.script} failed:`);
    printLog(c.log);
  }
  if (failed.length > 0) {
    console.log(`\n0 passed, ${failed.length} failed`);
    process.exit(1);
  }
}

/** One vitest project under one server time zone; output to `log` when it runs beside others. */
async function vitest(project: string, zone: number, log?: string): Promise<void> {
  const tz = ZONES[zone]!;
  const out = path.join(reports, `${project}-${tz.replace("/", "-")}.json`);
  // After the first zone, files marked "zone-independent" are left out (tests/vitest.config.ts).
  const env = { TZ: tz, LATER_ZONE: zone > 0 ? "1" : "0" };
  const args = ["run", "--config", "tests/vitest.config.ts", "--project", project, "--reporter=default"];
  const exit = await phase(`${project} TZ=${tz}`, () =>
    runAsync(bin("vitest"), [...args, "--reporter=json", `--outputFile.json=${out}`], env, log),
  );
  if (log) {
    console.log(`\n=== ${project}, TZ=${tz}`);
    printLog(log);
  }
  countVitest(out, exit, `${project} TZ=${tz}`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const fleet = wants("fleet") && !!process.env.DATABASE_URL;
  await phase("prerequisites", () => ensurePrerequisites(wants("e2e") || wants("newcomer"), fleet));
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  // The type check reads the generated Prisma client.
  run(bin("prisma"), ["generate"]);
  if (wants("static")) await staticChecks();
  if (wants("unit")) {
    for (const zone of ZONES.keys()) {
      console.log(`\n=== unit, TZ=${ZONES[zone]}`);
      await vitest("unit", zone);
    }
  }
  // The integration files run one at a time (tests/vitest.config.ts), on one core: two zones, or a
  // zone and the production build, run side by side on this two-core machine.
  const browser = wants("e2e") || wants("newcomer");
  let built = !browser && !fleet;
  const jobs: Array<() => Promise<void>> = [];
  if (browser || fleet) {
    jobs.push(async () => {
      const log = path.join(reports, "build.log");
      built = await phase("build", () => build(log));
      console.log("\n=== next build");
      printLog(log);
    });
  }
  if (wants("int")) {
    for (const zone of ZONES.keys()) {
      jobs.push(() => vitest("int", zone, path.join(reports, `int-${ZONES[zone]!.replace("/", "-")}.log`)));
    }
  }
  await pool(2, jobs);
  if (built) {
    await Promise.all([wants("e2e") ? e2e() : undefined, wants("newcomer") ? phase("newcomer", newcomer) : undefined]);
    // Several instances behind Varnish, alone: three servers would slow the browser tests' own.
    if (fleet) {
      console.log("\n=== fleet: several instances behind Varnish");
      await vitest("fleet", 0);
    }
  }
  if (wants("fleet") && !fleet)
    console.log("\nfleet: skipped, it needs DATABASE_URL (a PostgreSQL server the instances share)");
  console.log(`phase all: ${Math.round((performance.now() - t0) / 1000)} s`);
  printFailures();
  console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

function printFailures(): void {
  if (failures.length === 0) return;
  console.log(`\nfailed:`);
  for (const f of failures) console.log(`  ✗ ${f}`);
}

main().catch((error: unknown) => {
  console.error(error);
  printFailures();
  console.log(`\n${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});
