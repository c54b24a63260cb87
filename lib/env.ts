import path from "node:path";
import { z } from "zod";

// Validated once at start-up; a bad value stops the server with a readable message.
const TRUSTED_PROXIES_MESSAGE =
  "TRUSTED_PROXIES must be the number of reverse proxies in front of the server (0 when none)";
const PORT_MESSAGE = "PORT must be a port number (1–65535)";
const SECRET_MIN_LENGTH = 32;
// An empty variable (`PORT=` in .env) means "not set", as for the variables above.
const blankIsUnset = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === "" ? undefined : v), inner);
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().min(1).default("./data"),
  UPLOADS_DIR: z.string().min(1).optional(),
  FILE_STORAGE: blankIsUnset(
    z.enum(["disk", "database"], { error: "FILE_STORAGE must be disk or database" }).default("disk"),
  ),
  SITE_URL: z.url().default("http://localhost:3000"),
  SITE_DOMAIN: blankIsUnset(
    z
      .string()
      .regex(
        /^(?=.{1,200}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
        "SITE_DOMAIN must be a domain name in lower case, e.g. ect.go.th (offices answer on chiangrai.ect.go.th)",
      )
      .optional(),
  ),
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
  FRONT_PURGE_URL: blankIsUnset(
    z
      .string()
      .regex(/^https?:\/\/[^\s/]+\/?$/, "FRONT_PURGE_URL must be the front cache's address, e.g. http://127.0.0.1:8080")
      .optional(),
  ),
  REDIS_URL: blankIsUnset(
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, "REDIS_URL must be a Redis address, e.g. redis://127.0.0.1:6379")
      .optional(),
  ),
  SMTP_URL: blankIsUnset(
    z
      .string()
      .regex(/^smtps?:\/\/\S+$/, "SMTP_URL must be an SMTP address, e.g. smtp://user:pass@mail.example.go.th:587")
      .optional(),
  ),
  ALERTS_FROM: blankIsUnset(z.string().optional()),
  MAIL_PER_SECOND: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(0.1).max(1000).default(5)),
  PAGE_CACHE_MB: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(1).max(4096).default(64)),
  PORT: blankIsUnset(
    z.coerce
      .number({ error: PORT_MESSAGE })
      .int(PORT_MESSAGE)
      .min(1, PORT_MESSAGE)
      .max(65535, PORT_MESSAGE)
      .default(3000),
  ),
  HOSTNAME: blankIsUnset(z.string().default("0.0.0.0")),
  METRICS_PORT: blankIsUnset(
    z.coerce
      .number({ error: "METRICS_PORT must be a port number, 1–65535" })
      .int("METRICS_PORT must be a port number, 1–65535")
      .min(1, "METRICS_PORT must be a port number, 1–65535")
      .max(65535, "METRICS_PORT must be a port number, 1–65535")
      .optional(),
  ),
  METRICS_HOSTNAME: blankIsUnset(z.string().default("127.0.0.1")),
  NEXT_DIST_DIR: blankIsUnset(z.string().default(".next")),
  SEED_DEMO: blankIsUnset(
    z
      .enum(["true", "false"], { error: "SEED_DEMO must be true or false (false keeps an empty database empty)" })
      .default("true"),
  ),
  NEXTAUTH_SECRET: blankIsUnset(
    z
      .string()
      .min(SECRET_MIN_LENGTH, `must be at least ${SECRET_MIN_LENGTH} characters (e.g. \`openssl rand -base64 32\`)`)
      .optional(),
  ),
  NEXTAUTH_URL: blankIsUnset(
    z.url("NEXTAUTH_URL must be the site's public address, e.g. https://example.go.th").optional(),
  ),
  ONLINE_SECRET: blankIsUnset(z.string().optional()),
  // The first admin's account (npm start): checked against the password rules by lib/auth/bootstrap.ts.
  ADMIN_EMAIL: blankIsUnset(z.string().optional()),
  ADMIN_PASSWORD: blankIsUnset(z.string().optional()),
  INTERNAL_REVALIDATE_SECRET: blankIsUnset(
    z
      .string()
      .min(SECRET_MIN_LENGTH, `INTERNAL_REVALIDATE_SECRET must be at least ${SECRET_MIN_LENGTH} characters`)
      .optional(),
  ),
});

export type Env = {
  databaseUrl: string | undefined;
  dataDir: string;
  uploadsDir: string;
  /**
   * Where uploaded files are kept (FILE_STORAGE): "disk", the uploads folder alone (one server);
   * "database", in PostgreSQL with the uploads folder as this instance's copy (several instances).
   */
  fileStorage: "disk" | "database";
  siteUrl: string;
  /** Offices answer on <code>.<siteDomain> besides <code>.localhost (SITE_DOMAIN); none when unset. */
  siteDomain: string | undefined;
  /** Largest accepted upload, in bytes (MAX_UPLOAD_MB). */
  maxUploadBytes: number;
  production: boolean;
  /**
   * How many reverse proxies stand in front of the server (TRUSTED_PROXIES). Only then are the
   * X-Forwarded-* headers believed; with 0 the socket's address is the client's.
   */
  trustedProxies: number;
  /** The front cache (Varnish) to send a PURGE to after every change (FRONT_PURGE_URL); none when unset. */
  frontPurgeUrl: string | undefined;
  /**
   * Redis for the per-request state several instances share (REDIS_URL): the visitor counter's
   * request limit and download counting; without it, each process keeps its own.
   */
  redisUrl: string | undefined;
  /**
   * The mail server e-mail alerts are sent through (SMTP_URL, nodemailer's form:
   * smtp[s]://user:pass@host:port). Unset: no alerts (the subscribe forms are not shown).
   */
  smtpUrl: string | undefined;
  /** The alerts' From address (ALERTS_FROM); "no-reply@" the site's host when unset. */
  alertsFrom: string | undefined;
  /** Alerts sent per second at most, across all instances (MAIL_PER_SECOND, default 5). */
  mailPerSecond: number;
  /** Memory the page cache in front of Next may use, in bytes (PAGE_CACHE_MB). */
  pageCacheBytes: number;
  /** Port of the production server (PORT). */
  port: number;
  /** Address the production server listens on (HOSTNAME). */
  hostname: string;
  /** Port of the Prometheus metrics (METRICS_PORT); none served when unset. */
  metricsPort: number | undefined;
  /** Address the metrics are served on (METRICS_HOSTNAME, default 127.0.0.1: not the public's). */
  metricsHostname: string;
  /** Next's build folder (NEXT_DIST_DIR); tests build into their own. */
  distDir: string;
  /** Whether `npm start` fills an empty database with the demo content (SEED_DEMO). */
  seedDemo: boolean;
  /**
   * Key of the session cookies when set (NEXTAUTH_SECRET, 32+ characters); otherwise
   * lib/auth/secret.ts keeps one in $DATA_DIR.
   */
  authSecret: string | undefined;
  /** The public address next-auth uses (NEXTAUTH_URL); SITE_URL when unset. */
  authUrl: string | undefined;
  /** Key of the visitors-online hashes when no NEXTAUTH_SECRET is set (ONLINE_SECRET). */
  onlineSecret: string | undefined;
  /** Fixed secret for POST /api/internal/revalidate (INTERNAL_REVALIDATE_SECRET, 32+ characters). */
  internalRevalidateSecret: string | undefined;
  /** The first admin that `npm start` creates while none exists (ADMIN_EMAIL + ADMIN_PASSWORD). */
  firstAdmin: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string };
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
    fileStorage: e.FILE_STORAGE,
    siteUrl: e.SITE_URL.replace(/\/$/, ""),
    siteDomain: e.SITE_DOMAIN,
    maxUploadBytes: Math.floor(e.MAX_UPLOAD_MB * 1024 * 1024),
    production: e.NODE_ENV === "production",
    trustedProxies: e.TRUSTED_PROXIES,
    frontPurgeUrl: e.FRONT_PURGE_URL?.replace(/\/$/, ""),
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    alertsFrom: e.ALERTS_FROM,
    mailPerSecond: e.MAIL_PER_SECOND,
    pageCacheBytes: Math.floor(e.PAGE_CACHE_MB * 1024 * 1024),
    port: e.PORT,
    hostname: e.HOSTNAME,
    metricsPort: e.METRICS_PORT,
    metricsHostname: e.METRICS_HOSTNAME,
    distDir: e.NEXT_DIST_DIR,
    seedDemo: e.SEED_DEMO === "true",
    authSecret: e.NEXTAUTH_SECRET,
    authUrl: e.NEXTAUTH_URL,
    onlineSecret: e.ONLINE_SECRET,
    internalRevalidateSecret: e.INTERNAL_REVALIDATE_SECRET,
    firstAdmin: { ADMIN_EMAIL: e.ADMIN_EMAIL, ADMIN_PASSWORD: e.ADMIN_PASSWORD },
  };
  return cached;
}

/** Tests that change process.env read it again. */
export function resetEnvForTests(): void {
  cached = undefined;
}
