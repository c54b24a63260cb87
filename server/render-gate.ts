import { availableParallelism } from "node:os";

// A few addresses cost real CPU when Next renders them: the link-preview PNGs, the sitemap, the
// feeds and the calendar files. The page cache answers repeats, but a script asking for many
// different ones at once (every post's image) would still queue that many renders on two cores
// and starve every other page. So at most one render per core runs at a time; the rest wait a
// little for a free slot, and beyond that get 503 with Retry-After, which crawlers understand.

const EXPENSIVE = [
  /^\/og\//,
  /^\/sitemap\.xml$/,
  /^\/(news\/[^/]+\/)?(feed|atom)\.xml$/,
  /^\/calendar\.ics$/,
  /^\/events\/[^/]+$/,
];

/** Whether a request path is one of the expensive dynamic routes. */
export function isExpensive(path: string): boolean {
  return EXPENSIVE.some((re) => re.test(path));
}

export type Release = () => void;

type Waiter = { grant: (release: Release | null) => void; timer: ReturnType<typeof setTimeout> };

export class RenderGate {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly limit = Math.max(1, availableParallelism()),
    /** How long a request may wait for a free slot. */
    private readonly maxWaitMs = 5_000,
    /** Requests that may wait at once; more are refused at once. */
    private readonly maxWaiting = 32,
  ) {}

  /** A slot (call the release when done), or null when none came free in time. */
  enter(): Promise<Release | null> {
    if (this.active < this.limit) return Promise.resolve(this.take());
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          resolve(null);
        }, this.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Renders running now. */
  get running(): number {
    return this.active;
  }

  private take(): Release {
    this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.grant(this.take());
      }
    };
  }
}

export const BUSY_MESSAGE = "ขณะนี้มีผู้ใช้งานจำนวนมาก กรุณาลองใหม่อีกครั้งในอีกสักครู่";
export const RETRY_AFTER_SECONDS = 10;
