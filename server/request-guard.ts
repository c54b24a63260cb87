import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { isActionIdShape, isPlausibleActionId, knownActionIds } from "./action-ids";
import { ACTION_BODY_LIMIT_BYTES } from "./body-limit";
import { refusalHtml, refusalPlain, type RefusalStatus } from "./refusal-page";

// Requests the production server refuses before Next sees them, because Next would answer them
// with a 500, or log a stack trace for each: an address whose percent-encoding is not UTF-8
// (Next's router throws decoding it), control characters or very long names in the path (Next's
// on-disk page cache names a file after each segment), methods no route answers (route handlers
// throw on TRACE), bodies over the limit, and server-action posts Next cannot parse (a body that
// is not multipart, a multipart type without its boundary, an id that is no action, another
// site's Origin, a form posted to a public page, which has none). Each gets a 4xx with the site's
// Thai page, or a short Thai line for machine addresses; nothing reaches the application.

/**
 * The methods this site answers. Pages read (GET, HEAD) and take forms (POST, server actions);
 * route handlers export only GET and POST and Next answers OPTIONS for them. A route handler
 * exporting PUT, PATCH or DELETE must be added here (tests/unit/request-guard.test.ts checks).
 */
export const ALLOWED_METHODS: readonly string[] = ["GET", "HEAD", "POST", "OPTIONS"];

/** Route handlers that take bodies larger than a form's and enforce their own limit (uploads: MAX_UPLOAD_MB, a Thai JSON 413). */
const OWN_BODY_LIMIT = ["/api/admin/uploads"];

// No address of the site comes near these (slugs are at most 120 characters). Next's page cache
// writes a file per segment of every address a page answers, even with a 404 (an unknown address
// under /api too falls to the home page's catch-all), and a name over the file system's 255 bytes
// fails with a logged ENAMETOOLONG. /files/{id}/{name} is always the file route, never cached:
// a long file name there stays readable.
const MAX_PATH_BYTES = 2048;
const MAX_SEGMENT_BYTES = 200;
const UNCACHED = ["/files"];

/**
 * Only staff pages have server actions (tests/unit/request-guard.test.ts checks who imports
 * them); the sign-in page posts to /api/auth instead.
 */
const FORMS = ["/admin"];
const NO_FORMS = ["/admin/login"];

export type GuardRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

export type Refusal = {
  status: RefusalStatus;
  /** A short code for logs and tests. */
  reason: string;
  headers?: Record<string, string>;
};

export type GuardOptions = {
  /** The build's server-action ids; null when unknown (every well-formed id is then let through). */
  actionIds?: Set<string> | null;
  bodyLimit?: number;
};

const CONTROL_RE = /[\u0000-\u001f\u007f]/;
// Next answers an unrecognised action with this header; its client then reports a stale page.
const ACTION_NOT_FOUND = { "x-nextjs-action-not-found": "1" };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function underAny(path: string, prefixes: string[]): boolean {
  return prefixes.some((p) => path === p || path.startsWith(`${p}/`));
}

/** The path of a request target, or null when it is not one ("*", "http://…"). */
function pathOf(url: string | undefined): string | null {
  if (!url || !url.startsWith("/")) return null;
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** The decoded path, or null when its percent-encoding is not UTF-8. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** Next's own comparison (app-render/action-handler.ts): the Origin's host against X-Forwarded-Host, else Host. */
function sameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = header(headers, "origin");
  if (origin === undefined) return true; // Next lets these through too (curl, old browsers).
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = header(headers, "x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || header(headers, "host");
  return host !== undefined && originHost === host;
}

function isMultipartWithBoundary(contentType: string): boolean {
  const [type, ...params] = contentType.split(";").map((s) => s.trim());
  return type?.toLowerCase() === "multipart/form-data" && params.some((p) => /^boundary=("?)[^"\s]+\1$/i.test(p));
}

/** Why this request must not reach Next, or null to pass it on. Pure: the unit tests call it directly. */
export function checkRequest(req: GuardRequest, options: GuardOptions = {}): Refusal | null {
  const method = req.method ?? "";
  if (!ALLOWED_METHODS.includes(method)) {
    return { status: 405, reason: "method", headers: { allow: ALLOWED_METHODS.join(", ") } };
  }
  const path = pathOf(req.url);
  if (path === null) return { status: 400, reason: "target" };
  const decoded = decodePath(path);
  if (decoded === null) return { status: 400, reason: "encoding" };
  if (CONTROL_RE.test(decoded)) return { status: 400, reason: "control-character" };
  if (Buffer.byteLength(decoded) > MAX_PATH_BYTES) return { status: 414, reason: "path-length" };
  if (!underAny(path, UNCACHED) && decoded.split("/").some((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES)) {
    return { status: 414, reason: "segment-length" };
  }

  const { headers } = req;
  const limit = options.bodyLimit ?? ACTION_BODY_LIMIT_BYTES;
  const ownLimit = underAny(path, OWN_BODY_LIMIT);
  const declared = header(headers, "content-length");
  if (!ownLimit && declared !== undefined && Number(declared) > limit) return { status: 413, reason: "too-large" };
  // Unknown length: Next would read up to its limit and then fail with a 500. Browsers always
  // send a length with a form, so only a hand-made request is refused here.
  if (!ownLimit && declared === undefined && headers["transfer-encoding"] !== undefined)
    return { status: 411, reason: "length-required" };

  if (method !== "POST" || path === "/api" || path.startsWith("/api/")) return null;
  const contentType = header(headers, "content-type") ?? "";
  const actionId = header(headers, "next-action");
  const multipart = contentType.toLowerCase().startsWith("multipart/form-data");
  // What Next treats as a possible server action (a fetch call, or a form posted without JavaScript).
  if (actionId === undefined && !multipart) return null;
  if (!sameOrigin(headers)) return { status: 403, reason: "cross-origin" };
  if (actionId !== undefined) {
    // The build's manifest decides; the id's shape only names the refusal (or, without a manifest,
    // refuses what cannot be an id), so a Next version with ids of another shape still works.
    const known = options.actionIds === undefined ? knownActionIds() : options.actionIds;
    if (known?.has(actionId) === false || (!known && !isPlausibleActionId(actionId))) {
      return isActionIdShape(actionId)
        ? { status: 404, reason: "action-unknown", headers: ACTION_NOT_FOUND }
        : { status: 400, reason: "action-id", headers: ACTION_NOT_FOUND };
    }
    // Every action of this site takes (state, FormData), which React always sends as multipart
    // (tests/unit/request-guard.test.ts checks the signatures): any other body is hand-made, and
    // Next's JSON reading of it fails with a 500.
    if (!isMultipartWithBoundary(contentType)) return { status: 400, reason: "action-content-type" };
    return null;
  }
  if (!isMultipartWithBoundary(contentType)) return { status: 400, reason: "multipart-boundary" };
  // A form posted without JavaScript to a page that has no form: Next logs each as an invalid action.
  if (!underAny(path, FORMS) || underAny(path, NO_FORMS)) return { status: 400, reason: "no-form-here" };
  return null;
}

/** Addresses that are not pages get a line of text instead of the HTML page. */
export function wantsPlainText(req: GuardRequest): boolean {
  if (header(req.headers, "next-action") !== undefined || header(req.headers, "rsc") !== undefined) return true;
  const path = pathOf(req.url) ?? "";
  if (/^\/(api|files|_next|og)(\/|$)/.test(path)) return true;
  // feed.xml, results.csv, 12.png, calendar.ics, robots.txt …
  const last = path.slice(path.lastIndexOf("/") + 1);
  return /\.[A-Za-z0-9]+$/.test(last);
}

/** Writes the refusal. The body of a refused request is left for Node to read and discard, so the client can finish sending and then read the answer. */
export function sendRefusal(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  const plain = wantsPlainText(req);
  // After a refused form post, a link back to the form (a path checked decodable above).
  const back = refusal.status === 413 && req.method === "POST" ? (pathOf(req.url) ?? undefined) : undefined;
  const body = Buffer.from(plain ? refusalPlain(refusal.status) : refusalHtml(refusal.status, back));
  res.writeHead(refusal.status, {
    ...refusal.headers,
    "content-type": plain ? "text/plain; charset=utf-8" : "text/html; charset=utf-8",
    "content-length": String(body.length),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The serve.ts hook: true when the request was refused and answered here. */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const refusal = checkRequest(req);
  if (!refusal) return false;
  sendRefusal(req, res, refusal);
  return true;
}
