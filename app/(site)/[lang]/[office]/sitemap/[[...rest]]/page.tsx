import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/shell/breadcrumbs";
import { feedAlternates } from "@/lib/feeds/links";
import { langOf } from "@/lib/i18n/langs";
import { languageAlternates, localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { isBareAddress } from "@/lib/office/route";
import { siteMapGroups } from "@/lib/office/site-map";
import { pageShareMeta } from "@/lib/seo/page-meta";

// The human site map. /sitemap.xml (app/sitemap.xml) is a different route and stays the XML one.
export const revalidate = 3600;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; rest?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = langOf((await params).lang);
  const t = translator(lang);
  if (!(await isBareAddress(params))) return { title: t("notFound.title") };
  const [title, description] = [t("siteMap.title"), t("siteMap.description")];
  return {
    title,
    description,
    alternates: { ...languageAlternates(lang, "/sitemap"), types: feedAlternates(lang) },
    ...(await pageShareMeta({ title, description, path: localePath(lang, "/sitemap"), lang })),
  };
}

export default async function SiteMapPage({ params }: Props) {
  if (!(await isBareAddress(params))) notFound();
  const lang = langOf((await params).lang);
  const t = translator(lang);
  const title = t("siteMap.title");
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <Breadcrumbs lang={lang} trail={[{ label: title }]} />
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{title}</h1>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        {siteMapGroups(lang).map((g, i) => (
          <section key={g.title} aria-labelledby={`sitemap-group-${i}`}>
            <h2 id={`sitemap-group-${i}`} className="text-xl font-bold text-brand-900">
              {g.title}
            </h2>
            <ul className="mt-2 space-y-2" data-testid="sitemap-links">
              {g.links.map((l) => (
                <li key={l.href}>
                  {/* Plain <a>: feeds are files, not pages for the client router. */}
                  <a href={l.href} className="font-bold text-brand-700 underline">
                    {l.label}
                  </a>
                  {l.inThai && <span className="ml-2 text-sm text-slate-700">{t("siteMap.inThai")}</span>}
                  {l.note && <span className="block text-sm text-slate-700">{l.note}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </article>
  );
}
