import { z } from "zod";
import { checkbox } from "@/lib/admin/form-state";
import { parseDay } from "@/lib/calendar/schema";
import type { ProcurementKind } from "@/lib/generated/prisma/enums";
import { dayKeyOf, dayKeyString, fromBangkok } from "@/lib/thai-date";
import { fiscalYearOfDay, MIN_FISCAL_YEAR, maxFiscalYear } from "./fiscal-year";
import { KIND_KEYS } from "./kinds";
import { parseAmount } from "./money";

// The disclosure form, shared by the staff form and the server actions. The document date is a
// Bangkok calendar day typed as 2025-10-01 (CE, from <input type=date>); the fiscal year is
// derived from it unless staff give one (an annual report is dated after the year it covers).

// Each field is checked on its own (so that one refused save lists every problem); only the month,
// which depends on the kind, is checked once the fields are sound.
const documentDate = z
  .string()
  .trim()
  .default("")
  .superRefine((v, ctx) => {
    if (!parseDay(v)) ctx.addIssue({ code: "custom", message: v ? "วันที่ของเอกสารไม่ถูกต้อง" : "กรุณาเลือกวันที่ของเอกสาร" });
  });

const fiscalYear = z
  .string()
  .trim()
  .default("")
  .superRefine((v, ctx) => {
    const max = maxFiscalYear();
    if (v && (!/^\d{4}$/.test(v) || Number(v) < MIN_FISCAL_YEAR || Number(v) > max)) {
      ctx.addIssue({ code: "custom", message: `ปีงบประมาณต้องเป็นปี พ.ศ. ระหว่าง ${MIN_FISCAL_YEAR} ถึง ${max} เช่น 2569` });
    }
  });

export const disclosureFormSchema = z
  .object({
    kind: z.enum(KIND_KEYS, { error: "กรุณาเลือกประเภทเอกสาร" }),
    title: z.string().trim().min(1, "กรุณากรอกชื่อเอกสาร").max(300, "ชื่อเอกสารยาวได้ไม่เกิน 300 ตัวอักษร"),
    documentDate,
    fiscalYear,
    month: z.string().trim().default(""),
    amount: z
      .string()
      .trim()
      .max(40, "จำนวนเงินไม่ถูกต้อง")
      .default("")
      .refine((v) => parseAmount(v) !== undefined, "จำนวนเงินไม่ถูกต้อง ใส่เป็นตัวเลข เช่น 1,234,567.50"),
    description: z.string().trim().max(2000, "รายละเอียดยาวได้ไม่เกิน 2,000 ตัวอักษร").default(""),
    fileId: z
      .string()
      .trim()
      .default("")
      .refine((v) => /^[1-9]\d{0,8}$/.test(v), "กรุณาอัปโหลดไฟล์เอกสาร"),
    published: checkbox,
  })
  .transform((v, ctx) => {
    let month: number | null = null;
    if (v.kind === "MONTHLY_SUMMARY") {
      if (!/^(?:[1-9]|1[0-2])$/.test(v.month)) {
        ctx.addIssue({ code: "custom", path: ["month"], message: "กรุณาเลือกเดือนของแบบ สขร.1" });
        return z.NEVER;
      }
      month = Number(v.month);
    }
    const day = parseDay(v.documentDate)!;
    return {
      kind: v.kind as ProcurementKind,
      title: v.title,
      documentDate: fromBangkok(day.year, day.month, day.day),
      fiscalYear: v.fiscalYear ? Number(v.fiscalYear) : fiscalYearOfDay(day),
      month,
      amount: parseAmount(v.amount) ?? null,
      description: v.description,
      fileId: Number(v.fileId),
      published: v.published,
    };
  });

export type DisclosureInput = z.output<typeof disclosureFormSchema>;

/** The form fields of a stored disclosure: the inverse of disclosureFormSchema. */
export type DisclosureFormValues = {
  kind: string;
  title: string;
  documentDate: string;
  fiscalYear: string;
  month: string;
  amount: string;
  description: string;
  fileId: string;
  published: boolean;
};

type Stored = Omit<DisclosureInput, "amount"> & { amount: string | { toFixed(n: number): string } | null };

export function disclosureToFormValues(d: Stored): DisclosureFormValues {
  return {
    kind: d.kind,
    title: d.title,
    documentDate: dayKeyString(dayKeyOf(d.documentDate)),
    fiscalYear: String(d.fiscalYear),
    month: d.month ? String(d.month) : "",
    amount: d.amount == null ? "" : typeof d.amount === "string" ? d.amount : d.amount.toFixed(2),
    description: d.description,
    fileId: String(d.fileId),
    published: d.published,
  };
}

/** What the audit log keeps of a disclosure (dates as ISO strings, the amount as text). */
export function disclosureAuditSnapshot(d: Stored) {
  return {
    kind: d.kind,
    title: d.title,
    fiscalYear: d.fiscalYear,
    month: d.month,
    documentDate: d.documentDate.toISOString(),
    amount: d.amount == null ? null : typeof d.amount === "string" ? d.amount : d.amount.toFixed(2),
    description: d.description,
    fileId: d.fileId,
    published: d.published,
  };
}
