import { describe, expect, it } from "vitest";
import { compoundsEndingWith } from "@/lib/search/compounds";
import { buildNgramVector, buildSearchText, ngramQuery, searchRuns } from "@/lib/search/ngram";
import { joinAbbreviations, normalizeText } from "@/lib/search/normalize";
import { parseQuery } from "@/lib/search/tsquery";

const runOf = (q: string) => parseQuery(q).words.map((w) => w.join(""));

describe("undotted abbreviations and typing slips", () => {
  it("joins the letters of a dotted abbreviation, dotted or not", () => {
    expect(joinAbbreviations("ส.ส. เขต 3")).toBe("สส. เขต 3");
    expect(joinAbbreviations("สขร.1")).toBe("สขร1");
    expect(joinAbbreviations("รายงาน. ต่อ")).toBe("รายงาน. ต่อ");
  });
  it("stores and queries the same run for both spellings", () => {
    expect(searchRuns("ประกาศ ส.ส. และ สขร.1")).toEqual(["ประกาศ", "สส", "และ", "สขร1"]);
    expect(runOf("ส.ส.")).toEqual(["สส"]);
    expect(runOf("สส")).toEqual(["สส"]);
    expect(runOf("สขร.1")).toEqual(runOf("สขร1"));
  });
  it("meets a tone typed after sara am with the usual spelling", () => {
    expect(searchRuns("นำ้ดื่ม")).toEqual([normalizeText("น้ำดื่ม")]);
    expect(runOf("นำ้")).toEqual(runOf("น้ำ"));
  });
});

describe("the n-gram vector", () => {
  it("holds each run's distinct 3-grams, and short runs whole", () => {
    expect(buildNgramVector(7, buildSearchText(["abcd ส.ส. abc"]))).toBe("'7/abc' '7/bcd' '7/=สส'");
    expect(buildSearchText(["เงินปีงบประมาณ๒๕๖๖", "Title"])).toBe("เงินปีงบประมาณ2566 title");
    // The dictionary words go in marked, apart from any gram.
    expect(buildNgramVector(7, "abcd", ["abcd", "ab"])).toBe("'7/abc' '7/bcd' '7/_abcd' '7/_ab'");
  });
  it("puts the office in front of every lexeme, so that one office's words are not another's", () => {
    expect(buildNgramVector(12, "abcd it's", ["abcd"])).toBe("'12/abc' '12/bcd' '12/it''' '12/t''s' '12/_abcd'");
    expect(ngramQuery(12, "abcd")).toBe("'12/abc' & '12/bcd'");
    expect(ngramQuery(1, "abcd")).not.toBe(ngramQuery(12, "abcd"));
  });
  it("asks for grams that tile a query word, or the whole short run", () => {
    expect(ngramQuery(3, "2566")).toBe("'3/256' & '3/566'");
    expect(ngramQuery(3, "ตา")).toBe("'3/=ตา'");
    expect(ngramQuery(3, "it's")).toBe("'3/it''' & '3/t''s'");
    // A long run: grams that tile it (every third, and the last), each letter in one of them.
    expect(ngramQuery(3, "เชียงแสน")).toBe("'3/เชี' & '3/ยงแ' & '3/แสน'");
    const tiles = ngramQuery(3, "นายกองค์การบริหารส่วนจังหวัด")
      .split(" & ")
      .map((t) => t.slice("'3/".length, -1));
    expect(tiles).toHaveLength(10);
    expect(tiles.slice(0, -1).join("")).toBe("นายกองค์การบริหารส่วนจังหวั");
    expect(tiles.at(-1)).toBe("วัด");
  });
});

describe("words that end a compound with another meaning", () => {
  it("names the compounds ตั้ง must be found outside of, whichever order its marks were typed in", () => {
    const typed = runOf("ต\u0e49\u0e31ง")[0]!; // tone typed before the vowel
    expect(compoundsEndingWith(typed)).toContain("เลือกตั้ง");
    expect(compoundsEndingWith(runOf("ตั้ง")[0]!)).toEqual(compoundsEndingWith(typed));
    // A word that may be half-typed (เลือก… for เลือกตั้ง) has no such list.
    expect(compoundsEndingWith(runOf("เลือก")[0]!)).toEqual([]);
  });
});
