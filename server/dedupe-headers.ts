import { ServerResponse } from "node:http";

// Next.js 16.4 replays a cached redirect's headers with appendHeader after the render already set
// them, so every cached 308 carries `Location` twice; proxies join that into "/a, /a" and crawlers
// give up (vercel/next.js#82117, open). Until the fix ships, skip appending a value a response
// already has for the few single-valued headers involved.
const SINGLE_VALUED = new Set(["location", "x-nextjs-stale-time", "x-nextjs-cache", "cache-control", "content-type"]);
const PATCHED = Symbol.for("ect.dedupeHeaders");

export function installHeaderDedupe(): void {
  const proto = ServerResponse.prototype as ServerResponse & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const original = proto.appendHeader;
  proto.appendHeader = function appendHeader(this: ServerResponse, name: string, value: string | readonly string[]) {
    if (SINGLE_VALUED.has(name.toLowerCase()) && this.hasHeader(name)) {
      const existing = this.getHeader(name);
      const incoming = Array.isArray(value) ? value.join(", ") : String(value);
      const current = Array.isArray(existing) ? existing.join(", ") : String(existing);
      if (incoming === current) return this;
    }
    return original.call(this, name, value);
  };
  proto[PATCHED] = true;
}
