// Procurement disclosures: fiscal years, baht amounts and the form schema. Run under several TZ
// values (npm test does): nothing here may depend on the server's own time zone.
import { describe, expect, it } from "vitest";
import {
  fiscalMonthLabel,
  fiscalMonths,
  fiscalYearBounds,
  fiscalYearOf,
  fiscalYearOfDay,
  parseFiscalYearParam,
} from "@/lib/procurement/fiscal-year";
import { formatAmount, formatBaht, parseAmount } from "@/lib/procurement/money";
import { disclosureAuditSnapshot, disclosureFormSchema, disclosureToFormValues } from "@/lib/procurement/schema";
import { fromBangkok } from "@/lib/thai-date";

describe("fiscal year (Bangkok time)", () => {
  it("30 Sep 23:59:59 Bangkok is the old year, 1 Oct 00:00 Bangkok the new one, whatever TZ the server has", () => {
    expect(fiscalYearOf(fromBangkok(2025, 9, 30, 23, 59, 59))).toBe(2568);
    expect(fiscalYearOf(fromBangkok(2025, 10, 1, 0, 0, 0))).toBe(2569);
    // The same instants as UTC: 1 Oct 00:00 Bangkok is still 30 Sep in UTC and in Los Angeles.
    expect(fiscalYearOf(new Date("2025-09-30T16:59:59.999Z"))).toBe(2568);
    expect(fiscalYearOf(new Date("2025-09-30T17:00:00Z"))).toBe(2569);
    expect(fiscalYearOf(new Date("2026-09-30T16:59:59Z"))).toBe(2569);
    expect(fiscalYearOf(new Date("2026-09-30T17:00:00Z"))).toBe(2570);
  });

  it("a calendar day as staff type it: 2025-09-30 → 2568, 2025-10-01 → 2569, 2026-01-01 → 2569", () => {
    expect(fiscalYearOfDay({ year: 2025, month: 9 })).toBe(2568);
    expect(fiscalYearOfDay({ year: 2025, month: 10 })).toBe(2569);
    expect(fiscalYearOfDay({ year: 2026, month: 1 })).toBe(2569);
    expect(fiscalYearOfDay({ year: 2026, month: 9 })).toBe(2569);
  });

  it("ปีงบประมาณ 2569 runs from 00:00 Bangkok on 1 Oct 2025 to 00:00 Bangkok on 1 Oct 2026", () => {
    const { start, end } = fiscalYearBounds(2569);
    expect(start.toISOString()).toBe("2025-09-30T17:00:00.000Z");
    expect(end.toISOString()).toBe("2026-09-30T17:00:00.000Z");
  });

  it("months run ต.ค. 2568 … ก.ย. 2569 for 2569", () => {
    const months = fiscalMonths(2569);
    expect(months.map((m) => `${m.short} ${m.yearBE}`)).toEqual([
      "ต.ค. 2568",
      "พ.ย. 2568",
      "ธ.ค. 2568",
      "ม.ค. 2569",
      "ก.พ. 2569",
      "มี.ค. 2569",
      "เม.ย. 2569",
      "พ.ค. 2569",
      "มิ.ย. 2569",
      "ก.ค. 2569",
      "ส.ค. 2569",
      "ก.ย. 2569",
    ]);
    expect(fiscalMonthLabel(2569, 10)).toBe("ตุลาคม 2568");
    expect(fiscalMonthLabel(2569, 9)).toBe("กันยายน 2569");
  });

  it("address years: four digits only", () => {
    expect(parseFiscalYearParam("2569")).toBe(2569);
    for (const bad of ["abc", "256", "25690", "2569a", " 2569", "", undefined, "-569"])
      expect(parseFiscalYearParam(bad)).toBeNull();
  });
});

describe("baht amounts", () => {
  it("formats as Thai readers expect, exactly as Intl th-TH groups", () => {
    expect(formatBaht("1234567")).toBe("1,234,567.00 บาท");
    expect(formatBaht("1234567.5")).toBe("1,234,567.50 บาท");
    expect(formatAmount("0.5")).toBe("0.50");
    expect(formatAmount("999")).toBe("999.00");
    expect(formatAmount({ toFixed: () => "420000.00" })).toBe("420,000.00");
    const intl = new Intl.NumberFormat("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    for (const n of ["1", "12", "1000", "585000", "1214730.25", "999999999999.99"])
      expect(formatAmount(n)).toBe(intl.format(Number(n)));
  });

  it("reads what staff type, keeping every satang (no floating point)", () => {
    expect(parseAmount("1,234,567.5")).toBe("1234567.50");
    expect(parseAmount(" 420000 บาท")).toBe("420000.00");
    expect(parseAmount("๑๒๓,๔๕๖.๗๘")).toBe("123456.78");
    expect(parseAmount("0007")).toBe("7.00");
    expect(parseAmount("999999999999.99")).toBe("999999999999.99");
    expect(parseAmount("")).toBeNull();
    for (const bad of ["-5", "1.234", "abc", "1e6", "12.3.4", "1000000000000", "๑๒x"])
      expect(parseAmount(bad)).toBeUndefined();
  });
});

const base = { kind: "ANNOUNCEMENT", title: "ประกาศเชิญชวน", documentDate: "2025-10-01", fileId: "7", published: "on" };

function errorsOf(fields: Record<string, string>) {
  const r = disclosureFormSchema.safeParse({ ...base, ...fields });
  if (r.success) throw new Error("expected a refusal");
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0] ?? ""), i.message]));
}

describe("disclosureFormSchema", () => {
  it("derives the fiscal year from the document date (Bangkok midnight), and reads back", () => {
    const r = disclosureFormSchema.safeParse({ ...base, amount: "1,500" });
    if (!r.success) throw r.error;
    expect(r.data).toMatchObject({ fiscalYear: 2569, month: null, amount: "1500.00", fileId: 7, published: true });
    expect(r.data.documentDate.toISOString()).toBe("2025-09-30T17:00:00.000Z");
    expect(disclosureToFormValues(r.data)).toMatchObject({
      documentDate: "2025-10-01",
      fiscalYear: "2569",
      amount: "1500.00",
    });
    expect(disclosureAuditSnapshot(r.data)).toMatchObject({
      documentDate: "2025-09-30T17:00:00.000Z",
      amount: "1500.00",
    });
    const sept = disclosureFormSchema.safeParse({ ...base, documentDate: "2025-09-30" });
    expect(sept.success && sept.data.fiscalYear).toBe(2568);
  });

  it("a given fiscal year wins (an annual report dated after its year)", () => {
    const r = disclosureFormSchema.safeParse({
      ...base,
      kind: "ANNUAL_REPORT",
      documentDate: "2025-10-24",
      fiscalYear: "2568",
    });
    expect(r.success && r.data.fiscalYear).toBe(2568);
  });

  it("a monthly summary needs its month; other kinds drop a month given by mistake", () => {
    expect(errorsOf({ kind: "MONTHLY_SUMMARY" })).toEqual({ month: "กรุณาเลือกเดือนของแบบ สขร.1" });
    expect(errorsOf({ kind: "MONTHLY_SUMMARY", month: "13" })).toEqual({ month: "กรุณาเลือกเดือนของแบบ สขร.1" });
    const ok = disclosureFormSchema.safeParse({ ...base, kind: "MONTHLY_SUMMARY", month: "10" });
    expect(ok.success && ok.data.month).toBe(10);
    const other = disclosureFormSchema.safeParse({ ...base, month: "10" });
    expect(other.success && other.data.month).toBeNull();
  });

  it("refuses bad input with Thai messages", () => {
    expect(errorsOf({ title: " " })).toEqual({ title: "กรุณากรอกชื่อเอกสาร" });
    expect(errorsOf({ kind: "BRIBE" })).toEqual({ kind: "กรุณาเลือกประเภทเอกสาร" });
    expect(errorsOf({ documentDate: "" })).toEqual({ documentDate: "กรุณาเลือกวันที่ของเอกสาร" });
    expect(errorsOf({ documentDate: "2025-02-30" })).toEqual({ documentDate: "วันที่ของเอกสารไม่ถูกต้อง" });
    expect(errorsOf({ fiscalYear: "2025" }).fiscalYear).toMatch(
      /^ปีงบประมาณต้องเป็นปี พ.ศ. ระหว่าง 2540 ถึง \d{4} เช่น 2569$/,
    );
    expect(errorsOf({ fiscalYear: "abcd" }).fiscalYear).toMatch(/ปีงบประมาณต้องเป็นปี พ.ศ./);
    expect(errorsOf({ amount: "สามแสน" })).toEqual({ amount: "จำนวนเงินไม่ถูกต้อง ใส่เป็นตัวเลข เช่น 1,234,567.50" });
    expect(errorsOf({ fileId: "" })).toEqual({ fileId: "กรุณาอัปโหลดไฟล์เอกสาร" });
    expect(errorsOf({ fileId: "1; DROP TABLE" })).toEqual({ fileId: "กรุณาอัปโหลดไฟล์เอกสาร" });
  });
});

describe("disclosureFormSchema lists every problem of one save at once", () => {
  it("title, date, amount and file together", () => {
    expect(Object.keys(errorsOf({ title: "", documentDate: "x", amount: "abc", fileId: "" })).sort()).toEqual([
      "amount",
      "documentDate",
      "fileId",
      "title",
    ]);
  });
});
