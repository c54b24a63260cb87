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
import { getLatestPosts } from "@/lib/posts/queries";
import { currentYearMonth } from "@/lib/thai-date";
import type { Section } from "@/lib/generated/prisma/enums";

// The home page sits on an optional catch-all so that it is rendered on first request and then
// served from the cache (ISR) — `next build` never needs the database. Any other unmatched
// address lands here too and gets the 404 page.
export const revalidate = 60;
export const dynamicParams = true;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

export async function generateMetadata({ params }: { params: Promise<{ home?: string[] }> }): Promise<Metadata> {
  const { home } = await params;
  // Other addresses that land here are 404s: they get no canonical of their own.
  return home && home.length > 0
    ? { title: "ไม่พบหน้าที่ต้องการ" }
    : { alternates: { canonical: "/", types: feedAlternates() } };
}

// Four cards a tab and five lines a list: enough to scan on a phone, and every item is sent
// on every request of the busiest page.
async function latest(section: Section, limit = 4) {
  return getLatestPosts({ sections: [section], limit });
}

export default async function HomePage({ params }: { params: Promise<{ home?: string[] }> }) {
  const { home } = await params;
  if (home && home.length > 0) notFound();

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
      <h1 className="sr-only">หน้าแรก</h1>
      <AnnouncementStrip news={strip} other={stripOther} />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="news-title" className="lg:col-span-2">
          <h2 id="news-title" className="mb-2 text-xl font-bold text-brand-900">
            ข่าวสาร
          </h2>
          <Tabs
            label="ข่าวสาร"
            panels={[
              {
                key: "activities",
                label: "ข่าว/กิจกรรม",
                content: (
                  <>
                    <PostCards posts={activities} lead />
                    <MoreLink section="NEWS_ACTIVITY" />
                  </>
                ),
              },
              {
                key: "press",
                label: "ข่าวประชาสัมพันธ์ กกต.",
                content: (
                  <>
                    <PostCards posts={central?.posts ?? press} />
                    <MoreLink section="PRESS_RELEASE" site={central?.site} />
                  </>
                ),
              },
              {
                key: "media",
                label: "มัลติมีเดีย",
                content: (
                  <>
                    <PostCards posts={media} />
                    <MoreLink section="MULTIMEDIA" />
                  </>
                ),
              },
            ]}
          />
        </section>
        <CalendarWidget calendar={calendar} />
      </div>
      <section
        aria-labelledby="elections-title"
        className="mt-8 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      >
        <h2 id="elections-title" className="mb-2 text-xl font-bold text-brand-900">
          ประกาศและจัดซื้อจัดจ้าง
        </h2>
        <Tabs
          label="ประกาศและจัดซื้อจัดจ้าง"
          panels={[
            {
              key: "ann",
              label: "ประกาศเกี่ยวกับการเลือกตั้ง",
              content: (
                <>
                  <PostList posts={electionAnn} />
                  <MoreLink section="ELECTION_ANNOUNCEMENT" />
                </>
              ),
            },
            {
              key: "results",
              label: "ประกาศผลการเลือกตั้ง",
              content: (
                <>
                  <PostList posts={results} />
                  <ElectionsLink />
                  <MoreLink section="ELECTION_RESULT" />
                </>
              ),
            },
            {
              key: "procurement",
              label: "ข่าวประกวดราคา",
              content: (
                <>
                  <PostList posts={procurement} />
                  <MoreLink section="PROCUREMENT" />
                </>
              ),
            },
          ]}
        />
      </section>
      <SubscribeForm />
    </>
  );
}
