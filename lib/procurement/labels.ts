import type { EntityAuditLabels } from "@/lib/audit/entity-labels";
import { numericIdHref } from "@/lib/audit/entity-labels";
import { KIND_LABELS } from "./kinds";

// Thai names of the audit entries procurement disclosures write.

export const PROCUREMENT_AUDIT_LABELS: EntityAuditLabels = {
  name: "เอกสารจัดซื้อจัดจ้าง",
  actions: {
    "procurement.create": "เพิ่มเอกสารจัดซื้อจัดจ้าง",
    "procurement.update": "แก้ไขเอกสารจัดซื้อจัดจ้าง",
    "procurement.delete": "ลบเอกสารจัดซื้อจัดจ้าง",
  },
  fields: {
    title: "ชื่อเรื่อง",
    kind: "ประเภท",
    fiscalYear: "ปีงบประมาณ",
    month: "เดือน (แบบ สขร.1)",
    documentDate: "วันที่ของเอกสาร",
    amount: "วงเงิน (บาท)",
    fileId: "ไฟล์เลขที่",
  },
  values: { kind: KIND_LABELS },
  href: numericIdHref("/admin/procurement"),
};
