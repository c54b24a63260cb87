import { getPrisma } from "@/lib/db/client";
import type { ProcurementKind } from "@/lib/generated/prisma/enums";
import { currentFiscalYear, MIN_FISCAL_YEAR } from "./fiscal-year";
import { byKindThenDate, toDisclosureView, type DisclosureView } from "./view";

// Public reads: published disclosures only.

export const FILE_SELECT = { select: { id: true, token: true, fileName: true, mimeType: true, size: true } } as const;

/** Fiscal years with at least one published disclosure, newest first. */
export async function getPublishedFiscalYears(): Promise<number[]> {
  const rows = await getPrisma().procurementDisclosure.groupBy({
    by: ["fiscalYear"],
    where: { published: true },
    orderBy: { fiscalYear: "desc" },
  });
  return rows.map((r) => r.fiscalYear);
}

export type FiscalYearPage = {
  year: number;
  /** Every year a reader can switch to (with disclosures, plus the current one), newest first. */
  years: number[];
  groups: { kind: ProcurementKind; items: DisclosureView[] }[];
  /** Monthly summaries by calendar month. */
  monthly: Map<number, DisclosureView>;
  count: number;
};

/**
 * The public page of a fiscal year, or null when the year is not one a reader could mean
 * (before the site's records, or beyond next year) and has nothing published.
 */
export async function getFiscalYearPage(year: number): Promise<FiscalYearPage | null> {
  const [published, rows] = await Promise.all([
    getPublishedFiscalYears(),
    getPrisma().procurementDisclosure.findMany({
      where: { fiscalYear: year, published: true },
      select: {
        id: true,
        kind: true,
        title: true,
        documentDate: true,
        month: true,
        amount: true,
        description: true,
        file: FILE_SELECT,
      },
    }),
  ]);
  const current = currentFiscalYear();
  if (rows.length === 0 && (year < MIN_FISCAL_YEAR || year > current + 1)) return null;
  const items = rows.sort(byKindThenDate).map(toDisclosureView);
  const groups: FiscalYearPage["groups"] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.kind === item.kind) last.items.push(item);
    else groups.push({ kind: item.kind, items: [item] });
  }
  const monthly = new Map(items.filter((i) => i.month !== null).map((i) => [i.month!, i]));
  const years = [...new Set([...published, current, year])].sort((a, b) => b - a);
  return { year, years, groups, monthly, count: items.length };
}

/** The year /procurement opens on: the newest with published disclosures, else the current one. */
export async function getDefaultFiscalYear(): Promise<number> {
  const current = currentFiscalYear();
  const newest = (await getPublishedFiscalYears())[0];
  // A plan for next year published early should not hide this year's documents.
  return newest !== undefined && newest < current ? newest : current;
}
