import { describe, expect, it } from "vitest";
import { loginAddress } from "@/lib/auth/throttle";
import { env, resetEnvForTests } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import {
  clientAddressOf,
  frontDoor,
  normalizeAddress,
  settleForwardedHeaders,
  strictTransportSecurity,
} from "@/server/forwarded";

// What the server does with the forwarding headers before anything else (server/forwarded.ts),
// and how the app then reads the one address it leaves (lib/http/client-address.ts).

type Headers = Record<string, string | string[] | undefined>;
const request = (remoteAddress: string | undefined, headers: Headers) => ({
  socket: { remoteAddress },
  headers: { ...headers },
});

describe("clientAddressOf", () => {
  it("with no trusted proxy, the socket's peer is the client whatever the headers claim", () => {
    expect(clientAddressOf("198.51.100.7", "6.6.6.6", 0)).toBe("198.51.100.7");
    expect(clientAddressOf("198.51.100.7", "6.6.6.6, 7.7.7.7", 0)).toBe("198.51.100.7");
    expect(clientAddressOf("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(clientAddressOf(undefined, "6.6.6.6", 0)).toBe("unknown");
  });

  it("behind n proxies, the n-th entry from the right (the client as the outermost proxy saw it)", () => {
    // client → nginx (appends the client) → app: the socket is nginx.
    expect(clientAddressOf("10.0.0.2", "203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.2", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    // client → CDN → nginx → app: nginx appended the CDN's address, the CDN the client's.
    expect(clientAddressOf("10.0.0.2", "6.6.6.6, 203.0.113.9, 192.0.2.50", 2)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.2", ["6.6.6.6", "203.0.113.9, 192.0.2.50"], 2)).toBe("203.0.113.9");
  });

  it("a request that bypassed the proxies counts as the address it came from", () => {
    expect(clientAddressOf("203.0.113.9", undefined, 1)).toBe("203.0.113.9");
    expect(clientAddressOf("203.0.113.9", "", 2)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.2", "203.0.113.9", 3)).toBe("203.0.113.9");
  });

  it("what a proxy wrote is an address, or the peer stands in", () => {
    expect(clientAddressOf("10.0.0.2", "[2001:DB8::1]:443", 1)).toBe("2001:db8::1");
    expect(clientAddressOf("10.0.0.2", "203.0.113.9:51234", 1)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.2", "unknown", 1)).toBe("10.0.0.2");
    expect(clientAddressOf("10.0.0.2", "<script>", 1)).toBe("10.0.0.2");
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("not-an-address")).toBeNull();
  });
});

describe("settleForwardedHeaders", () => {
  const forged = {
    "x-forwarded-for": "6.6.6.6",
    "x-real-ip": "7.7.7.7",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-port": "443",
    forwarded: "for=8.8.8.8;host=evil.example",
    host: "127.0.0.1:3000",
  };

  it("with no trusted proxy: one address from the socket, and no forwarded host or scheme", () => {
    const req = request("198.51.100.7", forged);
    settleForwardedHeaders(req, 0);
    expect(req.headers).toEqual({ "x-forwarded-for": "198.51.100.7", host: "127.0.0.1:3000" });
  });

  it("behind a trusted proxy: its client, and the host and scheme it passed on", () => {
    const req = request("10.0.0.2", {
      ...forged,
      "x-forwarded-for": "6.6.6.6, 203.0.113.9",
      "x-forwarded-host": "ect.example.go.th",
    });
    settleForwardedHeaders(req, 1);
    expect(req.headers["x-forwarded-for"]).toBe("203.0.113.9");
    expect(req.headers["x-real-ip"]).toBeUndefined();
    expect(req.headers["x-forwarded-host"]).toBe("ect.example.go.th");
    expect(req.headers["x-forwarded-proto"]).toBe("https");
  });

  it("settling twice changes nothing (a request that waited for a render comes through again)", () => {
    for (const hops of [0, 1, 2]) {
      const req = request("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 192.0.2.50" });
      const first = settleForwardedHeaders(req, hops);
      expect(settleForwardedHeaders(req, hops)).toBe(first);
    }
  });

  it("the sign-in limit and the visitor counter then read that address, not a forged one", () => {
    const req = request("198.51.100.7", { "x-forwarded-for": "6.6.6.6, 7.7.7.7", "x-real-ip": "8.8.8.8" });
    settleForwardedHeaders(req, 0);
    expect(loginAddress(req.headers)).toBe("198.51.100.7");
    expect(clientAddress(new globalThis.Headers({ "x-forwarded-for": String(req.headers["x-forwarded-for"]) }))).toBe(
      "198.51.100.7",
    );
  });
});

describe("clientAddress", () => {
  it("reads the last X-Forwarded-For entry, never X-Real-IP", () => {
    expect(clientAddress(new globalThis.Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": [" 2001:db8::1 "] })).toBe("2001:db8::1");
    expect(clientAddress({ "x-real-ip": "198.51.100.8" })).toBe("unknown");
    expect(clientAddress(new globalThis.Headers())).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": " , " })).toBe("unknown");
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent on every answer when SITE_URL is https, and never over http", () => {
    expect(strictTransportSecurity("https://ect.example.go.th")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    const set: Record<string, string> = {};
    const res = { setHeader: (name: string, value: string) => void (set[name.toLowerCase()] = value) };
    frontDoor(request("127.0.0.1", {}), res as never, { trustedProxies: 0, siteUrl: "https://ect.example.go.th" });
    expect(set["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    const none: Record<string, string> = {};
    frontDoor(request("127.0.0.1", {}), { setHeader: (n: string, v: string) => void (none[n] = v) } as never, {
      trustedProxies: 0,
      siteUrl: "http://localhost:3000",
    });
    expect(none).toEqual({});
  });
});

describe("TRUSTED_PROXIES", () => {
  const read = (value: string | undefined) => {
    if (value === undefined) delete process.env.TRUSTED_PROXIES;
    else process.env.TRUSTED_PROXIES = value;
    resetEnvForTests();
    try {
      return env().trustedProxies;
    } finally {
      delete process.env.TRUSTED_PROXIES;
      resetEnvForTests();
    }
  };

  it("is a whole number of proxies, 0 when unset", () => {
    expect(read(undefined)).toBe(0);
    expect(read("")).toBe(0);
    expect(read("2")).toBe(2);
  });

  it("stops the server with a readable message for anything else", () => {
    for (const bad of ["yes", "-1", "1.5", "true"]) expect(() => read(bad), bad).toThrow(/TRUSTED_PROXIES/);
  });
});
