import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pino, { type DestinationStream, type Logger } from "pino";
import { isHealthPath } from "./health";
import { countRequest } from "./metrics";

// One JSON line per request on standard output (pino), for operators and log collectors: when,
// a request id, the office, method, path, status, bytes, milliseconds and how the page cache
// answered. The id is the front cache's X-Request-Id when a trusted proxy sent one (so a line of
// Varnish's log and the instance's can be matched), else a new one; the answer carries it back.
// No query string (searches may name people) and no client address (personal data under the
// PDPA; the visitors-online figure keeps only salted hashes too). Health checks are not written.

const ID = /^[A-Za-z0-9._:-]{1,100}$/;

export type RequestLogOptions = { trustedProxies: number; destination?: DestinationStream };

export function requestLogger(opts: RequestLogOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const log: Logger = pino(
    { base: undefined, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    opts.destination ?? pino.destination({ sync: false }),
  );
  return (req, res) => {
    const sent = req.headers["x-request-id"];
    const id = opts.trustedProxies > 0 && typeof sent === "string" && ID.test(sent) ? sent : randomUUID();
    req.headers["x-request-id"] = id;
    res.setHeader("x-request-id", id);
    const started = process.hrtime.bigint();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (req.url ?? "").split("?")[0] ?? "";
      const cache = res.getHeader("x-page-cache");
      countRequest(path, res.statusCode, ms / 1000);
      // The front's probes ask every second: counted in the metrics, not written out.
      if (isHealthPath(path)) return;
      log.info({
        reqId: id,
        office: req.headers["x-ect-office"],
        method: req.method,
        path,
        status: res.statusCode,
        bytes: Number(res.getHeader("content-length") ?? 0) || undefined,
        ms: Math.round(ms * 10) / 10,
        cache: typeof cache === "string" ? cache : undefined,
        aborted: res.writableFinished ? undefined : true,
      });
    };
    res.once("finish", finish);
    res.once("close", finish);
  };
}
