import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The newcomer's journey (tests/newcomer) against a site started with `npm start`; run by
// tests/run-all.ts, which passes the printed demo sign-in.
export default defineConfig({ ...base, testDir: "./newcomer", testMatch: "**/*.spec.ts" });
