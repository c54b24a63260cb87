import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The newcomer's journey (tests/newcomer) against a site started with `npm start`; run by
// tests/run-all.ts, which passes the printed demo sign-in.
// Its own output folder: tests/run-all.ts runs it beside the end-to-end suite, and Playwright
// empties its output folder when it starts.
export default defineConfig({
  ...base,
  testDir: "./newcomer",
  testMatch: "**/*.spec.ts",
  outputDir: "../test-results/newcomer-artifacts",
});
