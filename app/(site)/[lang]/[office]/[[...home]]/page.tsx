import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { feedAlternates } from "@/lib/feeds/links";
import { SubscribeForm } from "@/components/site/alerts/subscribe-form";
import { CalendarWidget } from "@/components/site/calendar/calendar-widget";
import { AnnouncementStrip } from "@/components/site/shell/announcement-strip";
import { PostCards, PostList } from "@/components/site/posts/post-list";
import { ElectionsLink, MoreLink } from "@/components/site/posts/section-block";
import { Tabs } from "@/components/ui/tabs";
import { getMonthCalendar } from "@/lib/calendar/month";
import { getCentralPressReleases } from "@/lib/posts/central";
import { langOf } from "@/lib/i18n/langs";
import { languageAlternates } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { getLatestPosts } from "@/lib/posts/queries";
import { currentYearMonth } from "@/lib/thai-date";
import type { Section } from "@/lib/generated/prisma/enums";

// The home page sits on an optional catch-all so that it is rendered on first request and then
// served from the cache (ISR) — `next build` never needs the database. Any other unmatched
// address lands here too and gets the 404 page.
export const revalidate = 60;
export const dynamicParams = true;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Params = Promise<{ lang: string; home?: string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { home, lang } = await params;
  const l = langOf(lang);
  // Other addresses that land here are 404s: they get no canonical of their own.
  return home && home.length > 0
    ? { title: translator(l)("notFound.title") }
    : { alternates: { ...languageAlternates(l, "/"), types: feedAlternates(l) } };
}

// Four cards a tab and five lines a list: enough to scan on a phone, and every item is sent
// on every request of the busiest page.
async function latest(section: Section, limit = 4) {
  return getLatestPosts({ sections: [section], limit });
}

export default async function HomePage({ params }: { params: Params }) {
  const { home, lang: segment } = await params;
  if (home && home.length > 0) notFound();
  const lang = langOf(segment);
  const t = translator(lang);
  // The alerts are Thai for now: the English home page leaves them out.
  const thai = lang === "th";

  const [strip, stripOther, activities, press, central, media, electionAnn, results, procurement, calendar] =
    await Promise.all([
      getLatestPosts({ sections: ["ANNOUNCEMENT", "PRESS_RELEASE"], limit: 6 }),
      latest("OTHER", 6),
      latest("NEWS_ACTIVITY"),
      latest("PRESS_RELEASE"),
      // On a provincial site the tab carries the central office's press releases; on the central
      // site, its own.
      getCentralPressReleases(4),
      latest("MULTIMEDIA"),
      latest("ELECTION_ANNOUNCEMENT", 5),
      latest("ELECTION_RESULT", 5),
      latest("PROCUREMENT", 5),
      getMonthCalendar(currentYearMonth()),
    ]);

  return (
    <>
      <h1 className="sr-only">{t("home.title")}</h1>
      <AnnouncementStrip news={strip} other={stripOther} lang={lang} />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="news-title" className="lg:col-span-2">
          <h2 id="news-title" className="mb-2 text-xl font-bold text-brand-900">
            {t("home.news")}
          </h2>
          <Tabs
            label={t("home.news")}
            panels={[
              {
                key: "activities",
                label: t("sections.NEWS_ACTIVITY.label"),
                content: (
                  <>
                    <PostCards posts={activities} lead lang={lang} />
                    <MoreLink section="NEWS_ACTIVITY" lang={lang} />
                  </>
                ),
              },
              {
                key: "press",
                label: t("home.centralPress"),
                content: (
                  <>
                    <PostCards posts={central?.posts ?? press} lang={lang} />
                    <MoreLink section="PRESS_RELEASE" site={central?.site} lang={lang} />
                  </>
                ),
              },
              {
                key: "media",
                label: t("sections.MULTIMEDIA.label"),
                content: (
                  <>
                    <PostCards posts={media} lang={lang} />
                    <MoreLink section="MULTIMEDIA" lang={lang} />
                  </>
                ),
              },
            ]}
          />
        </section>
        <CalendarWidget calendar={calendar} lang={lang} />
      </div>
      <section
        aria-labelledby="elections-title"
        className="mt-8 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      >
        <h2 id="elections-title" className="mb-2 text-xl font-bold text-brand-900">
          {t("home.announcements")}
        </h2>
        <Tabs
          label={t("home.announcements")}
          panels={[
            {
              key: "ann",
              label: t("sections.ELECTION_ANNOUNCEMENT.label"),
              content: (
                <>
                  <PostList posts={electionAnn} lang={lang} />
                  <MoreLink section="ELECTION_ANNOUNCEMENT" lang={lang} />
                </>
              ),
            },
            {
              key: "results",
              label: t("sections.ELECTION_RESULT.label"),
              content: (
                <>
                  <PostList posts={results} lang={lang} />
                  <ElectionsLink lang={lang} />
                  <MoreLink section="ELECTION_RESULT" lang={lang} />
                </>
              ),
            },
            {
              key: "procurement",
              label: t("sections.PROCUREMENT.label"),
              content: (
                <>
                  <PostList posts={procurement} lang={lang} />
                  <MoreLink section="PROCUREMENT" lang={lang} />
                </>
              ),
            },
          ]}
        />
      </section>
      {thai && <SubscribeForm />}
    </>
  );
}
