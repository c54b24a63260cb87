// `npm run lighthouse`: Lighthouse (npm `lighthouse`, driving Debian's chromium) on the home page
// and a post of the production server with the seeded data; prints the four category scores of
// each (goal: 95 or more). A measurement, not a test: it never fails on a score.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureBuild, startServer, waitUntilUp } from "../bench/server";
import { createE2EDatabase } from "../helpers/e2e-database";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3320);
const PAGES = [
  { label: "home", path: "/" },
  { label: "post", path: "/posts/7/mou-ministry-of-public-health" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function main(): Promise<void> {
  await ensureBuild(root);
  const db = await createE2EDatabase();
  const reports = path.join(root, "test-results");
  mkdirSync(reports, { recursive: true });
  const server = startServer({ root, port: PORT, env: db.env, logFile: path.join(reports, "lighthouse-server.log") });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    await waitUntilUp(server, "/accessibility", 60_000);
    const rows: string[][] = [];
    for (const p of PAGES) {
      const url = `http://127.0.0.1:${PORT}${p.path}`;
      await fetch(url); // rendered and cached, as a reader would find it
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`no Lighthouse result for ${url}`);
      writeFileSync(path.join(reports, `lighthouse-${p.label}.json`), JSON.stringify(result.lhr));
      rows.push([
        p.label,
        p.path,
        ...CATEGORIES.map((c) => String(Math.round((result.lhr.categories[c]?.score ?? 0) * 100))),
      ]);
    }
    console.log(`\n${["page", "path", ...CATEGORIES].map((h, i) => h.padEnd(i === 1 ? 40 : 15)).join("")}`);
    for (const r of rows) console.log(r.map((c, i) => c.padEnd(i === 1 ? 40 : 15)).join(""));
    console.log(
      `\ngoal: 95 or more in each; reports in test-results/lighthouse-*.json (mobile emulation, simulated throttling)`,
    );
  } finally {
    await chrome.kill();
    await server.stop();
    await db.drop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
