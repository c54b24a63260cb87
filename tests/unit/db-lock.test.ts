import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDirLock, judgeLock, lockedMessage, parseLockOwner, type ProcessProbe } from "@/lib/db/lock";

const probe = (alive: boolean, startTime?: number): ProcessProbe => ({
  alive: () => alive,
  startTime: () => startTime,
});
const owner = { pid: 4242, hostname: "office-pc", startedAt: 1_700_000_000_000 };

describe("judgeLock", () => {
  it("is busy while the owner runs", () => {
    expect(judgeLock(owner, "office-pc", probe(true, owner.startedAt + 800))).toBe("busy");
    expect(judgeLock(owner, "office-pc", probe(true, undefined))).toBe("busy");
  });
  it("is stale when the owner is gone", () => {
    expect(judgeLock(owner, "office-pc", probe(false))).toBe("stale");
  });
  it("is stale when another process reused the pid (e.g. pid 1 after a container restart)", () => {
    expect(judgeLock(owner, "office-pc", probe(true, owner.startedAt + 3_600_000))).toBe("stale");
  });
  it("cannot judge a lock from another host", () => {
    expect(judgeLock(owner, "other-pc", probe(false))).toBe("other-host");
  });
});

describe("parseLockOwner", () => {
  it("reads what the lock file holds and rejects garbage", () => {
    expect(parseLockOwner(JSON.stringify(owner))).toEqual(owner);
    expect(parseLockOwner("")).toBeUndefined();
    expect(parseLockOwner('{"pid":"x"}')).toBeUndefined();
  });
});

describe("lockedMessage", () => {
  it("names the folder and the process in Thai and English", () => {
    const text = lockedMessage("/srv/data/pgdata", owner, "/srv/data/pgdata.lock", false);
    expect(text).toContain("ฐานข้อมูลในโฟลเดอร์ /srv/data/pgdata กำลังถูกใช้งานโดยโปรเซสอื่น (PID 4242)");
    expect(text).toContain("is in use by process 4242");
    expect(text).toContain("DATA_DIR");
  });
});

describe("acquireDirLock", () => {
  const dir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ect-lock-unit-")), "pgdata");

  it("refuses a live owner, takes over a dead one and releases only its own lock", () => {
    const d = dir();
    fs.writeFileSync(`${d}.lock`, JSON.stringify({ ...owner, hostname: os.hostname() }));
    expect(() => acquireDirLock(d, probe(true))).toThrow(/in use by process 4242/);

    const lock = acquireDirLock(d, probe(false));
    expect(parseLockOwner(fs.readFileSync(lock.path, "utf8"))?.pid).toBe(process.pid);
    expect(() => acquireDirLock(d, probe(false))).toThrow(/already open in this process/);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  it("waits out an empty lock file being written, then treats it as a writer that died", () => {
    const d = dir();
    fs.writeFileSync(`${d}.lock`, "");
    expect(() => acquireDirLock(d, probe(true))).toThrow(/right now; try again/);
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(`${d}.lock`, past, past);
    const lock = acquireDirLock(d, probe(true));
    lock.release();
  });
});
