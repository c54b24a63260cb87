import { describe, expect, it } from "vitest";
import { buildSearchVector } from "@/lib/search/document";
import { buildSearchText } from "@/lib/search/ngram";
import { normalizeText, stripTones } from "@/lib/search/normalize";
import { parseSearchParams, parseThaiDay, searchHref } from "@/lib/search/params";
import { MAX_QUERY_LENGTH, parseQuery } from "@/lib/search/tsquery";
import { tokenize } from "@/lib/search/segment";
import { highlight } from "@/lib/search/snippet";
import { htmlToText } from "@/lib/search/text";

const marked = (s: { parts: { text: string; hit: boolean }[] }) => s.parts.filter((p) => p.hit).map((p) => p.text);

describe("normalising Thai as typed", () => {
  it("puts a vowel above before the tone mark, joins ํ + า into ำ, drops a doubled mark", () => {
    expect(normalizeText("เลือกต\u0e49\u0e31ง")).toBe("เลือกตั้ง");
    expect(normalizeText("ท\u0e4d\u0e32")).toBe("ทำ");
    expect(normalizeText("น\u0e4d\u0e49\u0e32")).toBe("น้ำ");
    expect(normalizeText("ผู\u0e49\u0e49")).toBe("ผู้");
  });
  it("puts a tone typed after sara am before it", () => {
    expect(normalizeText("น\u0e33\u0e49")).toBe("น้ำ");
    expect(normalizeText("นำ้ดื่ม")).toBe("น้ำดื่ม");
    expect(normalizeText("นำ")).toBe("นำ");
  });
  it("drops invisible characters inside words and reads odd spaces as spaces", () => {
    expect(normalizeText("เลือก\u200bตั้ง\u00a0นาย\u200dกฤษดา\ufeff")).toBe("เลือกตั้ง นายกฤษดา");
    expect(normalizeText("ประกาศ\u2009ผล\u3000ส.ส.\u00ad")).toBe("ประกาศ ผล ส.ส.");
    expect(buildSearchText(["นาย\u200bกฤษดา"])).toBe(buildSearchText(["นายกฤษดา"]));
  });
  it("turns Thai digits into Arabic and Latin into lower case", () => {
    expect(normalizeText("เขต ๗ PDF")).toBe("เขต 7 pdf");
  });
  it("strips tone marks and thanthakhat only", () => {
    expect(stripTones("ตั้ง")).toBe("ตัง");
    expect(stripTones("สิทธิ์")).toBe("สิทธิ");
  });
});

describe("cutting into words", () => {
  it("splits an unspaced run into dictionary words", () => {
    expect(tokenize("ประกาศผลการเลือกตั้ง")).toEqual(["ประกาศ", "ผล", "การ", "เลือก", "ตั้ง"]);
  });
  it("keeps words with tone marks whole, also when the marks were typed out of order", () => {
    for (const text of ["ผู้มีสิทธิ์เลือกตั้ง", "ผู้มีสิทธิ์เลือกต\u0e49\u0e31ง"]) {
      expect(tokenize(text)).toEqual(["ผู้", "มี", "สิทธิ์", "เลือก", "ตั้ง"]);
    }
    expect(tokenize("น้ำท่วม")).toContain("น้ำ");
  });
  it("splits abbreviations and file names at punctuation", () => {
    expect(tokenize("ส.ส. เขต ๗")).toEqual(["ส", "ส", "เขต", "7"]);
    expect(tokenize("รายงาน.pdf")).toEqual(["รายงาน", "pdf"]);
  });
});

describe("the query", () => {
  it("makes a word the phrase of its pieces, the last one a prefix", () => {
    expect(parseQuery("เลือกตั้ง").tsquery).toBe("'เลือก' <-> 'ตั้ง':*");
    expect(parseQuery("  ประกาศ   เลือกตั้ง ").tsquery).toBe("('ประกาศ') & ('เลือก' <-> 'ตั้ง':*)");
    expect(parseQuery("  ประกาศ   เลือกตั้ง ").candidates).toBe("'ประกาศ' & 'เลือก' & 'ตั้ง':*");
  });
  it("does not make a single letter a prefix", () => {
    expect(parseQuery("ส.ส").tsquery).toBe("'ส' <-> 'ส'");
    expect(parseQuery("เขต 7").tsquery).toBe("('เขต') & ('7')");
  });
  it("quotes what could break the literal and ignores bare punctuation", () => {
    expect(parseQuery("it's").tsquery).toBe("'it' <-> 's'");
    expect(parseQuery("a\\b").words).toEqual([["a", "b"]]);
    expect(parseQuery("!!! ... ").tsquery).toBeNull();
    expect(parseQuery("").tsquery).toBeNull();
  });
});

describe("the document", () => {
  it("weights title A, summary and tags B, body and files C, and indexes words without tone marks too", () => {
    const v = buildSearchVector({
      title: "ประกาศผล",
      summary: "สรุป",
      bodyText: "ตั้ง",
      tags: ["ข่าว"],
      attachments: ["แบบ.pdf"],
    });
    expect(v).toMatch(/'ประกาศ':\d+A/);
    expect(v).toMatch(/'สรุป':\d+B/);
    expect(v).toMatch(/'ข่าว':\d+B/);
    expect(v).toMatch(/'pdf':\d+C/);
    expect(v).toMatch(/'ตั้ง':(\d+)C 'ตัง':\1C/);
  });
  it("keeps fields apart so a phrase cannot span two", () => {
    const v = buildSearchVector({ title: "เลือก", summary: "ตั้ง", bodyText: "", tags: [], attachments: [] });
    const at = (w: string) => Number(new RegExp(`'${w}':(\\d+)`).exec(v)![1]);
    expect(at("ตั้ง") - at("เลือก")).toBeGreaterThan(1);
  });
  it("escapes quotes and backslashes", () => {
    expect(buildSearchVector({ title: "it's", summary: "", bodyText: "", tags: [], attachments: [] })).toContain(
      "'it'",
    );
  });
});

describe("snippets", () => {
  it("marks a compound inside longer words", () => {
    const q = parseQuery("เลือกตั้ง").words;
    expect(marked(highlight("ประกาศผลการเลือกตั้งสมาชิกสภาผู้แทนราษฎร", q))).toEqual(["เลือกตั้ง"]);
  });
  it("finds a word typed without its tone mark, and a prefix", () => {
    expect(marked(highlight("ผลการเลือกตั้ง", parseQuery("เลือกตัง").words))).toEqual(["เลือกตั้ง"]);
    expect(marked(highlight("ผลการเลือกตั้ง", parseQuery("เลือ").words))).toEqual(["เลือก"]);
    // Found by the n-gram index inside a longer run: exactly the typed characters are marked.
    expect(marked(highlight("ประกาศนายกฤษดา ใจดี", parseQuery("กฤษดา").words))).toEqual(["กฤษดา"]);
    expect(marked(highlight("เงินปีงบประมาณ๒๕๖๖", parseQuery("2566").words))).toEqual(["๒๕๖๖"]);
    // A short word marks itself only, not the other tone spelling.
    expect(marked(highlight("น้ำท่วม นำคณะ", parseQuery("นำ").words))).toEqual(["นำ"]);
  });
  it("cuts about the asked length around the first hit, with ellipses", () => {
    const text = `${"สำนักงานจังหวัด ".repeat(30)}การเลือกตั้งซ่อม ${"ข้อความต่อท้าย ".repeat(30)}`;
    const s = highlight(text, parseQuery("เลือกตั้ง").words, { maxLength: 200 });
    const joined = s.parts.map((p) => p.text).join("");
    expect(s.parts[0]!.text).toBe("…");
    expect(s.parts.at(-1)!.text).toBe("…");
    expect(joined.length).toBeLessThanOrEqual(202);
    expect(marked(s)).toEqual(["เลือกตั้ง"]);
  });
  it("shows digits and letters as written while matching them normalised", () => {
    const s = highlight("ประกาศ เขต ๗ PDF", parseQuery("เขต 7 pdf").words);
    expect(marked(s)).toEqual(["เขต", "๗", "PDF"]);
  });
  it("returns text, never HTML", () => {
    const s = highlight("<b>เลือกตั้ง</b>", parseQuery("เลือกตั้ง").words);
    expect(s.parts.map((p) => p.text).join("")).toBe("<b>เลือกตั้ง</b>");
  });
  it("reads the body's text out of its HTML", () => {
    expect(htmlToText("<p>ผล&amp;คะแนน</p><p>เขต&nbsp;7</p>")).toBe("ผล&คะแนน เขต 7");
  });
});

describe("the search address", () => {
  it("reads Buddhist-era days, with Thai digits too, and rejects days that do not exist", () => {
    expect(parseThaiDay("01/06/2566")).toEqual({ year: 2023, month: 6, day: 1 });
    expect(parseThaiDay("๑/๖/๒๕๖๖")).toEqual({ year: 2023, month: 6, day: 1 });
    expect(parseThaiDay("29/02/2567")).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ["29/02/2566", "31/04/2566", "1/13/2566", "01/06/2023", "2566-06-01", "abc"])
      expect(parseThaiDay(bad)).toBeNull();
  });
  it("turns days into Bangkok day bounds", () => {
    const p = parseSearchParams({ q: "เลือกตั้ง", from: "01/06/2566", to: "01/06/2566" });
    expect(p.errors).toEqual({});
    expect(p.range.start!.toISOString()).toBe("2023-05-31T17:00:00.000Z");
    expect(p.range.end!.toISOString()).toBe("2023-06-01T17:00:00.000Z");
  });
  it("explains every problem in Thai instead of failing", () => {
    const p = parseSearchParams({
      q: "ก".repeat(MAX_QUERY_LENGTH + 1),
      section: "nope",
      from: "32/01/2566",
      to: "x",
      page: "0",
    });
    expect(Object.keys(p.errors).sort()).toEqual(["from", "page", "q", "section", "to"]);
    expect(p.errors.from).toContain("วว/ดด/ปปปป");
    expect(parseSearchParams({ from: "02/06/2566", to: "01/06/2566" }).errors.to).toBe("วันที่สิ้นสุดต้องไม่อยู่ก่อนวันที่เริ่มต้น");
    expect(parseSearchParams({ q: ["a", "b"] }).q).toBe("a");
  });
  it("writes the address back", () => {
    expect(searchHref({ q: "เลือกตั้ง", section: "announcements", from: "", to: "" }, 2)).toBe(
      `/search?q=${encodeURIComponent("เลือกตั้ง")}&section=announcements&page=2`,
    );
  });
});
