import { getPrisma } from "@/lib/db/client";

export type SiteSettingsView = {
  officeName: string;
  officeShortName: string;
  province: string;
  address: string;
  phone: string;
  fax: string;
  hotline: string;
  email: string;
  facebookUrl: string;
  youtubeUrl: string;
  lineUrl: string;
  mapUrl: string;
  copyrightStartYear: number;
};

// Used until the office fills in its settings, so that a fresh database still renders.
const FALLBACK: SiteSettingsView = {
  officeName: "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด",
  officeShortName: "สำนักงาน กกต. ประจำจังหวัด",
  province: "",
  address: "",
  phone: "",
  fax: "",
  hotline: "1444",
  email: "",
  facebookUrl: "",
  youtubeUrl: "",
  lineUrl: "",
  mapUrl: "",
  copyrightStartYear: 2559,
};

export async function getSiteSettings(): Promise<SiteSettingsView> {
  const row = await getPrisma().siteSettings.findFirst();
  if (!row) return FALLBACK;
  const { officeId: _o, updatedAt: _u, version: _v, ...view } = row;
  return { ...view, officeShortName: view.officeShortName || view.officeName };
}
