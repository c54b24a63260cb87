import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "@/server/body-limit";
import { refusalHtml, refusalPlain } from "@/server/refusal-page";
import { ALLOWED_METHODS, checkRequest, wantsPlainText, type GuardRequest } from "@/server/request-guard";

const root = path.resolve(import.meta.dirname, "../..");
const ACTION = "60e81b7a09d3fd39181c0a63b3a526ad7b68665842";
const options = { actionIds: new Set([ACTION]) };
const HOST = "127.0.0.1:3000";
const BOUNDARY = "multipart/form-data; boundary=----WebKitFormBoundaryAbC123";

const req = (url: string, headers: Record<string, string> = {}, method = "GET"): GuardRequest => ({
  method,
  url,
  headers: { host: HOST, ...headers },
});
const post = (url: string, headers: Record<string, string> = {}) =>
  req(url, { "content-length": "10", ...headers }, "POST");
const action = (contentType: string, extra: Record<string, string> = {}) =>
  post("/admin/settings", { "next-action": ACTION, origin: `http://${HOST}`, "content-type": contentType, ...extra });
const verdict = (r: GuardRequest) => checkRequest(r, options);

describe("checkRequest", () => {
  it("lets ordinary requests through", () => {
    for (const url of [
      "/",
      "/posts/12/mou-ministry-of-public-health",
      "/news/%E0%B8%82",
      "/search?q=%FF",
      "/calendar/2568-05",
      "/files/3/a.pdf",
    ]) {
      expect(verdict(req(url)), url).toBeNull();
      expect(verdict(req(url, {}, "HEAD")), url).toBeNull();
    }
    expect(verdict(action(BOUNDARY))).toBeNull();
    // A form posted without JavaScript (no Next-Action header).
    expect(
      verdict(post("/admin/elections/1/import", { "content-type": BOUNDARY, origin: `http://${HOST}` })),
    ).toBeNull();
    expect(verdict(post("/api/online", { "content-type": "text/plain" }))).toBeNull();
    expect(verdict(post("/search", { "content-type": "application/x-www-form-urlencoded" }))).toBeNull();
  });

  it("refuses addresses whose percent-encoding is not UTF-8, or that decode to control characters (400)", () => {
    for (const url of [
      "/%E0%B8",
      "/posts/%FF",
      "/posts/%",
      "/news/%E0%B8/page/1",
      "/calendar/%FF",
      "/elections/%FF/results.csv",
      "/og/posts/%FF.png",
      "/events/%FF",
      "/procurement/%FF",
      "/_next/%FF",
      "/posts/%00",
      "/a%0Ab",
      "/%7F",
    ]) {
      expect(verdict(req(url)), url).toMatchObject({ status: 400 });
    }
    expect(verdict(req("*", {}, "OPTIONS"))).toMatchObject({ status: 400, reason: "target" });
    expect(verdict(req("http://evil.example/"))).toMatchObject({ status: 400, reason: "target" });
  });

  it("refuses paths longer than any of the site's, which Next's page cache cannot name a file after (414)", () => {
    expect(verdict(req(`/sitemap/${"a".repeat(201)}`))).toMatchObject({ status: 414, reason: "segment-length" });
    expect(verdict(req(`/about/${"%E0%B8%82".repeat(67)}`))).toMatchObject({ status: 414, reason: "segment-length" });
    expect(verdict(req(`/sitemap${"/a".repeat(1100)}`))).toMatchObject({ status: 414, reason: "path-length" });
    // An unknown address under /api is answered by the home page's catch-all, which is cached.
    expect(verdict(req(`/api/admin/uploads/1/${"a".repeat(201)}`))).toMatchObject({
      status: 414,
      reason: "segment-length",
    });
    expect(verdict(req(`/posts/12/${"a-".repeat(60)}x`))).toBeNull();
    // A long Thai file name stays readable: files are never written to the page cache.
    expect(verdict(req(`/files/12/${"%E0%B8%82".repeat(100)}.pdf`))).toBeNull();
  });

  it("refuses methods no route answers with 405 and the Allow list", () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "CONNECT", "PROPFIND", "BREW"]) {
      expect(verdict(req("/feed.xml", {}, method)), method).toEqual({
        status: 405,
        reason: "method",
        headers: { allow: "GET, HEAD, POST, OPTIONS" },
      });
    }
    expect(verdict(req("/feed.xml", {}, "OPTIONS"))).toBeNull();
  });

  it("refuses bodies over the limit (413) and bodies of unknown length (411), except on upload routes", () => {
    const big = String(ACTION_BODY_LIMIT_BYTES + 1);
    expect(verdict(action(BOUNDARY, { "content-length": big }))).toMatchObject({ status: 413 });
    expect(verdict(post("/", { "content-length": big }))).toMatchObject({ status: 413 });
    expect(verdict(action(BOUNDARY, { "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(verdict(post("/api/admin/uploads", { "content-length": String(40 * 1024 * 1024) }))).toBeNull();
    const chunked = {
      ...action(BOUNDARY),
      headers: { host: HOST, "next-action": ACTION, "content-type": BOUNDARY, "transfer-encoding": "chunked" },
    };
    expect(verdict(chunked)).toMatchObject({ status: 411 });
  });

  it("refuses server-action posts Next cannot parse (400), unknown actions (404) and other sites' (403)", () => {
    for (const type of [
      "text/plain",
      "text/plain;charset=UTF-8",
      "application/json",
      "application/xml",
      "multipart/form-data",
      "multipart/form-data; charset=utf-8",
      "image/png",
      "",
    ]) {
      expect(verdict(action(type)), type).toMatchObject({ status: 400, reason: "action-content-type" });
    }
    expect(verdict(post("/", { "content-type": "multipart/form-data" }))).toMatchObject({
      status: 400,
      reason: "multipart-boundary",
    });
    // Public pages have no forms: a multipart post there is hand-made.
    for (const path of ["/news/activities", "/admin/login"]) {
      expect(verdict(post(path, { "content-type": BOUNDARY, origin: `http://${HOST}` })), path).toMatchObject({
        status: 400,
        reason: "no-form-here",
      });
    }
    for (const id of ["garbage", "", "x".repeat(42), `${ACTION}0`, "%FF"]) {
      expect(verdict(action(BOUNDARY, { "next-action": id })), id).toMatchObject({
        status: 400,
        reason: "action-id",
        headers: { "x-nextjs-action-not-found": "1" },
      });
    }
    expect(verdict(action(BOUNDARY, { "next-action": "0".repeat(42) }))).toMatchObject({
      status: 404,
      reason: "action-unknown",
    });
    // Without a readable manifest every well-formed id goes on to Next.
    expect(checkRequest(action(BOUNDARY, { "next-action": "0".repeat(42) }), { actionIds: null })).toBeNull();
    // The manifest decides, not the shape: a later Next whose ids look different keeps working.
    expect(checkRequest(action(BOUNDARY, { "next-action": "v2_abc" }), { actionIds: new Set(["v2_abc"]) })).toBeNull();
    expect(checkRequest(action(BOUNDARY, { "next-action": "v2_abc" }), { actionIds: null })).toBeNull();
    expect(checkRequest(action(BOUNDARY, { "next-action": "%FF" }), { actionIds: null })).toMatchObject({
      status: 400,
      reason: "action-id",
    });
    for (const origin of ["http://evil.example", "null", "not a url", `https://${HOST}.evil.example`]) {
      expect(verdict(action(BOUNDARY, { origin })), origin).toMatchObject({ status: 403 });
    }
    expect(
      verdict(action(BOUNDARY, { origin: "https://www.example.go.th", "x-forwarded-host": "www.example.go.th" })),
    ).toBeNull();
  });
});

describe("the refusal's body", () => {
  it("is a Thai page for people and a Thai line for feeds, files, /api and action calls", () => {
    for (const url of ["/", "/posts/%FF", "/admin/settings", "/news/x/page/2"])
      expect(wantsPlainText(req(url)), url).toBe(false);
    for (const url of [
      "/feed.xml",
      "/elections/%FF/results.csv",
      "/og/posts/%FF.png",
      "/api/online",
      "/files/1",
      "/_next/x",
      "/events/1.ics",
    ]) {
      expect(wantsPlainText(req(url)), url).toBe(true);
    }
    expect(wantsPlainText(action(BOUNDARY))).toBe(true);
    const html = refusalHtml(413, '/admin/x"><script>');
    expect(html).toContain('<html lang="th">');
    expect(html).toContain("ใหญ่เกิน 4 MB");
    expect(html).toContain('href="/admin/x&#34;&#62;&#60;script&#62;"');
    expect(refusalPlain(405)).toMatch(/^ไม่รองรับวิธีการเรียกนี้: /);
  });
});

/** Files under app/ or lib/ whose text matches `keep`. */
function sources(dir: string, keep: (rel: string, text: string) => boolean): { rel: string; text: string }[] {
  const out: { rel: string; text: string }[] = [];
  for (const rel of readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })) {
    if (!/\.tsx?$/.test(rel) || rel.includes("generated")) continue;
    const text = readFileSync(path.join(root, dir, rel), "utf8");
    if (keep(rel, text)) out.push({ rel: `${dir}/${rel}`, text });
  }
  return out;
}

describe("what the guard assumes about the code", () => {
  it("every route handler exports only methods the guard lets through", () => {
    const methods = /\b(GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS)\b/g;
    const routes = sources("app", (rel) => /(^|\/)route\.tsx?$/.test(rel));
    expect(routes.length).toBeGreaterThan(10);
    for (const { rel, text } of routes) {
      const exported = text
        .split("\n")
        .filter((l) => /^export (async )?function|^export (const|\{)/.test(l))
        .join("\n");
      for (const [m] of exported.matchAll(methods)) expect(ALLOWED_METHODS, `${rel} exports ${m}`).toContain(m);
    }
  });

  it("only staff pages use server actions, so a form post to a public page is refused", () => {
    const actionModules = sources("lib", (_rel, text) => /^\s*["']use server["']/.test(text)).map(
      ({ rel }) => `@/${rel.replace(/\.tsx?$/, "")}`,
    );
    expect(actionModules.length).toBeGreaterThan(5);
    const users = [...sources("app", () => true), ...sources("components", () => true)].filter(({ text }) =>
      actionModules.some((m) => text.includes(`"${m}"`)),
    );
    expect(users.length).toBeGreaterThan(5);
    for (const { rel } of users) expect(rel).toMatch(/^(app|components)\/admin\//);
  });

  it("every server action takes (state, formData: FormData), so React always posts it as multipart", () => {
    const files = sources("lib", (_rel, text) => /^\s*["']use server["']/.test(text)).concat(
      sources("app", (_rel, text) => /^\s*["']use server["']/.test(text)),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const { rel, text } of files) {
      for (const line of text.split("\n").filter((l) => l.startsWith("export ") && !l.startsWith("export type "))) {
        expect(line, rel).toMatch(/^export async function \w+\(\w+: \w+, \w+: FormData\)/);
      }
    }
  });
});
