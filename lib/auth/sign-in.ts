import { audit } from "@/lib/audit/log";
import { getPrisma, getRootPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from "./password";
import { forgiveAttempt, minutesLeft, reserveAttempt, throttleKeys, type Refusal } from "./throttle";

// E-mail + password sign-in with the throttle around it. Used by next-auth's authorize(); kept
// apart so tests can drive it with their own clock and database.

export type Clock = { now(): Date; sleep(ms: number): Promise<void> };
export const systemClock: Clock = { now: () => new Date(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export type SignInUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
  mustChangePassword: boolean;
};
export type SignInResult =
  | { ok: true; user: SignInUser }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "locked"; scope: Refusal["scope"]; minutes: number };

export type SignInInput = { email: string; password: string; address: string };
/** prisma: confined to the office being served; root: every office (platform administrators). */
export type SignInDeps = { prisma?: PrismaClient; root?: PrismaClient; clock?: Clock };

const SIGN_IN_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  sessionVersion: true,
  mustChangePassword: true,
  passwordHash: true,
  isPlatformAdmin: true,
} as const;

// Unknown e-mails are checked against this so that they take as long as known ones.
let dummyHash: Promise<string> | undefined;

export async function signInWithPassword(input: SignInInput, deps: SignInDeps = {}): Promise<SignInResult> {
  const prisma = deps.prisma ?? getPrisma();
  const clock = deps.clock ?? systemClock;
  const email = input.email.trim().toLowerCase();
  const password = input.password;
  if (!email || !password || email.length > 320 || password.length > PASSWORD_MAX_LENGTH * 4)
    return { ok: false, reason: "invalid" };

  const now = clock.now();
  const keys = throttleKeys(email, input.address);
  const reserved = await reserveAttempt(prisma, keys, now);
  if (!reserved.ok) {
    const { scope, until } = reserved.refusal;
    await audit(prisma, {
      userId: null,
      action: "auth.login_failed",
      entity: "auth",
      after: { email, reason: "locked", scope },
    });
    return { ok: false, reason: "locked", scope, minutes: minutesLeft(until, now) };
  }
  const { reservation } = reserved;
  if (reservation.delayMs > 0) await clock.sleep(reservation.delayMs);

  // An account of this office, else a platform administrator's (who may sign in to any office).
  const found =
    (await prisma.user.findFirst({
      where: { email: { equals: email, mode: "insensitive" } },
      select: SIGN_IN_FIELDS,
    })) ??
    (await (deps.root ?? (deps.prisma ? prisma : getRootPrisma())).user.findFirst({
      where: { email: { equals: email, mode: "insensitive" }, isPlatformAdmin: true },
      orderBy: { id: "asc" },
      select: SIGN_IN_FIELDS,
    }));
  const user = found && { ...found, role: found.isPlatformAdmin ? ("ADMIN" as const) : found.role };
  const matches = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-password-at-all")), password).then(
        () => false,
      );

  if (user && matches) {
    // The person knows the password: whatever else happens, it is not a guess to count.
    await forgiveAttempt(prisma, reservation, now);
    if (!user.active) {
      await audit(prisma, {
        userId: null,
        action: "auth.login_failed",
        entity: "auth",
        entityId: user.id,
        after: { email, reason: "inactive" },
      });
      return { ok: false, reason: "inactive" };
    }
    await prisma.$transaction(async (tx) => {
      // A visiting platform administrator's own row is another office's: left as it is.
      await tx.user.updateMany({ where: { id: user.id }, data: { lastLoginAt: now } });
      await audit(tx, { userId: user.id, action: "auth.login", entity: "auth", entityId: user.id });
    });
    const { passwordHash: _hash, active: _active, isPlatformAdmin: _platform, ...signedIn } = user;
    return { ok: true, user: signedIn };
  }

  const reason = user ? "wrong_password" : "unknown_email";
  await prisma.$transaction(async (tx) => {
    await audit(tx, {
      userId: null,
      action: "auth.login_failed",
      entity: "auth",
      entityId: user?.id ?? null,
      after: { email, reason },
    });
    for (const scope of ["pair", "address"] as const) {
      const until = reservation.locks[scope];
      if (until) {
        // The pair is named by the e-mail and the address's keyed hash, never the raw address.
        const who = scope === "pair" ? { email, address: keys.address } : { address: keys.address };
        await audit(tx, {
          userId: null,
          action: "auth.locked",
          entity: "auth",
          entityId: scope === "pair" ? (user?.id ?? null) : null,
          after: { ...who, scope, until: until.toISOString() },
        });
      }
    }
  });
  const lock = reservation.locks.pair ?? reservation.locks.address;
  if (lock)
    return {
      ok: false,
      reason: "locked",
      scope: reservation.locks.pair ? "pair" : "address",
      minutes: minutesLeft(lock, now),
    };
  return { ok: false, reason: "invalid" };
}
