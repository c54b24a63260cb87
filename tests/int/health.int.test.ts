import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma, type DbHandle } from "@/lib/db/client";
import { DATABASE_NOT_READY, healthAnswer } from "@/server/health";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// /healthz and /readyz as the front cache and operators see them, against a real database, a
// port where nothing listens and a server that accepts connections and never answers.

let db: TestDatabase;
let silent: Server;
let silentPort = 0;
const silentSockets: Socket[] = [];
const opened: DbHandle[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  silent = createServer((socket) => void silentSockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentPort = (silent.address() as { port: number }).port;
});

afterAll(async () => {
  for (const socket of silentSockets) socket.destroy();
  for (const h of opened) await h.close().catch(() => undefined);
  await db.close();
  await new Promise((resolve) => silent.close(resolve));
});

const pingOf = (h: Pick<DbHandle, "prisma">) => () => h.prisma.$queryRaw`SELECT 1`;

function unreachable(url: string): DbHandle {
  const h = createPrisma({ databaseUrl: url });
  opened.push(h);
  return h;
}

describe("health checks", () => {
  it("says the process is alive without asking the database", async () => {
    const down = unreachable("postgresql://postgres@127.0.0.1:1/none");
    const a = await healthAnswer("GET", "/healthz", pingOf(down));
    expect(a).toMatchObject({ status: 200, headers: { "cache-control": "no-store" } });
    expect(JSON.parse(a!.body)).toEqual({ status: "ok" });
    expect((await healthAnswer("HEAD", "/healthz?probe=1", pingOf(down)))!.status).toBe(200);
  });

  it("is ready when the database answers", async () => {
    const a = await healthAnswer("GET", "/readyz", pingOf(db));
    expect(a!.status).toBe(200);
    expect(JSON.parse(a!.body)).toEqual({ status: "ok", database: "ok" });
  });

  it("is not ready, with the Thai message, when the database refuses connections or does not answer", async () => {
    const refused = await healthAnswer("GET", "/readyz", pingOf(unreachable("postgresql://postgres@127.0.0.1:1/none")));
    expect(refused!.status).toBe(503);
    expect(JSON.parse(refused!.body)).toMatchObject({ status: "unavailable", message: DATABASE_NOT_READY });

    const hung = unreachable(`postgresql://postgres@127.0.0.1:${silentPort}/none`);
    const late = await healthAnswer("GET", "/readyz", pingOf(hung), 300);
    expect(late!.status).toBe(503);
    expect(JSON.parse(late!.body).message).toBe(DATABASE_NOT_READY);
  });

  it("answers only GET and HEAD, and nothing else is a health check", async () => {
    const a = await healthAnswer("POST", "/readyz", pingOf(db));
    expect(a).toMatchObject({ status: 405, headers: { allow: "GET, HEAD" } });
    expect(await healthAnswer("GET", "/healthz/x", pingOf(db))).toBeNull();
    expect(await healthAnswer("GET", "/readyzz", pingOf(db))).toBeNull();
  });
});
