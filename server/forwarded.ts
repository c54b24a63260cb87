// Who is asking: settled once per request, before the page cache or Next see it. A client can
// write any X-Forwarded-For, X-Real-IP or X-Forwarded-Host it likes; they mean something only
// when a reverse proxy of ours wrote them, i.e. when TRUSTED_PROXIES says how many stand in
// front. The proxies each append the peer they saw, so with n of them the n-th entry from the
// right is the client as the outermost proxy saw it (nginx's real_ip, Express's `trust proxy`);
// everything to its left is the client's own claim. The answer replaces X-Forwarded-For whole, and
// the app reads it through lib/http/client-address.ts. Next fills in X-Forwarded-For/-Host/-Proto
// only where they are missing (base-server), so it keeps this address and, with no proxy, takes
// the host from Host: the origin check of server actions then compares with the real Host.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";

type Req = Pick<IncomingMessage, "headers"> & { socket: { remoteAddress?: string } };

const PROXY_ONLY = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

/** "::ffff:192.0.2.1" → "192.0.2.1"; "[2001:db8::1]:443" / "192.0.2.1:8080" → the address; else null. */
export function normalizeAddress(raw: string | undefined): string | null {
  let value = raw?.trim().toLowerCase() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? "";
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : null;
}

/**
 * The client address of a request that came through `hops` trusted proxies: the socket's peer
 * when hops is 0, else the hops-th X-Forwarded-For entry from the right (the leftmost one when
 * the chain is shorter: the request bypassed some of the proxies).
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const peer = normalizeAddress(socketAddress) ?? "unknown";
  if (hops <= 0) return peer;
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...listed, peer];
  const chosen = chain[Math.max(0, chain.length - 1 - hops)];
  // A trusted proxy writes addresses; anything else means the chain is not what we were told.
  return normalizeAddress(chosen) ?? peer;
}

/**
 * Rewrites the request's forwarding headers to what can be trusted: X-Forwarded-For becomes the
 * one client address, X-Real-IP goes, and without trusted proxies so do X-Forwarded-Host/-Proto/
 * -Port and Forwarded (Next then derives them from Host and the socket).
 */
export function settleForwardedHeaders(req: Req, hops: number): string {
  const address = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  req.headers["x-forwarded-for"] = address;
  delete req.headers["x-real-ip"];
  if (hops <= 0) for (const name of PROXY_ONLY) delete req.headers[name];
  return address;
}

/**
 * HSTS whenever the public address is https. One year: the usual figure, and the minimum the
 * browsers' preload list asks for, so nothing here changes if the office ever applies. Subdomains
 * included: it covers only names under the site's own host (never the parent go.th), which a
 * government site serves over https as well. No `preload`: a commitment for the office to make.
 * Over plain http browsers ignore the header, so it is not sent at all.
 */
export function strictTransportSecurity(siteUrl: string): string | null {
  return siteUrl.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}

/** What the server does first with every request (serve.ts). */
export function frontDoor(
  req: Req,
  res: Pick<ServerResponse, "setHeader">,
  config: { trustedProxies: number; siteUrl: string },
): void {
  settleForwardedHeaders(req, config.trustedProxies);
  const hsts = strictTransportSecurity(config.siteUrl);
  if (hsts) res.setHeader("Strict-Transport-Security", hsts);
}
