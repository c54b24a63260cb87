// Share addresses for a page: plain links that work without JavaScript. The page address is
// absolute (SITE_URL), so a shared link always points at the canonical, permanent address.

export type ShareLink = { key: "facebook" | "line" | "x"; label: string; href: string };

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  return [
    { key: "facebook", label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { key: "line", label: "LINE", href: `https://social-plugins.line.me/lineit/share?url=${u}` },
    { key: "x", label: "X", href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
  ];
}
