import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "./db";
import { createStaff, type sessionSwitch, type Staff } from "./manage-fixtures";
import { useTestDatabase, useTestSession } from "./app-doubles";

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
    useTestDatabase(db);
    useTestSession(session.resolver);
    await ready(db, await createStaff(db.prisma));
  });
  afterAll(async () => {
    useTestSession(null);
    useTestDatabase(undefined);
    await db?.close();
  });
}
