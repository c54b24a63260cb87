import { describe, expect, it } from "vitest";
import { mailtoHref, phoneLinks } from "@/lib/office/contact";
import { executiveFormSchema } from "@/lib/office/schema";
import { siteMapGroups } from "@/lib/office/site-map";
import { SECTIONS, sectionPath } from "@/lib/posts/sections";

describe("contact links", () => {
  it("turns a typed phone list into tel: links, keeping the extension as text only", () => {
    expect(phoneLinks("053 150 100 ต่อ 12, 081-234-5678")).toEqual([
      { text: "053 150 100 ต่อ 12", href: "tel:053150100" },
      { text: "081-234-5678", href: "tel:0812345678" },
    ]);
    expect(phoneLinks("1444")).toEqual([{ text: "1444", href: "tel:1444" }]);
    expect(phoneLinks("")).toEqual([]);
    expect(phoneLinks("javascript:alert(1)")).toEqual([]);
  });

  it("mailto only for addresses", () => {
    expect(mailtoHref("chiangrai@example.go.th")).toBe("mailto:chiangrai@example.go.th");
    expect(mailtoHref("")).toBeNull();
    expect(mailtoHref('a@b.c" onclick="x')).toBeNull();
  });
});

describe("executive form", () => {
  const ok = { name: "นายประเสริฐ ตัวอย่างดี", position: "ผู้อำนวยการ", phone: "", email: "", photoId: "" };
  it("accepts empty contacts and Thai numbers; refuses others in Thai", () => {
    expect(executiveFormSchema.safeParse(ok).success).toBe(true);
    expect(
      executiveFormSchema.safeParse({ ...ok, phone: "053 150 100 ต่อ 101", email: "d@example.go.th", photoId: "12" })
        .data,
    ).toMatchObject({ photoId: 12 });
    const bad = executiveFormSchema.safeParse({ ...ok, phone: "0531", email: "d@" });
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง/),
      expect.stringMatching(/^รูปแบบอีเมลไม่ถูกต้อง/),
    ]);
  });
});

describe("the human site map", () => {
  it("lists every public area once: home, every section, calendar, elections, search, procurement, office pages, feeds", () => {
    const hrefs = siteMapGroups().flatMap((g) => g.links.map((l) => l.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const h of [
      "/",
      "/calendar",
      "/elections",
      "/search",
      "/procurement",
      "/about",
      "/contact",
      "/privacy",
      "/accessibility",
      "/feed.xml",
      "/atom.xml",
      "/calendar.ics",
    ]) {
      expect(hrefs).toContain(h);
    }
    for (const s of SECTIONS) expect(hrefs).toContain(sectionPath(s.key));
  });
});
