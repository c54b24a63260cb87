// The link between a schedule change (a server action) and the running scheduler. They are
// bundled separately (instrumentation vs. routes) but share the process, hence globalThis.

const KEY = Symbol.for("ect.postScheduler");

export type SchedulerHandle = { wake(): void; stop(): void };

type WithScheduler = typeof globalThis & { [KEY]?: SchedulerHandle };

export function registerScheduler(handle: SchedulerHandle | undefined): void {
  if (handle) (globalThis as WithScheduler)[KEY] = handle;
  else delete (globalThis as WithScheduler)[KEY];
}

export function runningScheduler(): SchedulerHandle | undefined {
  return (globalThis as WithScheduler)[KEY];
}

/** A post was (re)scheduled: let the scheduler re-plan its next wake-up. No-op without one. */
export function nudgeScheduler(): void {
  runningScheduler()?.wake();
}
