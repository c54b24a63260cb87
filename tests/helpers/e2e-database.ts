import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed";
import { createE2EUsers } from "./e2e-users";

export type E2EDatabase = { env: Record<string, string>; drop(): Promise<void> };

/**
 * A fresh, migrated and seeded database for the end-to-end run: a new database on the server
 * named by DATABASE_URL, or else an embedded one in a temporary folder.
 */
export async function createE2EDatabase(): Promise<E2EDatabase> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ect-e2e-"));
  const uploadsDir = path.join(dataDir, "uploads");
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};

  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    const name = `e2e_${process.pid}_${Date.now().toString(36)}`;
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  }

  const db = await createPrisma({ databaseUrl, pgliteDir: path.join(dataDir, "pgdata") });
  try {
    await applyMigrations(db.runner);
    await seedDemo(db.prisma, { uploadsDir });
    await createE2EUsers(db.prisma);
  } finally {
    await db.close();
  }

  // The browser stands in for one reverse proxy: specs that sign in wrongly on purpose claim an
  // address of their own in X-Forwarded-For (auth.e2e.spec.ts), as a proxy would report it, so
  // that they never lock the loopback address the other specs sign in from.
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    UPLOADS_DIR: uploadsDir,
    DATABASE_URL: databaseUrl ?? "",
    TRUSTED_PROXIES: "1",
  };
  return {
    env,
    async drop() {
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The port of the SMTP server the alerts spec runs for the e2e server on `port`. */
export function smtpPortFor(port: number): number {
  return port + 50;
}
