import path from "node:path";
import { z } from "zod";

// Validated once at start-up; a bad value stops the server with a readable message.
const TRUSTED_PROXIES_MESSAGE =
  "TRUSTED_PROXIES must be the number of reverse proxies in front of the server (0 when none)";
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default("./data"),
  UPLOADS_DIR: z.string().min(1).optional(),
  SITE_URL: z.url().default("http://localhost:3000"),
  MAX_UPLOAD_MB: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().positive().max(1024).default(20)),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  TRUSTED_PROXIES: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number({ error: TRUSTED_PROXIES_MESSAGE })
      .int(TRUSTED_PROXIES_MESSAGE)
      .min(0, TRUSTED_PROXIES_MESSAGE)
      .max(10)
      .default(0),
  ),
  PAGE_CACHE_MB: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(1).max(4096).default(64)),
});

export type Env = {
  databaseUrl: string | undefined;
  dataDir: string;
  uploadsDir: string;
  siteUrl: string;
  /** Largest accepted upload, in bytes (MAX_UPLOAD_MB). */
  maxUploadBytes: number;
  production: boolean;
  /**
   * How many reverse proxies stand in front of the server (TRUSTED_PROXIES). Only then are the
   * X-Forwarded-* headers believed; with 0 the socket's address is the client's.
   */
  trustedProxies: number;
  /** Memory the page cache in front of Next may use, in bytes (PAGE_CACHE_MB). */
  pageCacheBytes: number;
};

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(/* turbopackIgnore: true */ e.DATA_DIR);
  cached = {
    databaseUrl: e.DATABASE_URL,
    dataDir,
    uploadsDir: path.resolve(/* turbopackIgnore: true */ e.UPLOADS_DIR ?? path.join(dataDir, "uploads")),
    siteUrl: e.SITE_URL.replace(/\/$/, ""),
    maxUploadBytes: Math.floor(e.MAX_UPLOAD_MB * 1024 * 1024),
    production: e.NODE_ENV === "production",
    trustedProxies: e.TRUSTED_PROXIES,
    pageCacheBytes: Math.floor(e.PAGE_CACHE_MB * 1024 * 1024),
  };
  return cached;
}

/** Tests that change process.env read it again. */
export function resetEnvForTests(): void {
  cached = undefined;
}
