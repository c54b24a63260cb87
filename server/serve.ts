// The production server: Next's request handler behind the in-memory page cache. Used by
// `npm start`, the end-to-end tests and the benchmark (instead of `next start`).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { getPrisma, getRootPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { loadDirectory } from "@/lib/offices/directory";
import { OFFICE_HEADER, runForOffice } from "@/lib/offices/context";
import { normalizeHost, officeForHost, type DirectoryOffice } from "@/lib/offices/hosts";
import { officeKey, shareableFor } from "./cache-key";
import { frontDoor } from "./forwarded";
import { DatabaseGate, isStaffPath } from "./database-gate";
import { healthAnswer, isHealthPath } from "./health";
import { startMetricsServer } from "./metrics";
import { requestLogger } from "./request-log";
import { sharedPageCache, type CachedResponse, type Ticket } from "./page-cache";
import { BUSY_MESSAGE, isExpensive, RenderGate, RETRY_AFTER_SECONDS } from "./render-gate";
import { officeDirectoryHtml } from "./office-directory-page";
import { warmRedis } from "@/lib/redis/client";
import { listenToPeers } from "./peer-listener";
import { refreshHere } from "./refresh-here";
import { guardRequest } from "./request-guard";

const { port, hostname } = env();
// Next is told "localhost" whatever address the server listens on (HOSTNAME): it names its own
// origin so, and a rewrite of proxy.ts to any other origin (127.0.0.1 when HOSTNAME is) would be
// fetched over HTTP as an outside address instead of rendered here.
const app = next({ dev: false, dir: process.cwd(), port, hostname: "localhost" });
const handle = app.getRequestHandler();
const cache = sharedPageCache();
const gate = new RenderGate();
const logRequest = requestLogger({ trustedProxies: env().trustedProxies });
// Every office and its host names: read at start, then every minute (offices are added rarely).
let directory: DirectoryOffice[] = [];
const DIRECTORY_REFRESH_MS = 60_000;
/** The longest a SIGTERM waits for requests in flight. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The office the request's host name is for (lib/offices/hosts.ts), named to Next's proxy in a
 * header of ours (whatever the client sent in it is replaced). A host that is no office's gets
 * the list of offices (404) and null: never some office's content.
 */
function officeOf(req: IncomingMessage, res: ServerResponse): DirectoryOffice | null {
  // After frontDoor: X-Forwarded-Host is there only when a trusted proxy wrote it.
  const forwarded = req.headers["x-forwarded-host"];
  const rawHost = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0]) ?? req.headers.host;
  const config = env();
  const office = officeForHost(rawHost, directory, config);
  if (office) {
    req.headers[OFFICE_HEADER] = office.code;
    return office;
  }
  const html = officeDirectoryHtml(directory, config, { host: normalizeHost(rawHost) ?? "" });
  res.writeHead(404, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-length": String(Buffer.byteLength(html)),
  });
  res.end(req.method === "HEAD" ? undefined : html);
  return null;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  entry: CachedResponse,
  label: "HIT" | "STALE" | "SHARED",
): void {
  res.writeHead(entry.status, { ...entry.headers, "x-page-cache": label, "content-length": String(entry.body.length) });
  res.end(req.method === "HEAD" ? undefined : entry.body);
}

/** Passes the response through untouched while keeping a copy of what was written; null if it never finished. */
function capture(res: ServerResponse, onDone: (body: Buffer | null) => void): void {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"),
    );
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse["end"];
  let done = false;
  res.once("finish", () => {
    done = true;
    onDone(Buffer.concat(chunks));
  });
  // The client went away first: release whoever waits on this render.
  res.once("close", () => {
    if (!done) onDone(null);
  });
}

/**
 * A successful answer of a route listed with shareSeconds goes out shareable (the page cache keeps
 * it; so would a front cache). Set when the head is written, after Next has set its own header.
 */
function markShared(res: ServerResponse, seconds: number): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 200 && !res.hasHeader("set-cookie")) {
      res.setHeader("cache-control", `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=600`);
      // writeHead(status, headers) would put Next's own value back.
      for (const arg of rest)
        if (arg && typeof arg === "object" && !Array.isArray(arg))
          for (const name of Object.keys(arg))
            if (name.toLowerCase() === "cache-control") delete (arg as Record<string, unknown>)[name];
    }
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
}

function toNext(req: IncomingMessage, res: ServerResponse, ticket?: Ticket): void {
  const shared = shareableFor(req.url);
  if (shared !== null) markShared(res, shared);
  if (ticket) {
    capture(res, (body) => cache.settle(ticket, body && { status: res.statusCode, headers: res.getHeaders(), body }));
  }
  const render = () =>
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("ขออภัย ระบบขัดข้องชั่วคราว");
    });
  if (!isExpensive((req.url ?? "").split("?")[0] ?? "")) return void render();
  void gate.enter().then((release) => {
    if (!release) {
      res.writeHead(503, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "retry-after": String(RETRY_AFTER_SECONDS),
      });
      return void res.end(BUSY_MESSAGE);
    }
    if (res.destroyed) return release(); // the client left while it waited
    res.once("close", release);
    void render().finally(release);
  });
}

const pingDatabase = () => getRootPrisma().$queryRaw`SELECT 1`;
// Staff requests while the database cannot be reached get a Thai 503 (server/database-gate.ts).
const databaseGate = new DatabaseGate(pingDatabase);

/** /healthz and /readyz, for the front cache and operators (server/health.ts). */
function health(req: IncomingMessage, res: ServerResponse): void {
  void healthAnswer(req.method, req.url, pingDatabase).then((a) => {
    // onRequest sends only health paths here, for which there is always an answer.
    if (!a) return void res.writeHead(404).end();
    res.writeHead(a.status, { ...a.headers, "content-length": String(Buffer.byteLength(a.body)) });
    res.end(req.method === "HEAD" ? undefined : a.body);
  });
}

function onRequest(req: IncomingMessage, res: ServerResponse): void {
  logRequest(req, res);
  if (isHealthPath(req.url)) return health(req, res);
  // First the trusted address and host (the guard's origin check of actions reads the host),
  // then which office it is for, then what must never reach Next.
  frontDoor(req, res, env());
  const office = officeOf(req, res);
  if (!office) return;
  if (guardRequest(req, res)) return;
  // Everything done for this request, down to the database queries, is for this office.
  if (!isStaffPath(req.url)) return runForOffice(office, () => serve(req, res, office));
  void databaseGate.refuse(req, res).then((refused) => {
    if (!refused) runForOffice(office, () => serve(req, res, office));
  });
}

function serve(req: IncomingMessage, res: ServerResponse, office: DirectoryOffice): void {
  const admitted = cache.admit(req);
  // One office's page is never another's: the key names the office.
  const key = admitted && officeKey(admitted, office.code);
  if (!key) return toNext(req, res);
  const found = cache.lookup(key, Date.now(), { canRender: req.method === "GET" });
  switch (found.kind) {
    case "fresh":
      return send(req, res, found.entry, "HIT");
    case "stale":
      return send(req, res, found.entry, "STALE");
    case "render":
      return toNext(req, res, found.ticket);
    case "pass":
      return toNext(req, res);
    case "wait":
      found.pending.then(
        (entry) => (entry ? send(req, res, entry, "SHARED") : serve(req, res, office)),
        () => toNext(req, res),
      );
  }
}

async function main(): Promise<void> {
  // Reads and checks the settings first: a bad value stops the server here with its message.
  cache.resize(env().pageCacheBytes);
  await app.prepare();
  directory = await loadDirectory(getPrisma());
  setInterval(() => {
    loadDirectory(getPrisma()).then(
      (offices) => (directory = offices),
      (error: unknown) => console.error(`[offices] ${error instanceof Error ? error.message : String(error)}`),
    );
  }, DIRECTORY_REFRESH_MS).unref();
  const { metricsPort, metricsHostname } = env();
  if (metricsPort) {
    await startMetricsServer(metricsPort, metricsHostname);
    console.log(`✓ Metrics on http://${metricsHostname}:${metricsPort}/metrics`);
  }
  const server = createServer(onRequest).listen(port, hostname, () => {
    console.log(`✓ Ready on http://localhost:${port}`);
    // Other instances on the same PostgreSQL tell this one when they changed public content.
    const { databaseUrl } = env();
    if (databaseUrl) listenToPeers(databaseUrl, refreshHere);
    // Instances share the visitor limit and download counting through it (REDIS_URL).
    void warmRedis();
  });
  // A deploy restarts instances one at a time with SIGTERM: take no new connection, finish the
  // requests in flight (a front cache sends the next ones to another instance), then exit.
  // The e-mail queue's worker finishes the message in hand and gives the rest back to the queue.
  process.once("SIGTERM", () => {
    const worker = import("@/lib/alerts/worker").then((w) => w.stopAlertWorker()).catch(() => undefined);
    server.close(() => void worker.then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
