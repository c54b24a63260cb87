import { describe, expect, it } from "vitest";
import { sanitizeBody } from "@/lib/posts/sanitize";
import { videoLink, withVideoEmbeds } from "@/lib/posts/video-embeds";

// Video addresses in a post's body become play buttons that load nothing from YouTube or Facebook
// until pressed; everything else stays as the sanitiser wrote it.

describe("videoLink", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    ["https://youtu.be/dQw4w9WgXcQ?t=42", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    [
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ&list=x",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
    ],
    ["https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    ["http://youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
  ])("plays %s from youtube-nocookie.com", (href, embedSrc) => {
    expect(videoLink(href)).toEqual({ provider: "youtube", label: "YouTube", embedSrc });
  });

  it.each([
    "https://www.facebook.com/ectthailand/videos/1234567890/",
    "https://www.facebook.com/watch/?v=1234567890",
    "https://fb.watch/aBc-12_3/",
    "https://www.facebook.com/reel/1234567890",
  ])("plays %s through Facebook's video plugin", (href) => {
    const video = videoLink(href);
    expect(video?.provider).toBe("facebook");
    expect(video?.embedSrc).toMatch(/^https:\/\/www\.facebook\.com\/plugins\/video\.php\?href=https%3A%2F%2F/);
  });

  it.each([
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/channel/UC123",
    "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ",
    "javascript:alert(1)//youtu.be/dQw4w9WgXcQ",
    "https://www.facebook.com/ectthailand",
    "https://www.facebook.com/ectthailand/posts/123",
    "/posts/12",
    "not a url",
  ])("leaves %s alone", (href) => {
    expect(videoLink(href)).toBeNull();
  });
});

describe("withVideoEmbeds", () => {
  it("makes a paragraph that is only a video's link a play button with a link to the video", () => {
    const body = sanitizeBody(
      '<p>ก่อน</p><p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1">รู้ทันข่าวปลอม</a></p><p>หลัง</p>',
    );
    const html = withVideoEmbeds(body);
    expect(html).toContain("<p>ก่อน</p>");
    expect(html).toContain("<p>หลัง</p>");
    expect(html).toContain('data-video-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    expect(html).toContain('data-video-title="รู้ทันข่าวปลอม (YouTube)"');
    expect(html).toContain("เล่นวิดีโอ “รู้ทันข่าวปลอม”");
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1" rel="noopener noreferrer">เปิดดูบน YouTube</a>',
    );
    // Nothing the page loads by itself points at those sites.
    expect(html).not.toMatch(/<(iframe|img|script)/);
  });

  it("names the video generically when the link's text is its address", () => {
    const html = withVideoEmbeds('<p><a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></p>');
    expect(html).toContain('data-video-title="วิดีโอจาก YouTube"');
    expect(html).toContain("<span>เล่นวิดีโอ</span>");
  });

  it("leaves links inside text, other links and other sites alone", () => {
    const body = [
      '<p>ดู <a href="https://youtu.be/dQw4w9WgXcQ">วิดีโอนี้</a> ก่อน</p>',
      '<p><a href="https://www.ect.go.th/">สำนักงาน กกต.</a></p>',
      '<p><a href="https://www.youtube.com/channel/UC1">ช่อง</a></p>',
    ].join("");
    expect(withVideoEmbeds(body)).toBe(body);
  });

  it("escapes what the link's text holds", () => {
    const html = withVideoEmbeds('<p><a href="https://youtu.be/dQw4w9WgXcQ">A &lt;b&gt; &amp; "q"</a></p>');
    expect(html).toContain("เล่นวิดีโอ “A &lt;b&gt; &amp; &quot;q&quot;”");
    expect(html).not.toContain("<b>");
  });
});
