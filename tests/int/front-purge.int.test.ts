import { createServer, type Server } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { purgeFront } from "@/lib/cache/front";
import { revalidateHere } from "@/lib/cache/revalidate";
import { resetEnvForTests } from "@/lib/env";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// After an instance refreshed its own caches it tells the front cache (FRONT_PURGE_URL) to drop
// its copies, with the PURGE request deploy/varnish/ect.vcl answers. Here the front is an HTTP
// server that records what it was sent.

let front: Server;
let url = "";
const received: Array<{ method?: string; url?: string }> = [];

beforeAll(async () => {
  front = createServer((req, res) => {
    received.push({ method: req.method, url: req.url });
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(front.address() as { port: number }).port}`;
});

afterEach(() => {
  delete process.env.FRONT_PURGE_URL;
  resetEnvForTests();
  received.length = 0;
});

afterAll(() => new Promise((resolve) => front.close(resolve)));

describe("emptying the front cache", () => {
  it("sends one PURGE for every refresh of the instance's own caches", async () => {
    process.env.FRONT_PURGE_URL = `${url}/`;
    resetEnvForTests();
    revalidateHere();
    await vi.waitFor(() => expect(received).toEqual([{ method: "PURGE", url: "/" }]));
    await purgeFront();
    expect(received).toHaveLength(2);
  });

  it("sends nothing without a front, and never throws when the front is down", async () => {
    await purgeFront();
    expect(received).toEqual([]);
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    process.env.FRONT_PURGE_URL = "http://127.0.0.1:1";
    resetEnvForTests();
    await expect(purgeFront()).resolves.toBeUndefined();
    expect(quiet.mock.calls.join(" ")).toMatch(/could not empty the front cache/);
    quiet.mockRestore();
  });

  it("refuses a FRONT_PURGE_URL that is not an address", async () => {
    process.env.FRONT_PURGE_URL = "varnish";
    resetEnvForTests();
    await expect(purgeFront()).rejects.toThrow(/FRONT_PURGE_URL must be/);
  });
});
