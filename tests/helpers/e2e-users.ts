import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { defaultOfficeId } from "@/lib/offices/current";

// The staff accounts of the end-to-end database. The admin is the seed's demo admin (its password
// is set here instead of being generated and printed as `npm start` does).

export type E2EUser = { email: string; password: string; name: string };

export const E2E_USERS = {
  admin: { email: "admin@example.go.th", password: "e2e-admin-pass-2567", name: "อำนาจ ดูแลระบบ" },
  editor: { email: "editor@example.go.th", password: "e2e-editor-pass-2567", name: "วิภา ตรวจทาน" },
  author: { email: "author@example.go.th", password: "e2e-author-pass-2567", name: "ปกรณ์ เขียนข่าว" },
} as const satisfies Record<string, E2EUser>;

/** An editor of the second demo province, Phayao: an account of another office (offices.e2e.spec.ts). */
export const E2E_PHAYAO_EDITOR: E2EUser = {
  email: "editor.phayao@example.go.th",
  password: "e2e-phayao-pass-2567",
  name: "บรรณาธิการ พะเยา",
};

const ROLES: Record<keyof typeof E2E_USERS, Role> = { admin: "ADMIN", editor: "EDITOR", author: "AUTHOR" };

// The e2e suite runs once per server time zone against one database, and a locked account stays
// locked for 15 minutes: each run locks out its own account (tests/e2e/auth.e2e.spec.ts).
const LOCKOUT_RUNS = ["Asia/Bangkok", "UTC", "America/Los_Angeles", "local"];

export function lockoutUser(run = process.env.SERVER_TZ ?? "local"): E2EUser {
  const slug = run.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return { email: `lockout-${slug}@example.go.th`, password: "e2e-lockout-pass-2567", name: "บัญชีทดสอบการล็อก" };
}

async function upsertUser(prisma: PrismaClient, user: E2EUser, role: Role, office?: string): Promise<void> {
  // Imported here so that specs reading E2E_USERS do not load the native argon2 module.
  const { hashPassword } = await import("@/lib/auth/password");
  const passwordHash = await hashPassword(user.password);
  const officeId = office
    ? (await prisma.office.findUniqueOrThrow({ where: { code: office } })).id
    : await defaultOfficeId(prisma);
  await prisma.user.upsert({
    where: { officeId_email: { officeId, email: user.email } },
    // Known passwords of the test suite, not generated ones: never sent to the change-password page.
    create: { officeId, email: user.email, name: user.name, role, passwordHash, mustChangePassword: false },
    update: { name: user.name, role, passwordHash, active: true, mustChangePassword: false },
  });
}

/** Creates (or resets) every e2e account with its known password. */
export async function createE2EUsers(prisma: PrismaClient): Promise<void> {
  for (const key of Object.keys(E2E_USERS) as (keyof typeof E2E_USERS)[])
    await upsertUser(prisma, E2E_USERS[key], ROLES[key]);
  for (const run of LOCKOUT_RUNS) await upsertUser(prisma, lockoutUser(run), "AUTHOR");
  await upsertUser(prisma, E2E_PHAYAO_EDITOR, "EDITOR", "phayao");
}
