import type { EntityAuditLabels } from "@/lib/audit/entity-labels";
import { numericIdHref } from "@/lib/audit/entity-labels";

// Thai names of the audit entries calendar events write.

export const EVENT_AUDIT_LABELS: EntityAuditLabels = {
  name: "กิจกรรม",
  actions: {
    "event.create": "เพิ่มกิจกรรม",
    "event.update": "แก้ไขกิจกรรม",
    "event.delete": "ลบกิจกรรม",
  },
  fields: {
    title: "ชื่อเรื่อง",
    location: "สถานที่",
    description: "รายละเอียด",
    allDay: "ทั้งวัน",
    startsAt: "เริ่ม",
    endsAt: "สิ้นสุด",
    published: "แสดงบนเว็บไซต์",
  },
  href: numericIdHref("/admin/events"),
};
