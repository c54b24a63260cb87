import { internalSecret } from "@/lib/cache/internal-secret";
import { notifyPeers } from "@/lib/cache/peers";
import { MAX_SLEEP_MS, nextSleep, publishDuePosts } from "@/lib/posts/publish-due";
import { registerScheduler, runningScheduler, type SchedulerHandle } from "@/lib/posts/scheduler-signal";
import { refreshHere } from "./refresh-here";

// Scheduled publishing that never silently misses: a timer in the server process wakes at the
// next scheduledAt (and at least every 30 s, which also retries failures and catches posts
// scheduled by another process), publishes every due post (lib/posts/publish-due.ts), and
// refreshes the public pages: its own, and through lib/cache/peers.ts the other instances'.
// Several instances may all run one: a post is published once whichever wakes first (the
// publish is conditional on the version it read). Started once from instrumentation.ts.

type SchedulerOptions = { refresh?: () => Promise<void> };

/** Starts the process's one scheduler (a second call returns the running one). */
export function startScheduler(opts: SchedulerOptions = {}): SchedulerHandle {
  const existing = runningScheduler();
  if (existing) return existing;
  const refresh = opts.refresh ?? refreshHere;
  internalSecret();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  // Published but not yet shown: keep trying to refresh on later wake-ups. True at start: the
  // last process may have died between publishing and refreshing, and Next's page cache on disk
  // outlives it (its record of what was refreshed does not).
  let refreshPending = true;

  const arm = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  };

  async function tick(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    let sleep = MAX_SLEEP_MS;
    try {
      const { published } = await publishDuePosts(new Date());
      if (published.length > 0) {
        console.log(`[scheduler] published post(s) ${published.join(", ")}`);
        refreshPending = true;
        await notifyPeers();
      }
      if (refreshPending) {
        await refresh();
        refreshPending = false;
        console.log("[scheduler] public pages refreshed");
      }
      sleep = await nextSleep(new Date());
    } catch (e) {
      console.error("[scheduler]", e instanceof Error ? e.message : e);
      sleep = refreshPending ? 1_000 : MAX_SLEEP_MS;
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      sleep = 0;
    }
    arm(sleep);
  }

  const handle: SchedulerHandle = {
    wake: () => (running ? (again = true) : arm(0)),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      registerScheduler(undefined);
    },
  };
  registerScheduler(handle);
  // Posts that fell due while the server was down are published at start.
  arm(1_000);
  return handle;
}
