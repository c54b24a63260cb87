import { vi } from "vitest";
import { appDoubles } from "./app-doubles";

// A setup file of the int project (tests/vitest.config.ts): its mocks apply to every test file of
// the project. Each replacement asks tests/helpers/app-doubles.ts first and otherwise does what
// the real module does, so a test that sets nothing runs the real code.

vi.mock("@/lib/db/client", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db/client")>();
  return {
    ...real,
    getPrisma: () => appDoubles().db?.prisma ?? real.getPrisma(),
    getSqlRunner: async () => appDoubles().db?.runner ?? real.getSqlRunner(),
    // The test owns its database: closing the app's database only forgets it.
    closePrisma: async () => {
      if (appDoubles().db) appDoubles().db = undefined;
      else await real.closePrisma();
    },
  };
});

vi.mock("@/lib/auth/session-cookie", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/session-cookie")>();
  return {
    ...real,
    userFromCookie: () => appDoubles().session?.() ?? real.userFromCookie(),
  };
});
