import { randomInt } from "node:crypto";
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { z } from "zod";

// Passwords are stored only as argon2id hashes. The parameters are OWASP's minimum for argon2id
// (19 MiB, 2 passes, 1 lane): ~50 ms here, slow enough to hurt guessing, fast enough for a login.
const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id; the enum is `const`, which isolatedModules cannot import
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export const passwordSchema = z
  .string()
  .refine((p) => [...p].length >= PASSWORD_MIN_LENGTH, `รหัสผ่านต้องมีอย่างน้อย ${PASSWORD_MIN_LENGTH} ตัวอักษร`)
  .refine((p) => [...p].length <= PASSWORD_MAX_LENGTH, `รหัสผ่านยาวได้ไม่เกิน ${PASSWORD_MAX_LENGTH} ตัวอักษร`)
  .refine((p) => p.trim().length > 0, "รหัสผ่านต้องไม่เป็นช่องว่างทั้งหมด");

/** The Thai reason a password is not acceptable, or null when it is. */
export function passwordProblem(password: string): string | null {
  const result = passwordSchema.safeParse(password);
  return result.success ? null : (result.error.issues[0]?.message ?? "รหัสผ่านไม่ถูกต้อง");
}

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for anything that is not a hash (e.g. the seed's "!"). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!passwordHash.startsWith("$argon2")) return false;
  if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// No 0/O, 1/l/I: the password is read off a screen and typed by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A readable random password, e.g. "k7pm-x3qa-9rtw-hb4e": 16 random characters, ~79 bits. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}
