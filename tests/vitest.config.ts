import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

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
          include: ["tests/int/**/*.int.test.ts"],
          environment: "node",
          // Each file gets its own database; PGlite start-up is slow on a cold machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
