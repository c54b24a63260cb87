import { mkdtempSync } from "node:fs";
import { readFile, rm, utimes, writeFile, mkdir, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// A stored upload must be on the disk before its database row commits (issue 9, item 7): the
// bytes are flushed before the rename, the folder holding the new name after it. The calls are
// recorded through a wrapper around node:fs/promises; the files are real.

const calls = vi.hoisted(() => ({ log: [] as string[], root: "" }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const rel = (p: unknown) => path.relative(calls.root, String(p)) || ".";
  return {
    ...real,
    open: async (p: string, flags?: string) => {
      const handle = await real.open(p, flags);
      return new Proxy(handle, {
        get(target, key) {
          if (key === "sync") return async () => (calls.log.push(`sync ${rel(p)}`), target.sync());
          if (key === "writeFile")
            return async (data: Uint8Array) => (calls.log.push(`write ${rel(p)}`), target.writeFile(data));
          const value = Reflect.get(target, key) as unknown;
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
    rename: async (from: string, to: string) => {
      calls.log.push(`rename ${rel(from)} -> ${rel(to)}`);
      return real.rename(from, to);
    },
  };
});

const { removePartials, writeDurably } = await import("@/lib/media/durable");

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "media-durable-"));
  calls.root = root;
  calls.log = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("writeDurably", () => {
  it("flushes the bytes before renaming into place, then every folder that gained an entry", async () => {
    const target = path.join(root, "2026", "12", "a1b2.pdf");
    await writeDurably(target, Buffer.from("%PDF-1.4 ประกาศ"));
    expect(calls.log).toEqual([
      "write 2026/12/a1b2.pdf.part",
      "sync 2026/12/a1b2.pdf.part",
      "rename 2026/12/a1b2.pdf.part -> 2026/12/a1b2.pdf",
      "sync 2026/12",
      "sync 2026",
      "sync .",
    ]);
    expect(await readFile(target, "utf8")).toBe("%PDF-1.4 ประกาศ");
    expect(await readdir(path.dirname(target))).toEqual(["a1b2.pdf"]);
  });

  it("in an existing folder flushes only that folder", async () => {
    await mkdir(path.join(root, "2026", "12"), { recursive: true });
    await writeDurably(path.join(root, "2026", "12", "b.pdf"), Buffer.from("x"));
    expect(calls.log.filter((l) => l.startsWith("sync"))).toEqual(["sync 2026/12/b.pdf.part", "sync 2026/12"]);
  });
});

describe("removePartials", () => {
  it("removes half-written .part files a killed upload left, and nothing else", async () => {
    const dir = path.join(root, "2026", "11");
    await mkdir(dir, { recursive: true });
    // A PDF cut off in the middle, as a process killed while writing leaves it.
    await writeFile(path.join(dir, "0f3c.pdf.part"), "%PDF-1.4\n1 0 obj <</Type /Cat");
    await writeFile(path.join(dir, "9e1d.pdf"), "%PDF-1.4 complete");
    await writeFile(path.join(root, "notes.partial.txt"), "not an upload leftover");
    expect(await removePartials(root)).toBe(1);
    expect((await readdir(root, { recursive: true })).sort()).toEqual([
      "2026",
      "2026/11",
      "2026/11/9e1d.pdf",
      "notes.partial.txt",
    ]);
  });

  it("with an age, leaves a .part young enough to be an upload in progress", async () => {
    const now = new Date("2026-05-14T03:00:00Z");
    await writeFile(path.join(root, "old.pdf.part"), "x");
    await writeFile(path.join(root, "new.pdf.part"), "x");
    await utimes(path.join(root, "old.pdf.part"), new Date("2026-05-14T02:00:00Z"), new Date("2026-05-14T02:00:00Z"));
    await utimes(path.join(root, "new.pdf.part"), new Date("2026-05-14T02:59:00Z"), new Date("2026-05-14T02:59:00Z"));
    expect(await removePartials(root, { olderThanMs: 10 * 60_000, now })).toBe(1);
    expect(await readdir(root)).toEqual(["new.pdf.part"]);
  });

  it("is a no-op for a folder that does not exist yet", async () => {
    expect(await removePartials(path.join(root, "missing"))).toBe(0);
  });
});
