import { mailtoHref, phoneLinks } from "@/lib/office/contact";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import type { ExecutiveView } from "@/lib/office/queries";

// The executives on the About page: photo when there is one, name, position, and contact links.
export function ExecutiveList({ executives, lang = "th" }: { executives: ExecutiveView[]; lang?: SiteLang }) {
  if (executives.length === 0) return null;
  const t = translator(lang);
  const thai = lang === "th" ? undefined : "th";
  return (
    <section aria-labelledby="executives-title" className="mt-10">
      <h2 id="executives-title" className="text-xl font-bold text-brand-900">
        {t("office.executives")}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {executives.map((e) => {
          const mail = mailtoHref(e.email);
          return (
            <li
              key={e.id}
              className="flex gap-4 rounded-md p-4 ring-1 ring-slate-200 break-inside-avoid"
              data-testid="executive"
            >
              {e.photo && (
                // eslint-disable-next-line @next/next/no-img-element -- uploads are served as-is
                <img
                  src={e.photo.src}
                  alt={t("office.photo", { name: e.name })}
                  width={96}
                  height={120}
                  className="h-30 w-24 shrink-0 rounded object-cover"
                />
              )}
              <div>
                <p className="text-lg font-bold" lang={thai}>
                  {e.name}
                </p>
                <p className="text-slate-700" lang={thai}>
                  {e.position}
                </p>
                <ul className="mt-1 space-y-0.5">
                  {phoneLinks(e.phone).map((p) => (
                    <li key={p.href + p.text}>
                      {t("office.tel")}{" "}
                      <a href={p.href} className="text-brand-700 underline">
                        {p.text}
                      </a>
                    </li>
                  ))}
                  {mail && (
                    <li>
                      {t("office.email")}{" "}
                      <a href={mail} className="break-all text-brand-700 underline">
                        {e.email}
                      </a>
                    </li>
                  )}
                </ul>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
