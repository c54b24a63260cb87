import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvForTests, type Env } from "@/lib/env";

// The variables the server, the scripts and next-auth read, validated in lib/env.ts: defaults when
// unset or empty, and a readable error naming the variable for a bad value.

const VARS = [
  "PORT",
  "HOSTNAME",
  "NEXT_DIST_DIR",
  "SEED_DEMO",
  "NEXTAUTH_SECRET",
  "NEXTAUTH_URL",
  "ONLINE_SECRET",
  "INTERNAL_REVALIDATE_SECRET",
  "ADMIN_EMAIL",
  "ADMIN_PASSWORD",
  "METRICS_PORT",
  "METRICS_HOSTNAME",
  "FRONT_PURGE_URL",
];
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
const LONG = "x".repeat(32);

function read(vars: Record<string, string | undefined>): Env {
  for (const v of VARS) delete process.env[v];
  for (const [k, v] of Object.entries(vars)) if (v !== undefined) process.env[k] = v;
  resetEnvForTests();
  return env();
}

afterEach(() => {
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
  resetEnvForTests();
});

describe("lib/env.ts", () => {
  it("serves metrics only on a port given, on 127.0.0.1 unless told, and purges a front only when named", () => {
    expect(read({})).toMatchObject({ metricsPort: undefined, metricsHostname: "127.0.0.1", frontPurgeUrl: undefined });
    expect(read({ METRICS_PORT: "9100", FRONT_PURGE_URL: "http://127.0.0.1:8080/" })).toMatchObject({
      metricsPort: 9100,
      frontPurgeUrl: "http://127.0.0.1:8080",
    });
    expect(() => read({ METRICS_PORT: "metrics" })).toThrow(/METRICS_PORT: METRICS_PORT must be a port number/);
    expect(() => read({ FRONT_PURGE_URL: "http://varnish/path" })).toThrow(/FRONT_PURGE_URL must be/);
  });

  it("has a default for each unset or empty variable", () => {
    for (const blank of [undefined, ""]) {
      const e = read(Object.fromEntries(VARS.map((v) => [v, blank])));
      expect(e).toMatchObject({ port: 3000, hostname: "0.0.0.0", distDir: ".next", seedDemo: true });
      expect(e.authSecret).toBeUndefined();
      expect(e.authUrl).toBeUndefined();
      expect(e.onlineSecret).toBeUndefined();
      expect(e.internalRevalidateSecret).toBeUndefined();
      expect(e.firstAdmin).toEqual({ ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
    }
  });

  it("reads each variable's value", () => {
    const e = read({
      PORT: "34100",
      HOSTNAME: "127.0.0.1",
      NEXT_DIST_DIR: ".next-test",
      SEED_DEMO: "false",
      NEXTAUTH_SECRET: LONG,
      NEXTAUTH_URL: "https://example.go.th",
      ONLINE_SECRET: "online",
      INTERNAL_REVALIDATE_SECRET: LONG,
      ADMIN_EMAIL: "head@office.go.th",
      ADMIN_PASSWORD: "a-long-password",
    });
    expect(e).toMatchObject({
      port: 34100,
      hostname: "127.0.0.1",
      distDir: ".next-test",
      seedDemo: false,
      authSecret: LONG,
      authUrl: "https://example.go.th",
      onlineSecret: "online",
      internalRevalidateSecret: LONG,
      firstAdmin: { ADMIN_EMAIL: "head@office.go.th", ADMIN_PASSWORD: "a-long-password" },
    });
  });

  it.each([
    ["PORT", "http", /PORT must be a port number/],
    ["PORT", "70000", /PORT must be a port number/],
    ["PORT", "80.5", /PORT must be a port number/],
    ["SEED_DEMO", "no", /SEED_DEMO must be true or false/],
    ["NEXTAUTH_SECRET", "short", /NEXTAUTH_SECRET: must be at least 32 characters/],
    ["NEXTAUTH_URL", "example.go.th", /NEXTAUTH_URL must be the site's public address/],
    ["INTERNAL_REVALIDATE_SECRET", "short", /INTERNAL_REVALIDATE_SECRET must be at least 32 characters/],
  ])("%s=%s stops with a message naming the variable", (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(message);
    expect(() => read({ [name]: value })).toThrow(/^Invalid environment:\n/);
  });
});
