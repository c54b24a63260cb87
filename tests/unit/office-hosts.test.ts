// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { describe, expect, it } from "vitest";
import { normalizeHost, officeAddress, officeForHost, type DirectoryOffice } from "@/lib/offices/hosts";
import { officeDirectoryHtml } from "@/server/office-directory-page";

const office = (id: number, code: string, province: string | null, extra: Partial<DirectoryOffice> = {}) => ({
  id,
  code,
  nameTh: province ? `สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด${province}` : "สำนักงานคณะกรรมการการเลือกตั้ง",
  province,
  isCentral: province === null,
  isDefault: false,
  hosts: [],
  ...extra,
});
const offices: DirectoryOffice[] = [
  office(1, "ect", null, { hosts: ["www.ect.example.go.th"] }),
  office(13, "chiangrai", "เชียงราย", { isDefault: true }),
  office(40, "nan", "น่าน", { hosts: ["nan-ect.example.org"] }),
];
const local = { siteUrl: "http://localhost:3000" };
const live = { siteUrl: "https://chiangrai.ect.example.go.th", siteDomain: "ect.example.go.th" };
const codeFor = (host: string | undefined, config = local) => officeForHost(host, offices, config)?.code ?? null;

describe("normalizeHost", () => {
  it.each([
    ["Chiangrai.Localhost:3000", "chiangrai.localhost"],
    ["chiangrai.ect.example.go.th.", "chiangrai.ect.example.go.th"],
    ["[::1]:3000", "::1"],
    ["127.0.0.1:80", "127.0.0.1"],
    ["evil.com/x", null],
    ["", null],
    [undefined, null],
    ["a b", null],
  ])("%s → %s", (raw, host) => expect(normalizeHost(raw)).toBe(host));
});

describe("the office a host is for", () => {
  it("the default office answers on localhost, bare addresses and SITE_URL's host", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3150", "[::1]:3000", "10.0.0.5"])
      expect(codeFor(host)).toBe("chiangrai");
    expect(codeFor("chiangrai.ect.example.go.th", live)).toBe("chiangrai");
  });

  it("every office answers on <code>.localhost, on <code>.<SITE_DOMAIN> and on its own listed names", () => {
    expect(codeFor("nan.localhost:3000")).toBe("nan");
    expect(codeFor("ect.localhost")).toBe("ect");
    expect(codeFor("nan.ect.example.go.th", live)).toBe("nan");
    expect(codeFor("NAN-ECT.example.org")).toBe("nan");
    expect(codeFor("www.ect.example.go.th")).toBe("ect");
  });

  it("an unknown name, or a known code under a domain that is not ours, is no office", () => {
    expect(codeFor("phuket.localhost")).toBeNull();
    expect(codeFor("nan.ect.example.go.th")).toBeNull(); // SITE_DOMAIN unset
    expect(codeFor("nan.evil.example", live)).toBeNull();
    expect(codeFor("x.nan.localhost")).toBeNull();
    expect(codeFor("example.go.th", live)).toBeNull();
    expect(codeFor(undefined)).toBeNull();
  });
});

describe("officeAddress", () => {
  it("prefers a listed name, then SITE_DOMAIN over https, then <code>.localhost with the port", () => {
    expect(officeAddress(offices[2]!, live)).toBe("https://nan-ect.example.org/");
    expect(officeAddress(offices[1]!, live)).toBe("https://chiangrai.ect.example.go.th/");
    expect(officeAddress(offices[1]!, { ...local, port: 3000 })).toBe("http://chiangrai.localhost:3000/");
  });
});

describe("the page for a host that is no site here", () => {
  it("says so in Thai and lists every office with its address, escaping what the request sent", () => {
    const html = officeDirectoryHtml(offices, { ...local, port: 3000 }, { host: "<b>x</b>.localhost" });
    expect(html).toContain('<html lang="th">');
    expect(html).toContain("ไม่พบเว็บไซต์ของสำนักงานที่ที่อยู่นี้");
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain('<a href="http://nan-ect.example.org/">สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดน่าน</a>');
    expect(html).toContain('<a href="http://chiangrai.localhost:3000/">');
    expect(html).toContain("เว็บไซต์สำนักงานคณะกรรมการการเลือกตั้ง 3 แห่ง");
  });
});
