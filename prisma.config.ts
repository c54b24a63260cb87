// Read by the Prisma command-line tool, not by the app: it reads DATABASE_URL raw so that `prisma
// generate` works before the app's own variables (lib/env.ts) are set.
import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on every machine; generate/validate/format
// only check that the file exists, so point them at any existing file when none is installed.
// Migrations are applied by lib/db/migrate.ts (Prisma-compatible), see README.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
