import { absolute } from "@/lib/http/absolute";
import { SHARED_CACHE } from "@/lib/feeds/respond";

// Everything public may be indexed; the staff area and internal endpoints may not.
export const dynamic = "force-dynamic";

export function GET(): Response {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "",
    `Sitemap: ${absolute("/sitemap.xml")}`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": SHARED_CACHE },
  });
}
