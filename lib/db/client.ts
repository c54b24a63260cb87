import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { requestOffice } from "../offices/context";
import { defaultOfficeId, servedOffice } from "../offices/current";
import type { DirectoryOffice } from "../offices/hosts";
import { scopeToOffice } from "../offices/scope";
import { acquireDirLock, type DirLock } from "./lock";
import { officeClients, type OfficeClients } from "./office-pools";
import { serialTransactions } from "./one-at-a-time";
import { pgliteRunner, pgRunner, type SqlRunner } from "./runner";

export type { SqlExecutor, SqlRunner } from "./runner";

export type DbInfo = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export type CreatePrismaOptions = {
  databaseUrl?: string;
  /** A data folder, or "memory" for a throwaway database. Used when databaseUrl is absent. */
  pgliteDir?: string | "memory";
  /**
   * A `pglite.dumpDataDir()` image to start from: a "memory" database (fast test set-up), or an
   * empty folder (`npm run restore`).
   */
  pgliteSnapshot?: Blob;
};

export type DbHandle = {
  prisma: PrismaClient;
  runner: SqlRunner;
  info: DbInfo;
  /** The embedded instance, for what only PGlite can do (e.g. dumpDataDir); absent on a server. */
  pglite?: PGlite;
  /**
   * On a server, the clients a request's queries run on: one office's rows only, by row-level
   * security (./office-pools.ts). Absent on PGlite, where the query scope is the only wall.
   */
  forOffice?: OfficeClients["forOffice"];
  /** Disconnects Prisma, closes the driver and releases the folder lock. Safe to call twice. */
  close(): Promise<void>;
};

/** A Prisma client and a raw SQL runner on one database, for scripts and tests. */
export function createPrisma(opts: CreatePrismaOptions): DbHandle {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  if (opts.pgliteDir) return openPglite(opts.pgliteDir, opts.pgliteSnapshot);
  throw new Error("createPrisma needs a databaseUrl or a pgliteDir");
}

function openPostgres(url: string): DbHandle {
  // One pool for Prisma and raw SQL; we own it, so Prisma must not end it.
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection dropped by the server emits "error"; unhandled, it would kill the process.
  pool.on("error", (e) => console.error("[db] idle connection error:", e.message));
  // Statements of one transaction share one connection: sent one at a time (./one-at-a-time.ts).
  const prisma = new PrismaClient({ adapter: serialTransactions(new PrismaPg(pool)) });
  const offices = officeClients(url);
  return {
    prisma,
    runner: pgRunner(pool),
    info: { kind: "postgres", url: redactUrl(url) },
    forOffice: offices.forOffice,
    close: once(async () => {
      try {
        await Promise.all([prisma.$disconnect(), offices.close()]);
      } finally {
        await pool.end();
      }
    }),
  };
}

function openPglite(dir: string, snapshot: Blob | undefined): DbHandle {
  const memory = dir === "memory";
  const absDir = memory ? "memory" : path.resolve(/* turbopackIgnore: true */ dir);
  // Lock before PGlite touches the folder: a second writer corrupts it.
  const lock: DirLock | undefined = memory ? undefined : acquireDirLock(absDir);
  let db: PGlite;
  try {
    db = new PGlite({
      dataDir: memory ? undefined : absDir,
      extensions: { pg_trgm, btree_gin },
      loadDataDir: snapshot,
    });
  } catch (e) {
    lock?.release();
    throw e;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    prisma,
    runner: pgliteRunner(db),
    info: { kind: "pglite", dir: absDir },
    pglite: db,
    close: once(async () => {
      try {
        await prisma.$disconnect();
        await db.close();
      } finally {
        lock?.release();
      }
    }),
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "****";
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:****@");
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

/** Where the configured database lives: DATABASE_URL, else the embedded folder DATA_DIR/pgdata. */
export function configuredOptions(): CreatePrismaOptions {
  const e = env();
  return e.databaseUrl
    ? { databaseUrl: e.databaseUrl }
    : { pgliteDir: path.join(/* turbopackIgnore: true */ e.dataDir, "pgdata") };
}

export function dbInfo(): DbInfo {
  const o = configuredOptions();
  return o.databaseUrl
    ? { kind: "postgres", url: redactUrl(o.databaseUrl) }
    : { kind: "pglite", dir: path.resolve(/* turbopackIgnore: true */ o.pgliteDir ?? "") };
}

// Kept on globalThis so that Next's dev reloads reuse the open database (and its folder lock)
// instead of opening a second one.
const globalKey = Symbol.for("ect.db.handle");
type OpenDb = Pick<DbHandle, "prisma" | "runner" | "close"> & { scoped: (officeId: number | null) => PrismaClient };
type GlobalWithDb = typeof globalThis & { [globalKey]?: OpenDb };
const g = globalThis as GlobalWithDb;

function handle(): OpenDb {
  if (!g[globalKey]) {
    const db = createPrisma(configuredOptions());
    g[globalKey] = { ...db, scoped: scopedClients(db) };
  }
  return g[globalKey];
}

/**
 * The application's Prisma client on the configured database, opened on first use: every query
 * confined to the office being served (lib/offices/scope.ts).
 */
export function getPrisma(): PrismaClient {
  return handle().scoped(requestOffice()?.id ?? null);
}

/**
 * The query scope (lib/offices/scope.ts) over each office's client: on a server, the office's own
 * connections (./office-pools.ts); on PGlite, the one client, confined to whichever office the
 * request is for.
 */
export function scopedClients(db: Pick<DbHandle, "prisma" | "forOffice">): (officeId: number | null) => PrismaClient {
  const root = db.prisma;
  if (!db.forOffice) {
    const one = scopeToOffice(root, async () => requestOffice()?.id ?? defaultOfficeId(root));
    return () => one;
  }
  const forOffice = db.forOffice;
  const scoped = new Map<number | null, PrismaClient>();
  return (officeId) => {
    let client = scoped.get(officeId);
    if (!client) {
      const id = officeId;
      scoped.set(officeId, (client = scopeToOffice(forOffice(id), async () => id ?? defaultOfficeId(root))));
    }
    return client;
  };
}

/**
 * The client without the office confinement, for what spans every office and serves no request:
 * the scheduler, upload maintenance, the office directory. Never for a page or an action.
 */
export function getRootPrisma(): PrismaClient {
  return handle().prisma;
}

/** The id of the office being served, for the raw SQL that getPrisma()'s scope cannot see. */
export async function currentOfficeId(): Promise<number> {
  return requestOffice()?.id ?? defaultOfficeId(handle().prisma);
}

/** The office being served, with its names and host names. */
export function currentOffice(): Promise<DirectoryOffice> {
  return servedOffice(handle().prisma);
}

/** Raw SQL on the same database as getPrisma(). */
export async function getSqlRunner(): Promise<SqlRunner> {
  return handle().runner;
}

export async function closePrisma(): Promise<void> {
  const h = g[globalKey];
  if (!h) return;
  delete g[globalKey];
  await h.close();
}
