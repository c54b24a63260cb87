import { feedAlternates } from "@/lib/feeds/links";
import { SiteFooter } from "@/components/site/shell/site-footer";
import { SiteHeader } from "@/components/site/shell/site-header";
import { pageShareMeta } from "@/lib/seo/page-meta";
import { getSiteSettings } from "@/lib/settings/queries";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const settings = await getSiteSettings();
  return (
    <>
      <SiteHeader settings={settings} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  );
}

export async function generateMetadata() {
  const settings = await getSiteSettings();
  const description = `ข่าวสาร ประกาศ และปฏิทินกิจกรรมของ${settings.officeName}`;
  return {
    title: { default: settings.officeName, template: `%s | ${settings.officeShortName}` },
    description,
    alternates: { types: feedAlternates() },
    ...(await pageShareMeta({ description })),
  };
}
