import type { PrismaClient } from "../generated/prisma/client";
import { requestOffice } from "./context";
import { loadDirectory } from "./directory";
import type { DirectoryOffice } from "./hosts";

// Which office the application is serving: the office of the request (./context.ts), else —
// scripts, tests, `next dev` — the install's default office (the one an existing single-office
// database became; Chiang Rai in the demo).

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

const defaults = new WeakMap<PrismaClient, Promise<DirectoryOffice>>();

/** The office being served: the request's, else the default office. */
export async function servedOffice(prisma: PrismaClient): Promise<DirectoryOffice> {
  const office = requestOffice();
  if (office) return office;
  let found = defaults.get(prisma);
  if (!found) {
    found = loadDirectory(prisma).then((all) => {
      const home = all.find((o) => o.isDefault);
      if (!home) throw new Error("No default office: run the migrations (npm run db:migrate)");
      return home;
    });
    defaults.set(prisma, found);
    found.catch(() => defaults.delete(prisma));
  }
  return found;
}
