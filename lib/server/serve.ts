// The production server: Next's request handler behind the in-memory page cache. Used by
// `npm start`, the end-to-end tests and the benchmark (instead of `next start`).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { sharedPageCache, type CachedResponse, type Ticket } from "./page-cache";
import { guardRequest } from "./request-guard";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
const cache = sharedPageCache();

function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, label: "HIT" | "STALE" | "SHARED"): void {
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
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
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

function toNext(req: IncomingMessage, res: ServerResponse, ticket?: Ticket): void {
  if (ticket) {
    capture(res, (body) => cache.settle(ticket, body && { status: res.statusCode, headers: res.getHeaders(), body }));
  }
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("ขออภัย ระบบขัดข้องชั่วคราว");
  });
}

function onRequest(req: IncomingMessage, res: ServerResponse): void {
  if (guardRequest(req, res)) return;
  const key = cache.keyOf(req);
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
        (entry) => (entry ? send(req, res, entry, "SHARED") : onRequest(req, res)),
        () => toNext(req, res),
      );
  }
}

async function main(): Promise<void> {
  await app.prepare();
  createServer(onRequest).listen(port, hostname, () => {
    console.log(`✓ Ready on http://localhost:${port}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
