import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: "จัดการผู้ใช้ การตั้งค่า และทำได้ทุกอย่าง",
  EDITOR: "ตรวจ แก้ไข และเผยแพร่ข่าวทุกข่าว จัดการปฏิทินกิจกรรม",
  AUTHOR: "เขียนฉบับร่างและส่งตรวจ เผยแพร่เองไม่ได้",
};

const ORDER: Role[] = ["AUTHOR", "EDITOR", "ADMIN"];

export function RoleOptions() {
  return (
    <>
      {ORDER.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]} — {ROLE_DESCRIPTIONS[r]}
        </option>
      ))}
    </>
  );
}
