import { describe, expect, it } from "vitest";
import { sanitizeBody } from "@/lib/posts/sanitize";

describe("sanitizeBody keeps the editor's structure", () => {
  it("keeps paragraphs, emphasis, lists, headings, quotes, tables, figures and rules", () => {
    const html =
      "<h2>หัวข้อ</h2><h3>ย่อย</h3><h4>ย่อยลงไป</h4><p>ข้อความ <strong>หนา</strong> <b>b</b> <em>เอียง</em> <i>i</i> <u>ขีดเส้นใต้</u> <s>ขีดฆ่า</s><br>บรรทัดใหม่</p>" +
      "<ul><li>หนึ่ง</li></ul><ol><li>สอง</li></ol><blockquote>คำกล่าว</blockquote><hr>" +
      "<table><thead><tr><th>เขต</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>" +
      '<figure><img src="/files/12/chart.png" alt="แผนภูมิ" width="640" height="480"><figcaption>คำบรรยาย</figcaption></figure>';
    expect(sanitizeBody(html)).toBe(
      "<h2>หัวข้อ</h2><h3>ย่อย</h3><h4>ย่อยลงไป</h4><p>ข้อความ <strong>หนา</strong> <b>b</b> <em>เอียง</em> <i>i</i> <u>ขีดเส้นใต้</u> <s>ขีดฆ่า</s><br />บรรทัดใหม่</p>" +
        "<ul><li>หนึ่ง</li></ul><ol><li>สอง</li></ol><blockquote>คำกล่าว</blockquote><hr />" +
        "<table><thead><tr><th>เขต</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>" +
        '<figure><img src="/files/12/chart.png" alt="แผนภูมิ" width="640" height="480" /><figcaption>คำบรรยาย</figcaption></figure>',
    );
  });

  it("folds h1 into h2 and h5/h6 into h4 (the page title is the only h1)", () => {
    expect(sanitizeBody("<h1>a</h1><h5>b</h5><h6>c</h6>")).toBe("<h2>a</h2><h4>b</h4><h4>c</h4>");
  });

  it("keeps http, https, mailto and relative links; external ones get rel=noopener noreferrer", () => {
    expect(sanitizeBody('<a href="https://www.ect.go.th" title="กกต.">กกต.</a>')).toBe(
      '<a href="https://www.ect.go.th" title="กกต." rel="noopener noreferrer">กกต.</a>',
    );
    expect(sanitizeBody('<a href="http://example.org">x</a>')).toBe(
      '<a href="http://example.org" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeBody('<a href="/posts/12">ข่าว</a>')).toBe('<a href="/posts/12">ข่าว</a>');
    expect(sanitizeBody('<a href="mailto:chiangrai@ect.go.th">อีเมล</a>')).toBe(
      '<a href="mailto:chiangrai@ect.go.th">อีเมล</a>',
    );
    // A rel typed by someone (rel="opener") is replaced, and target is not allowed at all.
    expect(sanitizeBody('<a href="/x" rel="opener" target="_blank">x</a>')).toBe('<a href="/x">x</a>');
  });
});

describe("sanitizeBody removes what could run code or load foreign content", () => {
  const cases: [string, string, string][] = [
    ["script", '<p>ก่อน</p><script>alert("x")</script><p>หลัง</p>', "<p>ก่อน</p><p>หลัง</p>"],
    ["img onerror (foreign src)", '<img src="x" onerror="alert(1)">', ""],
    [
      "img onerror (own file)",
      '<img src="/files/3/a.png" onerror="alert(1)" alt="ก">',
      '<img src="/files/3/a.png" alt="ก" />',
    ],
    ["javascript: link", '<a href="javascript:alert(1)">คลิก</a>', "<a>คลิก</a>"],
    ["obfuscated javascript: link", '<a href="java&#x09;script:alert(1)">คลิก</a>', "<a>คลิก</a>"],
    ["upper-case JAVASCRIPT:", '<a href="JAVASCRIPT:alert(1)">คลิก</a>', "<a>คลิก</a>"],
    ["data: link", '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "<a>x</a>"],
    ["iframe with its text", '<iframe src="https://evil.example">ข้อความ</iframe><p>ต่อ</p>', "<p>ต่อ</p>"],
    [
      "style attribute and class",
      '<p style="background:url(javascript:alert(1))" class="x" id="y">ข้อความ</p>',
      "<p>ข้อความ</p>",
    ],
    ["style element", "<style>body{display:none}</style><p>ก</p>", "<p>ก</p>"],
    ["event handlers everywhere", '<p onclick="x()" onmouseover="y()">ก</p>', "<p>ก</p>"],
    ["svg with script", "<svg><script>alert(1)</script></svg><p>ก</p>", "<p>ก</p>"],
    ["object and embed", '<object data="x.swf"></object><embed src="x.swf"><p>ก</p>', "<p>ก</p>"],
    ["form controls", '<form action="https://evil"><input name="p"><button>ส่ง</button></form>', "ส่ง"],
    ["foreign image", '<img src="https://evil.example/track.gif">', ""],
    ["data: image", '<img src="data:image/png;base64,AAAA">', ""],
    ["protocol-relative image", '<img src="//evil.example/x.png">', ""],
    ["path escaping the files folder", '<img src="/files/1/../../etc/passwd">', ""],
    [
      "image width that is not a number",
      '<img src="/files/1/a.png" width="100%" height="50px">',
      '<img src="/files/1/a.png" alt="" />',
    ],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil">', ""],
    ["base tag", '<base href="https://evil/">', ""],
    ["html comment", "<!-- <script>alert(1)</script> --><p>ก</p>", "<p>ก</p>"],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const out = sanitizeBody(input);
      expect(out).toBe(expected);
      expect(out).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|style=/i);
    });
  }
});
