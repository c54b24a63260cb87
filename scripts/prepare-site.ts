// What `npm start` and `npm run fleet` do before serving: build if the sources changed, migrate,
// seed demo content into an empty database, and make sure someone can sign in. With no
// DATABASE_URL the database is the embedded PostgreSQL in ./data.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureAdminFromEnv, hasUsableAdmin, setDemoAdminPassword, DEMO_ADMIN_EMAIL } from "@/lib/auth/bootstrap";
import { createPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadDirectory } from "@/lib/offices/directory";
import { officeAddress } from "@/lib/offices/hosts";
import { copyFilesToDatabase } from "@/lib/media/content";
import { indexMissing } from "@/lib/search/index-post";
import { isDatabaseEmpty, seedDemo } from "@/prisma/seed";
import { buildIsCurrent, sourceStamp, stampPath } from "./build-stamp";

const root = process.cwd();
const step = (n: number, text: string) => console.log(`\n[${n}/5] ${text}`);

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

/** Prepares the site; returns one line per office with content, its name and address. */
export async function prepareSite(): Promise<string[]> {
  const config = env();
  const bin = (name: string) => path.join(root, "node_modules/.bin", name);

  step(1, "Production build");
  const stamp = sourceStamp(root);
  if (buildIsCurrent(root, stamp)) {
    console.log("    up to date — skipping `next build`");
  } else {
    run(bin("prisma"), ["generate"]);
    run(bin("next"), ["build"]);
    writeFileSync(stampPath(root), stamp);
  }

  step(2, "Database");
  if (config.databaseUrl) {
    console.log("    PostgreSQL from DATABASE_URL");
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    console.log(`    embedded PostgreSQL (PGlite) in ${config.dataDir}`);
  }
  let sites: string[] = [];
  const db = await createPrisma({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, "pgdata") });
  try {
    step(3, "Migrations");
    const applied = await applyMigrations(db.runner);
    console.log(applied.length ? applied.map((m) => `    applied ${m}`).join("\n") : "    up to date");
    const indexed = await indexMissing(db.prisma);
    if (indexed) console.log(`    indexed ${indexed} post(s) for search`);

    step(4, "Demo content");
    if (!config.seedDemo) {
      console.log("    SEED_DEMO=false — not seeding");
    } else if (await isDatabaseEmpty(db.prisma)) {
      const counts = await seedDemo(db.prisma, { uploadsDir: config.uploadsDir });
      console.log(
        `    seeded ${counts.posts} posts, ${counts.events} events, ${counts.assets} files, ${counts.elections} elections, ${counts.disclosures} procurement disclosures`,
      );
    } else {
      console.log("    the database has content — not seeding");
    }

    if (config.fileStorage === "database") {
      const { copied, missing } = await copyFilesToDatabase(db.prisma, config.uploadsDir);
      if (copied)
        console.log(`    copied ${copied} file(s) from ${config.uploadsDir} into the database (FILE_STORAGE=database)`);
      if (missing.length)
        console.log(
          `    ! ${missing.length} file(s) are neither in the database nor in ${config.uploadsDir}: ${missing.slice(0, 5).join(", ")}`,
        );
    }

    step(5, "Staff sign-in");
    await prepareSignIn(db.prisma);
    sites = await officeSites(db.prisma, config);
  } finally {
    await db.close();
  }
  return sites;
}

/** One line per office that has its settings filled in: its name and address (the default first). */
async function officeSites(prisma: PrismaClient, config: ReturnType<typeof env>): Promise<string[]> {
  const offices = (await loadDirectory(prisma)).sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  const ready = new Set((await prisma.siteSettings.findMany({ select: { officeId: true } })).map((r) => r.officeId));
  return offices
    .filter((o) => ready.has(o.id))
    .map(
      (o) =>
        `    ${officeAddress(o, config)}  ${o.nameTh}${o.isDefault ? ` (also http://localhost:${config.port}/)` : ""}`,
    );
}

// No default password anywhere: the first admin comes from ADMIN_EMAIL + ADMIN_PASSWORD (or
// `npm run user:create`), and the demo admin gets a generated password printed exactly once.
async function prepareSignIn(prisma: Parameters<typeof hasUsableAdmin>[0]): Promise<void> {
  const fromEnv = await ensureAdminFromEnv(prisma, env().firstAdmin);
  if (fromEnv.status === "created") console.log(`    created the admin ${fromEnv.email} from ADMIN_EMAIL`);
  if (fromEnv.status === "promoted")
    console.log(`    ${fromEnv.email} (ADMIN_EMAIL) is now an active admin with ADMIN_PASSWORD`);
  const demoPassword = await setDemoAdminPassword(prisma);
  if (demoPassword) {
    console.log(
      `    Demo sign-in: ${DEMO_ADMIN_EMAIL} / ${demoPassword} (shown once; the first sign-in asks you to replace it with your own)`,
    );
  } else if (await hasUsableAdmin(prisma)) {
    console.log("    an admin account exists");
  } else {
    console.log(
      '    no admin yet: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run user:create -- --email … --name "…" --role ADMIN`',
    );
  }
}
