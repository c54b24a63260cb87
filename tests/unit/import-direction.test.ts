import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The imports run one way: routes (app/) → components → lib → prisma; programs (server/,
// scripts/, the seed in prisma/seed) import the library and nothing in the library imports them.
// Every import specifier of the source files is read as text (static, dynamic and re-exports,
// type-only ones too) and resolved to a path in the project.

const root = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib", "server", "scripts", "prisma/seed"];
const SKIP = new Set(["node_modules", "generated"]);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** Folders a file under `from` must never import. */
const FORBIDDEN: { from: string; to: string[] }[] = [
  { from: "lib/", to: ["app/", "components/", "server/", "scripts/", "prisma/seed"] },
  { from: "components/", to: ["app/", "server/", "scripts/", "prisma/seed"] },
  { from: "prisma/seed", to: ["app/", "components/", "server/", "scripts/"] },
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** The project path an import points at ("lib/env"), or null for a package. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith("."))
    return path
      .relative(root, path.resolve(path.dirname(file), spec))
      .split(path.sep)
      .join("/");
  return null;
}

/** "from → to" for every import that breaks the direction, given files' text by project path. */
function wrongImports(sources: Map<string, string>): string[] {
  const wrong: string[] = [];
  for (const [file, text] of sources) {
    const rules = FORBIDDEN.filter((r) => file.startsWith(r.from));
    if (rules.length === 0) continue;
    for (const [, spec] of text.matchAll(SPECIFIER)) {
      const to = spec && target(path.join(root, file), spec);
      if (!to) continue;
      if (rules.some((r) => r.to.some((bad) => to === bad.replace(/\/$/, "") || to.startsWith(bad))))
        wrong.push(`${file} → ${spec}`);
    }
  }
  return wrong;
}

function projectSources(): Map<string, string> {
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d)));
  return new Map(files.map((f) => [path.relative(root, f).split(path.sep).join("/"), readFileSync(f, "utf8")]));
}

/** Import cycles among the seed's own files, each as "a → b → … → a". */
function seedCycles(sources: Map<string, string>): string[] {
  const seed = [...sources.keys()].filter((f) => f.startsWith("prisma/seed"));
  const resolve = (to: string) =>
    [to, `${to}.ts`, `${to}/index.ts`].find((c) => sources.has(c) && statSync(path.join(root, c)).isFile());
  const edges = new Map(
    seed.map((f) => [
      f,
      [...sources.get(f)!.matchAll(SPECIFIER)]
        .map(([, spec]) => spec && target(path.join(root, f), spec))
        .map((to) => (to ? resolve(to) : undefined))
        .filter((to): to is string => !!to && to.startsWith("prisma/seed")),
    ]),
  );
  const cycles: string[] = [];
  const done = new Set<string>();
  const visit = (f: string, trail: string[]) => {
    const at = trail.indexOf(f);
    if (at >= 0) return void cycles.push([...trail.slice(at), f].join(" → "));
    if (done.has(f)) return;
    for (const next of edges.get(f) ?? []) visit(next, [...trail, f]);
    done.add(f);
  };
  for (const f of seed) visit(f, []);
  return cycles;
}

describe("import direction", () => {
  const sources = projectSources();

  it("reads the project's sources", () => {
    expect([...sources.keys()].filter((f) => f.startsWith("lib/")).length).toBeGreaterThan(50);
    expect(sources.has("server/serve.ts")).toBe(true);
  });

  it("nothing in lib/ or components/ imports a route, a program or the seed; lib/ imports no component", () => {
    expect(wrongImports(sources)).toEqual([]);
  });

  it("names the file of a wrong import, relative or through @/", () => {
    const bad = new Map([
      ["lib/posts/x.ts", 'import { serve } from "@/server/serve";\nimport a from "../../scripts/start";'],
      ["lib/y.ts", 'const s = await import("@/prisma/seed");\nexport { B } from "@/components/ui/b";'],
      ["components/ui/z.tsx", 'import type { P } from "@/app/(site)/page";\nimport { env } from "@/lib/env";'],
      ["server/ok.ts", 'import { env } from "@/lib/env";\nimport { x } from "@/scripts/build-stamp";'],
    ]);
    expect(wrongImports(bad)).toEqual([
      "lib/posts/x.ts → @/server/serve",
      "lib/posts/x.ts → ../../scripts/start",
      "lib/y.ts → @/prisma/seed",
      "lib/y.ts → @/components/ui/b",
      "components/ui/z.tsx → @/app/(site)/page",
    ]);
  });

  it("the seed's files import each other without a circle", () => {
    expect(seedCycles(sources)).toEqual([]);
  });
});
