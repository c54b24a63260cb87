import type { FileAsset } from "./asset-types";
import { ENGLISH_MONTHS } from "@/lib/thai-date/english";
import { THAI_MONTHS } from "@/lib/thai-date/names";

// PDFs of the procurement disclosures (ปีงบประมาณ 2568 and 2569) beyond those the procurement
// posts already attach. Page text is ASCII (standard PDF fonts have no Thai glyphs); the Thai
// title sits in the document properties.

const DEMO = "Demonstration document generated for the website demo. Not an official record.";

function pdf(key: string, fileName: string, title: string, lines: string[], downloadCount: number): FileAsset {
  return {
    kind: "FILE",
    key,
    name: `${key}.pdf`,
    fileName,
    pdf: { title, lines: [...lines, "", DEMO] },
    downloadCount,
  };
}

/** Asset key of the สขร.1 of a calendar month (BE year), e.g. proc-skr1-2568-10. */
export const skr1Key = (yearBE: number, month: number) => `proc-skr1-${yearBE}-${String(month).padStart(2, "0")}`;

/** A monthly summary (แบบ สขร.1) PDF of fiscal year `fy` for calendar month `month`. */
export function skr1File(fy: number, month: number, total: string, downloads: number): FileAsset {
  const yearBE = month >= 10 ? fy - 1 : fy;
  const th = `${THAI_MONTHS[month - 1]}-${yearBE}`;
  return pdf(
    skr1Key(yearBE, month),
    `สขร1-${th}.pdf`,
    `สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน${th.replace("-", " ")} (แบบ สขร.1)`,
    [
      `Procurement summary for ${ENGLISH_MONTHS[month - 1]} ${yearBE - 543} (form Sor Khor Ror 1)`,
      `Fiscal year B.E. ${fy} (1 October ${fy - 544} - 30 September ${fy - 543})`,
      "",
      "No. | Item | Budget (THB) | Method | Supplier | Reason",
      "1 | Office supplies | 8,450.00 | Specific method | Demo Supplies Ltd. | Lowest price",
      "2 | Vehicle fuel | 12,000.00 | Specific method | Demo Fuel Station | Regular supplier",
      `Total of the month: ${total} THB`,
    ],
    downloads,
  );
}

export const procurementFiles: FileAsset[] = [
  pdf(
    "proc-plan-2568",
    "แผนการจัดซื้อจัดจ้าง-ปีงบประมาณ-2568.pdf",
    "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568",
    [
      "Annual procurement plan, fiscal year B.E. 2568",
      "1. Van hire with driver, 12 months - e-bidding - Q1",
      "2. Election materials for by-elections - specific method - as needed",
      "3. Office supplies and fuel - specific method - Q1-Q4",
    ],
    52,
  ),
  pdf(
    "proc-ebid-van-2568",
    "ประกาศเชิญชวน-จ้างเหมารถตู้-2568.pdf",
    "ประกาศเชิญชวน จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    ["Invitation to bid (e-bidding): van hire with driver, 12 months, B.E. 2568", "Budget: 396,000.00 THB."],
    33,
  ),
  pdf(
    "proc-refprice-van-2568",
    "ราคากลาง-จ้างเหมารถตู้-2568.pdf",
    "ประกาศราคากลาง จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ ปีงบประมาณ พ.ศ. 2568",
    [
      "Reference price: van hire with driver, fiscal year B.E. 2568",
      "Reference price: 396,000.00 THB (including VAT).",
    ],
    27,
  ),
  pdf(
    "proc-winner-van-2568",
    "ประกาศผู้ชนะ-จ้างเหมารถตู้-2568.pdf",
    "ประกาศผู้ชนะการเสนอราคา จ้างเหมาบริการรถยนต์ตู้พร้อมพนักงานขับรถ",
    ["Winning bid: van hire with driver, B.E. 2568", "Winner: Demo Transport Co., Ltd. - 385,200.00 THB."],
    29,
  ),
  pdf(
    "proc-winner-by7-2568",
    "ประกาศผู้ชนะ-วัสดุการเลือกตั้ง-เขต7.pdf",
    "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุอุปกรณ์การเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7",
    [
      "Winning bid: election materials, constituency 7 by-election (14 September 2025)",
      "Winner: Demo Supplies Ltd. - 148,500.00 THB (specific method).",
    ],
    19,
  ),
  pdf(
    "proc-annual-2568",
    "รายงานผลการจัดซื้อจัดจ้าง-ปีงบประมาณ-2568.pdf",
    "รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568",
    [
      "Annual procurement report, fiscal year B.E. 2568",
      "Projects: 58. Total contract value: 1,214,730.00 THB.",
      "Analysis of problems and improvements for fiscal year B.E. 2569.",
    ],
    24,
  ),
  pdf(
    "proc-refprice-computers",
    "ราคากลาง-คอมพิวเตอร์-2569.pdf",
    "ประกาศราคากลาง ซื้อเครื่องคอมพิวเตอร์และอุปกรณ์ ปีงบประมาณ พ.ศ. 2569",
    [
      "Reference price: computers and equipment, fiscal year B.E. 2569",
      "Reference price: 585,000.00 THB (including VAT).",
    ],
    22,
  ),
  pdf(
    "proc-winner-computers",
    "ประกาศผู้ชนะ-คอมพิวเตอร์-2569.pdf",
    "ประกาศผู้ชนะการเสนอราคา ซื้อเครื่องคอมพิวเตอร์และอุปกรณ์ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์",
    [
      "Winning bid (e-bidding): computers and equipment, B.E. 2569",
      "Winner: Demo Computer Co., Ltd. - 571,300.00 THB.",
    ],
    17,
  ),
  pdf(
    "proc-ebid-print-2569",
    "ร่างประกาศเชิญชวน-จ้างพิมพ์-2569.pdf",
    "ร่างประกาศเชิญชวน จ้างพิมพ์เอกสารประชาสัมพันธ์",
    ["Draft invitation: printing of public information materials"],
    0,
  ),
];
