import { describe, expect, it } from "vitest";
import { digestWindow } from "@/lib/alerts/digest-window";
import { confirmMessage, digestMessage, postMessage, sectionsLabel } from "@/lib/alerts/messages";

const ctx = { officeName: "สำนักงาน กกต. ประจำจังหวัดน่าน", siteUrl: "https://nan.example.go.th" };
const reader = {
  email: "r@example.com",
  manageToken: "m".repeat(32),
  sections: ["ANNOUNCEMENT" as const],
  mode: "IMMEDIATE" as const,
};
const post = {
  id: 42,
  slug: "open-call",
  section: "ANNOUNCEMENT" as const,
  title: `ประกาศ <script>alert(1)</script> & "เชิญ"`,
  summary: "สรุป <b>ย่อ</b>",
  publishedAt: new Date("2026-12-06T17:30:00Z"), // 7 Dec 00.30 in Bangkok
};

describe("digestWindow: the 24 hours before 08.00 Bangkok", () => {
  it.each([
    // The cron's own time and any time up to the next 08.00 name the same digest.
    ["2026-12-07T01:00:00.000Z", "2026-12-07"],
    ["2026-12-07T16:59:59.000Z", "2026-12-07"],
    ["2026-12-08T00:59:59.999Z", "2026-12-07"],
    // Across a month and a year, and on 29 February.
    ["2027-01-01T01:00:00Z", "2027-01-01"],
    ["2028-02-29T05:00:00Z", "2028-02-29"],
    ["2026-12-07", "2026-12-07"],
  ])("%s → %s", (when, day) => {
    const w = digestWindow(when);
    expect(w.day).toBe(day);
    expect(w.end.toISOString()).toBe(`${day}T01:00:00.000Z`);
    expect(w.end.getTime() - w.start.getTime()).toBe(86_400_000);
  });

  it("refuses what is not a time", () => {
    expect(() => digestWindow("not a time")).toThrow();
  });
});

describe("messages", () => {
  it("a post: the Bangkok date, the permanent address, escaped HTML, RFC 8058 headers", () => {
    const m = postMessage(ctx, reader, post);
    expect(m.subject).toBe(post.title);
    expect(m.text).toContain("ข่าวประกาศ · 7 ธันวาคม 2569");
    expect(m.text).toContain("https://nan.example.go.th/posts/42/open-call");
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&#60;script&#62;");
    expect(m.html).not.toContain("<b>");
    expect(m.headers).toMatchObject({
      "List-Unsubscribe": `<https://nan.example.go.th/api/alerts/unsubscribe?token=${"m".repeat(32)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(m.text).toContain(`https://nan.example.go.th/alerts/manage/${"m".repeat(32)}`);
    expect(m.text).toContain("ท่านได้รับอีเมลนี้เพราะสมัครรับข่าวข่าวประกาศ (ทันทีที่เผยแพร่)");
  });

  it("an update carries its note; a digest counts its posts; the confirmation has no unsubscribe header", () => {
    expect(postMessage(ctx, reader, post, "เลื่อนวัน").text.startsWith("ปรับปรุงข้อมูล: เลื่อนวัน")).toBe(true);
    const d = digestMessage(
      ctx,
      { ...reader, mode: "DAILY" },
      [post, { ...post, id: 43, slug: null }],
      new Date("2026-12-07T01:00:00Z"),
    );
    expect(d.subject).toBe("สรุปข่าวประจำวันที่ 7 ธันวาคม 2569 จากสำนักงาน กกต. ประจำจังหวัดน่าน (2 เรื่อง)");
    expect(d.text).toContain("https://nan.example.go.th/posts/43");
    const c = confirmMessage(ctx, {
      email: "r@example.com",
      sections: ["ANNOUNCEMENT"],
      mode: "DAILY",
      confirmToken: "t".repeat(32),
    });
    expect(c.text).toContain(`https://nan.example.go.th/alerts/confirm/${"t".repeat(32)}`);
    expect(c.headers["List-Unsubscribe"]).toBeUndefined();
  });

  it("names the sections in the site's order, or all of them at once", () => {
    expect(sectionsLabel(["PROCUREMENT", "ANNOUNCEMENT"])).toBe("ข่าวประกาศ, ข่าวประกวดราคา");
    expect(
      sectionsLabel([
        "OTHER",
        "MULTIMEDIA",
        "PROCUREMENT",
        "ELECTION_RESULT",
        "ELECTION_ANNOUNCEMENT",
        "NEWS_ACTIVITY",
        "PRESS_RELEASE",
        "ANNOUNCEMENT",
      ]),
    ).toBe("ทุกหมวด");
  });
});
