import type { Section } from "@/lib/generated/prisma/enums";

export type SectionInfo = {
  key: Section;
  /** ASCII segment of the listing address: /news/{slug} */
  slug: string;
  label: string;
  description: string;
};

// Order is the order of the site's navigation.
export const SECTIONS: readonly SectionInfo[] = [
  { key: "ANNOUNCEMENT", slug: "announcements", label: "ข่าวประกาศ", description: "ประกาศและคำสั่งของสำนักงาน" },
  { key: "PRESS_RELEASE", slug: "press-releases", label: "ข่าวประชาสัมพันธ์", description: "ข่าวประชาสัมพันธ์ กกต." },
  { key: "NEWS_ACTIVITY", slug: "activities", label: "ข่าว/กิจกรรม", description: "ข่าวและกิจกรรมของสำนักงาน" },
  {
    key: "ELECTION_ANNOUNCEMENT",
    slug: "election-announcements",
    label: "ประกาศเกี่ยวกับการเลือกตั้ง",
    description: "ประกาศ คำสั่ง และระเบียบเกี่ยวกับการเลือกตั้ง",
  },
  {
    key: "ELECTION_RESULT",
    slug: "election-results",
    label: "ประกาศผลการเลือกตั้ง",
    description: "ประกาศผลการเลือกตั้งอย่างเป็นทางการ",
  },
  { key: "PROCUREMENT", slug: "procurement", label: "ข่าวประกวดราคา", description: "ประกาศจัดซื้อจัดจ้างและผลการพิจารณา" },
  { key: "MULTIMEDIA", slug: "multimedia", label: "มัลติมีเดีย", description: "ภาพกิจกรรมและวิดีโอ" },
  { key: "OTHER", slug: "other", label: "อื่นๆ", description: "ข่าวอื่น ๆ" },
];

const bySlug = new Map(SECTIONS.map((s) => [s.slug, s]));
const byKey = new Map(SECTIONS.map((s) => [s.key, s]));

export function sectionBySlug(slug: string): SectionInfo | undefined {
  return bySlug.get(slug);
}

export function sectionInfo(key: Section): SectionInfo {
  const info = byKey.get(key);
  if (!info) throw new Error(`Unknown section ${key}`);
  return info;
}

export function sectionPath(key: Section, page = 1): string {
  const base = `/news/${sectionInfo(key).slug}`;
  return page > 1 ? `${base}/page/${page}` : base;
}
