import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startFleet, type Fleet } from "@/scripts/fleet-parts";

/**
 * The production shape for a test or the benchmark, as `npm run fleet` starts it: Varnish on
 * `frontPort` before `instances` instances of the current build (ports frontPort + 1 …) on the
 * database `databaseUrl`, sharing one session key and the machine's Redis.
 */
export function startTestFleet(o: {
  databaseUrl: string;
  instances: number;
  frontPort: number;
  name: string;
}): Promise<Fleet> {
  return startFleet({
    root: path.resolve(import.meta.dirname, "../.."),
    instances: o.instances,
    frontPort: o.frontPort,
    basePort: o.frontPort,
    env: {
      DATABASE_URL: o.databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    },
    distDir: process.env.NEXT_DIST_DIR || ".next",
    workDir: mkdtempSync(path.join(os.tmpdir(), `ect-${o.name}-`)),
  });
}
