import { z } from "zod";
import { isThaiPhoneList } from "@/lib/settings/schema";

// The office page and executive forms, shared by the forms and the server actions.

export const BODY_MAX = 100_000;

export const officePageFormSchema = z.object({
  title: z.string().trim().min(1, "กรุณากรอกชื่อหน้า").max(200, "ชื่อหน้ายาวได้ไม่เกิน 200 ตัวอักษร"),
  body: z.string().max(BODY_MAX, `เนื้อหายาวเกินไป (ได้ไม่เกิน ${BODY_MAX.toLocaleString("th-TH")} ตัวอักษร)`),
});

export type OfficePageInput = z.output<typeof officePageFormSchema>;

const PHONE_HINT = "เช่น 053 150 100 หรือ 081 234 5678 ต่อ 12";

export const executiveFormSchema = z.object({
  name: z.string().trim().min(1, "กรุณากรอกชื่อ-นามสกุล").max(200, "ชื่อยาวได้ไม่เกิน 200 ตัวอักษร"),
  position: z.string().trim().min(1, "กรุณากรอกตำแหน่ง").max(300, "ตำแหน่งยาวได้ไม่เกิน 300 ตัวอักษร"),
  phone: z
    .string()
    .trim()
    .max(100, "หมายเลขโทรศัพท์ยาวได้ไม่เกิน 100 ตัวอักษร")
    .refine((v) => v === "" || isThaiPhoneList(v), `รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง ${PHONE_HINT}`),
  email: z
    .string()
    .trim()
    .max(200, "อีเมลยาวได้ไม่เกิน 200 ตัวอักษร")
    .refine((v) => v === "" || z.email().safeParse(v).success, "รูปแบบอีเมลไม่ถูกต้อง เช่น director@example.go.th"),
  photoId: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,9}$/.test(v), "รูปภาพไม่ถูกต้อง โปรดเลือกใหม่")
    .transform((v) => (v === "" ? null : Number(v))),
});

export type ExecutiveInput = z.output<typeof executiveFormSchema>;

export const EXECUTIVE_FIELDS = Object.keys(executiveFormSchema.shape) as (keyof ExecutiveInput)[];
