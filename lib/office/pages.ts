import type { OfficePageKey } from "@/lib/generated/prisma/enums";

// The office's own editable pages: the public address, the staff address segment and the title a
// fresh office starts with (before anyone has saved the page).

export type OfficePageInfo = {
  key: OfficePageKey;
  slug: "about" | "contact" | "privacy";
  path: string;
  defaultTitle: string;
  description: string;
};

export const OFFICE_PAGES: readonly OfficePageInfo[] = [
  {
    key: "ABOUT",
    slug: "about",
    path: "/about",
    defaultTitle: "เกี่ยวกับสำนักงาน",
    description: "ประวัติ อำนาจหน้าที่ โครงสร้าง และผู้บริหาร",
  },
  {
    key: "CONTACT",
    slug: "contact",
    path: "/contact",
    defaultTitle: "ติดต่อสำนักงาน",
    description: "ที่อยู่ โทรศัพท์ อีเมล แผนที่ และเวลาทำการ",
  },
  {
    key: "PRIVACY",
    slug: "privacy",
    path: "/privacy",
    defaultTitle: "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
    description: "ข้อมูลที่เว็บไซต์เก็บ และสิทธิของเจ้าของข้อมูล",
  },
];

const bySlug = new Map<string, OfficePageInfo>(OFFICE_PAGES.map((p) => [p.slug, p]));
const byKey = new Map<OfficePageKey, OfficePageInfo>(OFFICE_PAGES.map((p) => [p.key, p]));

export function officePageBySlug(slug: string): OfficePageInfo | undefined {
  return bySlug.get(slug);
}

export function officePageInfo(key: OfficePageKey): OfficePageInfo {
  const info = byKey.get(key);
  if (!info) throw new Error(`Unknown office page ${key}`);
  return info;
}
