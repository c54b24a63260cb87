import type { IncomingMessage, ServerResponse } from "node:http";
import { READY_TIMEOUT_MS, within } from "./health";
import { refusalHtml, refusalPlain } from "./refusal-page";

// The staff area while PostgreSQL cannot be reached (restarting, failing over): a 503 with the Thai
// «ระบบฐานข้อมูลไม่พร้อม» page (or line, for /api) instead of Next's error page after a failed
// query. Staff requests are few, so each may ask: one `SELECT 1` answers for every request of the
// next second. Public pages are not gated: they come from the caches (this server's, the front's)
// as long as those hold them.

const STAFF = /^\/(admin|api\/admin|api\/auth)(\/|\?|$)/;
const FRESH_MS = 1_000;
const RETRY_AFTER_SECONDS = 5;

export const isStaffPath = (url: string | undefined) => STAFF.test(url ?? "");

export class DatabaseGate {
  private checked = Number.NEGATIVE_INFINITY;
  private reachable: Promise<boolean> = Promise.resolve(true);

  constructor(
    private readonly ping: () => Promise<unknown>,
    private readonly timeoutMs = READY_TIMEOUT_MS,
  ) {}

  /** Whether the database answered within the timeout, asked at most once a second. */
  isReachable(now = Date.now()): Promise<boolean> {
    if (now - this.checked >= FRESH_MS) {
      this.checked = now;
      this.reachable = within(this.timeoutMs, this.ping()).then(
        () => true,
        () => false,
      );
    }
    return this.reachable;
  }

  /** True when it answered `req` (a staff request while the database is unreachable). */
  async refuse(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!isStaffPath(req.url) || (await this.isReachable())) return false;
    const api = req.url!.startsWith("/api/");
    const body = api ? JSON.stringify({ error: refusalPlain(503).trim() }) : refusalHtml(503);
    res.writeHead(503, {
      "content-type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "content-length": String(Buffer.byteLength(body)),
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }
}
