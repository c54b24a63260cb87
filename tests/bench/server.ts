// Build (when the sources changed) and run the production server for the benchmark.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, sourceStamp, stampPath } from "@/lib/cli/build-stamp";

/**
 * Builds unless the build matches the sources. Other sessions build in the same folder (`npm test`,
 * `npm start`): while their `next build` holds `.next/lock`, wait for it and look again.
 */
export async function ensureBuild(root: string, waitMs = 10 * 60_000): Promise<void> {
  const until = Date.now() + waitMs;
  const lock = path.join(root, ".next/lock");
  let said = false;
  for (;;) {
    const stamp = sourceStamp(root);
    if (buildIsCurrent(root, stamp)) {
      console.log("build: up to date — skipping `next build`");
      return;
    }
    if (existsSync(lock)) {
      if (Date.now() > until) throw new Error(`another \`next build\` still holds ${lock}`);
      if (!said) console.log("build: another `next build` is running — waiting for it");
      said = true;
      await new Promise((r) => setTimeout(r, 3000));
      continue;
    }
    console.log("build: sources changed — running `next build`");
    const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: process.env });
    if (result.status === 0) {
      writeFileSync(stampPath(root), stamp);
      return;
    }
    // Lost a race for the lock: wait for (or use) the other build instead.
    const otherBuild = existsSync(lock) || buildIsCurrent(root, sourceStamp(root));
    if (!otherBuild || Date.now() > until) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  }
}

export type Server = {
  url: string;
  /** Rejects as soon as the server exits on its own. */
  exited: Promise<never>;
  stop(): Promise<void>;
};

export function startServer(opts: { root: string; port: number; env: Record<string, string>; logFile: string }): Server {
  const log = createWriteStream(opts.logFile);
  // Start from an empty page cache: entries on disk may come from another server's database.
  rmSync(path.join(opts.root, process.env.NEXT_DIST_DIR || ".next", "server/route-cache"), { recursive: true, force: true });
  const child: ChildProcess = spawn(path.join(opts.root, "node_modules/.bin/next"), ["start", "-p", String(opts.port)], {
    cwd: opts.root,
    env: { ...process.env, ...opts.env, NODE_ENV: "production", PORT: String(opts.port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });

  let stopping = false;
  const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const exited = new Promise<never>((_, reject) => {
    child.once("exit", (code, signal) => {
      if (!stopping) reject(new Error(`the server exited unexpectedly (${signal ?? `exit ${code}`}); see ${opts.logFile}`));
    });
    child.once("error", (error) => reject(error));
  });
  exited.catch(() => {}); // observed by whoever races it

  return {
    url: `http://127.0.0.1:${opts.port}`,
    exited,
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await done;
        clearTimeout(timer);
      }
      await new Promise<void>((resolve) => log.end(() => resolve()));
    },
  };
}

export async function waitUntilUp(server: Server, pathname: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  const poll = async (): Promise<void> => {
    while (Date.now() < until) {
      try {
        const res = await fetch(server.url + pathname);
        await res.arrayBuffer();
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`the server did not answer 200 on ${pathname} within ${ms / 1000} s`);
  };
  await Promise.race([poll(), server.exited]);
}
