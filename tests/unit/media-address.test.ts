import { describe, expect, it } from "vitest";
import { fileHref, parseFileSegment } from "@/lib/media/address";
import { sanitizeBody } from "@/lib/posts/sanitize";

// The file address: /files/{id}-{token}/{name}, and the old /files/{id}/{name} it replaces.

const TOKEN = "5d41402abc4b2a76b9719d911017c592";

describe("file addresses", () => {
  it("carry the token after the id, the name only for people", () => {
    expect(fileHref({ id: 12, token: TOKEN, fileName: "ผล การนับ.pdf" })).toBe(
      `/files/12-${TOKEN}/${encodeURIComponent("ผล การนับ.pdf")}`,
    );
  });

  it("read back the id and token, or the bare id of an old address", () => {
    expect(parseFileSegment(`12-${TOKEN}`)).toEqual({ id: 12, token: TOKEN });
    expect(parseFileSegment("12")).toEqual({ id: 12, token: null });
  });

  it.each([
    "",
    "0",
    "-1",
    "abc",
    "12-",
    `12-${TOKEN}-x`,
    "12-short",
    `12_${TOKEN}`,
    "99999999999",
    `12-${"a".repeat(65)}`,
    "1e3",
  ])("refuse %j", (segment) => {
    expect(parseFileSegment(segment)).toBeNull();
  });
});

describe("sanitizeBody and file addresses", () => {
  it("keeps an image at its token address, and an old id address (pages show it at the token address)", () => {
    const html = `<p><img src="/files/12-${TOKEN}/chart.png" alt="แผนภูมิ"><img src="/files/7/old.png" alt=""></p>`;
    expect(sanitizeBody(html)).toBe(
      `<p><img src="/files/12-${TOKEN}/chart.png" alt="แผนภูมิ" /><img src="/files/7/old.png" alt="" /></p>`,
    );
  });

  it("drops an image whose token part is not a token", () => {
    expect(sanitizeBody('<img src="/files/12-../../etc/passwd">')).toBe("");
    expect(sanitizeBody('<img src="/files/12-abc/x.png">')).toBe("");
  });
});
