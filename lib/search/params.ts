import type { Section } from "@/lib/generated/prisma/enums";
import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { sectionBySlug } from "@/lib/posts/sections";
import { dayBounds, dayKeyOf, toBE, toCE, type DayKey } from "@/lib/thai-date";
import { MAX_QUERY_LENGTH } from "./tsquery";

// The search page's address: ?q=…&section=<slug>&from=วว/ดด/ปปปป&to=…&page=N. Dates are days in
// Bangkok, Buddhist-era on the Thai page, Common Era on the English one (which also understands a
// Buddhist-era year: the two ranges do not overlap). What a reader typed comes back as it was (to
// refill the form) with a message per problem in the page's language; nothing here throws.

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
const MIN_CE = toCE(MIN_BE);
const MAX_CE = toCE(MAX_BE);

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

/** "1/6/2566" or "๐๑/๐๖/๒๕๖๖" → the Bangkok day 1 June 2023; anything else → null. */
export function parseThaiDay(raw: string): DayKey | null {
  const d = splitDay(raw);
  if (!d || d.year < MIN_BE || d.year > MAX_BE) return null;
  return existingDay({ ...d, year: toCE(d.year) });
}

/**
 * The English page's days: "1/6/2023" → 1 June 2023; a Buddhist-era year ("1/6/2566") is read as
 * such, since no Common Era year the site deals with is that large. Anything else → null.
 */
export function parseEnglishDay(raw: string): DayKey | null {
  const d = splitDay(raw);
  if (!d) return null;
  if (d.year >= MIN_BE && d.year <= MAX_BE) return existingDay({ ...d, year: toCE(d.year) });
  if (d.year < MIN_CE || d.year > MAX_CE) return null;
  return existingDay(d);
}

/** Day, month and year as typed (Thai digits read as Arabic ones), or null when not d/m/yyyy. */
function splitDay(raw: string): DayKey | null {
  const digits = raw.trim().replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  const m = DATE.exec(digits);
  return m ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : null;
}

function existingDay(key: DayKey): DayKey | null {
  if (key.month < 1 || key.month > 12 || key.day < 1) return null;
  // 31/02 rolls over into March: such a day does not exist.
  const back = dayKeyOf(dayBounds(key).start);
  return back.year === key.year && back.month === key.month && back.day === key.day ? key : null;
}

/** The form's own spelling of a day: "01/06/2566". */
export function formatThaiDay(k: DayKey): string {
  return `${String(k.day).padStart(2, "0")}/${String(k.month).padStart(2, "0")}/${toBE(k.year)}`;
}

export function parseSearchParams(raw: RawParams, lang: SiteLang = "th"): SearchParams {
  const t = translator(lang);
  const errors: SearchParams["errors"] = {};
  const q = first(raw.q).replace(/\s+/g, " ").trim();
  if (q.length > MAX_QUERY_LENGTH) errors.q = t("searchPage.errors.tooLong", { max: MAX_QUERY_LENGTH });

  const section = first(raw.section).trim();
  const info = section ? sectionBySlug(section) : undefined;
  if (section && !info) errors.section = t("searchPage.errors.section");

  const parseDay = lang === "th" ? parseThaiDay : parseEnglishDay;
  const from = first(raw.from).trim();
  const to = first(raw.to).trim();
  const fromDay = from ? parseDay(from) : null;
  const toDay = to ? parseDay(to) : null;
  if (from && !fromDay) errors.from = t("searchPage.errors.from");
  if (to && !toDay) errors.to = t("searchPage.errors.to");
  const range = {
    start: fromDay ? dayBounds(fromDay).start : undefined,
    end: toDay ? dayBounds(toDay).end : undefined,
  };
  if (range.start && range.end && range.start >= range.end) errors.to = t("searchPage.errors.order");

  const pageRaw = first(raw.page).trim();
  const page = pageRaw === "" ? 1 : /^[1-9]\d{0,4}$/.test(pageRaw) ? Number(pageRaw) : NaN;
  if (!Number.isInteger(page)) errors.page = t("searchPage.errors.page");

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

/** The address of a search in `lang`, for pagination and links ("" values left out). */
export function searchHref(
  p: Pick<SearchParams, "q" | "section" | "from" | "to">,
  page = 1,
  lang: SiteLang = "th",
): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set("q", p.q);
  if (p.section) qs.set("section", p.section);
  if (p.from) qs.set("from", p.from);
  if (p.to) qs.set("to", p.to);
  if (page > 1) qs.set("page", String(page));
  const s = qs.toString();
  const path = localePath(lang, "/search");
  return s ? `${path}?${s}` : path;
}
