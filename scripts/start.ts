// `npm start`: build if the sources changed, migrate, seed demo content into an empty database
// (scripts/prepare-site.ts), then serve. With no DATABASE_URL the database is the embedded
// PostgreSQL in ./data.
import "dotenv/config";
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { prepareSite } from "./prepare-site";

const root = process.cwd();

async function main(): Promise<void> {
  const config = env();
  const bin = (name: string) => path.join(root, "node_modules/.bin", name);
  const sites = await prepareSite();

  // Pages cached by an earlier run may show another database's content: start with an empty cache.
  rmSync(path.join(root, config.distDir, "server/route-cache"), { recursive: true, force: true });
  const port = String(config.port);
  console.log(`\n✓ Starting the site on http://localhost:${port}`);
  if (sites.length > 1) console.log(`  Every office with content, at its own address:\n${sites.join("\n")}`);
  console.log("");
  const server = spawn(bin("tsx"), [path.join(root, "server/serve.ts")], {
    stdio: "inherit",
    env: { ...process.env, PORT: port, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
