// Build (when the sources changed) and run the production server (server/serve.ts) for the benchmark.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { buildIsCurrent, sourceStamp, stampPath } from "@/scripts/build-stamp";
import { waitForAnswer } from "@/scripts/wait-for-answer";

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
    const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
      cwd: root,
      stdio: "inherit",
      env: process.env,
    });
    if (result.status === 0) {
      writeFileSync(stampPath(root), stamp);
      return;
    }
    // Lost a race for the lock: wait for (or use) the other build instead.
    const otherBuild = existsSync(lock) || buildIsCurrent(root, sourceStamp(root));
    if (!otherBuild || Date.now() > until)
      throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  }
}

export type Server = {
  url: string;
  /** Rejects as soon as the server exits on its own. */
  exited: Promise<never>;
  stop(): Promise<void>;
};

/** True while any process of the group `pgid` exists. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** Something accepts connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * `tsx server/serve.ts`, the production server (Next behind the in-memory page cache). tsx
 * runs the server in a child node process and relays signals to it, so the server is started in a
 * process group of its own and stopped by signalling the whole group: nothing can be left behind
 * on the port even if tsx exits first. The group also keeps a terminal Ctrl-C from reaching the
 * server directly: the bench stops it while cleaning up, or signals the group as it exits.
 */
export function startServer(opts: {
  root: string;
  port: number;
  env: Record<string, string>;
  logFile: string;
}): Server {
  const log = createWriteStream(opts.logFile);
  // Start from an empty page cache: entries on disk may come from another server's database.
  rmSync(path.join(opts.root, process.env.NEXT_DIST_DIR || ".next", "server/route-cache"), {
    recursive: true,
    force: true,
  });
  const child: ChildProcess = spawn(
    path.join(opts.root, "node_modules/.bin/tsx"),
    [path.join(opts.root, "server/serve.ts")],
    {
      cwd: opts.root,
      env: { ...process.env, ...opts.env, NODE_ENV: "production", PORT: String(opts.port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const pgid = child.pid;
  // A quick exit (a second Ctrl-C) skips the clean-up: still take the server down with us.
  const onExit = () => pgid !== undefined && signalGroup(pgid, "SIGTERM");
  process.once("exit", onExit);

  let stopping = false;
  const exited = new Promise<never>((_, reject) => {
    child.once("exit", (code, signal) => {
      if (!stopping)
        reject(new Error(`the server exited unexpectedly (${signal ?? `exit ${code}`}); see ${opts.logFile}`));
    });
    child.once("error", (error) => reject(error));
  });
  exited.catch(() => {}); // observed by whoever races it

  return {
    url: `http://127.0.0.1:${opts.port}`,
    exited,
    async stop() {
      stopping = true;
      process.off("exit", onExit);
      if (pgid !== undefined && groupAlive(pgid)) {
        signalGroup(pgid, "SIGTERM");
        if (!(await until(() => !groupAlive(pgid), 10_000))) {
          signalGroup(pgid, "SIGKILL");
          await until(() => !groupAlive(pgid), 5_000);
        }
      }
      await new Promise<void>((resolve) => log.end(() => resolve()));
      if (pgid !== undefined && groupAlive(pgid))
        throw new Error(`server processes (group ${pgid}) are still running after SIGKILL`);
      if (await until(async () => !(await listening(opts.port)), 5_000)) return;
      throw new Error(`something still listens on port ${opts.port} after the server stopped`);
    },
  };
}

export async function waitUntilUp(server: Server, pathname: string, ms: number): Promise<void> {
  await Promise.race([waitForAnswer(server.url + pathname, { ms, everyMs: 300 }), server.exited]);
}
