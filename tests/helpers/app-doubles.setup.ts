import { vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requestOffice } from "@/lib/offices/context";
import { defaultOfficeId, servedOffice } from "@/lib/offices/current";
import { appDoubles } from "./app-doubles";

// A setup file of the int project (tests/vitest.config.ts): its mocks apply to every test file of
// the project. Each replacement asks tests/helpers/app-doubles.ts first and otherwise does what
// the real module does, so a test that sets nothing runs the real code.

// Integration tests count in process memory, as a single server does: a REDIS_URL of the
// environment would share counts between tests and runs. tests/int/redis-shared.int.test.ts sets
// its own.
delete process.env.REDIS_URL;

// The app's client is confined to the office it serves (lib/offices/scope.ts), and on a server
// runs on that office's connections under row-level security: so is the test's.
const confined = new WeakMap<PrismaClient, (officeId: number | null) => PrismaClient>();

vi.mock("@/lib/db/client", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db/client")>();
  return {
    ...real,
    getPrisma: () => {
      const db = appDoubles().db;
      if (!db) return real.getPrisma();
      let clients = confined.get(db.prisma);
      if (!clients) confined.set(db.prisma, (clients = real.scopedClients(db)));
      return clients(requestOffice()?.id ?? null);
    },
    getRootPrisma: () => appDoubles().db?.prisma ?? real.getRootPrisma(),
    currentOfficeId: () => {
      const db = appDoubles().db;
      return db ? (requestOffice()?.id ?? defaultOfficeId(db.prisma)) : real.currentOfficeId();
    },
    currentOffice: () => {
      const db = appDoubles().db;
      return db ? servedOffice(db.prisma) : real.currentOffice();
    },
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
