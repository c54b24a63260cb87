import { SHARED_CACHE } from "@/lib/feeds/respond";
import { renderPostCard } from "@/lib/seo/og-image";
import { getSiteSettings } from "@/lib/settings/queries";

// /og/site.png — the office's link-preview picture for every page that is not a post.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const settings = await getSiteSettings();
  const png = await renderPostCard({
    officeName: settings.officeName,
    section: "คณะกรรมการการเลือกตั้ง (กกต.)",
    title: "ข่าวสาร ประกาศ ผลการเลือกตั้ง และปฏิทินกิจกรรม",
    date: `สายด่วน กกต. ${settings.hotline}`,
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": SHARED_CACHE } });
}
