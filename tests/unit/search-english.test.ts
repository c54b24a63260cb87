import { describe, expect, it } from "vitest";
import { hasEnglish, languageAlternates } from "@/lib/i18n/paths";
import { th } from "@/lib/i18n/messages/th";
import { PROCUREMENT_KINDS } from "@/lib/procurement/kinds";
import { parseEnglishDay, parseSearchParams, searchHref } from "@/lib/search/params";

// The English search page's address: Common Era days (a Buddhist-era year understood too),
// English messages, English addresses.

describe("English search dates", () => {
  it("reads Common Era days, d/m/yyyy with / . or -", () => {
    expect(parseEnglishDay("31/12/2026")).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseEnglishDay("1/6/2023")).toEqual({ year: 2023, month: 6, day: 1 });
    expect(parseEnglishDay(" 01.06.2023 ")).toEqual({ year: 2023, month: 6, day: 1 });
    expect(parseEnglishDay("29/02/2024")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("reads a Buddhist-era year as such", () => {
    expect(parseEnglishDay("31/12/2569")).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseEnglishDay("01/06/2566")).toEqual({ year: 2023, month: 6, day: 1 });
  });

  it("rejects days that do not exist and years out of range", () => {
    for (const bad of [
      "29/02/2023",
      "31/04/2023",
      "1/13/2023",
      "0/1/2023",
      "2023-06-01",
      "01/06/23",
      "01/06/1500",
      "01/06/3000",
      "abc",
      "",
    ])
      expect(parseEnglishDay(bad), bad).toBeNull();
  });

  it("turns days into Bangkok day bounds, whichever era was typed", () => {
    const ce = parseSearchParams({ q: "election", from: "01/06/2023", to: "01/06/2023" }, "en");
    expect(ce.errors).toEqual({});
    expect(ce.range.start!.toISOString()).toBe("2023-05-31T17:00:00.000Z");
    expect(ce.range.end!.toISOString()).toBe("2023-06-01T17:00:00.000Z");
    const be = parseSearchParams({ q: "election", from: "01/06/2566", to: "01/06/2566" }, "en");
    expect(be.range).toEqual(ce.range);
    // The Thai page keeps Buddhist-era years only.
    expect(parseSearchParams({ from: "01/06/2023" }).errors.from).toContain("ปีพุทธศักราช");
  });
});

describe("the English search address", () => {
  it("explains every problem in English", () => {
    const p = parseSearchParams({ q: "a".repeat(200), section: "nope", from: "31/02/2026", to: "x", page: "0" }, "en");
    expect(p.errors).toEqual({
      q: "The search words are too long: at most 100 characters.",
      section: "The section chosen does not exist: please choose one from the list.",
      from: "The start date is not a valid date. Type it as dd/mm/yyyy, e.g. 01/06/2023.",
      to: "The end date is not a valid date. Type it as dd/mm/yyyy, e.g. 01/06/2023.",
      page: "The page number is not valid.",
    });
    expect(parseSearchParams({ from: "02/06/2023", to: "01/06/2023" }, "en").errors.to).toBe(
      "The end date must not be before the start date.",
    );
  });

  it("writes English addresses back and is an English page with both languages named", () => {
    expect(searchHref({ q: "smart vote", section: "", from: "01/06/2023", to: "" }, 2, "en")).toBe(
      "/en/search?q=smart+vote&from=01%2F06%2F2023&page=2",
    );
    expect(searchHref({ q: "", section: "", from: "", to: "" }, 1, "en")).toBe("/en/search");
    expect(hasEnglish("/search")).toBe(true);
    expect(languageAlternates("en", "/search")).toEqual({
      canonical: "/en/search",
      languages: { th: "/search", en: "/en/search", "x-default": "/search" },
    });
  });

  it("names the procurement kinds in Thai as the procurement pages do", () => {
    for (const k of PROCUREMENT_KINDS) expect(th.searchPage.kinds[k.key]).toBe(k.label);
  });
});
