import { safeExternalUrl } from "@/lib/http/external-url";
import { hasEnglish, localePath } from "@/lib/i18n/paths";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import type { SiteSettingsView } from "@/lib/settings/queries";
import { OnlineCounter } from "./online-counter";

const FOOTER_LINKS = [
  { href: "/about", key: "about" },
  { href: "/contact", key: "contact" },
  { href: "/procurement", key: "procurement" },
  { href: "/privacy", key: "privacy" },
  { href: "/accessibility", key: "accessibility" },
  { href: "/sitemap", key: "sitemap" },
  { href: "/offices", key: "offices" },
] as const;

/**
 * `settings` in the page's language (the office's name); what the office typed (its address)
 * is Thai, and marked so for the English page's screen readers.
 */
export function SiteFooter({ settings, lang = "th" }: { settings: SiteSettingsView; lang?: SiteLang }) {
  const t = translator(lang);
  const thai = lang === "th" ? undefined : "th";
  const social = [
    { label: "Facebook", url: safeExternalUrl(settings.facebookUrl) },
    { label: "YouTube", url: safeExternalUrl(settings.youtubeUrl) },
    { label: "LINE", url: safeExternalUrl(settings.lineUrl) },
  ].filter((s): s is { label: string; url: string } => s.url !== null);
  const map = safeExternalUrl(settings.mapUrl);

  return (
    <footer data-site-footer className="mt-12 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-3">
        <div className="md:col-span-2">
          <p className="text-lg font-bold">{settings.officeName}</p>
          {settings.address && (
            <address className="not-italic" lang={thai}>
              {settings.address}
            </address>
          )}
          <ul className="mt-2 space-y-1">
            {settings.phone && (
              <li>
                {t("footer.phone")} {settings.phone}
              </li>
            )}
            {settings.fax && (
              <li>
                {t("footer.fax")} {settings.fax}
              </li>
            )}
            {settings.email && (
              <li>
                {t("footer.email")}{" "}
                <a className="underline" href={`mailto:${settings.email}`}>
                  {settings.email}
                </a>
              </li>
            )}
            <li>
              {t("footer.hotline")} {settings.hotline}
            </li>
            {map && (
              <li>
                <a className="underline" href={map} rel="noopener noreferrer">
                  {t("footer.map")}
                </a>
              </li>
            )}
          </ul>
        </div>
        <div>
          {social.length > 0 && (
            <>
              <p className="font-bold">{t("footer.follow")}</p>
              <ul className="mt-1 space-y-1">
                {social.map((s) => (
                  <li key={s.label}>
                    <a className="underline" href={s.url} rel="noopener noreferrer">
                      {s.label}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <OnlineCounter lang={lang} />
        </div>
      </div>
      <nav aria-label={t("footer.aboutSite")} className="border-t border-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap justify-center gap-x-6 gap-y-2 px-4 py-3">
          {FOOTER_LINKS.map((l) => (
            <li key={l.href}>
              <a
                className="underline underline-offset-4 hover:text-gold-400"
                href={hasEnglish(l.href) ? localePath(lang, l.href) : l.href}
              >
                {t(`footer.${l.key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="border-t border-brand-800 px-4 py-3 text-center text-sm">
        {t("footer.copyright")} {lang === "th" ? settings.copyrightStartYear : settings.copyrightStartYear - 543} -{" "}
        {settings.officeName}
      </p>
    </footer>
  );
}
