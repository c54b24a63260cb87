import { createHmac, randomBytes } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import { dayKeyString, todayInBangkok } from "@/lib/thai-date";

// "Visitors online now": distinct visitors seen in the last five minutes. A visitor is a keyed
// hash of (day, address, browser); the raw address is never stored, and the daily key change
// means yesterday's hashes cannot be linked to today's.
export const ONLINE_WINDOW_MS = 5 * 60_000;
const SECRET = process.env.NEXTAUTH_SECRET || process.env.ONLINE_SECRET || randomBytes(32).toString("hex");

export function visitorId(address: string, userAgent: string, now: Date): string {
  // The Bangkok day: a UTC day changes the key at 07:00 here, and everyone online across a key
  // change counts twice for five minutes; at midnight that is far fewer readers.
  const day = dayKeyString(todayInBangkok(now));
  return createHmac("sha256", SECRET).update(`${day}\n${address}\n${userAgent}`).digest("base64url").slice(0, 32);
}

/** The client address as the proxy in front reports it; "unknown" when there is none. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}

export async function recordVisitAndCount(id: string, now = new Date()): Promise<number> {
  const prisma = getPrisma();
  const since = new Date(now.getTime() - ONLINE_WINDOW_MS);
  const [, , count] = await prisma.$transaction([
    prisma.onlineVisitor.upsert({ where: { id }, create: { id, lastSeen: now }, update: { lastSeen: now } }),
    prisma.onlineVisitor.deleteMany({ where: { lastSeen: { lt: new Date(since.getTime() - ONLINE_WINDOW_MS) } } }),
    prisma.onlineVisitor.count({ where: { lastSeen: { gte: since } } }),
  ]);
  return count;
}
