import type { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: number; email: string; name: string; role: Role };

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

export class AuthError extends Error {
  constructor(
    readonly code: "UNAUTHENTICATED" | "FORBIDDEN",
    message = code === "UNAUTHENTICATED" ? "กรุณาเข้าสู่ระบบก่อน" : "คุณไม่มีสิทธิ์ทำรายการนี้",
  ) {
    super(message);
    this.name = "AuthError";
  }
}
