import type { FormState } from "@/lib/admin/form-state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fiscalMonthLabel } from "./fiscal-year";
import type { DisclosureInput } from "./schema";

// Checks a disclosure save makes against other rows, inside the save's transaction: the chosen
// file must exist, and a fiscal year has one monthly summary (แบบ สขร.1) per month.

type Tx = Prisma.TransactionClient;

export function duplicateMonthMessage(fiscalYear: number, month: number): string {
  return `ปีงบประมาณ ${fiscalYear} มีแบบ สขร.1 ของเดือน${fiscalMonthLabel(fiscalYear, month)} อยู่แล้ว โปรดแก้ไขรายการเดิมแทนการเพิ่มใหม่ หรือเลือกเดือนอื่น`;
}

export const MISSING_FILE = "ไม่พบไฟล์ที่เลือก อาจถูกลบไปแล้ว โปรดอัปโหลดใหม่";

/** Field errors for what other rows forbid, or null when the save may go ahead. */
export async function disclosureProblems(
  tx: Tx,
  data: DisclosureInput,
  selfId?: number,
): Promise<FormState["fieldErrors"] | null> {
  const problems: NonNullable<FormState["fieldErrors"]> = {};
  const file = await tx.asset.findUnique({ where: { id: data.fileId }, select: { id: true } });
  if (!file) problems.fileId = [MISSING_FILE];
  if (data.month !== null) {
    const other = await tx.procurementDisclosure.findFirst({
      where: { fiscalYear: data.fiscalYear, month: data.month, ...(selfId ? { id: { not: selfId } } : {}) },
      select: { id: true },
    });
    if (other) problems.month = [duplicateMonthMessage(data.fiscalYear, data.month)];
  }
  return Object.keys(problems).length ? problems : null;
}
