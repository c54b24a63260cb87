import { getPrisma } from "@/lib/db/client";
import type { ProcurementKind } from "@/lib/generated/prisma/enums";
import { FILE_SELECT } from "./queries";
import { byKindThenDate } from "./view";

// Staff reads: unpublished disclosures too, with the version a save must name. Never cached.

export type AdminDisclosureRow = {
  id: number;
  kind: ProcurementKind;
  title: string;
  fiscalYear: number;
  month: number | null;
  documentDate: Date;
  published: boolean;
  updatedAt: Date;
  updatedByName: string | null;
};

/** Every fiscal year that has any disclosure, newest first. */
export async function listDisclosureYears(): Promise<number[]> {
  const rows = await getPrisma().procurementDisclosure.groupBy({ by: ["fiscalYear"], orderBy: { fiscalYear: "desc" } });
  return rows.map((r) => r.fiscalYear);
}

export async function listDisclosuresOfYear(fiscalYear: number): Promise<AdminDisclosureRow[]> {
  const rows = await getPrisma().procurementDisclosure.findMany({
    where: { fiscalYear },
    select: {
      id: true,
      kind: true,
      title: true,
      fiscalYear: true,
      month: true,
      documentDate: true,
      published: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
    },
  });
  return rows.sort(byKindThenDate).map(({ updatedBy, ...r }) => ({ ...r, updatedByName: updatedBy?.name ?? null }));
}

export async function getDisclosureForEdit(id: number) {
  const row = await getPrisma().procurementDisclosure.findUnique({
    where: { id },
    include: { file: FILE_SELECT, createdBy: { select: { name: true } }, updatedBy: { select: { name: true } } },
  });
  return row;
}
