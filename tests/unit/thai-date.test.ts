// lib/thai-date against ICU (Intl) as the oracle. Run under several TZ values: nothing here may
// depend on the process time zone.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BANGKOK_TZ,
  buildMonthGrid,
  CALENDAR_WEEKDAY_HEADS,
  CALENDAR_WEEKDAY_NAMES,
  THAI_MONTHS,
  THAI_MONTHS_SHORT,
  THAI_WEEKDAYS,
  dayKeyString,
  eventDayKeys,
  fiscalYearBE,
  formatMonthYear,
  formatThaiDate,
  formatThaiClock,
  formatThaiDateTime,
  formatThaiTime,
  formatThaiTimeRange,
  fromBangkok,
  monthBounds,
  todayInBangkok,
  toBangkokIso,
  toBangkokParts,
  toBE,
  toCE,
  toThaiDigits,
  type BangkokParts,
} from "@/lib/thai-date";

const intl = (locale: string, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: BANGKOK_TZ, ...opts });

const TH = "th-TH";
const TH_DIGITS = "th-TH-u-nu-thai";
const STYLES = ["medium", "long", "full"] as const;
const dateOracle = Object.fromEntries(
  STYLES.map((s) => [s, { arabic: intl(TH, { dateStyle: s }), thai: intl(TH_DIGITS, { dateStyle: s }) }]),
) as Record<(typeof STYLES)[number], { arabic: Intl.DateTimeFormat; thai: Intl.DateTimeFormat }>;
const timeOracle = { arabic: intl(TH, { timeStyle: "short" }), thai: intl(TH_DIGITS, { timeStyle: "short" }) };
const monthYearOracle = {
  long: intl(TH, { month: "long", year: "numeric" }),
  short: intl(TH, { month: "short", year: "numeric" }),
  thai: intl(TH_DIGITS, { month: "long", year: "numeric" }),
};
// Buddhist calendar (what th-TH uses) with Latin digits, split into fields.
const partsOracle = intl("en-US-u-ca-buddhist-nu-latn", {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  weekday: "short",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function oracleParts(d: Date): BangkokParts {
  const f = Object.fromEntries(partsOracle.formatToParts(d).map((p) => [p.type, p.value]));
  return {
    year: Number(f.year) - 543,
    month: Number(f.month),
    day: Number(f.day),
    hour: Number(f.hour),
    minute: Number(f.minute),
    second: Number(f.second),
    weekday: WEEKDAYS_EN.indexOf(f.weekday ?? ""),
  };
}

// Seeded PRNG (mulberry32) so a failure reproduces.
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20220601);
const between = (lo: number, hi: number) => new Date(Math.floor(lo + rand() * (hi - lo)));

// 2500-2600 BE: the range the site lives in.
const FROM = Date.UTC(1957, 0, 1) - 7 * 3_600_000;
const TO = Date.UTC(2058, 0, 1) - 7 * 3_600_000;
const randomModern = Array.from({ length: 3000 }, () => between(FROM, TO));
// Either side of Bangkok midnight (17:00Z) on random days.
const nearMidnight = Array.from({ length: 400 }, () => {
  const day = Math.floor(between(FROM, TO).getTime() / 86_400_000) * 86_400_000;
  return [new Date(day + 17 * 3_600_000 - 1), new Date(day + 17 * 3_600_000)];
}).flat();
// Where ICU's rules change: mean time before 1920, Julian calendar before 1582, year 0 and
// below, years beyond 9999, and the ends of the Date range.
const historic = [
  ...Array.from({ length: 600 }, () => between(Date.UTC(1000, 0, 1), Date.UTC(1970, 0, 1))),
  ...Array.from({ length: 300 }, () => between(-8.64e15, 8.64e15)),
  ...[
    "1920-03-31T17:17:55Z",
    "1920-03-31T17:17:56Z",
    "1920-03-31T17:00:00Z",
    "1900-01-01T00:00:00Z",
    "1582-10-14T17:17:55Z",
    "1582-10-14T17:17:56Z",
    "1582-10-04T12:00:00Z",
    "1500-02-28T20:00:00Z",
    "0001-01-01T00:00:00Z",
    "0000-02-29T18:00:00Z",
    "-000544-06-01T00:00:00Z",
    "-001001-03-01T00:00:00Z",
    "1969-12-31T16:59:59Z",
    "1969-12-31T17:00:00Z",
    "9999-12-31T17:00:00Z",
    "+010000-06-01T00:00:00Z",
    "-271821-04-20T00:00:00Z",
    "+275760-09-13T00:00:00Z",
  ].map((s) => new Date(s)),
];
const ALL = [...randomModern, ...nearMidnight, ...historic];

describe("toBangkokParts / fromBangkok", () => {
  it("match Intl's Bangkok wall clock for every sample", () => {
    for (const d of ALL) expect(toBangkokParts(d), d.toISOString()).toEqual(oracleParts(d));
  });

  it("00:30 Bangkok on 1 June is 1 June, a Wednesday, even though UTC is still 31 May", () => {
    const d = fromBangkok(2022, 6, 1, 0, 30);
    expect(d.toISOString()).toBe("2022-05-31T17:30:00.000Z");
    expect(toBangkokParts(d)).toEqual({ year: 2022, month: 6, day: 1, hour: 0, minute: 30, second: 0, weekday: 3 });
    expect(formatThaiDate(d, "full")).toBe("วันพุธที่ 1 มิถุนายน พ.ศ. 2565");
  });

  it("fromBangkok inverts toBangkokParts (to the second)", () => {
    for (const d of ALL) {
      const p = toBangkokParts(d);
      const back = fromBangkok(p.year, p.month, p.day, p.hour, p.minute, p.second);
      expect(back.getTime(), d.toISOString()).toBe(d.getTime() - (((d.getTime() % 1000) + 1000) % 1000));
    }
  });

  it("fromBangkok rolls over months and days like Date.UTC", () => {
    expect(fromBangkok(2022, 13, 1).toISOString()).toBe("2022-12-31T17:00:00.000Z");
    expect(fromBangkok(2022, 0, 1).toISOString()).toBe("2021-11-30T17:00:00.000Z");
    expect(fromBangkok(2024, 3, 0).toISOString()).toBe("2024-02-28T17:00:00.000Z");
    expect(fromBangkok(2022, 6, 1, 24).toISOString()).toBe("2022-06-01T17:00:00.000Z");
  });

  it("rejects an invalid Date like Intl does", () => {
    expect(() => toBangkokParts(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatThaiDate(new Date("x"))).toThrow(RangeError);
  });
});

describe("formatters", () => {
  it("formatThaiDate equals Intl th-TH dateStyle, Arabic and Thai digits", () => {
    for (const d of ALL) {
      for (const style of STYLES) {
        expect(formatThaiDate(d, style), `${style} ${d.toISOString()}`).toBe(dateOracle[style].arabic.format(d));
        expect(formatThaiDate(d, style, { digits: "thai" })).toBe(dateOracle[style].thai.format(d));
      }
    }
  });

  it("formatThaiTime is Intl's timeStyle short with a dot for the colon, and «น.»", () => {
    for (const d of ALL) {
      const time = timeOracle.arabic.format(d);
      expect(time, d.toISOString()).toMatch(/^\d{2}:\d{2}$/);
      expect(formatThaiTime(d), d.toISOString()).toBe(`${time.replace(":", ".")} น.`);
      expect(formatThaiTime(d, { digits: "thai" })).toBe(`${timeOracle.thai.format(d).replace(":", ".")} น.`);
      const { hour, minute } = toBangkokParts(d);
      expect(formatThaiClock(hour, minute)).toBe(formatThaiTime(d));
    }
  });

  it("formatThaiDateTime joins Intl's date and the dotted time with เวลา … น.", () => {
    for (const d of randomModern.slice(0, 500)) {
      const time = timeOracle.arabic.format(d).replace(":", ".");
      expect(formatThaiDateTime(d)).toBe(`${dateOracle.medium.arabic.format(d)} เวลา ${time} น.`);
      expect(formatThaiDateTime(d, "full")).toBe(`${dateOracle.full.arabic.format(d)} เวลา ${time} น.`);
      expect(formatThaiDateTime(d, "long", { digits: "thai" })).toBe(
        toThaiDigits(`${dateOracle.long.arabic.format(d)} เวลา ${time} น.`),
      );
    }
  });

  it("formatThaiTimeRange gives two Intl times of one day with one «น.»", () => {
    for (const d of randomModern.slice(0, 200)) {
      const later = new Date(d.getTime() + 95 * 60_000);
      const a = timeOracle.arabic.format(d).replace(":", ".");
      const b = timeOracle.arabic.format(later).replace(":", ".");
      expect(formatThaiTimeRange(d, later)).toBe(`${a}–${b} น.`);
      expect(formatThaiTimeRange(d, later, { digits: "thai" })).toBe(toThaiDigits(`${a}–${b} น.`));
    }
  });

  it("formatMonthYear equals Intl {month, year} for the month of each sample", () => {
    for (const d of ALL) {
      const { year, month } = toBangkokParts(d);
      expect(formatMonthYear({ year, month }), d.toISOString()).toBe(monthYearOracle.long.format(d));
      expect(formatMonthYear({ year, month }, { short: true })).toBe(monthYearOracle.short.format(d));
      expect(formatMonthYear({ year, month }, { digits: "thai" })).toBe(monthYearOracle.thai.format(d));
    }
  });

  it("gives the documented examples", () => {
    const d = fromBangkok(2022, 4, 28, 9, 30);
    expect(formatThaiDate(d)).toBe("28 เม.ย. 2565");
    expect(formatThaiDate(d, "long")).toBe("28 เมษายน 2565");
    expect(formatThaiDate(d, "full")).toBe("วันพฤหัสบดีที่ 28 เมษายน พ.ศ. 2565");
    expect(formatThaiDate(d, "long", { digits: "thai" })).toBe("๒๘ เมษายน ๒๕๖๕");
    expect(formatThaiTime(d)).toBe("09.30 น.");
    expect(formatThaiTime(fromBangkok(2022, 6, 1, 0, 30))).toBe("00.30 น.");
    expect(formatThaiTime(d, { digits: "thai" })).toBe("๐๙.๓๐ น.");
    expect(formatThaiClock(0, 30)).toBe("00.30 น.");
    expect(formatThaiTimeRange(d, fromBangkok(2022, 4, 28, 11, 0))).toBe("09.30–11.00 น.");
    expect(formatThaiDateTime(d)).toBe("28 เม.ย. 2565 เวลา 09.30 น.");
    expect(formatThaiDateTime(d, "long")).toBe("28 เมษายน 2565 เวลา 09.30 น.");
    expect(formatMonthYear({ year: 2022, month: 6 })).toBe("มิถุนายน 2565");
    expect(formatMonthYear({ year: 2022, month: 6 }, { short: true, digits: "thai" })).toBe("มิ.ย. ๒๕๖๕");
    expect(toBangkokIso(d)).toBe("2022-04-28T09:30:00+07:00");
  });

  it("toBangkokIso names the same second, with +07:00 from 1920 and UTC before", () => {
    for (const d of ALL) {
      const iso = toBangkokIso(d);
      const ms = d.getTime();
      expect(Date.parse(iso), iso).toBe(ms - (((ms % 1000) + 1000) % 1000));
      expect(iso.endsWith(ms < Date.UTC(1920, 2, 31, 17, 17, 56) ? "Z" : "+07:00"), iso).toBe(true);
    }
    expect(toBangkokIso(new Date("1969-12-31T17:00:00.250Z"))).toBe("1970-01-01T00:00:00+07:00");
    expect(toBangkokIso(new Date("1900-01-01T00:00:00.500Z"))).toBe("1900-01-01T00:00:00Z");
  });
});

describe("names and numbers", () => {
  const longMonth = intl(TH, { month: "long" });
  const shortMonth = intl(TH, { month: "short" });
  const weekday = intl(TH, { weekday: "long" });
  const narrowWeekday = intl(TH, { weekday: "narrow" });

  it("month names are ICU's", () => {
    const months = Array.from({ length: 12 }, (_, i) => fromBangkok(2022, i + 1, 15));
    expect(THAI_MONTHS).toEqual(months.map((d) => longMonth.format(d)));
    expect(THAI_MONTHS_SHORT).toEqual(months.map((d) => shortMonth.format(d)));
    expect(THAI_MONTHS[0]).toBe("มกราคม");
    expect(THAI_MONTHS_SHORT[11]).toBe("ธ.ค.");
  });

  it("weekday names start on Sunday; calendar heads are ICU's narrow forms plus a dot", () => {
    const week = Array.from({ length: 7 }, (_, i) => fromBangkok(2022, 5, 29 + i)); // Sun 29 May 2022
    expect(THAI_WEEKDAYS).toEqual(week.map((d) => weekday.format(d)));
    expect(CALENDAR_WEEKDAY_NAMES).toEqual(THAI_WEEKDAYS.map((w) => w.replace(/^วัน/, "")));
    expect(CALENDAR_WEEKDAY_HEADS).toEqual(week.map((d) => `${narrowWeekday.format(d)}.`));
    expect(CALENDAR_WEEKDAY_HEADS.join(" ")).toBe("อา. จ. อ. พ. พฤ. ศ. ส.");
  });

  it("converts eras and digits", () => {
    expect(toBE(2022)).toBe(2565);
    expect(toCE(2565)).toBe(2022);
    expect(toThaiDigits("0123456789")).toBe("๐๑๒๓๔๕๖๗๘๙");
    expect(toThaiDigits("เวลา 09:30 น. (-1)")).toBe("เวลา ๐๙:๓๐ น. (-๑)");
  });
});

describe("independence from the process time zone", () => {
  afterEach(() => vi.restoreAllMocks());

  it("never calls a local-time Date getter", () => {
    const local = [
      "getFullYear",
      "getMonth",
      "getDate",
      "getDay",
      "getHours",
      "getMinutes",
      "getSeconds",
      "getTimezoneOffset",
      "toLocaleString",
      "toLocaleDateString",
      "toLocaleTimeString",
    ] as const;
    for (const name of local) {
      vi.spyOn(Date.prototype, name).mockImplementation(() => {
        throw new Error(`local getter ${name} used`);
      });
    }
    const d = fromBangkok(2022, 6, 1, 0, 30);
    expect(formatThaiDate(d, "full")).toBe("วันพุธที่ 1 มิถุนายน พ.ศ. 2565");
    expect(formatThaiDateTime(d)).toBe("1 มิ.ย. 2565 เวลา 00.30 น.");
    expect(toBangkokIso(d)).toBe("2022-06-01T00:30:00+07:00");
    expect(dayKeyString(todayInBangkok(d))).toBe("2022-06-01");
    expect(monthBounds({ year: 2022, month: 6 }).start.toISOString()).toBe("2022-05-31T17:00:00.000Z");
    expect(buildMonthGrid({ year: 2022, month: 6 }, { year: 2022, month: 6, day: 1 }).weeks[0]?.[3]?.isToday).toBe(
      true,
    );
    expect(eventDayKeys(d, fromBangkok(2022, 6, 2, 1), false)).toEqual(["2022-06-01", "2022-06-02"]);
    expect(fiscalYearBE(d)).toBe(2565);
  });
});
