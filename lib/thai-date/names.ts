export const THAI_MONTHS: readonly string[] = Object.freeze([
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
]);

export const THAI_MONTHS_SHORT: readonly string[] = Object.freeze([
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
]);

export const THAI_WEEKDAYS: readonly string[] = Object.freeze([
  "วันอาทิตย์",
  "วันจันทร์",
  "วันอังคาร",
  "วันพุธ",
  "วันพฤหัสบดี",
  "วันศุกร์",
  "วันเสาร์",
]);

// Thai calendars print the heads with dots; ICU's narrow forms have none.
export const CALENDAR_WEEKDAY_HEADS: readonly string[] = Object.freeze(["อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."]);

export const CALENDAR_WEEKDAY_NAMES: readonly string[] = Object.freeze([
  "อาทิตย์",
  "จันทร์",
  "อังคาร",
  "พุธ",
  "พฤหัสบดี",
  "ศุกร์",
  "เสาร์",
]);

/** Name lookup that fails loudly instead of printing "undefined". */
export function nameAt(list: readonly string[], index: number): string {
  const name = list[index];
  if (name === undefined) throw new RangeError(`No name at index ${index}`);
  return name;
}

const BE_OFFSET = 543;

export function toBE(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

export function toCE(beYear: number): number {
  return beYear - BE_OFFSET;
}

const THAI_ZERO = "๐".charCodeAt(0);

export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(THAI_ZERO + c.charCodeAt(0) - 48));
}
