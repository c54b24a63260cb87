// YouTube and Facebook videos in a post's body, without loading anything from those sites until
// the reader presses play (their privacy, and the page's speed). Staff paste the video's address
// as a paragraph of its own (a link alone on its line); on the public page that paragraph becomes
// a "play" button (components/site/posts/video-embeds.tsx swaps in the player when pressed) with a
// link to the video on its site, which also serves readers without JavaScript. The player comes
// from youtube-nocookie.com or Facebook's video plugin, the only frames the CSP allows
// (next.config.ts). Any other link stays a link.

export type VideoProvider = "youtube" | "facebook";
export type VideoLink = { provider: VideoProvider; label: string; embedSrc: string };

const LABEL: Record<VideoProvider, string> = { youtube: "YouTube", facebook: "Facebook" };
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"]);
const FACEBOOK_HOSTS = new Set(["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com", "fb.watch"]);

function youtubeId(url: URL): string | null {
  if (url.hostname === "youtu.be") return url.pathname.slice(1).split("/")[0] ?? null;
  if (url.pathname === "/watch") return url.searchParams.get("v");
  const m = /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname);
  return m?.[1] ?? null;
}

function isFacebookVideo(url: URL): boolean {
  if (url.hostname === "fb.watch") return /^\/[A-Za-z0-9_-]+\/?$/.test(url.pathname);
  return (
    /^\/[^/]+\/videos\/(?:[^/]+\/)?\d+\/?$/.test(url.pathname) ||
    /^\/reel\/\d+\/?$/.test(url.pathname) ||
    (/^\/watch\/?$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get("v") ?? ""))
  );
}

/** The video an address points at, or null for anything else. */
export function videoLink(href: string): VideoLink | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.toLowerCase();
  if (YOUTUBE_HOSTS.has(host)) {
    const id = youtubeId(url);
    if (!id || !YOUTUBE_ID.test(id)) return null;
    return {
      provider: "youtube",
      label: LABEL.youtube,
      embedSrc: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
    };
  }
  if (FACEBOOK_HOSTS.has(host) && isFacebookVideo(url)) {
    url.protocol = "https:";
    const embedSrc = `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(url.toString())}&show_text=false&autoplay=true`;
    return { provider: "facebook", label: LABEL.facebook, embedSrc };
  }
  return null;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (s: string) => s.replace(/&(amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]!);
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// A paragraph that is one link and nothing else, as the sanitiser writes it (lib/posts/sanitize.ts).
const LINK_PARAGRAPH = /<p>\s*<a href="([^"]*)"[^>]*>([^<]*)<\/a>\s*<\/p>/g;

/** Sanitised body HTML with each paragraph that is only a video's address made a play button. */
export function withVideoEmbeds(body: string): string {
  return body.replace(LINK_PARAGRAPH, (whole, rawHref: string, rawText: string) => {
    const href = decode(rawHref);
    const video = videoLink(href);
    if (!video) return whole;
    const text = decode(rawText).trim();
    const named = text && text !== href && !/^https?:\/\//.test(text) ? text : "";
    const title = named ? `${named} (${video.label})` : `วิดีโอจาก ${video.label}`;
    return (
      `<figure class="video-embed" data-video-src="${escape(video.embedSrc)}" data-video-title="${escape(title)}">` +
      `<button type="button" class="video-play"><span aria-hidden="true" class="video-play-icon">▶</span> ` +
      `<span>เล่นวิดีโอ${named ? ` “${escape(named)}”` : ""}</span></button>` +
      `<figcaption>วิดีโอนี้เล่นจาก ${video.label} ระบบจะเชื่อมต่อ ${video.label} เมื่อกดเล่นเท่านั้น · ` +
      `<a href="${escape(href)}" rel="noopener noreferrer">เปิดดูบน ${video.label}</a></figcaption></figure>`
    );
  });
}
