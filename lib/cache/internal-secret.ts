import { randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// The scheduler runs outside any request, where Next cannot revalidate its cache. It asks its own
// server instead (app/api/internal/revalidate), proving it is the same process with a secret made
// at start-up that never leaves the process. Kept on globalThis: the scheduler and the route are
// bundled separately but share the process.

const KEY = Symbol.for("ect.internalRevalidateSecret");
export const INTERNAL_SECRET_HEADER = "x-internal-revalidate";

type WithSecret = typeof globalThis & { [KEY]?: string };

// INTERNAL_REVALIDATE_SECRET (32+ characters, lib/env.ts) fixes the secret instead, for a trusted
// process beside the server that changes data directly: the benchmark's election-night writer.
function fromEnv(): string | undefined {
  return env().internalRevalidateSecret;
}

export function internalSecret(): string {
  const g = globalThis as WithSecret;
  return (g[KEY] ??= fromEnv() ?? randomBytes(32).toString("hex"));
}

/** True only for this process's own secret; false when none was ever made. */
export function isInternalSecret(value: string | null): boolean {
  const expected = (globalThis as WithSecret)[KEY] ?? fromEnv();
  if (!expected || !value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
