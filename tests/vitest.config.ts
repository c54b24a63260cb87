import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

// `npm test` runs the integration tests under three server time zones (tests/run-all.ts). A file
// whose first line says "zone-independent" tests nothing a time zone could change (sign-in,
// sessions, files, migrations, locks): the later zones (LATER_ZONE=1) leave it out. A new file
// runs in every zone unless it says so.
const ZONE_INDEPENDENT = "// zone-independent:";
function zoneIndependentFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir))
    .filter(
      (f) => f.endsWith(".int.test.ts") && readFileSync(path.join(root, dir, f), "utf8").startsWith(ZONE_INDEPENDENT),
    )
    .map((f) => `${dir}/${f}`);
}
const laterZone = process.env.LATER_ZONE === "1";

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    // Fails a test during which pg warned of a deprecated use (overlapping queries on one client).
    setupFiles: ["tests/vitest.setup.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "int",
          // Puts the test's own database and session in place of the app's (tests/helpers/app-doubles.ts).
          setupFiles: ["tests/helpers/app-doubles.setup.ts"],
          include: ["tests/int/**/*.int.test.ts"],
          exclude: laterZone ? zoneIndependentFiles("tests/int") : [],
          environment: "node",
          // Each file gets its own database; PGlite start-up is slow on a cold machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Several instances of the built site behind Varnish (scripts/fleet-parts.ts): needs the
          // build and DATABASE_URL; run by tests/run-all.ts after the build.
          name: "fleet",
          include: ["tests/fleet/**/*.fleet.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
