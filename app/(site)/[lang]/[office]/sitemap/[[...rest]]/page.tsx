import type { Metadata } from "next";
import { pageShareMeta } from "@/lib/seo/page-meta";
import Link from "next/link";
import { notFound } from "next/navigation";
import { feedAlternates } from "@/lib/feeds/links";
import { isBareAddress } from "@/lib/office/route";
import { siteMapGroups } from "@/lib/office/site-map";

// The human site map. /sitemap.xml (app/sitemap.xml) is a different route and stays the XML one.
export const revalidate = 3600;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ rest?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await isBareAddress(params))) return { title: "ไม่พบหน้าที่ต้องการ" };
  const [title, description] = ["แผนผังเว็บไซต์", "รายการทุกส่วนของเว็บไซต์"];
  return {
    title,
    description,
    alternates: { canonical: "/sitemap", types: feedAlternates("th") },
    ...(await pageShareMeta({ title, description, path: "/sitemap" })),
  };
}

export default async function SiteMapPage({ params }: Props) {
  if (!(await isBareAddress(params))) notFound();
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <nav aria-label="ตำแหน่งของหน้านี้" className="mb-3 text-sm text-slate-600">
        <Link href="/" className="underline">
          หน้าแรก
        </Link>{" "}
        › <span aria-current="page">แผนผังเว็บไซต์</span>
      </nav>
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">แผนผังเว็บไซต์</h1>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        {siteMapGroups().map((g, i) => (
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
