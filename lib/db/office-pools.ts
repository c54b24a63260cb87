import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { serialTransactions } from "./one-at-a-time";

// The connections a request's queries run on, on a PostgreSQL server: one small pool per office,
// whose connections start as the role ect_app with `ect.office_id` set to that office (the
// default office's pool leaves it unset: the policies then take the default office). Row-level
// security (migration office_rls) then lets each connection see and write only its office's rows,
// whatever a query asks: the second wall behind lib/offices/scope.ts. Pools of offices nobody is
// reading close their connections after a few idle seconds.

const APP_ROLE = "ect_app";
const MAX_PER_OFFICE = 4;
const IDLE_MS = 10_000;

export type OfficeClients = {
  /** The client whose connections serve `officeId` (null: the default office). */
  forOffice(officeId: number | null): PrismaClient;
  close(): Promise<void>;
};

export function officeClients(url: string): OfficeClients {
  const open = new Map<number | null, { prisma: PrismaClient; pool: pg.Pool }>();
  return {
    forOffice(officeId) {
      let entry = open.get(officeId);
      if (!entry) {
        if (officeId !== null && !Number.isSafeInteger(officeId)) throw new Error(`bad office id ${officeId}`);
        const options = `-c role=${APP_ROLE}${officeId === null ? "" : ` -c ect.office_id=${officeId}`}`;
        const pool = new pg.Pool({ connectionString: url, options, max: MAX_PER_OFFICE, idleTimeoutMillis: IDLE_MS });
        pool.on("error", (e) => console.error("[db] idle connection error:", e.message));
        entry = { prisma: new PrismaClient({ adapter: serialTransactions(new PrismaPg(pool)) }), pool };
        open.set(officeId, entry);
      }
      return entry.prisma;
    },
    async close() {
      const entries = [...open.values()];
      open.clear();
      await Promise.all(
        entries.map(async ({ prisma, pool }) => {
          try {
            await prisma.$disconnect();
          } finally {
            await pool.end();
          }
        }),
      );
    },
  };
}
