import { createHmac } from "node:crypto";
import { addMilliseconds, differenceInMinutes, subHours } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddress } from "@/lib/http/client-address";
import { authSecret } from "./secret";

// Failed sign-ins are counted in LoginAttempt under three keys:
// - the pair of account and address ("pair:<email> <hmac>"): growing delays, then a lock of that
//   pair only. Staff e-mail addresses are public, so a stranger's guesses must never lock the real
//   person out: they sign in from their own address as usual;
// - the account ("user:<email>"), from anywhere: guesses spread over many addresses are slowed, by
//   a few seconds at most, and never locked;
// - the address ("addr:<hmac>"), whatever account it tries: locked after many failures.
// An attempt is counted as failed *before* the password is checked and forgiven when it turns out
// right: parallel guesses cannot slip past the limit while hashes are computed. Locks lift by
// themselves; an admin can also unlock an account (clearAccountThrottle).

export const THROTTLE = {
  pairLimit: 5,
  addressLimit: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /** Failures already on record before an attempt is slowed: the 3rd attempt in a row waits. */
  pairSlowAfter: 2,
  accountSlowAfter: 5,
  addressSlowAfter: 10,
  maxDelayMs: 8_000,
  /** The account's own delay stays short: it is paid by the real person too. */
  accountMaxDelayMs: 3_000,
} as const;

export type ThrottleKeys = { pair: string; account: string; address: string };
export type Scope = keyof ThrottleKeys;
/** The scopes that can lock: never the account as a whole. */
export type LockScope = "pair" | "address";
export type Reservation = {
  keys: ThrottleKeys;
  /** How long to wait before checking the password. */
  delayMs: number;
  /** The locks this attempt sets if it fails (null: none). */
  locks: Record<LockScope, Date | null>;
};
export type Refusal = { scope: LockScope; until: Date };

function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function accountKey(email: string): string {
  return `user:${normalEmail(email)}`;
}

function addressHash(address: string): string {
  return createHmac("sha256", authSecret()).update(`login-address\n${address}`).digest("base64url").slice(0, 32);
}

/** A keyed hash: the raw address is never stored. */
export function addressKey(address: string): string {
  return `addr:${addressHash(address)}`;
}

/** One account from one address. The e-mail comes first so that an unlock finds all its pairs. */
export function pairKey(email: string, address: string): string {
  return `pair:${normalEmail(email)} ${addressHash(address)}`;
}

/** The three keys of an attempt on `email` from `address`. */
export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { pair: pairKey(email, address), account: accountKey(email), address: addressKey(address) };
}

/**
 * The address to throttle: the client address the server established (lib/http/client-address.ts),
 * which a client cannot choose through X-Forwarded-For or X-Real-IP.
 */
export function loginAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  return clientAddress(headers);
}

function delayFor(failures: number, slowAfter: number, max: number = THROTTLE.maxDelayMs): number {
  if (failures < slowAfter) return 0;
  return Math.min(max, 1000 * 2 ** (failures - slowAfter));
}

type Row = { key: string; failures: number; firstAt: Date; lockedUntil: Date | null };

const SCOPES: Scope[] = ["pair", "account", "address"];
const LIMITS: Record<Scope, number | null> = {
  pair: THROTTLE.pairLimit,
  account: null,
  address: THROTTLE.addressLimit,
};

/** Refuses while a lock holds; otherwise counts the attempt as failed and says how long to wait. */
export async function reserveAttempt(
  prisma: PrismaClient,
  keys: ThrottleKeys,
  now: Date,
): Promise<{ ok: true; reservation: Reservation } | { ok: false; refusal: Refusal }> {
  const ordered = SCOPES.map((s) => keys[s]).sort(); // one lock order: no deadlocks
  return prisma.$transaction(async (tx) => {
    for (const key of ordered) {
      await tx.$executeRaw`INSERT INTO "LoginAttempt" ("key", "failures", "firstAt", "lastAt") VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
    }
    const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "failures", "firstAt", "lockedUntil" FROM "LoginAttempt"
      WHERE "key" IN (${ordered[0]}, ${ordered[1]}, ${ordered[2]}) ORDER BY "key" FOR UPDATE`;
    const byScope = (scope: Scope) => rows.find((r) => r.key === keys[scope]);

    for (const scope of ["pair", "address"] as const) {
      const until = byScope(scope)?.lockedUntil;
      if (until && until.getTime() > now.getTime()) return { ok: false as const, refusal: { scope, until } };
    }

    const locks: Record<LockScope, Date | null> = { pair: null, address: null };
    const prior: Record<Scope, number> = { pair: 0, account: 0, address: 0 };
    for (const scope of SCOPES) {
      const row = byScope(scope);
      // A window that ran out, or a lock that lifted, starts the count again.
      const fresh = !row || row.firstAt.getTime() <= now.getTime() - THROTTLE.windowMs || row.lockedUntil !== null;
      prior[scope] = fresh ? 0 : row.failures;
      const failures = prior[scope] + 1;
      const limit = LIMITS[scope];
      const lock = limit !== null && failures >= limit ? addMilliseconds(now, THROTTLE.lockMs) : null;
      if (scope !== "account") locks[scope] = lock;
      await tx.loginAttempt.update({
        where: { key: keys[scope] },
        data: { failures, firstAt: fresh ? now : row.firstAt, lastAt: now, lockedUntil: lock },
      });
    }
    const delayMs = Math.max(
      delayFor(prior.pair, THROTTLE.pairSlowAfter),
      delayFor(prior.account, THROTTLE.accountSlowAfter, THROTTLE.accountMaxDelayMs),
      delayFor(prior.address, THROTTLE.addressSlowAfter),
    );
    return { ok: true as const, reservation: { keys, delayMs, locks } };
  });
}

/** The password was right: the account and this pair start clean, and the attempt is taken off the address. */
export async function forgiveAttempt(prisma: PrismaClient, reservation: Reservation, now: Date): Promise<void> {
  const { keys, locks } = reservation;
  await prisma.$transaction([
    prisma.loginAttempt.deleteMany({ where: { key: { in: [keys.account, keys.pair] } } }),
    prisma.loginAttempt.updateMany({
      where: { key: keys.address, failures: { gt: 0 } },
      data: { failures: { decrement: 1 }, ...(locks.address ? { lockedUntil: null } : {}) },
    }),
    // Old rows of addresses and e-mails that never came back.
    prisma.loginAttempt.deleteMany({
      where: {
        lastAt: { lt: subHours(now, 24) },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
    }),
  ]);
}

/** An admin's unlock: every count and lock of this account, from every address. Returns the rows cleared. */
export async function clearAccountThrottle(prisma: Pick<PrismaClient, "loginAttempt">, email: string): Promise<number> {
  const { count } = await prisma.loginAttempt.deleteMany({
    where: { OR: [{ key: accountKey(email) }, { key: { startsWith: `pair:${normalEmail(email)} ` } }] },
  });
  return count;
}

/** Whether some address is locked out of this account now (for the admin's user page). */
export async function accountHasLock(
  prisma: Pick<PrismaClient, "loginAttempt">,
  email: string,
  now: Date,
): Promise<boolean> {
  const n = await prisma.loginAttempt.count({
    where: { key: { startsWith: `pair:${normalEmail(email)} ` }, lockedUntil: { gt: now } },
  });
  return n > 0;
}

/** Whole minutes until a lock lifts, rounded up and never 0 ("try again in 1 minute", not "in 0"). */
export function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, differenceInMinutes(until, now, { roundingMethod: "ceil" }));
}
