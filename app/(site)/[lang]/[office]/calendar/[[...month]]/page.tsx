import type { Metadata } from "next";
import { absolute } from "@/lib/http/absolute";
import { eventJsonLd } from "@/lib/seo/event-meta";
import { jsonLdText } from "@/lib/seo/json-ld";
import { pageShareMeta } from "@/lib/seo/page-meta";
import { formatMonth } from "@/lib/i18n/dates";
import { langOf } from "@/lib/i18n/langs";
import { languageAlternates, localePath } from "@/lib/i18n/paths";
import { getLocalSettings } from "@/lib/i18n/site-settings";
import { translator } from "@/lib/i18n/translator";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventList } from "@/components/site/calendar/event-list";
import { MonthGrid } from "@/components/site/calendar/month-grid";
import { getMonthCalendar } from "@/lib/calendar/month";
import { currentYearMonth, formatMonthParam, parseMonthParam, type YearMonth } from "@/lib/thai-date";

// /calendar is this month; /calendar/2565-06 is any month (Buddhist-era year) and can be shared.
// /en/calendar/2565-06 is the same month in English (month names, Common Era years): the address
// keeps the Thai form so that the language switch keeps the month.
// Cached like every public page; a short revalidate keeps "today" right across midnight.
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; month?: string[] }> };

async function monthOf(params: Props["params"]): Promise<YearMonth | null> {
  const { month } = await params;
  if (!month || month.length === 0) return currentYearMonth();
  if (month.length > 1) return null;
  return parseMonthParam(month[0]!);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = langOf((await params).lang);
  const t = translator(lang);
  const ym = await monthOf(params);
  if (!ym) return { title: t("notFound.title") };
  const title = t("calendar.metaTitle", { month: formatMonth(lang, ym) });
  const path = `/calendar/${formatMonthParam(ym)}`;
  return {
    title,
    alternates: languageAlternates(lang, path),
    ...(await pageShareMeta({ title, path: localePath(lang, path), lang })),
  };
}

export default async function CalendarPage({ params }: Props) {
  const lang = langOf((await params).lang);
  const t = translator(lang);
  const ym = await monthOf(params);
  if (!ym) notFound();
  const [calendar, settings] = await Promise.all([getMonthCalendar(ym), getLocalSettings(lang)]);
  const { grid } = calendar;
  const monthPath = (m: YearMonth) => localePath(lang, `/calendar/${formatMonthParam(m)}`);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{t("calendar.title")}</h1>
      <nav aria-label={t("calendar.chooseMonth")} className="my-4 flex flex-wrap items-center justify-between gap-2">
        <Link
          href={monthPath(grid.prev)}
          rel="prev"
          className="rounded px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50"
        >
          «« <span className="sr-only">{t("calendar.prev")} </span>
          {formatMonth(lang, grid.prev)}
        </Link>
        <h2 className="text-xl font-bold" aria-live="polite">
          {formatMonth(lang, grid.ym)}
        </h2>
        <Link
          href={monthPath(grid.next)}
          rel="next"
          className="rounded px-3 py-2 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50"
        >
          <span className="sr-only">{t("calendar.next")} </span>
          {formatMonth(lang, grid.next)} »»
        </Link>
      </nav>
      <p className="mb-3 text-right">
        <Link href={localePath(lang, "/calendar")} className="text-brand-700 underline">
          {t("calendar.current")}
        </Link>
      </p>
      {calendar.events.length > 0 && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: jsonLdText(
              eventJsonLd(calendar.events, { name: settings.officeName, url: absolute("") }, absolute(monthPath(ym))),
            ),
          }}
        />
      )}
      <MonthGrid calendar={calendar} lang={lang} />
      <EventList
        events={calendar.events}
        title={t("calendar.monthEvents", { month: formatMonth(lang, grid.ym) })}
        lang={lang}
      />
    </>
  );
}
