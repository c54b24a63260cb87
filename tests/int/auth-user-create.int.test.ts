// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrisma } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";

// `npm run user:create` run as an operator would, with its standard input piped: a chosen password
// never goes on the command line (it shows in `ps` and in the shell history).

const root = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase | undefined;
let dataDir: string | undefined;

/** The database the command writes to: the test database on the server, or an embedded one in a temp folder. */
async function users() {
  if (db) return db.prisma.user.findMany({ orderBy: { id: "asc" } });
  // No run has opened the embedded database yet: there is nobody in it.
  if (!existsSync(path.join(dataDir!, "pgdata"))) return [];
  const embedded = createPrisma({ pgliteDir: path.join(dataDir!, "pgdata") });
  try {
    return await embedded.prisma.user.findMany({ orderBy: { id: "asc" } });
  } finally {
    await embedded.close();
  }
}

function run(args: string[], stdin: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NEXTAUTH_SECRET: "user-create-test-secret-long-enough-000000" };
    if (db) env.DATABASE_URL = db.url!;
    else {
      delete env.DATABASE_URL;
      env.DATA_DIR = dataDir!;
    }
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/user-create.ts", ...args], {
      cwd: root,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
    child.stdin.end(stdin);
  });
}

beforeAll(async () => {
  if (process.env.DATABASE_URL) db = await createTestDatabase();
  else dataDir = mkdtempSync(path.join(os.tmpdir(), "user-create-"));
});
afterAll(async () => {
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const who = (email: string) => ["--email", email, "--name", "สมชาย ใจดี", "--role", "editor"];

describe("npm run user:create", () => {
  it("refuses --password with a clear message and creates nothing", async () => {
    for (const flag of [["--password", "รหัสผ่านบนบรรทัดคำสั่ง"], ["--password=รหัสผ่านบนบรรทัดคำสั่ง"]]) {
      const r = await run([...who("flag@example.go.th"), ...flag], "");
      expect(r.code).toBe(2);
      expect(r.out).toContain(
        "--password is not accepted: a password on the command line shows in `ps` and in the shell history.",
      );
    }
    expect((await users()).map((u) => u.email)).not.toContain("flag@example.go.th");
  }, 60_000);

  it("takes a chosen password from standard input: not printed, not flagged for change", async () => {
    const chosen = "ประโยคที่เลือกเอง 2569";
    const r = await run(who("piped@example.go.th"), `${chosen}\n`);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain("✓ Created EDITOR piped@example.go.th");
    expect(r.out).not.toContain(chosen);
    expect(r.out).not.toContain("Password:");
    const u = (await users()).find((x) => x.email === "piped@example.go.th")!;
    expect(await verifyPassword(u.passwordHash, chosen)).toBe(true);
    expect(u.mustChangePassword).toBe(false);
  }, 60_000);

  it("with nothing on standard input generates one, prints it once, and flags it for change at first sign-in", async () => {
    const r = await run(who("generated@example.go.th"), "");
    expect(r.code, r.out).toBe(0);
    const printed = /Password: (\S+)/.exec(r.out)?.[1];
    expect(printed).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const u = (await users()).find((x) => x.email === "generated@example.go.th")!;
    expect(await verifyPassword(u.passwordHash, printed!)).toBe(true);
    expect(u.mustChangePassword).toBe(true);
  }, 60_000);

  it("a too-short password on standard input is refused in words, and nothing is created", async () => {
    const r = await run(who("short@example.go.th"), "สั้นไป\n");
    expect(r.code).toBe(2);
    expect(r.out).toContain("password: รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร");
    expect((await users()).map((u) => u.email)).not.toContain("short@example.go.th");
  }, 60_000);
});
