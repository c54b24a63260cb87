import { accountHasLock } from "@/lib/auth/throttle";
import { getPrisma } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

// Staff accounts for the admin pages. Never selects the password hash.

export type UserRow = {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
};

export type UserDetail = UserRow & {
  postCount: number;
  updatedAt: Date;
  /** Still signed in with a generated password. */
  mustChangePassword: boolean;
  /** Browsers signed in now. */
  openSessions: number;
  /** Some address is locked out of this account after wrong passwords. */
  signInLocked: boolean;
};

const select = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
  lastLoginAt: true,
} as const;

/** Active accounts first, then by name (Thai collation is applied here: the database's is C). */
export async function listUsers(): Promise<UserRow[]> {
  const rows = await getPrisma().user.findMany({ select });
  const collator = new Intl.Collator("th");
  return rows.sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name) || a.id - b.id);
}

export async function getUser(id: number): Promise<UserDetail | null> {
  const prisma = getPrisma();
  const now = new Date();
  const row = await prisma.user.findUnique({
    where: { id },
    select: {
      ...select,
      updatedAt: true,
      mustChangePassword: true,
      _count: { select: { posts: true, sessions: { where: { expiresAt: { gt: now } } } } },
    },
  });
  if (!row) return null;
  const { _count, ...rest } = row;
  return {
    ...rest,
    postCount: _count.posts,
    openSessions: _count.sessions,
    signInLocked: await accountHasLock(prisma, row.email, now),
  };
}

export async function countActiveAdmins(): Promise<number> {
  return getPrisma().user.count({ where: { role: "ADMIN", active: true } });
}
