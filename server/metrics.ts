import { createServer, type Server } from "node:http";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { isHealthPath } from "./health";

// Prometheus metrics (prom-client) of this server process: Node's own (memory, event loop lag,
// garbage collection, open handles) and its requests by kind of address, status class and time.
// Served on a port of their own (METRICS_PORT, on 127.0.0.1 unless METRICS_HOSTNAME says
// otherwise), never on the public site's.

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const requests = new Counter({
  name: "ect_http_requests_total",
  help: "Requests answered, by kind of address and status class",
  labelNames: ["kind", "status"] as const,
  registers: [registry],
});

const duration = new Histogram({
  name: "ect_http_request_duration_seconds",
  help: "Time to answer a request, by kind of address",
  labelNames: ["kind"] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** A few kinds of address, never the address itself: labels must stay few. */
export function kindOf(path: string): string {
  if (isHealthPath(path)) return "health";
  if (path.startsWith("/_next/")) return "static";
  if (/^\/(admin|login)(\/|$)/.test(path)) return "staff";
  if (path.startsWith("/api/")) return "api";
  if (path.startsWith("/files/")) return "files";
  if (path === "/search") return "search";
  return "page";
}

export function countRequest(path: string, status: number, seconds: number): void {
  const kind = kindOf(path);
  requests.inc({ kind, status: `${Math.floor(status / 100)}xx` });
  duration.observe({ kind }, seconds);
}

/** Serves GET /metrics in Prometheus's text format on `port` of `hostname`. */
export function startMetricsServer(port: number, hostname: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not Found");
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" }).end(text),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve(server));
  });
}
