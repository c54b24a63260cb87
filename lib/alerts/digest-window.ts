// The daily digest goes out at 08.00 Bangkok time (01.00 UTC; Thailand keeps no daylight saving)
// and holds what was first published in the 24 hours before.

const DAY_MS = 24 * 3600_000;
const SEND_HOUR_UTC = 1;

/**
 * The digest of `when`: an instant (the cron's timestamp: the digest due at or before it) or a
 * day "YYYY-MM-DD" (Bangkok). Its key day, and the window [start, end) of first publications.
 */
export function digestWindow(when: string): { day: string; start: Date; end: Date } {
  let end: number;
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) {
    const [y, m, d] = when.split("-").map(Number) as [number, number, number];
    end = Date.UTC(y, m - 1, d, SEND_HOUR_UTC);
  } else {
    const t = new Date(when).getTime();
    if (Number.isNaN(t)) throw new Error(`Not a time: ${when}`);
    const today = Math.floor(t / DAY_MS) * DAY_MS + SEND_HOUR_UTC * 3600_000;
    end = today <= t ? today : today - DAY_MS;
  }
  return { day: new Date(end).toISOString().slice(0, 10), start: new Date(end - DAY_MS), end: new Date(end) };
}
