// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrisma, type DbHandle } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";

// The embedded database is a folder; these tests use a real one, not the in-memory test database.
// Another process is a real child process, as it would be with a second `npm start`.

type ChildResult = { code: number; stdout: string; stderr: string };

function openInChild(dir: string): Promise<ChildResult> {
  const tsx = path.resolve("node_modules/.bin/tsx");
  return new Promise((resolve) => {
    execFile(tsx, ["tests/helpers/open-pglite-child.ts", dir], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const title = "ประกาศคณะกรรมการการเลือกตั้งประจำจังหวัด เรื่อง รับสมัครรับเลือกตั้ง";

// Runs with or without DATABASE_URL: the embedded database is the default wherever none is set.
describe("the embedded database folder lock", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ect-lock-"));
  const dataDir = path.join(root, "pgdata");
  const lockFile = `${dataDir}.lock`;
  let first: DbHandle | undefined;

  beforeAll(async () => {
    first = createPrisma({ pgliteDir: dataDir });
    await applyMigrations(first.runner);
    await first.prisma.post.create({ data: { section: "ANNOUNCEMENT", title } });
  });
  afterAll(async () => {
    await first?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("records the owner in a lock file beside the folder", () => {
    const owner: unknown = JSON.parse(fs.readFileSync(lockFile, "utf8"));
    expect(owner).toMatchObject({ pid: process.pid, hostname: os.hostname() });
  });

  it("stops a second process with a clear Thai and English message", async () => {
    const child = await openInChild(dataDir);
    expect(child.code).toBe(2);
    expect(child.stderr).toContain(`ฐานข้อมูลในโฟลเดอร์ ${dataDir} กำลังถูกใช้งานโดยโปรเซสอื่น (PID ${process.pid})`);
    expect(child.stderr).toContain(`is in use by process ${process.pid}`);
    expect(child.stdout).toBe("");
  });

  it("stops a second open in the same process", () => {
    expect(() => createPrisma({ pgliteDir: dataDir })).toThrow(/already open in this process/);
  });

  it("leaves the data intact and releases the lock on close", async () => {
    expect((await first!.prisma.post.findMany()).map((p) => p.title)).toEqual([title]);
    await first!.close();
    first = undefined;
    expect(fs.existsSync(lockFile)).toBe(false);

    const child = await openInChild(dataDir);
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual({ titles: [title] });
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it("takes over a lock left by a process that died", async () => {
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]);
    const stale = { pid: dead.pid, hostname: os.hostname(), startedAt: Date.now() - 60_000 };
    fs.writeFileSync(lockFile, JSON.stringify(stale));

    const child = await openInChild(dataDir);
    expect(child.stderr).toBe("");
    expect(JSON.parse(child.stdout)).toEqual({ titles: [title] });
    expect(fs.existsSync(lockFile)).toBe(false);
  });
});
