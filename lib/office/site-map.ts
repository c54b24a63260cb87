import { feedLinks } from "@/lib/feeds/links";
import type { SiteLang } from "@/lib/i18n/langs";
import { hasEnglish, localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { SECTIONS, sectionPath } from "@/lib/posts/sections";
import { OFFICE_PAGES } from "./pages";

// The human site map (/sitemap): every public area in groups, in the order of the site's menus.
// /sitemap.xml (lib/feeds/sitemap.ts) is the machine one. In English, areas that have an English
// version link to it; the others (election results, procurement, accessibility) are marked Thai.

export type SiteMapLink = { href: string; label: string; note?: string; inThai?: boolean };
export type SiteMapGroup = { title: string; links: SiteMapLink[] };

export function siteMapGroups(lang: SiteLang = "th"): SiteMapGroup[] {
  const t = translator(lang);
  const m = (th: string, en: string) => (lang === "th" ? th : en);
  const link = (href: string, label: string, note?: string): SiteMapLink => {
    const english = lang === "en" && hasEnglish(href);
    return { href: english ? localePath("en", href) : href, label, note, inThai: lang === "en" && !english };
  };
  return [
    {
      title: m("หน้าหลัก", "Main pages"),
      links: [
        link("/", t("shell.home")),
        link("/calendar", m("ปฏิทินกิจกรรม ตารางปฏิบัติงาน", "Activity calendar")),
        link("/elections", t("shell.elections")),
        link(
          "/procurement",
          t("footer.procurement"),
          m("แผน ประกาศ ผล และรายงานสรุปการจัดซื้อจัดจ้าง", "Plans, notices, results and summaries of procurement"),
        ),
        link("/search", t("search.submit")),
      ],
    },
    {
      title: m("ข่าวและประกาศ", "News and announcements"),
      links: SECTIONS.map((s) =>
        link(sectionPath(s.key), t(`sections.${s.key}.label`), t(`sections.${s.key}.description`)),
      ),
    },
    {
      title: t("footer.about"),
      links: [
        ...OFFICE_PAGES.map((p) => link(p.path, m(p.defaultTitle, t(`office.${p.key}`)), m(p.description, ""))),
        link(
          "/accessibility",
          t("footer.accessibility"),
          m("การใช้งานด้วยแป้นพิมพ์ โปรแกรมอ่านหน้าจอ และการปรับการแสดงผล", "Keyboard, screen readers and display settings"),
        ),
        link(
          "/offices",
          t("footer.offices"),
          m("เว็บไซต์ของสำนักงานทุกจังหวัด แยกตามภาค", "Every province's office, by region"),
        ),
      ],
    },
    {
      title: m("ติดตามข่าวสาร", "Follow the news"),
      links: [
        ...feedLinks(lang).map((f) => ({ href: f.url, label: f.title })),
        {
          href: "/calendar.ics",
          label: m("ปฏิทินกิจกรรม (iCalendar)", "Activity calendar (iCalendar)"),
          note: m("เพิ่มในแอปปฏิทินของท่าน", "Add it to your calendar app"),
        },
        { href: "/sitemap.xml", label: m("แผนผังเว็บไซต์สำหรับเครื่องมือค้นหา (XML)", "Site map for search engines (XML)") },
      ],
    },
  ];
}
