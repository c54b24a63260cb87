import type { ProcurementKind } from "@/lib/generated/prisma/enums";

// The kinds of procurement disclosure, in the order the public year page shows them (the order
// of the procurement cycle: plan, invitation, reference price, result, monthly and annual reports).

export type KindInfo = { key: ProcurementKind; label: string; heading: string; hint: string };

export const PROCUREMENT_KINDS: readonly KindInfo[] = [
  { key: "PLAN", label: "แผนการจัดซื้อจัดจ้าง", heading: "แผนการจัดซื้อจัดจ้างประจำปี", hint: "แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ" },
  {
    key: "ANNOUNCEMENT",
    label: "ประกาศจัดซื้อจัดจ้าง",
    heading: "ประกาศจัดซื้อจัดจ้าง",
    hint: "ประกาศเชิญชวน ประกวดราคาอิเล็กทรอนิกส์ (e-bidding) และประกาศอื่น",
  },
  { key: "REFERENCE_PRICE", label: "ประกาศราคากลาง", heading: "ประกาศราคากลาง", hint: "ราคากลางและวงเงินงบประมาณ" },
  { key: "RESULT", label: "ผลการจัดซื้อจัดจ้าง", heading: "ประกาศผู้ชนะและผลการจัดซื้อจัดจ้าง", hint: "ประกาศผู้ชนะการเสนอราคา" },
  { key: "MONTHLY_SUMMARY", label: "แบบ สขร.1", heading: "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)", hint: "หนึ่งฉบับต่อเดือน" },
  {
    key: "ANNUAL_REPORT",
    label: "รายงานประจำปี",
    heading: "รายงานผลการจัดซื้อจัดจ้างประจำปี",
    hint: "รายงานสรุปผลการจัดซื้อจัดจ้างของปีงบประมาณ",
  },
];

export const KIND_KEYS = PROCUREMENT_KINDS.map((k) => k.key) as [ProcurementKind, ...ProcurementKind[]];

const byKey = new Map(PROCUREMENT_KINDS.map((k) => [k.key, k]));

export function kindInfo(key: ProcurementKind): KindInfo {
  return byKey.get(key)!;
}

/** Position of a kind in the public order, for sorting. */
export function kindOrder(key: ProcurementKind): number {
  return KIND_KEYS.indexOf(key);
}

export const KIND_LABELS: Record<ProcurementKind, string> = Object.fromEntries(
  PROCUREMENT_KINDS.map((k) => [k.key, k.label]),
) as Record<ProcurementKind, string>;
