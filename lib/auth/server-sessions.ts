import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Sessions live on the server: the cookie carries a random id (`sid`), the Session table holds its
// SHA-256 with the user and a fixed end. Signing out deletes the row, so a copied or replayed
// cookie stops working at once; "sign out everywhere" deletes all of a person's rows. Nothing
// moves expiresAt: a session ends 8 hours after sign-in however often it is used.

export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000; // one working day

type Db = PrismaClient | Prisma.TransactionClient;

/** The row id of a cookie's session id: a leaked table holds nothing a cookie could be made of. */
export function sessionRowId(sid: string): string {
  return createHash("sha256").update(sid).digest("base64url");
}

/** Opens a session for a person who just signed in; returns the id for the cookie and its end. */
export async function openSession(prisma: Db, userId: number, now: Date): Promise<{ sid: string; expiresAt: Date }> {
  const sid = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await prisma.session.create({ data: { id: sessionRowId(sid), userId, createdAt: now, expiresAt } });
  // Rows of sessions that ran out are of no use to anyone: sweep them while we are here.
  await prisma.session.deleteMany({ where: { expiresAt: { lt: now } } });
  return { sid, expiresAt };
}

/** Whether the session `sid` of `userId` still stands at `now`. */
export async function sessionStands(prisma: Db, sid: unknown, userId: number, now: Date): Promise<boolean> {
  if (typeof sid !== "string" || sid.length < 20 || sid.length > 100) return false;
  const row = await prisma.session.findUnique({
    where: { id: sessionRowId(sid) },
    select: { userId: true, expiresAt: true },
  });
  return !!row && row.userId === userId && row.expiresAt.getTime() > now.getTime();
}

/** Ends one session (sign-out). */
export async function closeSession(prisma: Db, sid: unknown): Promise<void> {
  if (typeof sid !== "string") return;
  await prisma.session.deleteMany({ where: { id: sessionRowId(sid) } });
}

/** Ends every session of a person; returns how many were open. */
export async function closeAllSessions(prisma: Db, userId: number, now: Date): Promise<number> {
  const open = await prisma.session.count({ where: { userId, expiresAt: { gt: now } } });
  await prisma.session.deleteMany({ where: { userId } });
  return open;
}
