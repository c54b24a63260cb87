import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { dayKeyString, todayInBangkok } from "@/lib/thai-date";

// "Visitors online now": distinct visitors seen in the last five minutes. A visitor is a keyed
// hash of (day, address, browser); the raw address is never stored, and the daily key change
// means yesterday's hashes cannot be linked to today's.
export const ONLINE_WINDOW_MS = 5 * 60_000;
let secret: string | undefined;

function hashKey(): string {
  // NEXTAUTH_SECRET is read raw: lib/auth/secret.ts puts the kept secret there for next-auth at
  // boot, possibly after this bundle's env() was read (lib/env.ts validates the variable).
  return (secret ??= process.env.NEXTAUTH_SECRET || env().onlineSecret || randomBytes(32).toString("hex"));
}

export function visitorId(address: string, userAgent: string, now: Date): string {
  // The Bangkok day: a UTC day changes the key at 07:00 here, and everyone online across a key
  // change counts twice for five minutes; at midnight that is far fewer readers.
  const day = dayKeyString(todayInBangkok(now));
  return createHmac("sha256", hashKey()).update(`${day}\n${address}\n${userAgent}`).digest("base64url").slice(0, 32);
}
