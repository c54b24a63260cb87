import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

// Staff accounts, shared by the forms and lib/users/actions.ts. Passwords are never typed here:
// the server generates a one-time password and shows it once.

const ROLE_VALUES = Object.values(Role) as [Role, ...Role[]];

export const roleField = z.enum(ROLE_VALUES, { error: "กรุณาเลือกบทบาท" });

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "กรุณากรอกชื่อ-นามสกุล").max(120, "ชื่อยาวได้ไม่เกิน 120 ตัวอักษร"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "กรุณากรอกอีเมล")
    .max(200, "อีเมลยาวได้ไม่เกิน 200 ตัวอักษร")
    .pipe(z.email("รูปแบบอีเมลไม่ถูกต้อง เช่น somchai@example.go.th")),
  role: roleField,
});

export type CreateUserInput = z.output<typeof createUserSchema>;

export const changeRoleSchema = z.object({ role: roleField });

/** What the audit log keeps of an account: never the password or its hash. */
export function userAuditSnapshot(u: { email: string; name: string; role: Role; active: boolean }) {
  return { email: u.email, name: u.name, role: u.role, active: u.active };
}
