import { notFound } from "next/navigation";
import { currentOffice } from "@/lib/db/client";
import { feedAlternates } from "@/lib/feeds/links";
import { langOf } from "@/lib/i18n/langs";
import { getLocalSettings } from "@/lib/i18n/site-settings";
import { requestOffice, DEFAULT_SEGMENT } from "@/lib/offices/context";
import { SiteFooter } from "@/components/site/shell/site-footer";
import { SiteHeader } from "@/components/site/shell/site-header";
import { pageShareMeta } from "@/lib/seo/page-meta";

// Each office's pages are rendered on their first request, then kept per office (proxy.ts).
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Params = Promise<{ lang: string; office: string }>;
type Props = { children: React.ReactNode; params: Params };

export default async function SiteLayout({ children, params }: Props) {
  // The segment is the proxy's, from the server's own header: a mismatch is a request that went
  // round the proxy, and gets nothing.
  const { lang, office } = await params;
  const served = await currentOffice();
  if (office !== served.code && !(office === DEFAULT_SEGMENT && !requestOffice())) notFound();
  const settings = await getLocalSettings(langOf(lang));
  return (
    <>
      <SiteHeader settings={settings} lang={langOf(lang)} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} lang={langOf(lang)} />
    </>
  );
}

export async function generateMetadata({ params }: { params: Params }) {
  const lang = langOf((await params).lang);
  const settings = await getLocalSettings(lang);
  const description =
    lang === "en"
      ? `News, announcements and activities of the ${settings.officeName}`
      : `ข่าวสาร ประกาศ และปฏิทินกิจกรรมของ${settings.officeName}`;
  return {
    title: { default: settings.officeName, template: `%s | ${settings.officeShortName}` },
    description,
    alternates: { types: feedAlternates(lang) },
    ...(await pageShareMeta({ description, lang })),
  };
}
