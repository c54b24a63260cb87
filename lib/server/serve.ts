// The production server: Next's request handler behind the in-memory page cache. Used by
// `npm start`, the end-to-end tests and the benchmark (instead of `next start`).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { sharedPageCache } from "./page-cache";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
const cache = sharedPageCache();

function serveCached(req: IncomingMessage, res: ServerResponse, key: string): boolean {
  const hit = cache.get(key);
  if (!hit) return false;
  res.writeHead(hit.status, { ...hit.headers, "x-page-cache": "HIT", "content-length": String(hit.body.length) });
  res.end(req.method === "HEAD" ? undefined : hit.body);
  return true;
}

/** Passes the response through untouched while keeping a copy of what was written. */
function capture(res: ServerResponse, onDone: (body: Buffer) => void): void {
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
  res.once("finish", () => onDone(Buffer.concat(chunks)));
}

async function main(): Promise<void> {
  await app.prepare();
  createServer((req, res) => {
    const key = cache.keyOf(req);
    if (key && serveCached(req, res, key)) return;
    if (key && req.method === "GET") {
      capture(res, (body) => cache.offer(key, res.statusCode, res.getHeaders(), body));
    }
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("ขออภัย ระบบขัดข้องชั่วคราว");
    });
  }).listen(port, hostname, () => {
    console.log(`✓ Ready on http://localhost:${port}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
