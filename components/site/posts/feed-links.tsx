import type { Section } from "@/lib/generated/prisma/enums";
import { feedLinks } from "@/lib/feeds/links";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";

// Visible links to a section's feeds and the whole site's, in the page's language: journalists
// look for them on the page, not in <head>. Plain <a>: a feed is a document to fetch, not a page
// of this app.
export function FeedLinks({ section, lang = "th" }: { section: { key: Section; slug: string }; lang?: SiteLang }) {
  const t = translator(lang);
  return (
    <nav
      aria-label={t("feeds.nav")}
      className="mt-2 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-slate-700"
    >
      <span className="font-bold">{t("feeds.follow")}</span>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {feedLinks(lang, section).map((f) => (
          <li key={f.url}>
            <a href={f.url} type={f.type} className="text-brand-700 underline">
              {f.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
