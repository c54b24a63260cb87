import type { Prisma } from "@/lib/generated/prisma/client";

// Demo contact details: the office name is real, the address, numbers and e-mail are plausible
// placeholders for the demo and must be replaced with the office's own before going live.
export const siteSettings: Prisma.SiteSettingsCreateInput = {
  officeName: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย",
  officeShortName: "สำนักงาน กกต. ประจำจังหวัดเชียงราย",
  province: "เชียงราย",
  address: "เลขที่ 123 ถนนสิงหไคล ตำบลเวียง อำเภอเมืองเชียงราย จังหวัดเชียงราย 57000",
  phone: "053 150 100",
  fax: "053 150 101",
  hotline: "1444",
  email: "chiangrai@example.go.th",
  facebookUrl: "https://www.facebook.com/ect.chiangrai.demo",
  youtubeUrl: "",
  lineUrl: "",
  mapUrl: "https://maps.google.com/?q=" + encodeURIComponent("อำเภอเมืองเชียงราย จังหวัดเชียงราย"),
  copyrightStartYear: 2559,
};

export const seedUser: Prisma.UserCreateInput = {
  email: "admin@example.go.th",
  name: "ผู้ดูแลระบบ",
  // "!" can never equal a hash: no password is set and sign-in stays disabled until one is.
  passwordHash: "!",
  role: "ADMIN",
  // The demo's one admin is also the platform administrator: the same sign-in opens the staff
  // area of the other demo offices (central and Phayao).
  isPlatformAdmin: true,
};
