// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMetricsServer } from "@/server/metrics";
import { requestLogger } from "@/server/request-log";

// What operators get from a server: one JSON line per request (pino) and Prometheus metrics
// (prom-client) on a port of their own. Real HTTP servers, real requests.

const lines: Array<Record<string, unknown>> = [];
const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
const servers: Server[] = [];

async function site(trustedProxies: number): Promise<string> {
  const log = requestLogger({ trustedProxies, destination });
  const server = createServer((req, res) => {
    log(req, res);
    const body = "ok";
    const status = req.url?.startsWith("/missing") ? 404 : 200;
    res.writeHead(status, { "content-length": String(body.length), "x-page-cache": "HIT" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let direct = "";
let behindProxy = "";

beforeAll(async () => {
  direct = await site(0);
  behindProxy = await site(1);
});

afterAll(async () => {
  for (const s of servers) await new Promise((resolve) => s.close(resolve));
});

/** The log line of the request that answered with this id. */
async function lineOf(id: string | null): Promise<Record<string, unknown>> {
  for (let i = 0; i < 50; i++) {
    const line = lines.find((l) => l.reqId === id);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no log line for ${id}`);
}

describe("request log", () => {
  it("writes one line per request with its id, path without the query, status and time", async () => {
    const res = await fetch(`${direct}/search?q=${encodeURIComponent("นายกฤษดา ใจดี")}`);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await lineOf(id);
    expect(line).toMatchObject({ level: "info", method: "GET", path: "/search", status: 200, bytes: 2, cache: "HIT" });
    expect(typeof line.ms).toBe("number");
    expect(new Date(String(line.time)).getTime()).not.toBeNaN();
    // Neither what was searched for nor who asked.
    expect(JSON.stringify(line)).not.toMatch(/q=|กฤษดา|127\.0\.0\.1/);
    expect(lines.filter((l) => l.reqId === id)).toHaveLength(1);
  });

  it("keeps the front's request id only behind a trusted proxy, and only a well-formed one", async () => {
    const fromClient = await fetch(`${direct}/`, { headers: { "x-request-id": "varnish-42" } });
    expect(fromClient.headers.get("x-request-id")).not.toBe("varnish-42");
    const fromFront = await fetch(`${behindProxy}/`, { headers: { "x-request-id": "varnish-42" } });
    expect(fromFront.headers.get("x-request-id")).toBe("varnish-42");
    expect(await lineOf("varnish-42")).toMatchObject({ path: "/", status: 200 });
    const forged = await fetch(`${behindProxy}/`, { headers: { "x-request-id": "a b<script>" } });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("does not write the front's health probes", async () => {
    const res = await fetch(`${direct}/readyz`);
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.some((l) => l.reqId === res.headers.get("x-request-id"))).toBe(false);
  });
});

describe("metrics", () => {
  it("counts requests by kind and status class, beside Node's own, on a local port of their own", async () => {
    await fetch(`${direct}/missing/page`);
    await fetch(`${direct}/admin/posts`);
    const server = await startMetricsServer(0, "127.0.0.1");
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('ect_http_requests_total{kind="search",status="2xx"} 1');
    expect(text).toContain('ect_http_requests_total{kind="page",status="4xx"} 1');
    expect(text).toContain('ect_http_requests_total{kind="staff",status="2xx"} 1');
    expect(text).toContain('ect_http_requests_total{kind="health",status="2xx"} 1');
    expect(text).toMatch(/ect_http_request_duration_seconds_bucket\{le="0\.5",kind="search"\} 1/);
    expect(text).toContain("process_resident_memory_bytes");
    expect(text).toContain("nodejs_eventloop_lag_seconds");
    // No address in any label: the kinds are few.
    expect(text).not.toContain("/search");
    expect((await fetch(`${base}/`)).status).toBe(404);
  });
});
