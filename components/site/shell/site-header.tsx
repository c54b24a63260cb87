import Link from "next/link";
import { localePath } from "@/lib/i18n/paths";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { SECTIONS } from "@/lib/posts/sections";
import type { SiteSettingsView } from "@/lib/settings/queries";
import { DisplaySettings } from "./display-settings";
import { HeaderSearch } from "./header-search";
import { LanguageSwitch } from "./language-switch";

/** `preview`: the staff preview of an unpublished post, which has no other language to offer. */
export function SiteHeader({
  settings,
  lang = "th",
  preview = false,
}: {
  settings: SiteSettingsView;
  lang?: SiteLang;
  preview?: boolean;
}) {
  const t = translator(lang);
  const nav = [
    { href: localePath(lang, "/"), label: t("shell.home") },
    ...SECTIONS.map((s) => ({ href: localePath(lang, `/news/${s.slug}`), label: t(`sections.${s.key}.label`) })),
    // Not yet in English: the Thai page.
    { href: "/elections", label: t("shell.elections") },
    { href: localePath(lang, "/calendar"), label: t("shell.calendar") },
  ];
  return (
    <header className="bg-brand-800 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        {t("shell.skipToMain")}
      </a>
      <div className="bg-brand-900 text-sm">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-1">
          <span>
            {t("shell.hotline")} <strong className="text-gold-400">{settings.hotline}</strong>
          </span>
          <span className="flex items-center gap-3">
            {settings.phone && (
              <span>
                {t("shell.phone")} {settings.phone}
              </span>
            )}
            <DisplaySettings lang={lang} />
            {!preview && <LanguageSwitch lang={lang} />}
          </span>
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <div className="flex items-center gap-3">
          <div
            aria-hidden="true"
            className="grid size-12 shrink-0 place-items-center rounded-full bg-gold-500 text-lg font-bold text-brand-900"
          >
            {lang === "en" ? "ECT" : "กกต."}
          </div>
          <div>
            <Link href={localePath(lang, "/")} className="block text-lg font-bold leading-snug sm:text-2xl">
              {settings.officeName}
            </Link>
            <p className="text-sm text-brand-100">{t("shell.commission")}</p>
          </div>
        </div>
        <HeaderSearch lang={lang} />
      </div>
      <nav aria-label={t("shell.mainMenu")} className="border-t border-brand-700">
        {/* One list for every screen: it wraps on wide screens and scrolls sideways on phones,
            so it works without JavaScript and is sent only once. */}
        <ul className="mx-auto flex max-w-6xl overflow-x-auto px-2 md:flex-wrap">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="nav-link">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
