import path from "node:path";
import type { Page } from "@playwright/test";

const shots = path.resolve(import.meta.dirname, "screenshots");

/** Saves a full-page screenshot named after the step and the server's time zone. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const tz = (process.env.SERVER_TZ ?? "local").replace("/", "-");
  await page.screenshot({ path: path.join(shots, `${name}.${tz}.png`), fullPage: true });
}

/** Today's Bangkok date as the browser-independent oracle sees it. */
export function bangkokToday(): { y: number; m: number; d: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok", year: "numeric", month: "2-digit", day: "2-digit" })
    .format(new Date())
    .split("-")
    .map(Number);
  return { y: parts[0]!, m: parts[1]!, d: parts[2]! };
}
