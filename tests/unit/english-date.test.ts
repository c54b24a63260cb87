// The English pages' dates against Intl en-GB in Asia/Bangkok, for every day of two years and
// the instants either side of Bangkok midnight, whatever zone the test process runs in.
import { describe, expect, it } from "vitest";
import { formatEnglishDate, formatEnglishDateTime, formatEnglishMonthYear, formatEnglishTime } from "@/lib/thai-date";

const medium = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Asia/Bangkok" });
const long = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Asia/Bangkok" });
const full = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "Asia/Bangkok" });
const fullTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "Asia/Bangkok" });
const time = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "Asia/Bangkok" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "Asia/Bangkok" });
const mediumTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Bangkok",
});
const longTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Bangkok" });
const DAY_MS = 86_400_000;

describe("formatEnglishDate", () => {
  it("matches Intl en-GB (medium and long, with and without the time) for every day of 2026 and 2027, at noon and around midnight", () => {
    for (let ms = Date.UTC(2026, 0, 1, 5); ms < Date.UTC(2028, 0, 1); ms += DAY_MS) {
      // 12:00, 23:59 and 00:00 Bangkok (UTC+7) of the same day and the next.
      for (const at of [ms, ms + 11 * 3_600_000 + 59 * 60_000, ms + 12 * 3_600_000]) {
        const d = new Date(at);
        expect(formatEnglishDate(d)).toBe(medium.format(d));
        expect(formatEnglishDate(d, "long")).toBe(long.format(d));
        expect(formatEnglishDateTime(d)).toBe(mediumTime.format(d));
        expect(formatEnglishDateTime(d, "long")).toBe(longTime.format(d));
        expect(formatEnglishDate(d, "full")).toBe(full.format(d));
        expect(formatEnglishDateTime(d, "full")).toBe(fullTime.format(d));
        expect(formatEnglishTime(d)).toBe(time.format(d));
      }
    }
  });

  it("names every month of the calendar as Intl does, with its Common Era year", () => {
    for (let year = 2020; year <= 2030; year++)
      for (let month = 1; month <= 12; month++)
        expect(formatEnglishMonthYear({ year, month })).toBe(monthYear.format(Date.UTC(year, month - 1, 15)));
  });

  it("writes the Common Era year, not the Buddhist one", () => {
    expect(formatEnglishDate(new Date("2026-12-06T17:00:00Z"), "long")).toBe("7 December 2026");
  });
});
