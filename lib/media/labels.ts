import type { EntityAuditLabels } from "@/lib/audit/entity-labels";

// Thai names of the audit entries uploaded files write.

export const ASSET_AUDIT_LABELS: EntityAuditLabels = {
  name: "ไฟล์",
  actions: {
    "asset.upload": "อัปโหลดไฟล์",
    "asset.replace": "แทนที่ไฟล์",
    "asset.delete": "ลบไฟล์",
  },
  fields: {
    fileName: "ชื่อไฟล์",
    mimeType: "ชนิดไฟล์",
    size: "ขนาด (ไบต์)",
    width: "กว้าง (พิกเซล)",
    height: "สูง (พิกเซล)",
    sha256: "ลายนิ้วมือไฟล์ (SHA-256)",
    storagePath: "ที่เก็บไฟล์",
  },
};
