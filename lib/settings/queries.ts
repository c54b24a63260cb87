import { currentOffice, getPrisma } from "@/lib/db/client";

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

// Used until the office fills in its settings, so that a new office still renders: its own name
// from the catalogue of offices, the national hotline, nothing else.
const FALLBACK: SiteSettingsView = {
  officeName: "",
  officeShortName: "",
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
  if (!row) {
    const office = await currentOffice();
    return {
      ...FALLBACK,
      officeName: office.nameTh,
      officeShortName: office.province ? `สำนักงาน กกต. ${provinceLabel(office.province)}` : "สำนักงาน กกต.",
      province: office.province ?? "",
    };
  }
  const { officeId: _o, updatedAt: _u, version: _v, ...view } = row;
  return { ...view, officeShortName: view.officeShortName || view.officeName };
}

/** "เชียงราย" → "ประจำจังหวัดเชียงราย"; Bangkok is not a จังหวัด. */
function provinceLabel(province: string): string {
  return province === "กรุงเทพมหานคร" ? `ประจำ${province}` : `ประจำจังหวัด${province}`;
}
