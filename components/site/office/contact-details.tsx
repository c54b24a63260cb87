import { mailtoHref, phoneLinks } from "@/lib/office/contact";
import { safeExternalUrl } from "@/lib/http/external-url";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import type { SiteSettingsView } from "@/lib/settings/queries";

// The office's address and numbers from the site settings, as links a phone can call or mail.
// The map is a plain link to the map site: no third-party script or frame on this page.
export function ContactDetails({ settings, lang = "th" }: { settings: SiteSettingsView; lang?: SiteLang }) {
  const t = translator(lang);
  const map = safeExternalUrl(settings.mapUrl);
  const mail = mailtoHref(settings.email);
  const phones = phoneLinks(settings.phone);
  return (
    <section aria-labelledby="contact-title" className="mt-6 rounded-md bg-brand-50 p-4 ring-1 ring-brand-100">
      <h2 id="contact-title" className="text-xl font-bold text-brand-900">
        {settings.officeName}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[8rem_1fr]">
        {settings.address && (
          <>
            <dt className="font-bold">{t("office.address")}</dt>
            <dd>
              <address className="not-italic" lang={lang === "th" ? undefined : "th"}>
                {settings.address}
              </address>
            </dd>
          </>
        )}
        {phones.length > 0 && (
          <>
            <dt className="font-bold">{t("office.phone")}</dt>
            <dd>
              {phones.map((p, i) => (
                <span key={p.href + p.text}>
                  {i > 0 && ", "}
                  <a href={p.href} className="text-brand-700 underline">
                    {p.text}
                  </a>
                </span>
              ))}
            </dd>
          </>
        )}
        {settings.fax && (
          <>
            <dt className="font-bold">{t("office.fax")}</dt>
            <dd>{settings.fax}</dd>
          </>
        )}
        <dt className="font-bold">{t("office.hotline")}</dt>
        <dd>
          {phoneLinks(settings.hotline).map((p) => (
            <a key={p.href} href={p.href} className="text-brand-700 underline">
              {p.text}
            </a>
          ))}
        </dd>
        {mail && (
          <>
            <dt className="font-bold">{t("office.email")}</dt>
            <dd>
              <a href={mail} className="break-all text-brand-700 underline">
                {settings.email}
              </a>
            </dd>
          </>
        )}
        {map && (
          <>
            <dt className="font-bold">{t("office.map")}</dt>
            <dd>
              <a href={map} rel="noopener noreferrer" className="text-brand-700 underline" data-testid="map-link">
                {t("office.seeMap")}
              </a>{" "}
              <span className="text-sm text-slate-700">{t("office.external")}</span>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
