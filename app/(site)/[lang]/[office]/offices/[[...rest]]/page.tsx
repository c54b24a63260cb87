import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/site/shell/breadcrumbs";
import { notFound } from "next/navigation";
import { feedAlternates } from "@/lib/feeds/links";
import { langOf } from "@/lib/i18n/langs";
import { languageAlternates, localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { isBareAddress } from "@/lib/office/route";
import { listOffices } from "@/lib/offices/queries";
import { pageShareMeta } from "@/lib/seo/page-meta";

// Every office of the Election Commission, by region, each linking to its own site (in English,
// by the offices' English names, to their English home pages).
export const revalidate = 3600;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; rest?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = langOf((await params).lang);
  const t = translator(lang);
  if (!(await isBareAddress(params))) return { title: t("notFound.title") };
  const [title, description] = [t("offices.title"), t("offices.description")];
  return {
    title,
    description,
    alternates: { ...languageAlternates(lang, "/offices"), types: feedAlternates(lang) },
    ...(await pageShareMeta({ title, description, path: localePath(lang, "/offices"), lang })),
  };
}

/** An office's site in the page's language: its English home page on English pages. */
function siteIn(lang: "th" | "en", href: string): string {
  if (lang === "th") return href;
  if (href.startsWith("/")) return localePath("en", href);
  const url = new URL(href);
  url.pathname = localePath("en", url.pathname);
  return url.toString();
}

export default async function OfficesPage({ params }: Props) {
  if (!(await isBareAddress(params))) notFound();
  const lang = langOf((await params).lang);
  const t = translator(lang);
  const { central, regions, count } = await listOffices(lang === "en");
  const title = t("offices.title");
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <Breadcrumbs lang={lang} trail={[{ label: title }]} />
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{title}</h1>
      <p className="mt-2 text-slate-700">{t("offices.count", { count })}</p>
      {central && (
        <p className="mt-4">
          {t("offices.central")}{" "}
          <a href={siteIn(lang, central.href)} className="font-bold text-brand-700 underline">
            {central.name}
          </a>
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        {regions.map((r, i) => {
          const region = t(`regions.${r.key}`);
          return (
            <section key={r.key} aria-labelledby={`region-${i}`}>
              <h2 id={`region-${i}`} className="text-xl font-bold text-brand-900">
                {t("offices.region", { region, count: r.offices.length })}
              </h2>
              <table className="mt-2 w-full text-left">
                <caption className="sr-only">{t("offices.caption", { region })}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-3">
                      {t("offices.province")}
                    </th>
                    <th scope="col" className="py-1">
                      {t("offices.website")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.offices.map((o) => (
                    <tr key={o.code} className="border-b border-slate-100">
                      <td className="py-1 pr-3">{o.province}</td>
                      <td className="py-1">
                        <a href={siteIn(lang, o.href)} className="break-words text-brand-700 underline">
                          {o.name}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
    </article>
  );
}
