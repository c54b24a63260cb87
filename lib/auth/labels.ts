import type { EntityAuditLabels } from "@/lib/audit/entity-labels";
import { numericIdHref } from "@/lib/audit/entity-labels";

// Thai names of the audit entries signing in writes (lib/auth/sign-in.ts, lib/auth/bootstrap.ts).

export const AUTH_AUDIT_LABELS: EntityAuditLabels = {
  name: "การเข้าสู่ระบบ",
  actions: {
    "auth.login": "เข้าสู่ระบบ",
    "auth.logout": "ออกจากระบบ",
    "auth.login_failed": "เข้าสู่ระบบไม่สำเร็จ",
    "auth.locked": "ล็อกการเข้าสู่ระบบชั่วคราว",
    "auth.logout_everywhere": "ออกจากระบบทุกเครื่อง",
  },
  fields: {
    reason: "สาเหตุ",
    scope: "ล็อกตาม",
    until: "ล็อกถึง",
    // How an account was created (bootstrap.ts writes it on user.create).
    via: "ช่องทาง",
  },
  values: {
    reason: {
      wrong_password: "รหัสผ่านไม่ถูกต้อง",
      unknown_email: "ไม่มีบัญชีอีเมลนี้",
      inactive: "บัญชีถูกระงับ",
      locked: "ถูกล็อกชั่วคราว",
      invalid: "ข้อมูลไม่ครบ",
    },
    scope: { account: "บัญชีผู้ใช้", address: "เครือข่ายที่ใช้" },
    via: { cli: "คำสั่ง npm run user:create", env: "ตัวแปรสภาพแวดล้อมตอนเริ่มระบบ", demo: "ระบบสาธิต" },
  },
  // Sign-in entries name the account they were about.
  href: numericIdHref("/admin/users"),
};
