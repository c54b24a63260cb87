import { z } from "zod";
import { audit } from "@/lib/audit/log";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { generatePassword, hashPassword, passwordSchema } from "./password";

// First accounts without a default password: `npm run user:create`, ADMIN_EMAIL + ADMIN_PASSWORD
// on start, and the demo admin's one-time password. Nothing here runs inside the web server.

export const DEMO_ADMIN_EMAIL = "admin@example.go.th";
/** The seed's placeholder hash: matches no password, so the account is closed until set. */
export const NO_PASSWORD = "!";

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("รูปแบบอีเมลไม่ถูกต้อง")),
  name: z.string().trim().min(1, "กรุณาระบุชื่อ").max(120, "ชื่อยาวได้ไม่เกิน 120 ตัวอักษร"),
  role: z.enum(Object.values(Role) as [Role, ...Role[]], { error: "บทบาทต้องเป็น ADMIN, EDITOR หรือ AUTHOR" }),
  password: passwordSchema.optional(),
});
export type NewUser = z.input<typeof newUserSchema>;

export class UserExistsError extends Error {
  constructor(readonly email: string) {
    super(`A user with the e-mail ${email} already exists; nothing was changed.`);
    this.name = "UserExistsError";
  }
}

/**
 * Creates an account; without a password one is generated (returned once, never stored in clear)
 * and must be replaced by its owner at first sign-in.
 */
export async function createUserAccount(
  prisma: PrismaClient,
  input: NewUser,
  via: string,
): Promise<{ id: number; email: string; password: string; generated: boolean }> {
  const data = newUserSchema.parse(input);
  const password = data.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const created = await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findFirst({
      where: { email: { equals: data.email, mode: "insensitive" } },
      select: { id: true },
    });
    if (existing) return null;
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash, mustChangePassword: !data.password },
    });
    await audit(tx, {
      userId: null,
      action: "user.create",
      entity: "user",
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, active: user.active, via },
    });
    return user;
  });
  if (!created) throw new UserExistsError(data.email);
  return { id: created.id, email: created.email, password, generated: !data.password };
}

/** An active admin who can actually sign in (the demo admin before its password is set cannot). */
export async function hasUsableAdmin(prisma: PrismaClient): Promise<boolean> {
  const n = await prisma.user.count({ where: { role: "ADMIN", active: true, passwordHash: { not: NO_PASSWORD } } });
  return n > 0;
}

const adminEnvSchema = z.object({
  ADMIN_EMAIL: z.string().trim().toLowerCase().pipe(z.email("ADMIN_EMAIL is not an e-mail address")),
  ADMIN_PASSWORD: z
    .string()
    .refine((p) => passwordSchema.safeParse(p).success, "ADMIN_PASSWORD must be 10–200 characters"),
});

export type EnvAdminResult =
  { status: "not-configured" } | { status: "admin-exists" } | { status: "created" | "promoted"; email: string };

/**
 * ADMIN_EMAIL + ADMIN_PASSWORD, only while no usable admin exists: a fresh office gets its first
 * admin, and later starts never touch an account someone may have changed since. If the e-mail
 * already belongs to a (non-admin or inactive) account, that account becomes the admin.
 */
export async function ensureAdminFromEnv(
  prisma: PrismaClient,
  vars: Record<string, string | undefined>,
): Promise<EnvAdminResult> {
  if (!vars.ADMIN_EMAIL && !vars.ADMIN_PASSWORD) return { status: "not-configured" };
  const parsed = adminEnvSchema.safeParse(vars);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (await hasUsableAdmin(prisma)) return { status: "admin-exists" };
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = parsed.data;
  const existing = await prisma.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } } });
  if (!existing) {
    await createUserAccount(prisma, { email, name: "ผู้ดูแลระบบ", role: "ADMIN", password }, "env");
    return { status: "created", email };
  }
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: existing.id },
      data: { role: "ADMIN", active: true, passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await audit(tx, {
      userId: null,
      action: "user.role_change",
      entity: "user",
      entityId: existing.id,
      before: { role: existing.role, active: existing.active },
      after: { role: "ADMIN", active: true, passwordReset: true, via: "env" },
    });
  });
  return { status: "promoted", email: existing.email };
}

/**
 * Gives the seeded demo admin a generated password, once: only while its hash is still the
 * placeholder. Returns the password to print, or null when there is nothing to do. The printed
 * password opens only the change-password page until the admin has set their own.
 */
export async function setDemoAdminPassword(prisma: PrismaClient): Promise<string | null> {
  if ((await prisma.user.count({ where: { email: DEMO_ADMIN_EMAIL, passwordHash: NO_PASSWORD } })) === 0) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  // The placeholder in the WHERE makes this a compare-and-set: two starts cannot both set it.
  const { count } = await prisma.user.updateMany({
    where: { email: DEMO_ADMIN_EMAIL, passwordHash: NO_PASSWORD },
    data: { passwordHash, mustChangePassword: true },
  });
  return count === 1 ? password : null;
}
