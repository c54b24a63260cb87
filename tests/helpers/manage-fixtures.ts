import type { SessionUser } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

// Fixtures for the staff-area integration tests (events, settings, users, audit).

export type Staff = { admin: SessionUser; editor: SessionUser; author: SessionUser };

export async function createStaff(prisma: PrismaClient): Promise<Staff> {
  const make = async (role: Role, email: string, name: string): Promise<SessionUser> => {
    // "!" never matches a hash: these accounts are only used through the test session resolver.
    const u = await prisma.user.create({ data: { email, name, role, passwordHash: "!" } });
    return { id: u.id, email: u.email, name: u.name, role: u.role };
  };
  return {
    admin: await make("ADMIN", "admin@test.go.th", "สมชาย ผู้ดูแล"),
    editor: await make("EDITOR", "editor@test.go.th", "สมหญิง บรรณาธิการ"),
    author: await make("AUTHOR", "author@test.go.th", "สมศักดิ์ ผู้เขียน"),
  };
}

export function form(fields: Record<string, string | number | undefined>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) fd.set(k, String(v));
  return fd;
}

/** Where a server action's redirect() pointed (it throws an error whose digest names the URL). */
export async function redirectOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw e;
  }
  throw new Error("expected a redirect");
}

/** The rows a refused action must leave exactly as they were. */
export async function snapshot(prisma: PrismaClient) {
  const [users, events, settings, audit, officePages, executives] = await Promise.all([
    prisma.user.findMany({ orderBy: { id: "asc" } }),
    prisma.event.findMany({ orderBy: { id: "asc" } }),
    prisma.siteSettings.findMany(),
    prisma.auditLog.count(),
    prisma.officePage.findMany({ orderBy: { key: "asc" } }),
    prisma.executive.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { users, events, settings, audit, officePages, executives };
}

/** The test's session, switched between calls: null is signed out. */
export function sessionSwitch() {
  let current: SessionUser | null = null;
  return {
    resolver: async () => current,
    as(user: SessionUser | null) {
      current = user;
    },
  };
}
