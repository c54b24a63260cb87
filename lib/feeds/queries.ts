import { getPrisma } from "@/lib/db/client";
import { absolute } from "@/lib/http/absolute";
import type { Section } from "@/lib/generated/prisma/enums";
import { dayKeyOf, formatMonthParam } from "@/lib/thai-date";
import { postPath } from "@/lib/posts/url";
import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import type { IcalEvent } from "./ical";
import type { FeedItem } from "./posts-feed";

// What the feeds, the iCalendar files and the sitemap read: published content only, with
// absolute addresses built on SITE_URL.

export const FEED_SIZE = 30;

/**
 * The latest published posts as a feed in `lang` lists them: in English the staff-written
 * translation where there is one, else the Thai title marked "[In Thai]" and the Thai summary,
 * linked to the English page either way (which says the same).
 */
export async function feedItems(lang: SiteLang, section?: Section): Promise<FeedItem[]> {
  const t = translator(lang);
  const rows = await getPrisma().post.findMany({
    where: { status: "PUBLISHED", ...(section ? { section } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      titleEn: true,
      summaryEn: true,
      section: true,
      publishedAt: true,
      lastUpdatedAt: true,
    },
  });
  return rows.map((r) => {
    const publishedAt = r.publishedAt ?? new Date(0);
    const english = lang === "en" && r.titleEn ? { title: r.titleEn, summary: r.summaryEn ?? "" } : null;
    return {
      id: r.id,
      title: english ? english.title : t("feeds.untranslated", { title: r.title }),
      summary: english ? english.summary : r.summary,
      url: absolute(localePath(lang, postPath(r.id, r.slug))),
      category: t(`sections.${r.section}.label`),
      publishedAt,
      updatedAt: r.lastUpdatedAt && r.lastUpdatedAt > publishedAt ? r.lastUpdatedAt : publishedAt,
    };
  });
}

const EVENT_SELECT = {
  id: true,
  title: true,
  description: true,
  location: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  updatedAt: true,
} as const;

function toIcal(e: {
  id: number;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  updatedAt: Date;
}): IcalEvent {
  const day = dayKeyOf(e.startsAt);
  return { ...e, url: absolute(`/calendar/${formatMonthParam({ year: day.year, month: day.month })}#e-${e.id}`) };
}

/** Published events from a year back onwards (subscribers want what is coming, and some history). */
export async function icalEvents(now: Date): Promise<IcalEvent[]> {
  const rows = await getPrisma().event.findMany({
    where: { published: true, startsAt: { gte: new Date(now.getTime() - 366 * 86_400_000) } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: EVENT_SELECT,
  });
  return rows.map(toIcal);
}

export async function icalEvent(id: number): Promise<IcalEvent | null> {
  const row = await getPrisma().event.findFirst({ where: { id, published: true }, select: EVENT_SELECT });
  return row ? toIcal(row) : null;
}
