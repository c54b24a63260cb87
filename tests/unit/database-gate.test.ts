import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { DatabaseGate, isStaffPath } from "@/server/database-gate";

// Staff requests while PostgreSQL cannot be reached: a Thai 503 instead of Next's error page.

function exchange(url: string, method = "GET") {
  const sent: { status?: number; headers?: Record<string, string>; body?: string } = {};
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      sent.status = status;
      sent.headers = headers;
      return this;
    },
    end(body?: string) {
      sent.body = body;
      return this;
    },
  } as unknown as ServerResponse;
  return { req: { url, method } as IncomingMessage, res, sent };
}

describe("DatabaseGate", () => {
  it("answers staff pages with the Thai page and the staff API with a Thai line while the database is down", async () => {
    const gate = new DatabaseGate(() => Promise.reject(new Error("ECONNREFUSED")));
    const page = exchange("/admin/posts?status=DRAFT");
    expect(await gate.refuse(page.req, page.res)).toBe(true);
    expect(page.sent.status).toBe(503);
    expect(page.sent.headers).toMatchObject({ "cache-control": "no-store", "retry-after": "5" });
    expect(page.sent.body).toContain("<title>ระบบฐานข้อมูลไม่พร้อม (503)");
    expect(page.sent.body).toContain("งานที่บันทึกไว้แล้วไม่สูญหาย");

    const api = exchange("/api/admin/uploads", "POST");
    expect(await gate.refuse(api.req, api.res)).toBe(true);
    expect(api.sent.headers!["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(api.sent.body!)).toEqual({ error: expect.stringMatching(/^ระบบฐานข้อมูลไม่พร้อม: /) });
  });

  it("lets everything through while the database answers, and public pages always", async () => {
    const up = new DatabaseGate(() => Promise.resolve(1));
    expect(await up.refuse(exchange("/admin").req, exchange("/admin").res)).toBe(false);
    const down = new DatabaseGate(() => Promise.reject(new Error("down")));
    for (const url of ["/", "/news/press-releases", "/files/1-abc/x.pdf", "/administrator", "/api/online"]) {
      const { req, res, sent } = exchange(url);
      expect(await down.refuse(req, res), url).toBe(false);
      expect(sent.status).toBeUndefined();
    }
  });

  it("asks the database at most once a second, and takes no answer within the timeout as down", async () => {
    let pings = 0;
    let answer: Promise<unknown> = Promise.resolve(1);
    const gate = new DatabaseGate(() => (pings++, answer), 50);
    const t = 1_000_000;
    expect(await gate.isReachable(t)).toBe(true);
    expect(await gate.isReachable(t + 999)).toBe(true);
    expect(pings).toBe(1);
    answer = new Promise(() => {}); // never answers
    expect(await gate.isReachable(t + 1_000)).toBe(false);
    answer = Promise.resolve(1);
    expect(await gate.isReachable(t + 1_500)).toBe(false);
    expect(await gate.isReachable(t + 2_000)).toBe(true);
    expect(pings).toBe(3);
  });

  it("knows the staff addresses", () => {
    expect(["/admin", "/admin/login", "/api/admin/uploads/3", "/api/auth/session"].every(isStaffPath)).toBe(true);
    expect(["/", "/api/online", "/adminx", "/news/admin"].some(isStaffPath)).toBe(false);
  });
});
