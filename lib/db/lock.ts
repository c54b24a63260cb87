import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// PGlite takes no lock of its own: a second process opened the same data folder while the server
// had it open, and the folder was corrupted.
// We guard the folder with a lock file beside it, written with flag "wx" so that creation is atomic.

export type LockOwner = {
  pid: number;
  hostname: string;
  // Process start time (ms since epoch): tells a live owner from an unrelated process that
  // reused its pid, e.g. pid 1 again after a container restart.
  startedAt: number;
};

export type LockVerdict = "busy" | "stale" | "other-host";

export type ProcessProbe = {
  alive(pid: number): boolean;
  // Start time of a running process, or undefined where the OS does not tell us.
  startTime(pid: number): number | undefined;
};

// Start times from /proc have a resolution of a second (btime); allow for that and clock slew.
const START_TIME_TOLERANCE_MS = 5_000;

/** Pure decision: may a lock held by `owner` be taken over by a process on `hostname`? */
export function judgeLock(owner: LockOwner, hostname: string, probe: ProcessProbe): LockVerdict {
  if (owner.hostname !== hostname) return "other-host";
  if (!probe.alive(owner.pid)) return "stale";
  const actual = probe.startTime(owner.pid);
  if (actual !== undefined && Math.abs(actual - owner.startedAt) > START_TIME_TOLERANCE_MS) {
    return "stale";
  }
  return "busy";
}

export function parseLockOwner(text: string): LockOwner | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== "object" || v === null) return undefined;
    const o = v as Record<string, unknown>;
    if (typeof o.pid !== "number" || typeof o.hostname !== "string") return undefined;
    return { pid: o.pid, hostname: o.hostname, startedAt: Number(o.startedAt) || 0 };
  } catch {
    return undefined;
  }
}

export function lockedMessage(dir: string, owner: LockOwner, lockPath: string, otherHost: boolean): string {
  const where = otherHost ? ` on host ${owner.hostname}` : "";
  const th = otherHost ? ` บนเครื่อง ${owner.hostname}` : "";
  return (
    `ฐานข้อมูลในโฟลเดอร์ ${dir} กำลังถูกใช้งานโดยโปรเซสอื่น (PID ${owner.pid}${th}) — หยุดโปรเซสนั้นก่อน ` +
    `หรือกำหนด DATA_DIR เป็นโฟลเดอร์อื่น\n` +
    `The embedded database folder ${dir} is in use by process ${owner.pid}${where}; stop it first ` +
    `or set DATA_DIR to another folder. If you are sure no process uses it, delete ${lockPath}.`
  );
}

export const nodeProbe: ProcessProbe = {
  alive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      // EPERM: the process exists but belongs to another user.
      return (e as NodeJS.ErrnoException).code === "EPERM";
    }
  },
  startTime(pid) {
    if (process.platform !== "linux") return undefined;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      // Field 22 (starttime, clock ticks after boot); the command name (field 2) may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[19]);
      const btime = /^btime (\d+)$/m.exec(fs.readFileSync("/proc/stat", "utf8"))?.[1];
      if (!Number.isFinite(ticks) || btime === undefined) return undefined;
      return Number(btime) * 1000 + (ticks / 100) * 1000; // USER_HZ is 100 on Linux
    } catch {
      return undefined;
    }
  },
};

export type DirLock = { path: string; release(): void };

// Lock files this process holds, so a second open in the same process fails clearly too.
const held = new Set<string>();

function currentOwner(): LockOwner {
  return {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: nodeProbe.startTime(process.pid) ?? Math.round(Date.now() - process.uptime() * 1000),
  };
}

/**
 * Takes `${dir}.lock` for this process or throws a Thai + English error naming the owner.
 * A lock whose process is gone (crash, kill -9, Ctrl-C) is replaced. Released by `release()`
 * and, failing that, when the process exits.
 */
export function acquireDirLock(dir: string, probe: ProcessProbe = nodeProbe): DirLock {
  const lockPath = `${path.resolve(/* turbopackIgnore: true */ dir)}.lock`;
  if (held.has(lockPath)) {
    throw new Error(
      `ฐานข้อมูลในโฟลเดอร์ ${dir} ถูกเปิดอยู่แล้วในโปรเซสนี้\n` +
        `The embedded database folder ${dir} is already open in this process; reuse that client.`,
    );
  }
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const me = currentOwner();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me) + "\n", { flag: "wx" });
      return register(lockPath, me);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const text = readOrEmpty(lockPath);
    const owner = parseLockOwner(text);
    // A file without an owner is a writer between create and write, or one that died there.
    if (!owner && ageMs(lockPath) < 2_000) {
      throw new Error(
        `ฐานข้อมูลในโฟลเดอร์ ${dir} กำลังถูกเปิดโดยโปรเซสอื่น — ลองใหม่อีกครั้ง\n` +
          `Another process is opening the embedded database folder ${dir} right now; try again.`,
      );
    }
    const verdict = owner ? judgeLock(owner, me.hostname, probe) : "stale";
    if (verdict !== "stale" && owner) {
      throw new Error(lockedMessage(dir, owner, lockPath, verdict === "other-host"));
    }
    // Narrow the race with another process taking over the same stale lock: only remove the
    // file if it still holds what we judged stale.
    if (readOrEmpty(lockPath) === text) fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not take the lock ${lockPath}; another process keeps replacing it.`);
}

function ageMs(p: string): number {
  try {
    return Date.now() - fs.statSync(p).mtimeMs;
  } catch {
    return Infinity;
  }
}

function readOrEmpty(p: string): string {
  try {
    return fs.readFileSync(p, "utf8");
  } catch {
    return "";
  }
}

function register(lockPath: string, me: LockOwner): DirLock {
  held.add(lockPath);
  const release = () => {
    if (!held.delete(lockPath)) return;
    process.removeListener("exit", release);
    // Never delete a lock that another process has since taken over.
    if (parseLockOwner(readOrEmpty(lockPath))?.pid === me.pid) fs.rmSync(lockPath, { force: true });
  };
  process.on("exit", release);
  return { path: lockPath, release };
}
