import { cache } from "react";
import { currentOffice, getRootPrisma } from "@/lib/db/client";
import { getSiteSettings, type SiteSettingsView } from "@/lib/settings/queries";
import type { SiteLang } from "./langs";

/**
 * The office's settings as a page in `lang` shows them: on English pages its English name from
 * the catalogue of offices ("Chiang Rai Provincial Office of the Election Commission of
 * Thailand"); what the office typed itself (address, phone) is as typed. Once per render: the
 * layout, the page and their metadata all ask.
 */
export const getLocalSettings = cache(async (lang: SiteLang): Promise<SiteSettingsView> => {
  const settings = await getSiteSettings();
  if (lang === "th") return settings;
  const { id } = await currentOffice();
  const office = await getRootPrisma().office.findUnique({ where: { id }, select: { nameEn: true, provinceEn: true } });
  if (!office) return settings;
  return {
    ...settings,
    officeName: office.nameEn,
    officeShortName: office.provinceEn ? `ECT ${office.provinceEn}` : "ECT",
  };
});
