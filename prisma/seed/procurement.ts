import type { ProcurementKind } from "@/lib/generated/prisma/enums";
import type { FileAsset } from "./asset-types";
import { skr1File, skr1Key } from "./assets-procurement";
import { bkk } from "./time";
import { THAI_MONTHS } from "@/lib/thai-date/names";

// Procurement disclosures of ปีงบประมาณ 2568 (complete, with its annual report) and 2569 (the
// plan, announcements with reference prices, results, สขร.1 up to July, one unpublished draft).

export type SeedDisclosure = {
  fiscalYear: number;
  kind: ProcurementKind;
  title: string;
  /** Bangkok calendar day [y, m, d] (CE). */
  date: [number, number, number];
  month?: number;
  amount?: string;
  description?: string;
  asset: string;
  published?: boolean;
};

// Month totals of the สขร.1, by fiscal year and calendar month.
const SKR1_TOTALS: Record<number, [number, string][]> = {
  2568: [
    [10, "412,300.00"],
    [11, "38,450.00"],
    [12, "41,200.00"],
    [1, "29,800.00"],
    [2, "33,150.00"],
    [3, "27,640.00"],
    [4, "31,900.00"],
    [5, "26,380.00"],
    [6, "35,720.00"],
    [7, "44,960.00"],
    [8, "203,410.00"],
    [9, "289,820.00"],
  ],
  2569: [
    [10, "40,250.00"],
    [11, "32,100.00"],
    [12, "39,870.00"],
    [1, "28,430.00"],
    [2, "35,600.00"],
    [3, "612,940.00"],
    [4, "30,210.00"],
    [5, "27,980.00"],
    [6, "33,450.00"],
    [7, "29,760.00"],
  ],
};

// Oct–Dec 2568 already exist as the สขร.1 attached to the procurement posts.
const EXISTING = new Set([skr1Key(2568, 10), skr1Key(2568, 11), skr1Key(2568, 12)]);

export const skr1Files: FileAsset[] = Object.entries(SKR1_TOTALS).flatMap(([fy, months]) =>
  months.map(([m, total], i) => skr1File(Number(fy), m, total, 30 - i * 2)).filter((f) => !EXISTING.has(f.key)),
);

function monthly(fy: number): SeedDisclosure[] {
  return (SKR1_TOTALS[fy] ?? []).map(([m, total]) => {
    const yearBE = m >= 10 ? fy - 1 : fy;
    const ce = yearBE - 543;
    // Published by the 10th of the following month.
    const [py, pm] = m === 12 ? [ce + 1, 1] : [ce, m + 1];
    return {
      fiscalYear: fy,
      kind: "MONTHLY_SUMMARY",
      title: `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${THAI_MONTHS[m - 1]} ${yearBE} (แบบ สขร.1)`,
      date: [py, pm, 8 + (m % 3)],
      month: m,
      amount: total.replace(/,/g, ""),
      asset: skr1Key(yearBE, m),
    };
  });
}

export const disclosures: SeedDisclosure[] = [
  // ---- ปีงบประมาณ 2568 (1 Oct 2024 – 30 Sep 2025)
  {
    fiscalYear: 2568,
    kind: "PLAN",
    title: "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568",
    date: [2024, 10, 18],
    amount: "1250000",
    asset: "proc-plan-2568",
    description: "เผยแพร่ตามมาตรา 11 แห่งพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
  },
  {
    fiscalYear: 2568,
    kind: "ANNOUNCEMENT",
    title: "ประกาศเชิญชวน จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    date: [2024, 11, 20],
    amount: "396000",
    asset: "proc-ebid-van-2568",
    description: "ยื่นข้อเสนอทางระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)",
  },
  {
    fiscalYear: 2568,
    kind: "REFERENCE_PRICE",
    title: "ประกาศราคากลาง จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ ระยะเวลา 12 เดือน",
    date: [2024, 11, 18],
    amount: "396000",
    asset: "proc-refprice-van-2568",
  },
  {
    fiscalYear: 2568,
    kind: "RESULT",
    title: "ประกาศผู้ชนะการเสนอราคา จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ",
    date: [2024, 12, 19],
    amount: "385200",
    asset: "proc-winner-van-2568",
  },
  {
    fiscalYear: 2568,
    kind: "RESULT",
    title: "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุอุปกรณ์การเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7 โดยวิธีเฉพาะเจาะจง",
    date: [2025, 8, 5],
    amount: "148500",
    asset: "proc-winner-by7-2568",
  },
  ...monthly(2568),
  // Dated after the year it reports on: the fiscal year is set, not derived from the date.
  {
    fiscalYear: 2568,
    kind: "ANNUAL_REPORT",
    title: "รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568",
    date: [2025, 10, 24],
    amount: "1214730",
    asset: "proc-annual-2568",
    description: "สรุปผลการจัดซื้อจัดจ้าง 58 โครงการ พร้อมการวิเคราะห์ปัญหาและแนวทางปรับปรุง",
  },

  // ---- ปีงบประมาณ 2569 (1 Oct 2025 – 30 Sep 2026)
  {
    fiscalYear: 2569,
    kind: "PLAN",
    title: "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569",
    date: [2025, 10, 20],
    amount: "1480000",
    asset: "proc-plan-2569",
  },
  {
    fiscalYear: 2569,
    kind: "ANNOUNCEMENT",
    title: "ประกาศประกวดราคาซื้อเครื่องคอมพิวเตอร์และอุปกรณ์ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    date: [2026, 3, 2],
    amount: "585000",
    asset: "proc-ebid-computers",
  },
  {
    fiscalYear: 2569,
    kind: "REFERENCE_PRICE",
    title: "ประกาศราคากลาง ซื้อเครื่องคอมพิวเตอร์และอุปกรณ์",
    date: [2026, 2, 24],
    amount: "585000",
    asset: "proc-refprice-computers",
  },
  {
    fiscalYear: 2569,
    kind: "REFERENCE_PRICE",
    title: "ประกาศราคากลาง จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ ประจำปีงบประมาณ พ.ศ. 2569",
    date: [2026, 2, 3],
    amount: "420000",
    asset: "proc-refprice-van",
  },
  {
    fiscalYear: 2569,
    kind: "RESULT",
    title: "ประกาศผู้ชนะการเสนอราคา ซื้อเครื่องคอมพิวเตอร์และอุปกรณ์",
    date: [2026, 3, 27],
    amount: "571300",
    asset: "proc-winner-computers",
  },
  ...monthly(2569),
  {
    fiscalYear: 2569,
    kind: "ANNOUNCEMENT",
    title: "ร่าง: ประกาศเชิญชวน จ้างพิมพ์เอกสารประชาสัมพันธ์",
    date: [2026, 8, 3],
    asset: "proc-ebid-print-2569",
    published: false,
  },
];

/** The row of a seed disclosure (assets resolved by the caller). */
export function disclosureData(d: SeedDisclosure, fileId: number, userId: number) {
  const at = bkk(d.date[0], d.date[1], d.date[2]);
  return {
    fiscalYear: d.fiscalYear,
    kind: d.kind,
    title: d.title,
    documentDate: at,
    month: d.month ?? null,
    amount: d.amount ?? null,
    description: d.description ?? "",
    fileId,
    published: d.published ?? true,
    createdById: userId,
    updatedById: userId,
    createdAt: at,
    updatedAt: at,
  };
}
