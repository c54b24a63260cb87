export type DigitStyle = "arabic" | "thai";

/** Wall-clock fields of an instant in Asia/Bangkok. */
export interface BangkokParts {
  /** CE (astronomical: 1 BCE is 0), in ICU's calendar — see calendar.ts. */
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
}

export interface YearMonth {
  /** CE */
  year: number;
  /** 1-12 */
  month: number;
}

/** A Bangkok calendar day. */
export interface DayKey {
  /** CE */
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}
