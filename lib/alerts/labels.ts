import type { EntityAuditLabels } from "@/lib/audit/entity-labels";

// Thai names of the audit entries e-mail alerts write.

export const ALERTS_AUDIT_LABELS: EntityAuditLabels = {
  name: "ผู้รับข่าวทางอีเมล",
  actions: { "alerts.export": "ส่งออกรายชื่อผู้รับข่าวทางอีเมล" },
  fields: { count: "จำนวนรายชื่อ", format: "รูปแบบไฟล์" },
};
