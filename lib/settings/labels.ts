import type { EntityAuditLabels } from "@/lib/audit/entity-labels";

// Thai names of the audit entries the site settings write.

export const SETTINGS_AUDIT_LABELS: EntityAuditLabels = {
  name: "การตั้งค่า",
  actions: { "settings.update": "แก้ไขการตั้งค่าเว็บไซต์" },
  fields: {
    officeName: "ชื่อสำนักงาน",
    officeShortName: "ชื่อย่อ",
    province: "จังหวัด",
    address: "ที่อยู่",
    phone: "โทรศัพท์",
    fax: "โทรสาร",
    hotline: "สายด่วน",
    email: "อีเมล",
    facebookUrl: "Facebook",
    youtubeUrl: "YouTube",
    lineUrl: "LINE",
    mapUrl: "แผนที่",
    copyrightStartYear: "ปีเริ่มลิขสิทธิ์ (พ.ศ.)",
  },
  // One settings row: its page whatever the entry's id.
  href: () => "/admin/settings",
};
