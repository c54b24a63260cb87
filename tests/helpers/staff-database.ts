import { afterAll, beforeAll } from "vitest";
import { setSessionResolverForTests } from "@/lib/auth/session";
import { setPrismaForTests } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "./db";
import { createStaff, type sessionSwitch, type Staff } from "./manage-fixtures";

/**
 * The set-up of a test file that calls staff actions: a fresh database the app reads through, the
 * test's session switch as the app's session, and an admin, an editor and an author; all undone after.
 */
export function useStaffTestDatabase(
  session: ReturnType<typeof sessionSwitch>,
  ready: (db: TestDatabase, staff: Staff) => void | Promise<void>,
) {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    setPrismaForTests(db);
    setSessionResolverForTests(session.resolver);
    await ready(db, await createStaff(db.prisma));
  });
  afterAll(async () => {
    setSessionResolverForTests(null);
    setPrismaForTests(undefined);
    await db?.close();
  });
}
