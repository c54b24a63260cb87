import type { PrismaClient } from "../generated/prisma/client";

// Which office the application is serving. Today one process serves the install's default office
// (the one an existing single-office database became, Chiang Rai in the demo); serving several
// offices by host name replaces this with the office of the request.

const cache = new WeakMap<PrismaClient, Promise<number>>();

/** The default office's id on this database, read once. */
export function defaultOfficeId(prisma: PrismaClient): Promise<number> {
  let id = cache.get(prisma);
  if (!id) {
    id = prisma.office
      .findFirst({ where: { isDefault: true }, orderBy: { id: "asc" }, select: { id: true } })
      .then((row) => {
        if (!row) throw new Error("No default office: run the migrations (npm run db:migrate)");
        return row.id;
      });
    cache.set(prisma, id);
    // A failed lookup (database not up yet) is tried again next time.
    id.catch(() => cache.delete(prisma));
  }
  return id;
}
