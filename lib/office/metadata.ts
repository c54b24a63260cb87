import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/links";
import { langOf } from "@/lib/i18n/langs";
import { languageAlternates, localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { pageShareMeta } from "@/lib/seo/page-meta";
import type { OfficePageKey } from "@/lib/generated/prisma/enums";
import { officePageInfo } from "./pages";
import { getOfficePage } from "./queries";
import { isBareAddress } from "./route";

type Params = Promise<{ lang: string; rest?: string[] }>;

/**
 * Title and canonical address of an office page; addresses below it are 404s with no canonical.
 * In English the page's English name (the office titles its pages in Thai).
 */
export async function officePageMetadata(key: OfficePageKey, params: Params): Promise<Metadata> {
  const lang = langOf((await params).lang);
  if (!(await isBareAddress(params))) return { title: translator(lang)("notFound.title") };
  const info = officePageInfo(key);
  const title = await officePageTitle(key, lang);
  const description = lang === "th" ? info.description : undefined;
  return {
    title,
    description,
    alternates: { ...languageAlternates(lang, info.path), types: feedAlternates(lang) },
    ...(await pageShareMeta({ title, description, path: localePath(lang, info.path), lang })),
  };
}

/** The page's title as the office wrote it, or its English name on English pages. */
export async function officePageTitle(key: OfficePageKey, lang: "th" | "en"): Promise<string> {
  return lang === "th" ? (await getOfficePage(key)).title : translator(lang)(`office.${key}`);
}
