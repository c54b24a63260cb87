// `npm run db:migrate`: apply pending migrations to the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR/pgdata), like `prisma migrate deploy`.
import "dotenv/config";
import { configuredOptions, createPrisma } from "@/lib/db/client";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { indexMissing } from "@/lib/search/index-post";

async function main(): Promise<void> {
  const started = Date.now();
  const db = createPrisma(configuredOptions());
  try {
    console.log(
      db.info.kind === "postgres" ? `Database: ${db.info.url}` : `Database: embedded PostgreSQL in ${db.info.dir}`,
    );
    const applied = await applyMigrations(db.runner);
    for (const name of applied) console.log(`  applied ${name}`);
    const total = readMigrations().length;
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) in ${Date.now() - started} ms.`
        : `Up to date: all ${total} migration(s) were already applied.`,
    );
    // Search documents are written by the application (Postgres cannot cut Thai into words).
    const indexed = await indexMissing(db.prisma);
    if (indexed) console.log(`Indexed ${indexed} post(s) for search.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
