// Every date string on the site. Output is identical to Intl th-TH with timeZone Asia/Bangkok
// (the tests hold us to that), but built from our own parts: no formatter objects, and the
// official forms ("09.30 น.", "เวลา …") that Intl has no pattern for.

import { nameAt, THAI_MONTHS, THAI_MONTHS_SHORT, THAI_WEEKDAYS, toBE, toThaiDigits } from "./names";
import { instantMs, offsetMsAt, toBangkokParts, UTC_PLUS_7_MS } from "./parts";
import type { BangkokParts, DigitStyle, YearMonth } from "./types";

interface DigitOptions {
  digits?: DigitStyle;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** ISO 8601 year: four digits, or signed six beyond 0000-9999 (as Date#toISOString does). */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, "0");
  return (year < 0 ? "-" : "+") + String(Math.abs(year)).padStart(6, "0");
}

function withDigits(s: string, opts: DigitOptions | undefined): string {
  return opts?.digits === "thai" ? toThaiDigits(s) : s;
}

function datePart(p: BangkokParts, style: "medium" | "long" | "full"): string {
  const be = toBE(p.year);
  if (style === "medium") return `${p.day} ${nameAt(THAI_MONTHS_SHORT, p.month - 1)} ${be}`;
  const long = `${p.day} ${nameAt(THAI_MONTHS, p.month - 1)}`;
  if (style === "long") return `${long} ${be}`;
  return `${nameAt(THAI_WEEKDAYS, p.weekday)}ที่ ${long} พ.ศ. ${be}`;
}

/** medium "28 เม.ย. 2565", long "28 เมษายน 2565", full "วันพฤหัสบดีที่ 28 เมษายน พ.ศ. 2565". */
export function formatThaiDate(d: Date, style: "medium" | "long" | "full" = "medium", opts?: DigitOptions): string {
  return withDigits(datePart(toBangkokParts(d), style), opts);
}

/**
 * "09.30 น." — the one form of a clock time people read on the site, public and staff: 24-hour,
 * two digits, a dot and «น.», as in government letters (Intl has no such pattern; its timeStyle
 * short, "09:30", is the oracle for the digits). Machine formats (ISO, ICS, feeds) never use it.
 */
export function formatThaiClock(hour: number, minute: number, opts?: DigitOptions): string {
  return withDigits(`${pad2(hour)}.${pad2(minute)} น.`, opts);
}

/** "09.30 น." in Bangkok time. */
export function formatThaiTime(d: Date, opts?: DigitOptions): string {
  const p = toBangkokParts(d);
  return formatThaiClock(p.hour, p.minute, opts);
}

/** "09.30–11.00 น.": two times of one day share one «น.». */
export function formatThaiTimeRange(from: Date, to: Date, opts?: DigitOptions): string {
  const a = toBangkokParts(from);
  return `${withDigits(`${pad2(a.hour)}.${pad2(a.minute)}`, opts)}–${formatThaiTime(to, opts)}`;
}

/** "28 เม.ย. 2565 เวลา 09.30 น." */
export function formatThaiDateTime(d: Date, style: "medium" | "long" | "full" = "medium", opts?: DigitOptions): string {
  const p = toBangkokParts(d);
  return `${withDigits(datePart(p, style), opts)} เวลา ${formatThaiClock(p.hour, p.minute, opts)}`;
}

/** "มิถุนายน 2565"; short: "มิ.ย. 2565". */
export function formatMonthYear(ym: YearMonth, opts?: DigitOptions & { short?: boolean }): string {
  const names = opts?.short ? THAI_MONTHS_SHORT : THAI_MONTHS;
  return withDigits(`${nameAt(names, ym.month - 1)} ${toBE(ym.year)}`, opts);
}

/**
 * "2022-04-28T09:30:00+07:00" for <time dateTime>. Before April 1920 Bangkok's offset was
 * +06:42:04, which HTML and Date.parse cannot read, and ISO dates are proleptic Gregorian
 * while our parts follow ICU's Julian years before 1582 — so early instants are given in UTC.
 */
export function toBangkokIso(d: Date): string {
  const ms = instantMs(d);
  if (offsetMsAt(ms) !== UTC_PLUS_7_MS) return d.toISOString().replace(/\.\d{3}Z$/, "Z");
  const p = toBangkokParts(d);
  const date = `${isoYear(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
  return `${date}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}+07:00`;
}
