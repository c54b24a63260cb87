import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

// The key that signs and encrypts session cookies. NEXTAUTH_SECRET wins; without it a random key
// is made once and kept in $DATA_DIR/auth-secret (readable by the owner only), so sessions survive
// a restart and nobody has to invent a secret for the demo.
const MIN_LENGTH = 32;

export function authSecretPath(): string {
  return path.join(/* turbopackIgnore: true */ env().dataDir, "auth-secret");
}

export function authSecret(): string {
  // env() validates NEXTAUTH_SECRET (32+ characters) and throws a readable error otherwise.
  const configured = env().authSecret;
  if (configured) return configured;
  // next-auth and lib/online read the variable from process.env themselves: the kept secret is
  // put there for them, and read back from there on later calls.
  return (process.env.NEXTAUTH_SECRET ||= readOrCreate(authSecretPath()));
}

function readOrCreate(file: string): string {
  const existing = readIfPresent(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  const fresh = randomBytes(32).toString("base64url");
  try {
    // "wx": if another process created it first, use theirs instead of overwriting it.
    writeFileSync(file, `${fresh}\n`, { mode: 0o600, flag: "wx" });
    return fresh;
  } catch (e) {
    const raced = (e as NodeJS.ErrnoException).code === "EEXIST" ? readIfPresent(file) : undefined;
    if (raced) return raced;
    throw e;
  }
}

function readIfPresent(file: string): string | undefined {
  try {
    const value = readFileSync(file, "utf8").trim();
    if (value.length >= MIN_LENGTH) return value;
    throw new Error(`${file} holds no usable secret: delete it and restart (every session will end)`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/** Called once at server start (instrumentation.ts): the secret, and NEXTAUTH_URL from SITE_URL. */
export function ensureAuthEnv(): void {
  authSecret();
  // next-auth reads NEXTAUTH_URL from process.env itself (lib/env.ts validates a value set there).
  process.env.NEXTAUTH_URL ||= env().siteUrl;
}

/** instrumentation.ts: a bad secret stops the server with a readable message, like lib/env.ts. */
export function prepareAuthAtBoot(): void {
  try {
    ensureAuthEnv();
  } catch (error) {
    console.error(`[auth] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/** Cookies are `Secure` whenever the public address is https. */
export function secureCookies(): boolean {
  return (env().authUrl ?? env().siteUrl).startsWith("https://");
}

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
