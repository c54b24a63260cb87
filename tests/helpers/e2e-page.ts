import path from "node:path";
import type { Page } from "@playwright/test";

// Next to the specs, where the README says they are.
const shots = path.resolve(import.meta.dirname, "../e2e/screenshots");

/** Saves a full-page screenshot named after the step and the server's time zone. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const tz = (process.env.SERVER_TZ ?? "local").replace("/", "-");
  await page.screenshot({ path: path.join(shots, `${name}.${tz}.png`), fullPage: true });
}

/** Today's Bangkok date as the browser-independent oracle sees it. */
export function bangkokToday(): { y: number; m: number; d: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Bangkok",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number);
  return { y: parts[0]!, m: parts[1]!, d: parts[2]! };
}

/**
 * True when this run is one of the later server time zones of `npm test` (tests/run-all.ts runs
 * the suite under Asia/Bangkok first, then UTC and America/Los_Angeles). What shows no date or
 * time rendered by the server (sign-in, malformed input, file access, contrast, layout) runs
 * under the first zone only: `test.skip(laterZoneRun, ONCE)` at the top of its spec.
 */
export const laterZoneRun = !!process.env.SERVER_TZ && process.env.SERVER_TZ !== "Asia/Bangkok";
export const ONCE = "shows nothing that depends on the server's time zone: runs under the first zone only";
