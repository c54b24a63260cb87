import type { PrismaClient } from "../generated/prisma/client";
import { requestOffice } from "./context";
import { DIRECTORY_SELECT, toDirectoryOffice } from "./directory";
import type { DirectoryOffice } from "./hosts";

// Which office the application is serving: the office of the request (./context.ts), else —
// scripts, tests, `next dev` — the install's default office (the one an existing single-office
// database became; Chiang Rai in the demo).

const defaults = new WeakMap<PrismaClient, Promise<DirectoryOffice>>();

/** The default office on this database, read once: the same one as SQL's default_office_id(). */
export function defaultOffice(prisma: PrismaClient): Promise<DirectoryOffice> {
  let found = defaults.get(prisma);
  if (!found) {
    found = prisma.office
      .findFirst({ where: { isDefault: true }, orderBy: { id: "asc" }, select: DIRECTORY_SELECT })
      .then((row) => {
        if (!row) throw new Error("No default office: run the migrations (npm run db:migrate)");
        return toDirectoryOffice(row);
      });
    defaults.set(prisma, found);
    // A failed lookup (database not up yet) is tried again next time.
    found.catch(() => defaults.delete(prisma));
  }
  return found;
}

/** The default office's id on this database. */
export async function defaultOfficeId(prisma: PrismaClient): Promise<number> {
  return (await defaultOffice(prisma)).id;
}

/** The office being served: the request's, else the default office. */
export async function servedOffice(prisma: PrismaClient): Promise<DirectoryOffice> {
  return requestOffice() ?? defaultOffice(prisma);
}
