import type { PrismaClient } from "@/lib/generated/prisma/client";

// Rows for the procurement disclosure tests: a stored PDF (no file on disk is needed to save a
// disclosure) and the form a staff member would submit.

let n = 0;

export async function makeFileAsset(prisma: PrismaClient, fileName = "สขร1-ตุลาคม-2568.pdf") {
  n++;
  return prisma.asset.create({
    data: {
      kind: "FILE",
      fileName,
      storagePath: `test/procurement-${process.pid}-${Date.now()}-${n}.pdf`,
      mimeType: "application/pdf",
      size: 15_360,
      sha256: "0".repeat(64),
    },
  });
}

export function disclosureFields(
  fileId: number,
  over: Record<string, string | number> = {},
): Record<string, string | number> {
  return {
    kind: "MONTHLY_SUMMARY",
    title: "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2568 (แบบ สขร.1)",
    documentDate: "2025-11-10",
    fiscalYear: "",
    month: "10",
    amount: "40,250.00",
    description: "",
    fileId,
    published: "on",
    ...over,
  };
}

/** Every disclosure row, for comparing before and after a refused action. */
export async function disclosureSnapshot(prisma: PrismaClient) {
  return prisma.procurementDisclosure.findMany({ orderBy: { id: "asc" } });
}
