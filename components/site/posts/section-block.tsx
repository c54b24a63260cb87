import Link from "next/link";
import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { sectionInfo } from "@/lib/posts/sections";
import type { Section } from "@/lib/generated/prisma/enums";

/** `site`: another office's site (the central office's press releases), else this one. */
export function MoreLink({ section, site = "", lang = "th" }: { section: Section; site?: string; lang?: SiteLang }) {
  const t = translator(lang);
  return (
    <p className="mt-2 text-right">
      <Link
        href={`${site}${localePath(lang, `/news/${sectionInfo(section).slug}`)}`}
        className="text-brand-700 underline"
      >
        {t("posts.more")}
        <span className="sr-only"> {t(`sections.${section}.label`)}</span>
      </Link>
    </p>
  );
}

/** From the results announcements to the results themselves (charts, per constituency, downloads). */
export function ElectionsLink({ lang = "th" }: { lang?: SiteLang }) {
  return (
    <p className="mt-2">
      <Link href="/elections" className="font-bold text-brand-700 underline">
        {translator(lang)("home.electionsLink")}
      </Link>
    </p>
  );
}
