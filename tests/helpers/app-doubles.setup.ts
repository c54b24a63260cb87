import { vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requestOffice } from "@/lib/offices/context";
import { defaultOfficeId, servedOffice } from "@/lib/offices/current";
import { scopeToOffice } from "@/lib/offices/scope";
import { appDoubles } from "./app-doubles";

// A setup file of the int project (tests/vitest.config.ts): its mocks apply to every test file of
// the project. Each replacement asks tests/helpers/app-doubles.ts first and otherwise does what
// the real module does, so a test that sets nothing runs the real code.

// The app's client is confined to the office it serves (lib/offices/scope.ts): so is the test's.
const confined = new WeakMap<PrismaClient, PrismaClient>();
function scoped(prisma: PrismaClient): PrismaClient {
  let client = confined.get(prisma);
  if (!client)
    confined.set(prisma, (client = scopeToOffice(prisma, async () => requestOffice()?.id ?? defaultOfficeId(prisma))));
  return client;
}

vi.mock("@/lib/db/client", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db/client")>();
  return {
    ...real,
    getPrisma: () => {
      const db = appDoubles().db;
      return db ? scoped(db.prisma) : real.getPrisma();
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
