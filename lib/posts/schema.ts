import { z } from "zod";
import { SECTIONS } from "./sections";
import { isValidSlug } from "./url";

// The post form, shared by the editor and the server actions. One schema for a post's editable
// content; create and update are derived from it. Plain-text fields (title, summary, tags, notes,
// reasons, the English title and summary) are stored as typed and escaped by React when shown; the
// bodies (Thai and English) are HTML and are sanitised by the action (lib/posts/sanitize.ts) after
// this schema accepts them. Everything arrives as
// FormData strings.

export const SECTION_KEYS = SECTIONS.map((s) => s.key) as [
  (typeof SECTIONS)[number]["key"],
  ...(typeof SECTIONS)[number]["key"][],
];

export const LIMITS = {
  title: 300,
  summary: 1000,
  body: 300_000,
  tag: 50,
  tags: 20,
  note: 1000,
  changeNote: 500,
  files: 50,
} as const;

const tooLong = (label: string, max: number) => `${label}ยาวได้ไม่เกิน ${max.toLocaleString("th-TH")} ตัวอักษร`;
const text = (label: string, max: number) =>
  z
    .string()
    .default("")
    .transform((s) => s.trim())
    .pipe(z.string().max(max, tooLong(label, max)));
/** An optional plain-text field: trimmed, "" → null. */
const optionalText = (label: string, max: number) => text(label, max).transform((s) => (s === "" ? null : s));

/** "ก, ข,ข , ค" → ["ก", "ข", "ค"]: trimmed, blanks dropped, duplicates kept once, order kept. */
export function parseTags(raw: string): string[] {
  const seen = new Set<string>();
  for (const part of raw.split(/[,\n]/)) {
    const tag = part.trim().replace(/\s+/g, " ");
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** A JSON array of positive integer ids, or undefined when it is not one. */
function parseIdList(raw: string): number[] | undefined {
  if (raw.trim() === "") return [];
  try {
    const v: unknown = JSON.parse(raw);
    if (Array.isArray(v) && v.every((n) => Number.isSafeInteger(n) && (n as number) > 0))
      return [...new Set(v as number[])];
  } catch {
    // not JSON: refused below
  }
  return undefined;
}

const idList = (label: string) =>
  z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const ids = parseIdList(raw);
      if (!ids) {
        ctx.addIssue({ code: "custom", message: `รายการ${label}ไม่ถูกต้อง โปรดเลือกใหม่` });
        return z.NEVER;
      }
      if (ids.length > LIMITS.files) {
        ctx.addIssue({ code: "custom", message: `${label}มีได้ไม่เกิน ${LIMITS.files} รายการ` });
        return z.NEVER;
      }
      return ids;
    });

/** An optional positive id field: "" → null. */
export const optionalId = (message: string) =>
  z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const s = raw.trim();
      if (s === "") return null;
      if (!/^[1-9]\d{0,9}$/.test(s) || Number(s) > 2_147_483_647) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return Number(s);
    });

/** The editable content of a post. */
export const postSchema = z.object({
  title: text("หัวข้อ", LIMITS.title).pipe(z.string().min(1, "กรุณากรอกหัวข้อ")),
  section: z.enum(SECTION_KEYS, { error: "กรุณาเลือกหมวดจากรายการ" }),
  slug: z
    .string()
    .default("")
    .transform((s) => s.trim().toLowerCase())
    .refine(
      (s) => s === "" || isValidSlug(s),
      "ใช้ได้เฉพาะ a-z 0-9 และขีดกลาง (-) ไม่เกิน 120 ตัวอักษร เช่น mou-2565 หรือเว้นว่าง",
    )
    .transform((s) => (s === "" ? null : s)),
  summary: text("สรุปย่อ", LIMITS.summary),
  body: z.string().default("").pipe(z.string().max(LIMITS.body, "เนื้อหายาวเกินไป โปรดแบ่งเป็นหลายเรื่องหรือแนบเป็นไฟล์")),
  tags: z
    .string()
    .default("")
    .transform(parseTags)
    .pipe(
      z
        .array(z.string().max(LIMITS.tag, `แต่ละแท็กยาวได้ไม่เกิน ${LIMITS.tag} ตัวอักษร`))
        .max(LIMITS.tags, `ใส่แท็กได้ไม่เกิน ${LIMITS.tags} แท็ก`),
    ),
  coverId: optionalId("ภาพปกไม่ถูกต้อง โปรดเลือกใหม่"),
  galleryIds: idList("ภาพกิจกรรม"),
  attachmentIds: idList("เอกสารแนบ"),
  videoId: optionalId("วิดีโอไม่ถูกต้อง โปรดเลือกใหม่"),
  videoPosterId: optionalId("ภาพตัวอย่างวิดีโอไม่ถูกต้อง โปรดเลือกใหม่"),
  videoCaptionsId: optionalId("คำบรรยายวิดีโอไม่ถูกต้อง โปรดเลือกใหม่"),
  // The staff-written English translation of the same post; each part optional ("" → null). The
  // English body is HTML like the Thai one and goes through the same sanitiser in the action.
  titleEn: optionalText("ชื่อเรื่องภาษาอังกฤษ", LIMITS.title),
  summaryEn: optionalText("สรุปภาษาอังกฤษ", LIMITS.summary),
  bodyEn: z
    .string()
    .default("")
    .pipe(z.string().max(LIMITS.body, "เนื้อหาภาษาอังกฤษยาวเกินไป โปรดแบ่งเป็นหลายเรื่องหรือแนบเป็นไฟล์"))
    .transform((s) => (s.trim() === "" ? null : s)),
});

export type PostInput = z.output<typeof postSchema>;

/** An English summary or body is shown under an English title: without one it has no heading. */
function englishNeedsTitle(
  v: { titleEn: string | null; summaryEn: string | null; bodyEn: string | null },
  ctx: z.RefinementCtx,
): void {
  if (v.titleEn === null && (v.summaryEn !== null || v.bodyEn !== null)) {
    ctx.addIssue({
      code: "custom",
      path: ["titleEn"],
      message: "ใส่ชื่อเรื่องภาษาอังกฤษก่อน หรือลบสรุปและเนื้อหาภาษาอังกฤษออก",
    });
  }
}

/** A new post: content only (it starts as a draft). */
export const createPostSchema = postSchema.superRefine(englishNeedsTitle);

const changeFields = {
  changeType: z
    .string()
    .default("minor")
    .transform((s) => s || "minor")
    .pipe(z.enum(["minor", "major"], { error: "โปรดเลือกว่าเป็นการแก้ไขเล็กน้อยหรือแก้ไขสำคัญ" })),
  changeNote: text("บันทึกการแก้ไข", LIMITS.changeNote),
  // A major change may also be e-mailed to the post's subscribers (lib/alerts).
  notifySubscribers: z
    .string()
    .optional()
    .transform((v) => v === "on"),
};

function majorNeedsNote(v: { changeType: "minor" | "major"; changeNote: string }, ctx: z.RefinementCtx): void {
  if (v.changeType === "major" && v.changeNote === "") {
    ctx.addIssue({ code: "custom", path: ["changeNote"], message: "การแก้ไขสำคัญต้องมีบันทึกการแก้ไขที่ผู้อ่านจะเห็น" });
  }
}

/** Saving an existing post: content plus, for a live post, whether the change is minor or major. */
export const updatePostSchema = postSchema.extend(changeFields).superRefine((v, ctx) => {
  englishNeedsTitle(v, ctx);
  majorNeedsNote(v, ctx);
});

export type PostUpdateInput = z.output<typeof updatePostSchema>;

/** Publishing a live post's pending draft may also be a major change with a public note. */
export const publishSchema = z.object(changeFields).superRefine(majorNeedsNote);

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-05T09:30" → its parts (range-checked later against the calendar), or null. */
export function parseWallTime(
  s: string,
): { year: number; month: number; day: number; hour: number; minute: number } | null {
  const m = WALL_TIME.exec(s.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

export const scheduleSchema = z.object({
  scheduledAt: z
    .string()
    .default("")
    .refine((s) => s.trim() !== "", "กรุณาเลือกวันและเวลาเผยแพร่")
    .refine((s) => s.trim() === "" || parseWallTime(s) !== null, "วันและเวลาไม่ถูกต้อง"),
});

export const returnSchema = z.object({
  note: text("หมายเหตุ", LIMITS.note).pipe(z.string().min(1, "กรุณาบอกผู้เขียนว่าควรแก้ไขอะไร")),
});

export const withdrawSchema = z.object({
  reason: text("เหตุผล", LIMITS.note).pipe(z.string().min(1, "กรุณาระบุเหตุผลที่ถอนการเผยแพร่ ผู้อ่านจะเห็นข้อความนี้")),
  redirectToId: optionalId("หมายเลขเรื่องไม่ถูกต้อง ใส่เฉพาะตัวเลข เช่น 123"),
});
