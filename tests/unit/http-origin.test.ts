import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { assertSameOrigin, CROSS_ORIGIN_MESSAGE } from "@/lib/http/origin";

const post = (headers: Record<string, string>, method = "POST") =>
  new Request("http://127.0.0.1:3000/api/thing", { method, headers });

function withTrustedProxies(value: string | undefined): void {
  if (value === undefined) delete process.env.TRUSTED_PROXIES;
  else process.env.TRUSTED_PROXIES = value;
  resetEnvForTests();
}

afterEach(() => withTrustedProxies(undefined));

describe("assertSameOrigin", () => {
  it("lets reads through", () => {
    expect(assertSameOrigin(post({ origin: "https://evil.example" }, "GET"))).toBeNull();
  });

  it("accepts a post from the site itself", () => {
    expect(assertSameOrigin(post({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBeNull();
    expect(assertSameOrigin(post({ host: "127.0.0.1:3000", referer: "http://127.0.0.1:3000/admin/posts" }))).toBeNull();
    // Behind a proxy: Host is internal, the public host comes from SITE_URL.
    expect(assertSameOrigin(post({ host: "app:3000", origin: "http://localhost:3000" }))).toBeNull();
  });

  it("believes X-Forwarded-Host only when TRUSTED_PROXIES says a proxy stands in front", async () => {
    const forged = post({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", origin: "https://evil.example" });
    const refused = assertSameOrigin(forged);
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toEqual({ error: CROSS_ORIGIN_MESSAGE });

    withTrustedProxies("1");
    expect(
      assertSameOrigin(
        post({ host: "app:3000", "x-forwarded-host": "ect.example.go.th", origin: "https://ect.example.go.th" }),
      ),
    ).toBeNull();
  });

  it.each([
    [{ host: "127.0.0.1:3000", origin: "https://evil.example" }],
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }],
    [{ host: "127.0.0.1:3000", origin: "null" }],
    [{ host: "127.0.0.1:3000", referer: "https://evil.example/127.0.0.1:3000" }],
    [{ host: "127.0.0.1:3000" }],
  ])("refuses %j with a Thai 403", async (headers) => {
    const res = assertSameOrigin(post(headers));
    expect(res?.status).toBe(403);
    expect(await res?.json()).toEqual({ error: CROSS_ORIGIN_MESSAGE });
  });
});
