import type { PrismaClient } from "../generated/prisma/client";
import type { DirectoryOffice } from "./hosts";

// Every office and its host names, for the server to tell which office a request is for. Offices
// change rarely (the platform administrator adds one); the server reads them again every minute.

/** The columns of an office the directory keeps (`toDirectoryOffice` shapes them). */
export const DIRECTORY_SELECT = {
  id: true,
  code: true,
  nameTh: true,
  province: true,
  isCentral: true,
  isDefault: true,
  hosts: { select: { host: true }, orderBy: { host: "asc" } },
} as const;

export function toDirectoryOffice({
  hosts,
  ...o
}: Omit<DirectoryOffice, "hosts"> & { hosts: { host: string }[] }): DirectoryOffice {
  return { ...o, hosts: hosts.map((h) => h.host) };
}

export async function loadDirectory(prisma: PrismaClient): Promise<DirectoryOffice[]> {
  const rows = await prisma.office.findMany({ select: DIRECTORY_SELECT });
  // The central office first, then the provinces in Thai dictionary order (the database's
  // collation may not be Thai).
  const thai = new Intl.Collator("th");
  return rows
    .map(toDirectoryOffice)
    .sort((a, b) => Number(b.isCentral) - Number(a.isCentral) || thai.compare(a.province ?? "", b.province ?? ""));
}
