import { describe, expect, it } from "vitest";
import { safeExternalUrl } from "@/lib/http/external-url";

describe("safeExternalUrl", () => {
  it.each([
    ["https://www.facebook.com/ect.chiangrai.demo", "https://www.facebook.com/ect.chiangrai.demo"],
    ["http://example.go.th/map", "http://example.go.th/map"],
    ["HTTPS://EXAMPLE.GO.TH", "https://example.go.th/"],
  ])("lets %j through", (url, out) => {
    expect(safeExternalUrl(url)).toBe(out);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.go.th/",
    "//evil.example/",
    "/relative/path",
    "not a url",
    "",
  ])("drops %j", (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });
});
