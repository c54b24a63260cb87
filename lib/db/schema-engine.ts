import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readMigrations } from "./migrate";

// Prisma's schema engine compiled to WebAssembly (the native one cannot be downloaded here).
// Development tooling only: it computes migration SQL; applying is lib/db/migrate.ts's job.

const require = createRequire(import.meta.url);
let loaded = false;

// The package's own entry imports the .wasm file as an ES module, which Node cannot do without a
// flag; instantiate it by hand the way that entry would.
function loadWasm(): void {
  if (loaded) return;
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const wasm = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const imports = { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports };
  const instance = new WebAssembly.Instance(wasm, imports);
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  loaded = true;
}

// The engine wants a factory whose methods return Prisma's Result objects; the helper that wraps
// them ships with the driver adapters. Resolved through @prisma/adapter-pg, which depends on it.
type BindFactory = (factory: unknown) => object;
function bindFactory(factory: unknown): object {
  const utils = createRequire(require.resolve("@prisma/adapter-pg"))("@prisma/driver-adapter-utils") as {
    bindMigrationAwareSqlAdapterFactory: BindFactory;
  };
  return utils.bindMigrationAwareSqlAdapterFactory(factory);
}

export function migrationList(migrationsDir: string): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(migrationsDir).map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  };
}

export type EngineSession = { engine: SchemaEngine; db: PGlite; close(): Promise<void> };

/**
 * The schema engine on a throwaway in-memory PGlite (with pg_trgm). The same database serves as
 * the engine's "shadow database", where it replays the migrations folder to learn its end state.
 */
export async function openSchemaEngine(schemas: SchemaContainer[], db?: PGlite): Promise<EngineSession> {
  loadWasm();
  const pglite = db ?? new PGlite({ extensions: { pg_trgm, btree_gin } });
  const factory = new PrismaPGlite(pglite);
  const shadowFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    // The adapter's own shadow database lacks pg_trgm, which the first migration creates.
    connectToShadowDb: () => factory.connect(),
  };
  const datamodels = schemas.map((s): [string, string] => [s.path, s.content]);
  const log = () => {}; // the engine's tracing output is noise for a CLI
  const engine = await bg.SchemaEngine.new({ datamodels }, log, bindFactory(shadowFactory));
  return {
    engine,
    db: pglite,
    async close() {
      engine.free();
      if (!db) await pglite.close();
    },
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/** SQL that brings a database built from `migrationsDir` to `schemaPath`; null when none is needed. */
export async function diffMigrationsToSchema(migrationsDir: string, schemaPath: string): Promise<string | null> {
  const schemas = [{ path: path.basename(schemaPath), content: fs.readFileSync(schemaPath, "utf8") }];
  const session = await openSchemaEngine(schemas);
  try {
    const result = await session.engine.diff({
      from: { tag: "migrations", ...migrationList(migrationsDir) },
      to: { tag: "schemaDatamodel", files: schemas },
      script: true,
      exitCode: true, // 2 when there is a difference
      filters: noFilters,
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : null;
  } finally {
    await session.close();
  }
}
