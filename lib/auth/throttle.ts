import { createHmac } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddress } from "@/lib/http/client-address";
import { authSecret } from "./secret";

// Failed sign-ins are counted per account ("user:<email>") and per address ("addr:<hmac>") in
// LoginAttempt. An attempt is counted as failed *before* the password is checked and forgiven
// when it turns out right: parallel guesses cannot slip past the limit while hashes are computed.
// Locks lift by themselves; nothing needs an admin to unlock.

export const THROTTLE = {
  accountLimit: 5,
  addressLimit: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /** Failures already on record before an attempt is slowed: the 3rd attempt in a row waits. */
  accountSlowAfter: 2,
  addressSlowAfter: 10,
  maxDelayMs: 8_000,
} as const;

export type ThrottleKeys = { account: string; address: string };
export type Scope = keyof ThrottleKeys;
export type Reservation = {
  keys: ThrottleKeys;
  /** How long to wait before checking the password. */
  delayMs: number;
  /** The locks this attempt sets if it fails (null: none). */
  locks: Record<Scope, Date | null>;
};
export type Refusal = { scope: Scope; until: Date };

export function accountKey(email: string): string {
  return `user:${email.trim().toLowerCase()}`;
}

/** A keyed hash: the raw address is never stored. */
export function addressKey(address: string): string {
  return `addr:${createHmac("sha256", authSecret()).update(`login-address\n${address}`).digest("base64url").slice(0, 32)}`;
}

/**
 * The address to throttle: the client address the server established (lib/http/client-address.ts),
 * which a client cannot choose through X-Forwarded-For or X-Real-IP.
 */
export function loginAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  return clientAddress(headers);
}

function delayFor(failures: number, slowAfter: number): number {
  if (failures < slowAfter) return 0;
  return Math.min(THROTTLE.maxDelayMs, 1000 * 2 ** (failures - slowAfter));
}

type Row = { key: string; failures: number; firstAt: Date; lockedUntil: Date | null };

/** Refuses while a lock holds; otherwise counts the attempt as failed and says how long to wait. */
export async function reserveAttempt(
  prisma: PrismaClient,
  keys: ThrottleKeys,
  now: Date,
): Promise<{ ok: true; reservation: Reservation } | { ok: false; refusal: Refusal }> {
  const ordered = [keys.account, keys.address].sort(); // one lock order: no deadlocks
  return prisma.$transaction(async (tx) => {
    for (const key of ordered) {
      await tx.$executeRaw`INSERT INTO "LoginAttempt" ("key", "failures", "firstAt", "lastAt") VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
    }
    const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "failures", "firstAt", "lockedUntil" FROM "LoginAttempt"
      WHERE "key" IN (${ordered[0]}, ${ordered[1]}) ORDER BY "key" FOR UPDATE`;
    const byScope = (scope: Scope) => rows.find((r) => r.key === keys[scope]);

    for (const scope of ["account", "address"] as const) {
      const until = byScope(scope)?.lockedUntil;
      if (until && until.getTime() > now.getTime()) return { ok: false as const, refusal: { scope, until } };
    }

    const locks: Record<Scope, Date | null> = { account: null, address: null };
    const prior: Record<Scope, number> = { account: 0, address: 0 };
    for (const scope of ["account", "address"] as const) {
      const row = byScope(scope);
      // A window that ran out, or a lock that lifted, starts the count again.
      const fresh = !row || row.firstAt.getTime() <= now.getTime() - THROTTLE.windowMs || row.lockedUntil !== null;
      prior[scope] = fresh ? 0 : row.failures;
      const failures = prior[scope] + 1;
      const limit = scope === "account" ? THROTTLE.accountLimit : THROTTLE.addressLimit;
      locks[scope] = failures >= limit ? new Date(now.getTime() + THROTTLE.lockMs) : null;
      await tx.loginAttempt.update({
        where: { key: keys[scope] },
        data: { failures, firstAt: fresh ? now : row.firstAt, lastAt: now, lockedUntil: locks[scope] },
      });
    }
    const delayMs = Math.max(delayFor(prior.account, THROTTLE.accountSlowAfter), delayFor(prior.address, THROTTLE.addressSlowAfter));
    return { ok: true as const, reservation: { keys, delayMs, locks } };
  });
}

/** The password was right: the account starts clean, and this attempt is taken off the address. */
export async function forgiveAttempt(prisma: PrismaClient, reservation: Reservation, now: Date): Promise<void> {
  const { keys, locks } = reservation;
  await prisma.$transaction([
    prisma.loginAttempt.deleteMany({ where: { key: keys.account } }),
    prisma.loginAttempt.updateMany({
      where: { key: keys.address, failures: { gt: 0 } },
      data: { failures: { decrement: 1 }, ...(locks.address ? { lockedUntil: null } : {}) },
    }),
    // Old rows of addresses and e-mails that never came back.
    prisma.loginAttempt.deleteMany({
      where: { lastAt: { lt: new Date(now.getTime() - 24 * 3_600_000) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    }),
  ]);
}

export function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
