import { z } from "zod";

// The text fields of the upload form (the file itself is checked by content in sniff.ts).

export const uploadUseSchema = z.enum(["attachment", "image", "video", "captions"], {
  error: "ไม่ทราบว่าจะใช้ไฟล์นี้เป็นเอกสารแนบ รูปภาพ วิดีโอ หรือคำบรรยาย",
});

/**
 * The browser's idempotency key for one chosen file (header Idempotency-Key or field uploadKey):
 * a retry with the same key returns the asset already stored instead of a duplicate.
 */
export const uploadKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,100}$/, { error: "รหัสการอัปโหลดไม่ถูกต้อง โปรดโหลดหน้านี้ใหม่แล้วอัปโหลดอีกครั้ง" });

export const uploadFormSchema = z.object({ use: uploadUseSchema, uploadKey: uploadKeySchema.optional() });

/** A replacement may leave `use` out: it then follows what the file already is. */
export const replaceFormSchema = z.object({ use: uploadUseSchema.optional() });
