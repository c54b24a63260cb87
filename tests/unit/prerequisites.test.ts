import { describe, expect, it } from "vitest";
import { chromiumPath, decide, type Found } from "@/tests/prerequisites";

const all: Found = {
  chromium: true,
  thaiFont: true,
  varnish: true,
  postgres: "reachable",
  root: false,
  aptGet: true,
};

describe("what npm test does about a missing prerequisite", () => {
  it("goes on when everything is there, or when nothing missing is needed", () => {
    expect(decide(all, true)).toEqual({ kind: "ready" });
    expect(decide({ ...all, postgres: "none" }, true)).toEqual({ kind: "ready" });
    // Unit and integration tests alone need no browser.
    expect(decide({ ...all, chromium: false, thaiFont: false }, false)).toEqual({ kind: "ready" });
  });

  it("installs the missing Debian packages itself as root with apt-get", () => {
    expect(decide({ ...all, chromium: false, root: true }, true)).toEqual({
      kind: "install",
      packages: ["chromium"],
      command: "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
    });
    expect(decide({ ...all, chromium: false, thaiFont: false, root: true }, true)).toMatchObject({
      kind: "install",
      packages: ["chromium", "fonts-thai-tlwg"],
    });
  });

  it("installs Varnish only for the several-instances tests", () => {
    expect(decide({ ...all, varnish: false, root: true }, true)).toEqual({ kind: "ready" });
    expect(decide({ ...all, varnish: false, root: true }, false, true)).toMatchObject({
      kind: "install",
      packages: ["varnish"],
    });
  });

  it("stops with the one command to run when it may not install", () => {
    const notRoot = decide({ ...all, thaiFont: false }, true);
    expect(notRoot).toEqual({
      kind: "stop",
      message:
        "the tests need fonts-thai-tlwg: run `sudo sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-thai-tlwg'` first",
    });
    expect(decide({ ...all, chromium: false, root: true, aptGet: false }, true)).toMatchObject({ kind: "stop" });
  });

  it("stops at once when the PostgreSQL server of DATABASE_URL does not answer", () => {
    const d = decide({ ...all, chromium: false, root: true, postgres: "unreachable" }, true);
    expect(d.kind).toBe("stop");
    expect(d.kind === "stop" && d.message).toMatch(/^PostgreSQL at DATABASE_URL does not answer/);
  });

  it("looks for Chromium where tests/playwright.config.ts takes it from", () => {
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CHROMIUM_PATH: "/opt/chrome" })).toBe("/opt/chrome");
  });
});
