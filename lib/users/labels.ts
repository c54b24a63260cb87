import type { EntityAuditLabels } from "@/lib/audit/entity-labels";
import { numericIdHref } from "@/lib/audit/entity-labels";
import { ROLE_LABELS } from "@/lib/auth/roles";

// Thai names of the audit entries user accounts write.

export const USER_AUDIT_LABELS: EntityAuditLabels = {
  name: "ผู้ใช้",
  actions: {
    "user.create": "สร้างบัญชีผู้ใช้",
    "user.role_change": "เปลี่ยนบทบาทผู้ใช้",
    "user.deactivate": "ระงับบัญชีผู้ใช้",
    "user.reactivate": "เปิดใช้บัญชีผู้ใช้อีกครั้ง",
    "user.password_reset": "ตั้งรหัสผ่านใหม่",
    "user.logout_everywhere": "ให้ผู้ใช้ออกจากระบบทุกเครื่อง",
    "user.unlock": "ปลดล็อกการเข้าสู่ระบบ",
    "user.password_change": "เปลี่ยนรหัสผ่านของตนเอง",
    "user.password_change_failed": "เปลี่ยนรหัสผ่านไม่สำเร็จ (รหัสผ่านปัจจุบันไม่ถูกต้อง)",
  },
  fields: {
    email: "อีเมล",
    name: "ชื่อ",
    role: "บทบาท",
    active: "ใช้งานได้",
    passwordReset: "ตั้งรหัสผ่านใหม่",
    passwordChanged: "เปลี่ยนรหัสผ่าน",
    sessionsEnded: "จำนวนเครื่องที่ออกจากระบบ",
    throttleRowsCleared: "จำนวนรายการล็อกที่ล้าง",
  },
  values: { role: ROLE_LABELS },
  href: numericIdHref("/admin/users"),
};
