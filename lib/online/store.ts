import { currentOfficeId, getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

// Where the visitors seen recently are kept, so that every server process counts the same
// people: the database today; a Redis sorted set would do the same job once several instances
// share one count. Called once per flush interval by the counter (counter.ts), never per request.
export interface VisitorStore {
  /**
   * Marks each visitor as seen at its time (a later time never goes back), forgets visitors last
   * seen before `forgetBefore`, and returns how many were seen at or after `since`.
   */
  record(seen: ReadonlyMap<string, Date>, since: Date, forgetBefore: Date): Promise<number>;
}

const ROWS_PER_STATEMENT = 1_000;

export const databaseVisitorStore: VisitorStore = {
  async record(seen, since, forgetBefore) {
    const prisma = getPrisma();
    const officeId = await currentOfficeId();
    const rows = [...seen];
    return prisma.$transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        const values = rows
          .slice(i, i + ROWS_PER_STATEMENT)
          .map(([id, at]) => Prisma.sql`(${officeId}::int, ${id}, ${at})`);
        await tx.$executeRaw`
          INSERT INTO "OnlineVisitor" ("officeId", "id", "lastSeen") VALUES ${Prisma.join(values)}
          ON CONFLICT ("officeId", "id") DO UPDATE SET "lastSeen" = GREATEST("OnlineVisitor"."lastSeen", EXCLUDED."lastSeen")`;
      }
      await tx.onlineVisitor.deleteMany({ where: { lastSeen: { lt: forgetBefore } } });
      return tx.onlineVisitor.count({ where: { lastSeen: { gte: since } } });
    });
  },
};
