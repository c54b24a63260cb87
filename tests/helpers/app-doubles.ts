import type { SessionUser } from "@/lib/auth/roles";
import type { DbHandle } from "@/lib/db/client";

// What the integration tests put in place of the app's database and of the signed-in person. The
// int project's setup file (tests/helpers/app-doubles.setup.ts) mocks `@/lib/db/client` and
// `@/lib/auth/session-cookie` to ask here first, so production code has no hook for tests. The
// state lives on globalThis: the setup file and the test file then share it whatever module
// instance each of them holds.

type Doubles = {
  db?: Pick<DbHandle, "prisma" | "runner" | "forOffice">;
  session?: () => Promise<SessionUser | null>;
};
const key = Symbol.for("ect.tests.app-doubles");
const g = globalThis as typeof globalThis & { [key]?: Doubles };

export function appDoubles(): Doubles {
  return (g[key] ??= {});
}

/**
 * Makes getPrisma() and getSqlRunner() use a database the test opened itself (e.g.
 * tests/helpers/db.ts createTestDatabase()); `undefined` goes back to the configured one. The test
 * keeps ownership and closes it.
 */
export function useTestDatabase(db: Pick<DbHandle, "prisma" | "runner" | "forOffice"> | undefined): void {
  appDoubles().db = db ? { prisma: db.prisma, runner: db.runner, forOffice: db.forOffice } : undefined;
}

/** Decides who is signed in without a cookie; null goes back to reading the cookie. */
export function useTestSession(resolver: (() => Promise<SessionUser | null>) | null): void {
  appDoubles().session = resolver ?? undefined;
}
