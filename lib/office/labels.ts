import type { EntityAuditLabels } from "@/lib/audit/entity-labels";

// Thai names of the audit entries the office pages and the executives list write.

export const OFFICE_PAGE_AUDIT_LABELS: EntityAuditLabels = {
  name: "หน้าข้อมูลสำนักงาน",
  actions: { "office_page.update": "แก้ไขหน้าข้อมูลสำนักงาน" },
  fields: { title: "ชื่อเรื่อง", body: "เนื้อหา" },
  href: (entityId) =>
    entityId && /^(ABOUT|CONTACT|PRIVACY)$/.test(entityId) ? `/admin/pages/${entityId.toLowerCase()}` : null,
};

export const EXECUTIVE_AUDIT_LABELS: EntityAuditLabels = {
  name: "ผู้บริหาร",
  actions: {
    "executive.create": "เพิ่มผู้บริหาร",
    "executive.update": "แก้ไขข้อมูลผู้บริหาร",
    "executive.delete": "ลบผู้บริหาร",
    "executive.move": "เปลี่ยนลำดับผู้บริหาร",
  },
  fields: { name: "ชื่อ", position: "ตำแหน่ง", photoId: "รูปภาพ (ไฟล์เลขที่)", sortOrder: "ลำดับ" },
  // A reorder is about the whole list: its page when the entry names no one executive.
  href: (entityId) =>
    entityId && /^\d+$/.test(entityId) ? `/admin/pages/executives/${entityId}` : "/admin/pages/executives",
};
