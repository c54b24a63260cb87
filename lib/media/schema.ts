import { z } from "zod";

// The text fields of the upload form (the file itself is checked by content in sniff.ts).

export const uploadUseSchema = z.enum(["attachment", "image"], { error: "ไม่ทราบว่าจะใช้ไฟล์นี้เป็นเอกสารแนบหรือรูปภาพ" });

export const uploadFormSchema = z.object({ use: uploadUseSchema });

/** A replacement may leave `use` out: it then follows what the file already is. */
export const replaceFormSchema = z.object({ use: uploadUseSchema.optional() });
