import { z } from "zod";

// The office settings form, shared by the form and updateSettings. Everything here ends up on
// every public page (header, footer, contact links), so links are http(s) only and numbers must
// look like Thai phone numbers.

const text = (label: string, max: number) => z.string().trim().max(max, `${label}ยาวได้ไม่เกิน ${max} ตัวอักษร`);

/** Digits of one Thai number, after dropping the separators people type ("053-150 100"). */
function digitsOf(n: string): string {
  return n.replace(/[\s\-().]/g, "").replace(/^\+66/, "0");
}

// A landline is 0 + 8 digits (02 123 4567, 053 150 100); a mobile 0 + 9 (081 234 5678).
// An extension may follow ("ต่อ 12"); several numbers are separated by commas.
const ONE_NUMBER = /^0\d{8,9}$/;
const EXTENSION = /\s*(?:ต่อ|ext\.?)\s*\d{1,5}$/i;

export function isThaiPhoneList(value: string): boolean {
  const parts = value.split(/[,،]/).map((p) => p.trim());
  return parts.every((p) => {
    const number = p.replace(EXTENSION, "");
    return /^[+\d\s\-().]+$/.test(number) && ONE_NUMBER.test(digitsOf(number));
  });
}

const PHONE_HINT = "เช่น 053 150 100 หรือ 081 234 5678 (หลายหมายเลขคั่นด้วยจุลภาค)";

const phone = (label: string) =>
  text(label, 100).refine((v) => v === "" || isThaiPhoneList(v), `รูปแบบ${label}ไม่ถูกต้อง ${PHONE_HINT}`);

/** Empty, or an absolute http/https address (never javascript:, data: …). */
export function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

const url = (label: string) =>
  text(label, 500).refine((v) => v === "" || isWebUrl(v), `${label} ต้องเป็นที่อยู่เว็บที่ขึ้นต้นด้วย https:// หรือ http://`);

export const settingsFormSchema = z.object({
  officeName: text("ชื่อสำนักงาน", 200).min(1, "กรุณากรอกชื่อสำนักงาน"),
  officeShortName: text("ชื่อย่อ", 100),
  province: text("ชื่อจังหวัด", 100).min(1, "กรุณากรอกชื่อจังหวัด"),
  address: text("ที่อยู่", 500),
  phone: phone("หมายเลขโทรศัพท์"),
  fax: phone("หมายเลขโทรสาร"),
  // Short codes such as 1444 are hotlines too.
  hotline: text("สายด่วน", 100)
    .min(1, "กรุณากรอกสายด่วน")
    .refine((v) => /^\d{4}$/.test(v) || isThaiPhoneList(v), "สายด่วนต้องเป็นเลข 4 หลัก (เช่น 1444) หรือหมายเลขโทรศัพท์"),
  email: text("อีเมล", 200).refine(
    (v) => v === "" || z.email().safeParse(v).success,
    "รูปแบบอีเมลไม่ถูกต้อง เช่น office@example.go.th",
  ),
  facebookUrl: url("ลิงก์ Facebook"),
  youtubeUrl: url("ลิงก์ YouTube"),
  lineUrl: url("ลิงก์ LINE"),
  mapUrl: url("ลิงก์แผนที่"),
  copyrightStartYear: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "กรุณากรอกปี พ.ศ. เป็นตัวเลข 4 หลัก เช่น 2559")
    .transform(Number)
    .refine((y) => y >= 2500 && y <= 2700, "ปีลิขสิทธิ์ต้องเป็นปี พ.ศ. ระหว่าง 2500 ถึง 2700"),
});

export type SettingsInput = z.output<typeof settingsFormSchema>;

export const SETTINGS_FIELDS = Object.keys(settingsFormSchema.shape) as (keyof SettingsInput)[];
