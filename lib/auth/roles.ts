import type { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Signed in with a generated password that must be replaced before anything else. */
  mustChangePassword?: boolean;
  /** The central IT's account: an admin in every office (role is then ADMIN). */
  isPlatformAdmin?: boolean;
};

// admin ⊃ editor ⊃ author: a check for "editor" lets admins through too.
const RANK: Record<Role, number> = { AUTHOR: 1, EDITOR: 2, ADMIN: 3 };

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "ผู้ดูแลระบบ",
  EDITOR: "บรรณาธิการ",
  AUTHOR: "ผู้เขียน",
};

export function hasRole(user: Pick<SessionUser, "role"> | null | undefined, min: Role): boolean {
  return !!user && RANK[user.role] >= RANK[min];
}

export type AuthErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "PASSWORD_CHANGE_REQUIRED";

const AUTH_MESSAGES: Record<AuthErrorCode, string> = {
  UNAUTHENTICATED: "กรุณาเข้าสู่ระบบก่อน",
  FORBIDDEN: "คุณไม่มีสิทธิ์ทำรายการนี้",
  PASSWORD_CHANGE_REQUIRED: "กรุณาเปลี่ยนรหัสผ่านชั่วคราวเป็นรหัสผ่านของคุณเองก่อน ที่หน้า «บัญชีของฉัน» (/admin/account)",
};

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message = AUTH_MESSAGES[code],
  ) {
    super(message);
    this.name = "AuthError";
  }
}
