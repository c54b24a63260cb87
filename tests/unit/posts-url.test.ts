import { describe, expect, it } from "vitest";
import { parsePageParam } from "@/lib/http/params";
import { contentDisposition } from "@/lib/media/files";
import { visitorId } from "@/lib/online/visitors";
import { SECTIONS, sectionBySlug, sectionInfo, sectionPath } from "@/lib/posts/sections";
import { parseId } from "@/lib/http/params";
import { isValidSlug, postPath } from "@/lib/posts/url";
import { fileHref, formatFileSize, typeLabel } from "@/lib/posts/view";

describe("parseId", () => {
  it.each([
    ["1", 1],
    ["12", 12],
    ["2147483647", 2147483647],
  ])("reads %j as %d", (raw, id) => {
    expect(parseId(raw)).toBe(id);
  });

  it.each(["0", "-1", "01", "1e3", "abc", "", "2147483648", "99999999999", " 1", "1 ", "1.0", "+1", "0x10", "١"])(
    "rejects %j",
    (raw) => {
      expect(parseId(raw)).toBeNull();
    },
  );

  it("rejects a missing segment", () => {
    expect(parseId(undefined)).toBeNull();
  });
});

describe("postPath", () => {
  it("puts the slug after the id when there is one", () => {
    expect(postPath(42, "mou-ministry-of-public-health")).toBe("/posts/42/mou-ministry-of-public-health");
  });

  it.each([null, undefined, ""])("is the bare id address without a slug (%j)", (slug) => {
    expect(postPath(42, slug)).toBe("/posts/42");
  });
});

describe("isValidSlug", () => {
  it.each(["mou", "mou-ministry-of-public-health", "by-election-2568", "a1-b2", "x".repeat(120)])("accepts %j", (s) => {
    expect(isValidSlug(s)).toBe(true);
  });

  it.each([
    "",
    "-mou",
    "mou-",
    "mou--moph",
    "MOU",
    "mou moph",
    "mou_moph",
    "ข่าว",
    "mou/moph",
    "../etc",
    "x".repeat(121),
  ])("rejects %j", (s) => {
    expect(isValidSlug(s)).toBe(false);
  });
});

describe("parsePageParam", () => {
  it.each([
    ["1", 1],
    ["2", 2],
    ["100000", 100000],
  ])("reads %j as page %d", (raw, page) => {
    expect(parsePageParam(raw)).toBe(page);
  });

  it.each(["0", "-1", "02", "abc", "", "1.5", "100001", "2147483648", " 2"])("answers 404 (null) for %j", (raw) => {
    expect(parsePageParam(raw)).toBeNull();
  });

  it("answers null for a missing segment", () => {
    expect(parsePageParam(undefined)).toBeNull();
  });
});

describe("formatFileSize", () => {
  it.each([
    [0, "0 ไบต์"],
    [512, "512 ไบต์"],
    [1023, "1023 ไบต์"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [10 * 1024, "10 KB"],
    [250 * 1024 + 300, "250 KB"],
    [10 * 1024 * 1024, "10 MB"],
    [Math.round(2.25 * 1024 * 1024), "2.3 MB"],
    [3 * 1024 ** 3, "3 GB"],
  ])("shows %d bytes as %j", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it.each([
    [1024 * 1024 - 1, "1 MB"],
    [1024 * 1024 - 400, "1 MB"],
    [1024 ** 3 - 1, "1 GB"],
  ])("never shows 1024 of a unit: %d bytes is %j", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

describe("typeLabel", () => {
  it.each([
    ["application/pdf", "PDF"],
    ["application/msword", "Word"],
    ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"],
    ["application/vnd.ms-excel", "Excel"],
    ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"],
    ["image/png", "PNG"],
    ["image/jpeg", "JPEG"],
  ])("names %s %j", (mime, label) => {
    expect(typeLabel(mime)).toBe(label);
  });

  it("calls anything else a file", () => {
    expect(typeLabel("application/zip")).toBe("ไฟล์");
    expect(typeLabel("")).toBe("ไฟล์");
  });
});

describe("fileHref", () => {
  it("encodes a Thai file name so the address is plain ASCII and decodes back", () => {
    const href = fileHref({ id: 7, token: "0123456789abcdef0123456789abcdef", fileName: "บันทึกข้อตกลงความร่วมมือ.pdf" });
    expect(href).toMatch(/^\/files\/7-0123456789abcdef0123456789abcdef\/[\x21-\x7e]+$/);
    expect(decodeURIComponent(href.slice("/files/7-0123456789abcdef0123456789abcdef/".length))).toBe(
      "บันทึกข้อตกลงความร่วมมือ.pdf",
    );
  });

  it("keeps slashes, ? and # in a name from changing the address", () => {
    const href = fileHref({ id: 3, token: "tok0tok0tok0tok0", fileName: "a/b?c#d e.pdf" });
    expect(href).toBe("/files/3-tok0tok0tok0tok0/a%2Fb%3Fc%23d%20e.pdf");
    const url = new URL(href, "https://example.go.th");
    expect(url.pathname.split("/")).toHaveLength(4);
    expect(url.search).toBe("");
    expect(url.hash).toBe("");
  });
});

describe("sections", () => {
  it("has the eight sections of the navigation with unique ASCII slugs and Thai labels", () => {
    expect(SECTIONS).toHaveLength(8);
    expect(new Set(SECTIONS.map((s) => s.slug)).size).toBe(8);
    expect(new Set(SECTIONS.map((s) => s.key)).size).toBe(8);
    for (const s of SECTIONS) {
      expect(isValidSlug(s.slug), s.slug).toBe(true);
      expect(s.label).toMatch(/[\u0e00-\u0e7f]/);
    }
  });

  it("finds a section by its address segment and nothing for an unknown one", () => {
    expect(sectionBySlug("press-releases")?.key).toBe("PRESS_RELEASE");
    expect(sectionBySlug("press-releases")?.label).toBe("ข่าวประชาสัมพันธ์");
    expect(sectionBySlug("announcements")?.key).toBe("ANNOUNCEMENT");
    expect(sectionBySlug("nope")).toBeUndefined();
    expect(sectionBySlug("Press-Releases")).toBeUndefined();
    expect(sectionBySlug("constructor")).toBeUndefined();
  });

  it("builds listing addresses: page 1 is the bare section, later pages add /page/N", () => {
    expect(sectionPath("PRESS_RELEASE")).toBe("/news/press-releases");
    expect(sectionPath("PRESS_RELEASE", 1)).toBe("/news/press-releases");
    expect(sectionPath("PRESS_RELEASE", 2)).toBe("/news/press-releases/page/2");
    expect(sectionPath("OTHER", 12)).toBe("/news/other/page/12");
  });

  it("round-trips every section through its address", () => {
    for (const s of SECTIONS) {
      const slug = sectionPath(s.key).split("/")[2]!;
      expect(sectionBySlug(slug)).toBe(sectionInfo(s.key));
    }
  });
});

/** The filename*= value of a Content-Disposition header, checked against RFC 8187's grammar. */
function extendedFileName(header: string): string {
  const match = /; filename\*=UTF-8''([^;\s]*)$/.exec(header);
  expect(match, header).not.toBeNull();
  const value = match![1]!;
  // attr-char / pct-encoded: anything else (e.g. ' ( ) *) makes strict parsers drop the value.
  expect(value).toMatch(/^(?:%[0-9A-F]{2}|[A-Za-z0-9!#$&+.^_`|~-])+$/);
  return decodeURIComponent(value);
}

/** The filename="…" fallback; the quoted string must end where the header says it does. */
function fallbackFileName(header: string): string {
  const match = /^(inline|attachment); filename="([^"\\]*)"; filename\*=/.exec(header);
  expect(match, header).not.toBeNull();
  return match![2]!;
}

describe("contentDisposition", () => {
  it("gives a Thai name in UTF-8 and a printable ASCII fallback", () => {
    const header = contentDisposition("attachment", "บันทึกข้อตกลงความร่วมมือ.pdf");
    expect(header.startsWith("attachment; ")).toBe(true);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(extendedFileName(header)).toBe("บันทึกข้อตกลงความร่วมมือ.pdf");
    const fallback = fallbackFileName(header);
    expect(fallback).toMatch(/^[\x20-\x7e]+\.pdf$/);
  });

  it("keeps an ASCII name as it is", () => {
    const header = contentDisposition("inline", "report-2565.pdf");
    expect(header).toBe(`inline; filename="report-2565.pdf"; filename*=UTF-8''report-2565.pdf`);
  });

  it.each([
    'say "hi".pdf',
    "back\\slash.pdf",
    'evil"; filename="x.exe',
    "line\r\nSet-Cookie: a=b.pdf",
    "ประกาศ (ฉบับแก้ไข).pdf",
    "O'Brien's *final*.pdf",
    "100% ok; really.pdf",
  ])("cannot be broken by the name %j", (name) => {
    const header = contentDisposition("attachment", name);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(fallbackFileName(header)).toHaveLength([...name].length);
    expect(extendedFileName(header)).toBe(name);
  });
});

describe("visitorId", () => {
  const ua = "Mozilla/5.0 (Linux; Android 14) Chrome/130";
  // 00:10 and 23:50 on 1 June 2565 in Bangkok: different UTC dates, one Bangkok day.
  const morning = new Date("2022-05-31T17:10:00Z");
  const evening = new Date("2022-06-01T16:50:00Z");
  const nextMorning = new Date("2022-06-01T17:10:00Z");

  it("is the same for one visitor all through a Bangkok day", () => {
    const a = visitorId("203.0.113.5", ua, morning);
    expect(visitorId("203.0.113.5", ua, morning)).toBe(a);
    expect(visitorId("203.0.113.5", ua, evening)).toBe(a);
  });

  it("changes on the next Bangkok day, so days cannot be linked", () => {
    expect(visitorId("203.0.113.5", ua, nextMorning)).not.toBe(visitorId("203.0.113.5", ua, evening));
  });

  it("differs between addresses and between browsers", () => {
    const ids = new Set([
      visitorId("203.0.113.5", ua, morning),
      visitorId("203.0.113.6", ua, morning),
      visitorId("2001:db8::1", ua, morning),
      visitorId("203.0.113.5", "curl/8.5", morning),
      visitorId("203.0.113.5", "", morning),
    ]);
    expect(ids.size).toBe(5);
  });

  it("is a short opaque token that never contains the address or browser", () => {
    for (const address of ["203.0.113.5", "2001:db8::1", "unknown"]) {
      const id = visitorId(address, ua, morning);
      expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(id).not.toContain(address);
      expect(id).not.toMatch(/\d{1,3}(\.\d{1,3}){3}/);
      expect(id).not.toContain("Mozilla");
    }
  });
});
