import type { Section } from "@/lib/generated/prisma/enums";
import { sectionBySlug } from "@/lib/posts/sections";
import { dayBounds, dayKeyOf, toBE, toCE, type DayKey } from "@/lib/thai-date";
import { MAX_QUERY_LENGTH } from "./tsquery";

// The search page's address: ?q=…&section=<slug>&from=วว/ดด/ปปปป&to=…&page=N. Dates are Buddhist-era
// days in Bangkok. What a reader typed comes back as it was (to refill the form) with a Thai
// message per problem; nothing here throws.

export type RawParams = Record<string, string | string[] | undefined>;

export type SearchParams = {
  q: string;
  /** The section's URL slug, "" for all. */
  section: string;
  sectionKey?: Section;
  from: string;
  to: string;
  /** Inclusive start, exclusive end (Bangkok day bounds). */
  range: { start?: Date; end?: Date };
  page: number;
  errors: Partial<Record<"q" | "section" | "from" | "to" | "page", string>>;
};

const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MIN_BE = 2400;
const MAX_BE = 2700;

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

/** "1/6/2566" or "๐๑/๐๖/๒๕๖๖" → the Bangkok day 1 June 2023; anything else → null. */
export function parseThaiDay(raw: string): DayKey | null {
  const digits = raw.trim().replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  const m = DATE.exec(digits);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const be = Number(m[3]);
  if (be < MIN_BE || be > MAX_BE || month < 1 || month > 12 || day < 1) return null;
  const key = { year: toCE(be), month, day };
  // 31/02 rolls over into March: such a day does not exist.
  const back = dayKeyOf(dayBounds(key).start);
  return back.year === key.year && back.month === month && back.day === day ? key : null;
}

/** The form's own spelling of a day: "01/06/2566". */
export function formatThaiDay(k: DayKey): string {
  return `${String(k.day).padStart(2, "0")}/${String(k.month).padStart(2, "0")}/${toBE(k.year)}`;
}

const DATE_HINT = "กรอกเป็น วว/ดด/ปปปป (ปีพุทธศักราช) เช่น 01/06/2566";

export function parseSearchParams(raw: RawParams): SearchParams {
  const errors: SearchParams["errors"] = {};
  const q = first(raw.q).replace(/\s+/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) errors.q = `คำค้นยาวเกินไป ใช้ได้ไม่เกิน ${MAX_QUERY_LENGTH} ตัวอักษร`;

  const section = first(raw.section).trim();
  const info = section ? sectionBySlug(section) : undefined;
  if (section && !info) errors.section = "ไม่พบหมวดข่าวที่เลือก โปรดเลือกจากรายการ";

  const from = first(raw.from).trim();
  const to = first(raw.to).trim();
  const fromDay = from ? parseThaiDay(from) : null;
  const toDay = to ? parseThaiDay(to) : null;
  if (from && !fromDay) errors.from = `วันที่เริ่มต้นไม่ถูกต้อง ${DATE_HINT}`;
  if (to && !toDay) errors.to = `วันที่สิ้นสุดไม่ถูกต้อง ${DATE_HINT}`;
  const range = {
    start: fromDay ? dayBounds(fromDay).start : undefined,
    end: toDay ? dayBounds(toDay).end : undefined,
  };
  if (range.start && range.end && range.start >= range.end) errors.to = "วันที่สิ้นสุดต้องไม่อยู่ก่อนวันที่เริ่มต้น";

  const pageRaw = first(raw.page).trim();
  const page = pageRaw === "" ? 1 : /^[1-9]\d{0,4}$/.test(pageRaw) ? Number(pageRaw) : NaN;
  if (!Number.isInteger(page)) errors.page = "เลขหน้าไม่ถูกต้อง";

  return {
    q,
    section: info ? section : "",
    sectionKey: info?.key,
    from,
    to,
    range,
    page: Number.isInteger(page) ? page : 1,
    errors,
  };
}

/** The address of a search, for pagination and links ("" values left out). */
export function searchHref(p: Pick<SearchParams, "q" | "section" | "from" | "to">, page = 1): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set("q", p.q);
  if (p.section) qs.set("section", p.section);
  if (p.from) qs.set("from", p.from);
  if (p.to) qs.set("to", p.to);
  if (page > 1) qs.set("page", String(page));
  const s = qs.toString();
  return s ? `/search?${s}` : "/search";
}
