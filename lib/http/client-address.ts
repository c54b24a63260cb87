// The client's address, as the production server established it before the request reached
// Next (server/forwarded.ts): the socket's peer, or with TRUSTED_PROXIES=n the address the
// n-th proxy saw. The server overwrites X-Forwarded-For with exactly that one address, so a
// client's own X-Forwarded-For or X-Real-IP never gets this far. The last entry is read rather than
// the only one so that a server started some other way (`next dev`, which appends nothing but
// fills the header from the socket when absent) still yields its own side's entry.

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** The trusted client address of a request; "unknown" when the header is missing. */
export function clientAddress(headers: HeaderSource): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  return (
    value
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .pop() || "unknown"
  );
}
