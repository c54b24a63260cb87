import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notifyPeers, PEER_CHANNEL } from "@/lib/cache/peers";
import { listenToPeers, type PeerListener } from "@/server/peer-listener";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

// Instances of the site on one PostgreSQL server tell each other when public content changed
// (LISTEN/NOTIFY): each listener here stands for one instance, with its own connection.

const server = process.env.DATABASE_URL;
let db: TestDatabase;
const listeners: PeerListener[] = [];

beforeAll(async () => {
  if (!server) return;
  db = await createTestDatabase();
  useTestDatabase(db);
});

afterAll(async () => {
  for (const l of listeners) await l.stop();
  if (!server) return;
  useTestDatabase(undefined);
  await db.close();
});

/** An instance named `self` that counts its refreshes. */
function instance(self: string) {
  const state = { refreshes: 0, errors: [] as string[] };
  const listener = listenToPeers(
    db.url!,
    async () => {
      state.refreshes++;
    },
    { self, onError: (m) => state.errors.push(m) },
  );
  listeners.push(listener);
  return state;
}

async function listening(n: number): Promise<void> {
  await vi.waitFor(
    async () => {
      const [row] = await db.runner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN ${PEER_CHANNEL}'`,
      );
      expect(row!.n).toBe(n);
    },
    { timeout: 10_000, interval: 50 },
  );
}

describe.skipIf(!server)("telling the other instances", () => {
  it("refreshes every other instance, not the one that made the change", async () => {
    const logged = vi.spyOn(console, "error");
    const a = instance("a");
    const b = instance("b");
    const c = instance("c");
    await listening(3);

    await notifyPeers("a");
    await vi.waitFor(() => expect([b.refreshes, c.refreshes]).toEqual([1, 1]), { timeout: 5_000 });
    expect(a.refreshes).toBe(0);

    await notifyPeers("b");
    await vi.waitFor(() => expect([a.refreshes, c.refreshes]).toEqual([1, 2]), { timeout: 5_000 });
    expect(b.refreshes).toBe(1);
    // Sent without complaint (pg_notify returns void, which a query for rows cannot read).
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it("listens again after its connection is cut, and refreshes for what it may have missed", async () => {
    const d = instance("d");
    await listening(4);
    // As when PostgreSQL restarts: the server ends the listening connections.
    await db.runner.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query = 'LISTEN ${PEER_CHANNEL}' AND pid <> pg_backend_pid()`,
    );
    await vi.waitFor(() => expect(d.refreshes).toBe(1), { timeout: 10_000 });
    expect(d.errors.join(" ")).toMatch(/connection|terminat/i);
    await listening(4);

    await notifyPeers("a");
    await vi.waitFor(() => expect(d.refreshes).toBe(2), { timeout: 5_000 });
  });
});
