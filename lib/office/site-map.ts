import { OFFICE_PAGES } from "./pages";
import { SECTIONS, sectionPath } from "@/lib/posts/sections";

// The human site map (/sitemap): every public area in groups, in the order of the site's menus.
// /sitemap.xml (lib/feeds/sitemap.ts) is the machine one.

export type SiteMapLink = { href: string; label: string; note?: string };
export type SiteMapGroup = { title: string; links: SiteMapLink[] };

export function siteMapGroups(): SiteMapGroup[] {
  return [
    {
      title: "หน้าหลัก",
      links: [
        { href: "/", label: "หน้าแรก" },
        { href: "/calendar", label: "ปฏิทินกิจกรรม ตารางปฏิบัติงาน" },
        { href: "/elections", label: "ผลการเลือกตั้ง" },
        { href: "/procurement", label: "การจัดซื้อจัดจ้าง", note: "แผน ประกาศ ผล และรายงานสรุปการจัดซื้อจัดจ้าง" },
        { href: "/search", label: "ค้นหา" },
      ],
    },
    {
      title: "ข่าวและประกาศ",
      links: SECTIONS.map((s) => ({ href: sectionPath(s.key), label: s.label, note: s.description })),
    },
    {
      title: "เกี่ยวกับสำนักงาน",
      links: [
        ...OFFICE_PAGES.map((p) => ({ href: p.path, label: p.defaultTitle, note: p.description })),
        {
          href: "/accessibility",
          label: "การเข้าถึงเว็บไซต์",
          note: "การใช้งานด้วยแป้นพิมพ์ โปรแกรมอ่านหน้าจอ และการปรับการแสดงผล",
        },
        { href: "/offices", label: "สำนักงาน กกต. ทั่วประเทศ", note: "เว็บไซต์ของสำนักงานทุกจังหวัด แยกตามภาค" },
      ],
    },
    {
      title: "ติดตามข่าวสาร",
      links: [
        { href: "/feed.xml", label: "ข่าวและประกาศทั้งหมด (RSS)" },
        { href: "/atom.xml", label: "ข่าวและประกาศทั้งหมด (Atom)" },
        { href: "/calendar.ics", label: "ปฏิทินกิจกรรม (iCalendar)", note: "เพิ่มในแอปปฏิทินของท่าน" },
        { href: "/sitemap.xml", label: "แผนผังเว็บไซต์สำหรับเครื่องมือค้นหา (XML)" },
      ],
    },
  ];
}
