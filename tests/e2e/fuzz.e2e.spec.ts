import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { knownActionIds } from "@/server/action-ids";
import { basePath, ENCODING_BAD, PARSE_BAD, routesOf, variants, type Route } from "../helpers/app-routes";
import { E2E_USERS } from "../helpers/e2e-users";
import { signInCookie } from "../helpers/sign-in-cookie";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

// Malformed requests to every route the app has, found by reading app/ (a new page or route
// handler is covered without an edit here): bad percent-encoding, NUL and other control bytes,
// very long paths and query strings, every method, odd content types and server-action headers,
// a body over the limit. Any 5xx (or no answer at all) fails the test and names the request.
// With E2E_SERVER_LOG (the server's output, written by tests/run-all.ts) it also checks that
// these requests put no error or stack trace in the server's log.

test.skip(laterZoneRun, ONCE);
test.describe.configure({ timeout: 240_000 });

const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000");
const HOST = base.host;

// ---- sending ----------------------------------------------------------------------------------

type Probe = { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string; note?: string };
type Outcome = { probe: Probe; status: number | null; error?: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });

function send(probe: Probe, cookie?: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...probe.headers };
    if (cookie) headers.cookie = cookie;
    if (probe.body !== undefined) headers["content-length"] = String(Buffer.byteLength(probe.body));
    let settled = false;
    const done = (o: Omit<Outcome, "probe">) => {
      if (settled) return;
      settled = true;
      resolve({ probe, ...o });
    };
    const req = http.request(
      { host: base.hostname, port: base.port, method: probe.method, path: probe.path, headers, agent, timeout: 20_000 },
      (res) => {
        res.resume();
        res.on("end", () => done({ status: res.statusCode ?? null }));
        res.on("error", () => done({ status: res.statusCode ?? null }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e) => done({ status: null, error: e.message }));
    req.end(probe.body);
  });
}

/** Bytes Node's own client refuses to write (NUL, raw non-ASCII, spaces): a raw socket, first status line only. */
function sendRaw(line: Buffer, note: string): Promise<Outcome> {
  const probe: Probe = { method: "RAW", path: JSON.stringify(line.toString("latin1").slice(0, 80)), note };
  return new Promise((resolve) => {
    const socket = net.connect(Number(base.port), base.hostname);
    let received = "";
    const finish = () => {
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      resolve({ probe, status: m ? Number(m[1]) : null, error: m ? undefined : "no answer" });
      socket.destroy();
    };
    socket.setTimeout(20_000, finish);
    socket.on("data", (d) => (received += d.toString("latin1")));
    socket.on("end", finish);
    socket.on("error", finish);
    socket.write(Buffer.concat([line, Buffer.from(`\r\nHost: ${HOST}\r\nConnection: close\r\n\r\n`)]));
  });
}

async function pool<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        results.push(await run(item));
      }
    }),
  );
  return results;
}

function describeOutcome(o: Outcome): string {
  const headers = Object.entries(o.probe.headers ?? {}).map(
    ([k, v]) => `${k}: ${v.length > 60 ? `${v.slice(0, 60)}…` : v}`,
  );
  const size = o.probe.body !== undefined ? ` body ${Buffer.byteLength(o.probe.body)} B` : "";
  const p = o.probe.path.length > 160 ? `${o.probe.path.slice(0, 160)}… (${o.probe.path.length} chars)` : o.probe.path;
  return `${o.probe.method} ${p}${headers.length ? ` [${headers.join("; ")}]` : ""}${size}${o.probe.note ? ` (${o.probe.note})` : ""} → ${o.status ?? o.error}`;
}

// ---- the corpus -------------------------------------------------------------------------------

const ORIGIN = `${base.protocol}//${HOST}`;
const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW"];
// The server-action bodies that answered 500 before (issue 9, item 5), and a few more.
const CONTENT_TYPES = [
  "text/plain;charset=UTF-8",
  "application/json",
  "application/xml",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
];
const GARBAGE = '--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n{"garbage":\r\n--XX--\r\n';
const QUERIES = [
  "?%&q=%FF&page=%E0%B8&year=%00&_rsc=%FF",
  `?q=${"%E0%B8%81".repeat(600)}&${Array.from({ length: 300 }, (_, i) => `a${i}=1`).join("&")}`,
  "?page=-1&year=abc&month=13&q[]=x&section[]=y&callbackUrl=https%3A%2F%2Fevil.example&from=99%2F99%2F9999&id=1e3",
];
const ODD_HEADERS: Record<string, string>[] = [
  {
    rsc: "1",
    "next-router-state-tree": "%FF{garbage",
    "next-router-prefetch": "1",
    "next-router-segment-prefetch": "/%FF",
  },
  {
    "next-url": "%FF",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "gopher",
    range: "bytes=999999999-",
    "if-none-match": '"garbage"',
    "if-modified-since": "not a date",
    "accept-encoding": "br;q=garbage, *;q=2",
    cookie: "next-auth.session-token=garbage; __Secure-next-auth.session-token=%FF",
  },
];
// Over the server-action limit (server/body-limit.ts, 4 MB): sent once per route.
const BIG = Buffer.alloc(5 * 1024 * 1024, 0x61);

/** What a signed-out client sends to one route. */
function publicCorpus(route: Route, actionId: string | null): Probe[] {
  const at = basePath(route);
  const id = actionId ?? "0".repeat(42);
  const probes: Probe[] = variants(route, [...ENCODING_BAD, ...PARSE_BAD]).map((p) => ({ method: "GET", path: p }));
  probes.push(
    { method: "GET", path: `${at}${"/a".repeat(1100)}`, note: "long path" },
    { method: "GET", path: `/${"a".repeat(16 * 1024)}${at}`, note: "long path" },
  );
  for (const q of QUERIES) probes.push({ method: "GET", path: `${at}${q}`, note: "query" });
  for (const h of ODD_HEADERS) probes.push({ method: "GET", path: at, headers: h });
  for (const method of METHODS)
    if (method !== "GET") probes.push({ method, path: at, body: method === "HEAD" ? undefined : "x=1" });
  for (const type of CONTENT_TYPES)
    probes.push({
      method: "POST",
      path: at,
      headers: { "content-type": type, origin: ORIGIN, "next-action": id },
      body: 'garbage{"x"',
    });
  const multipart = { "content-type": "multipart/form-data; boundary=XX" };
  probes.push(
    { method: "POST", path: at, headers: { ...multipart, origin: ORIGIN }, body: GARBAGE },
    { method: "POST", path: at, headers: { "content-type": "application/json", origin: ORIGIN }, body: 'garbage{"x"' },
    { method: "POST", path: at, headers: { ...multipart, origin: ORIGIN, "next-action": "garbage" }, body: GARBAGE },
    {
      method: "POST",
      path: at,
      headers: { ...multipart, origin: ORIGIN, "next-action": "0".repeat(42) },
      body: GARBAGE,
    },
    {
      method: "POST",
      path: at,
      headers: { ...multipart, origin: "https://evil.example", "next-action": id },
      body: GARBAGE,
    },
    { method: "POST", path: at, headers: { ...multipart, origin: "null" }, body: GARBAGE },
    {
      method: "POST",
      path: at,
      headers: { ...multipart, origin: ORIGIN, "next-action": id },
      body: BIG,
      note: "over the limit",
    },
  );
  return probes;
}

/**
 * What a signed-in admin's browser could be made to send to a staff route: bad parameters and
 * queries reach the pages' own parsing, and action posts Next cannot read reach its action
 * handler (before the guard these answered 500 only with a session).
 */
function staffCorpus(route: Route, actionId: string | null): Probe[] {
  const at = basePath(route);
  const probes: Probe[] = variants(route, PARSE_BAD).map((p) => ({ method: "GET", path: p }));
  for (const q of QUERIES) probes.push({ method: "GET", path: `${at}${q}`, note: "query" });
  if (actionId)
    for (const type of CONTENT_TYPES)
      probes.push({
        method: "POST",
        path: at,
        headers: { "content-type": type, origin: ORIGIN, "next-action": actionId },
        body: 'garbage{"x"',
      });
  return probes;
}

/** Request lines with bytes no HTTP client library writes. */
const RAW_LINES = [
  Buffer.from("GET /\u0000 HTTP/1.1", "latin1"),
  Buffer.from("GET /posts/1\u0000.png HTTP/1.1", "latin1"),
  Buffer.concat([Buffer.from("GET /news/"), Buffer.from("ข่าว"), Buffer.from(" HTTP/1.1")]),
  Buffer.from("GET /posts/\xff\xfe HTTP/1.1", "latin1"),
  Buffer.from("GET /a b HTTP/1.1"),
  Buffer.from("GET * HTTP/1.1"),
  Buffer.from(`GET http://${HOST}/posts/%FF HTTP/1.1`),
  Buffer.from("GET /feed.xml HTTP/1.1\r\nX-Bad: a\u0000b", "latin1"),
  Buffer.from("GET /feed.xml HTTP/9.9"),
  Buffer.from("BREW /feed.xml HTTP/1.1"),
];

// ---- the test ---------------------------------------------------------------------------------

function logSize(file: string | undefined): number {
  return file && existsSync(file) ? statSync(file).size : 0;
}

test("no malformed request to any route gets a 5xx or leaves a stack trace in the log", async () => {
  const routes = routesOf();
  expect(routes.length, "routes found under app/").toBeGreaterThan(30);
  const logFile = process.env.E2E_SERVER_LOG;
  const logStart = logSize(logFile);
  // A real action id of this build, when its manifest is there (garbage sent with it must still be refused).
  const actionId = [...(knownActionIds() ?? [])][0] ?? null;

  const failures: string[] = [];
  const check = (outcomes: Outcome[], who: string) => {
    for (const o of outcomes) if (o.status === null || o.status >= 500) failures.push(`${who}: ${describeOutcome(o)}`);
  };

  const anonymous = routes.flatMap((r) => publicCorpus(r, actionId));
  check(await pool(anonymous, 6, (p) => send(p)), "signed out");
  check(await pool(RAW_LINES, 2, (line) => sendRaw(line, "raw")), "raw");

  // The staff area as an admin: what its pages make of bad parameters, queries and action posts.
  const cookie = await signInCookie(base, E2E_USERS.admin, ORIGIN);
  const staff = routes
    .filter((r) => r.segments[0]?.kind === "static" && r.segments[0].text === "admin")
    .flatMap((r) => staffCorpus(r, actionId));
  check(await pool(staff, 4, (p) => send(p, cookie)), "admin");

  const total = anonymous.length + RAW_LINES.length + staff.length;
  console.log(`fuzz: ${routes.length} routes, ${total} requests, ${failures.length} answered 5xx or not at all`);
  expect(failures, `requests answered 5xx or not at all:\n${failures.slice(0, 60).join("\n")}`).toEqual([]);

  if (!logFile) {
    test.info().annotations.push({
      type: "note",
      description: "E2E_SERVER_LOG not set: the server log was not checked for stack traces",
    });
    return;
  }
  // Give the server a moment to flush what it logged for the last requests. A fixed wait, not a
  // poll: what is checked is that nothing bad appears, and an absence has no moment to wait for.
  await new Promise((r) => setTimeout(r, 500));
  const lines = readFileSync(logFile).subarray(logStart).toString("utf8").split("\n");
  const bad = lines
    .map((l, i) => (/^\s{4}at |Error:/.test(l) ? `${lines[i - 1]?.slice(0, 200) ?? ""}\n> ${l.slice(0, 300)}` : null))
    .filter((l) => l !== null);
  expect(bad, `the server logged errors or stack traces for these requests:\n${bad.slice(0, 30).join("\n")}`).toEqual(
    [],
  );
});
