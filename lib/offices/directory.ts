import type { PrismaClient } from "../generated/prisma/client";
import type { DirectoryOffice } from "./hosts";

// Every office and its host names, for the server to tell which office a request is for. Offices
// change rarely (the platform administrator adds one); the server reads them again every minute.

export async function loadDirectory(prisma: PrismaClient): Promise<DirectoryOffice[]> {
  const rows = await prisma.office.findMany({
    select: {
      id: true,
      code: true,
      nameTh: true,
      province: true,
      isCentral: true,
      isDefault: true,
      hosts: { select: { host: true }, orderBy: { host: "asc" } },
    },
  });
  // The central office first, then the provinces in Thai dictionary order (the database's
  // collation may not be Thai).
  const thai = new Intl.Collator("th");
  return rows
    .map(({ hosts, ...o }) => ({ ...o, hosts: hosts.map((h) => h.host) }))
    .sort((a, b) => Number(b.isCentral) - Number(a.isCentral) || thai.compare(a.province ?? "", b.province ?? ""));
}
