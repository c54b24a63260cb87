import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { laterZoneRun } from "./helpers/e2e-page";
import { zoneSensitiveSpecs } from "./helpers/e2e-zones";

// The server is started by tests/run-all.ts (production build, seeded database, one run per
// server time zone). Run alone with E2E_BASE_URL pointing at a running site.
// Chromium from Debian (tests/prerequisites.ts checks it is there before `npm test` starts).
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Under a later server time zone only the specs that depend on it (tests/helpers/e2e-zones.ts).
const testDir = path.join(import.meta.dirname, "e2e");

export default defineConfig({
  testDir: "./e2e",
  testMatch: laterZoneRun ? zoneSensitiveSpecs(testDir).map((f) => `**/${f}`) : "**/*.e2e.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json"]],
  // One folder per server time zone: tests/run-all.ts runs the later zones side by side, and
  // Playwright empties its output folder when it starts.
  outputDir: `../test-results/e2e-artifacts${process.env.SERVER_TZ ? `-${process.env.SERVER_TZ.replace("/", "-")}` : ""}`,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000",
    locale: "th-TH",
    timezoneId: "Asia/Bangkok",
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
});
