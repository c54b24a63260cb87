import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What a production build depends on. If none of it changed since the last build, `npm start`
// skips `next build`.
const INPUT_DIRS = ["app", "components", "lib", "server", "public", "prisma"];
const INPUT_FILES = [
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "instrumentation.ts",
  "proxy.ts",
];
const SKIP = new Set(["node_modules", ".next", "generated", "migrations", "seed"]);
const STAMP = ".next/source-stamp";

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

export function sourceStamp(root: string): string {
  const files: string[] = [];
  for (const d of INPUT_DIRS) if (existsSync(path.join(root, d))) walk(path.join(root, d), files);
  for (const f of INPUT_FILES) if (existsSync(path.join(root, f))) files.push(path.join(root, f));
  const hash = createHash("sha256");
  for (const f of files.sort()) {
    hash.update(path.relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root: string, stamp: string): boolean {
  const stampFile = path.join(root, STAMP);
  return (
    existsSync(path.join(root, ".next/BUILD_ID")) &&
    existsSync(stampFile) &&
    statSync(stampFile).isFile() &&
    readFileSync(stampFile, "utf8") === stamp
  );
}

export function stampPath(root: string): string {
  return path.join(root, STAMP);
}
