import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

// The attack suites' view of the server actions: every "use server" export under lib/ and app/,
// and what calling one came to.

export type Action = (prev: unknown, formData: FormData) => Promise<unknown>;

const root = path.resolve(import.meta.dirname, "../..");

/** Every file under lib/ and app/ that starts with "use server", and what it exports. */
export async function serverActions(): Promise<Map<string, Action>> {
  const found = new Map<string, Action>();
  for (const dir of ["lib", "app"]) {
    for (const rel of readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })) {
      if (!/\.tsx?$/.test(rel) || rel.includes("generated")) continue;
      const file = path.join(root, dir, rel);
      if (!/^\s*["']use server["']/.test(readFileSync(file, "utf8"))) continue;
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const key = path.relative(root, file).replace(/\.tsx?$/, "");
      for (const [name, fn] of Object.entries(mod))
        if (typeof fn === "function") found.set(`${key}#${name}`, fn as Action);
    }
  }
  return found;
}

/** The result of a server action, with redirect() (success of some actions) as ok. */
export async function outcome(p: Promise<unknown>): Promise<{ ok: boolean; message?: string }> {
  try {
    return (await p) as { ok: boolean; message?: string };
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { ok: true };
    throw e;
  }
}
