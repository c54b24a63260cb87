// `npm run fleet -- [instances]` (needs DATABASE_URL): the production shape on this machine, for
// trying it: Varnish (deploy/varnish/ect.vcl, Debian's package varnish) on FLEET_PORT (default
// 8080) before N instances of the site (default 2) on ports FLEET_PORT + 1 … + N, all on the
// PostgreSQL of DATABASE_URL, prepared first as `npm start` prepares it (build, migrations, demo
// content, and the files of UPLOADS_DIR copied into the database: the instances keep files there,
// FILE_STORAGE=database), sharing the machine's Redis (REDIS_URL, default redis://127.0.0.1:6379).
// Ctrl-C stops them all. README: Several instances.
import "dotenv/config";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { startFleet, VARNISHD } from "./fleet-parts";
import { prepareSite } from "./prepare-site";

async function main(): Promise<void> {
  process.env.FILE_STORAGE = "database";
  const config = env();
  const count = Number(process.argv[2] ?? "2");
  if (!Number.isInteger(count) || count < 1 || count > 16)
    throw new Error("give the number of instances, 1 to 16: npm run fleet -- 3");
  if (!config.databaseUrl)
    throw new Error(
      "npm run fleet needs DATABASE_URL: the instances share one PostgreSQL (npm start is the single-process site)",
    );
  if (!existsSync(VARNISHD)) throw new Error(`${VARNISHD} not found: apt-get install varnish`);
  const frontPort = Number(process.env.FLEET_PORT ?? "8080");
  await prepareSite();
  const workDir = mkdtempSync(path.join(os.tmpdir(), "ect-fleet-"));
  console.log(`\nstarting ${count} instance(s) and Varnish (logs in ${workDir})`);
  const fleet = await startFleet({
    root: process.cwd(),
    instances: count,
    frontPort,
    basePort: frontPort,
    env: {
      DATABASE_URL: config.databaseUrl,
      NEXTAUTH_SECRET: authSecret(),
      REDIS_URL: config.redisUrl ?? "redis://127.0.0.1:6379",
    },
    distDir: config.distDir,
    workDir,
  });
  console.log(`\n✓ the site through Varnish: ${fleet.frontUrl}/`);
  for (const i of fleet.instances)
    console.log(`  instance ${i.index}: ${i.url}/ (metrics ${i.metricsUrl}, log ${i.log})`);
  const stop = () => void fleet.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
