import type { EntityAuditLabels } from "@/lib/audit/entity-labels";

/** The audit entries of the platform administrator's office actions (./office-actions.ts, ./host-actions.ts). */
export const OFFICE_AUDIT_LABELS: EntityAuditLabels = {
  name: "สำนักงาน",
  actions: {
    "office.create": "เพิ่มสำนักงาน",
    "office.host_add": "เพิ่มชื่อเว็บไซต์ของสำนักงาน",
    "office.host_remove": "ลบชื่อเว็บไซต์ของสำนักงาน",
  },
  fields: {
    code: "รหัสสำนักงาน",
    nameTh: "ชื่อภาษาไทย",
    nameEn: "ชื่อภาษาอังกฤษ",
    province: "จังหวัด",
    provinceEn: "จังหวัด (ภาษาอังกฤษ)",
    host: "ชื่อเว็บไซต์",
  },
};
