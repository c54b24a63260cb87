import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

// The ids of this build's server actions, read once from the manifest `next build` writes. Next
// answers an unknown id itself, but logs each one with a stack trace: a stream of made-up ids
// would fill the log. The guard refuses them first. Without a readable manifest (a build layout
// this code does not know) every well-formed id is let through and Next decides, as before.

const ID_RE = /^[0-9a-f]{42}$/;

/** Whether a `Next-Action` header value has the shape of this Next version's ids (42 hex digits). */
export function isActionIdShape(id: string): boolean {
  return ID_RE.test(id);
}

/** Without a manifest: anything short and plain may be an id of some Next version; Next decides. */
export function isPlausibleActionId(id: string): boolean {
  return /^[0-9A-Za-z_-]{1,200}$/.test(id);
}

let cached: Set<string> | null | undefined;

function manifestPath(): string {
  // The same setting as next.config.ts's distDir.
  return path.join(process.cwd(), env().distDir, "server", "server-reference-manifest.json");
}

/** The build's action ids, or null when they cannot be read. */
export function knownActionIds(): Set<string> | null {
  if (cached !== undefined) return cached;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(), "utf8")) as {
      node?: Record<string, unknown>;
      edge?: Record<string, unknown>;
    };
    cached = new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    cached = null;
  }
  return cached;
}
