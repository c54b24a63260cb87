import pg from "pg";
import { instanceId, PEER_CHANNEL } from "@/lib/cache/peers";

// The other half of lib/cache/peers.ts: one connection of its own that LISTENs for changes made
// through the other instances and runs `refresh` for each (one at a time; changes arriving during
// a refresh make one more). When the connection drops (PostgreSQL restarted, the network), it
// reconnects with a growing pause and refreshes once more: messages sent meanwhile were lost.

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 10_000;

export type PeerListener = { stop(): Promise<void> };

export type PeerListenerOptions = {
  /** Messages from this id are this instance's own and ignored. */
  self?: string;
  onError?: (message: string) => void;
};

export function listenToPeers(url: string, refresh: () => Promise<void>, opts: PeerListenerOptions = {}): PeerListener {
  const self = opts.self ?? instanceId();
  const log = opts.onError ?? ((m: string) => console.error(`[peers] ${m}`));
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  async function runRefresh(): Promise<void> {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        await refresh().catch((e: unknown) => log(`refresh failed: ${e instanceof Error ? e.message : e}`));
      } while (again && !stopped);
    } finally {
      running = false;
    }
  }

  function retry(): void {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect(true);
    }, retryMs);
    timer.unref();
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  }

  async function connect(reconnecting: boolean): Promise<void> {
    const c = new pg.Client({ connectionString: url });
    client = c;
    // A dropped connection emits "error" and then "end"; either means: connect again.
    c.on("error", (e) => log(`connection lost: ${e.message}`));
    c.on("end", () => {
      if (client === c) retry();
    });
    c.on("notification", (n) => {
      if (n.channel === PEER_CHANNEL && n.payload !== self) void runRefresh();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PEER_CHANNEL}`);
      retryMs = FIRST_RETRY_MS;
      if (reconnecting) void runRefresh();
    } catch (e) {
      log(`cannot listen: ${e instanceof Error ? e.message : e}`);
      await c.end().catch(() => undefined);
      if (client === c) retry();
    }
  }

  void connect(false);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
