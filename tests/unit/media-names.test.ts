import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDisplayName, FALLBACK_NAME, MAX_NAME_LENGTH, newStoragePath, resolveInside } from "@/lib/media/names";

describe("cleanDisplayName", () => {
  it.each([
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["..\\..\\x.pdf", "pdf", "x.pdf"],
    ["C:\\fakepath\\ประกาศ.pdf", "pdf", "ประกาศ.pdf"],
    ["/var/www/ประกาศผลการเลือกตั้ง ส.ส. เขต 1.pdf", "pdf", "ประกาศผลการเลือกตั้ง ส.ส. เขต 1.pdf"],
    ["รายงาน.docx", "pdf", "รายงาน.pdf"],
    ["virus.pdf.exe", "pdf", "virus.pdf"],
    ["ภาพถ่าย.JPEG", "jpg", "ภาพถ่าย.jpg"],
    ["ฉบับที่ 1.2", "pdf", "ฉบับที่ 1.2.pdf"],
    ["no extension", "xlsx", "no extension.xlsx"],
  ])("%j → %j", (input, ext, expected) => {
    expect(cleanDisplayName(input, ext)).toBe(expected);
  });

  it("removes NUL, new lines and other control characters", () => {
    expect(cleanDisplayName("a\u0000b\r\nc\td.pdf", "pdf")).toBe("a b c d.pdf");
    expect(cleanDisplayName("x\u0000.pdf\u0000.exe", "pdf")).toBe("x.pdf");
  });

  it("removes invisible direction marks that could disguise the extension", () => {
    // "ประกาศ\u202Efdp.exe" displays as "ประกาศexe.pdf".
    expect(cleanDisplayName("ประกาศ\u202Efdp.exe", "pdf")).toBe("ประกาศ fdp.pdf");
    expect(cleanDisplayName("a\u200Bb\uFEFF.pdf", "pdf")).toBe("a b.pdf");
  });

  it("replaces characters reserved in file names and HTML", () => {
    expect(cleanDisplayName('a<b>c:d"e|f?g*h.pdf', "pdf")).toBe("a b c d e f g h.pdf");
    expect(cleanDisplayName("<img src=x onerror=alert(1)>.pdf", "pdf")).toBe("img src=x onerror=alert(1).pdf");
    // The "/" of a closing tag is a path separator: only what follows it is kept.
    expect(cleanDisplayName("<script>alert(1)</script>.pdf", "pdf")).toBe("script.pdf");
  });

  it("drops leading dots (hidden files) and trailing dots and spaces", () => {
    expect(cleanDisplayName(".htaccess", "pdf")).toBe("htaccess.pdf");
    expect(cleanDisplayName("...  รายงาน .  .pdf", "pdf")).toBe("รายงาน.pdf");
  });

  it.each(["", "   ", "..", "../", "\u0000\u0000", ".pdf", "C:\\fakepath\\", "<>|"])(
    "falls back to %s for %j",
    (input) => {
      expect(cleanDisplayName(input, "pdf")).toBe(`${FALLBACK_NAME}.pdf`);
    },
  );

  it("does not leave a Windows device name alone", () => {
    expect(cleanDisplayName("CON.pdf", "pdf")).toBe(`${FALLBACK_NAME} CON.pdf`);
  });

  it("limits a 300-character name and keeps the extension", () => {
    const name = cleanDisplayName(`${"ก".repeat(300)}.pdf`, "pdf");
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(name).toMatch(/^ก+\.pdf$/);
  });

  it("never cuts a Thai vowel or tone mark from its consonant", () => {
    // "กี้" is three code points but one character on screen.
    const name = cleanDisplayName(`${"กี้".repeat(100)}.pdf`, "pdf", 20);
    expect(name).toBe(`${"กี้".repeat(5)}.pdf`);
  });

  it("normalises to NFC", () => {
    expect(cleanDisplayName("e\u0301.pdf", "pdf")).toBe("\u00e9.pdf");
  });
});

describe("newStoragePath", () => {
  it("is YYYY/MM/<32 hex>.<ext> in Bangkok time, different every time", () => {
    // 17:30 UTC on 31 January is already 1 February in Bangkok.
    const at = new Date("2026-01-31T17:30:00Z");
    const a = newStoragePath("pdf", at);
    expect(a).toMatch(/^2026\/02\/[0-9a-f]{32}\.pdf$/);
    expect(newStoragePath("pdf", at)).not.toBe(a);
  });

  it("refuses an extension that is not a plain word", () => {
    expect(() => newStoragePath("../x")).toThrow();
    expect(() => newStoragePath("")).toThrow();
  });
});

describe("resolveInside", () => {
  const root = path.resolve("/srv/uploads");

  it("resolves a stored path under the folder", () => {
    expect(resolveInside(root, "2026/02/abc.pdf")).toBe(path.join(root, "2026/02/abc.pdf"));
  });

  it.each(["../etc/passwd", "2026/../../x", "/etc/passwd", "", ".", "..", "../uploads-other/x"])(
    "refuses %j",
    (rel) => {
      expect(() => resolveInside(root, rel)).toThrow(/escapes/);
    },
  );
});
