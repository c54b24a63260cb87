import { mkdir, open, readdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";

// Writing an upload so that a crash or power cut never leaves a database row pointing at an
// empty or missing file: the bytes go to "<name>.part", are flushed to the disk (fsync), renamed
// into place, and the folder holding the new name is flushed too; only then may the caller commit
// the row. A crash before that leaves at most a ".part" file, which removePartials() clears.

export const PARTIAL_SUFFIX = ".part";

export async function writeDurably(absolute: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(absolute);
  // The first folder mkdir had to create (if any): its parent gained an entry that must reach the disk too.
  const created = await mkdir(dir, { recursive: true });
  const partial = `${absolute}${PARTIAL_SUFFIX}`;
  try {
    const handle = await open(partial, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, absolute);
  } catch (e) {
    await removeQuietly(partial);
    throw e;
  }
  await syncDir(dir);
  if (created) {
    for (let d = path.dirname(dir); ; d = path.dirname(d)) {
      await syncDir(d);
      if (d === path.dirname(created) || d === path.dirname(d)) break;
    }
  }
}

/** fsync of a folder, so a rename or a new entry in it survives a power cut. */
export async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, "r");
  } catch (e) {
    // Some systems (Windows) cannot open a folder for syncing; there is nothing more to do there.
    if (isCode(e, "EISDIR", "EPERM", "EACCES")) return;
    throw e;
  }
  try {
    await handle.sync().catch((e: unknown) => {
      if (!isCode(e, "EINVAL", "EPERM", "EBADF")) throw e;
    });
  } finally {
    await handle.close();
  }
}

/**
 * Removes ".part" leftovers of uploads that never finished (a killed process, a full disk)
 * under the uploads folder; with `olderThanMs`, only those at least that old, so that an upload
 * being written right now is left alone. Returns how many were removed.
 */
export async function removePartials(root: string, opts: { olderThanMs?: number; now?: Date } = {}): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((e: unknown) => {
    if (isCode(e, "ENOENT")) return [];
    throw e;
  });
  const cutoff = (opts.now ?? new Date()).getTime() - (opts.olderThanMs ?? 0);
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(PARTIAL_SUFFIX)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const info = await stat(full).catch(() => null);
    if (!info || (opts.olderThanMs !== undefined && info.mtimeMs > cutoff)) continue;
    if (await removeQuietly(full)) removed++;
  }
  return removed;
}

export async function removeQuietly(absolute: string): Promise<boolean> {
  try {
    await unlink(absolute);
    return true;
  } catch (e) {
    if (!isCode(e, "ENOENT"))
      console.error(`[media] could not remove ${absolute}: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

function isCode(e: unknown, ...codes: string[]): boolean {
  return typeof e === "object" && e !== null && codes.includes(String((e as NodeJS.ErrnoException).code));
}
