import { expect, test } from "@playwright/test";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

test.skip(laterZoneRun, ONCE);

// The production server answers the front cache's and operators' checks on any host name, before
// the office directory, never cached.
test("the server says it is alive and ready, on a known host and an unknown one", async ({ request }) => {
  for (const host of [undefined, "no-such-office.example"]) {
    const headers = host ? { host } : undefined;
    for (const path of ["/healthz", "/readyz"]) {
      const res = await request.get(path, { headers });
      expect(res.status(), `${path} ${host ?? ""}`).toBe(200);
      expect(res.headers()["cache-control"]).toBe("no-store");
      expect((await res.json()).status).toBe("ok");
    }
  }
  expect((await request.post("/readyz")).status()).toBe(405);
});
