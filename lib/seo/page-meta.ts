import type { Metadata } from "next";
import { absolute } from "@/lib/http/absolute";
import type { SiteLang } from "@/lib/i18n/langs";
import { getLocalSettings } from "@/lib/i18n/site-settings";

// Link-preview tags for pages that are not posts (home, sections, calendar, elections, office
// pages): the page's own Thai title and description, its absolute address, and the office's
// card (/og/site.png) as the picture, so a link pasted in a chat never shows up bare.

export const SITE_CARD_PATH = "/og/site.png";

type Page = { title?: string; description?: string; path?: string; lang?: SiteLang };

export async function pageShareMeta({ title, description, path, lang = "th" }: Page = {}): Promise<
  Pick<Metadata, "openGraph" | "twitter">
> {
  const settings = await getLocalSettings(lang);
  const image = { url: absolute(SITE_CARD_PATH), width: 1200, height: 630, alt: settings.officeName };
  const shownTitle = title ?? settings.officeName;
  return {
    openGraph: {
      type: "website",
      siteName: settings.officeName,
      locale: lang === "en" ? "en_GB" : "th_TH",
      title: shownTitle,
      description,
      url: path === undefined ? undefined : absolute(path),
      images: [image],
    },
    twitter: { card: "summary_large_image", title: shownTitle, description, images: [image.url] },
  };
}
