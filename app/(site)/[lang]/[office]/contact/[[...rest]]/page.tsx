import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactDetails } from "@/components/site/office/contact-details";
import { OfficeArticle } from "@/components/site/office/office-article";
import { langOf } from "@/lib/i18n/langs";
import { officePageMetadata, officePageTitle } from "@/lib/office/metadata";
import { getOfficePage } from "@/lib/office/queries";
import { isBareAddress } from "@/lib/office/route";
import { getLocalSettings } from "@/lib/i18n/site-settings";

// Contact: address and numbers from the site settings, then the editable text (hours, directions).
export const revalidate = 3600;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; rest?: string[] }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return officePageMetadata("CONTACT", params);
}

export default async function ContactPage({ params }: Props) {
  if (!(await isBareAddress(params))) notFound();
  const lang = langOf((await params).lang);
  const [page, settings] = await Promise.all([getOfficePage("CONTACT"), getLocalSettings(lang)]);
  return (
    <OfficeArticle
      lang={lang}
      title={await officePageTitle("CONTACT", lang)}
      body={page.body}
      updatedAt={page.updatedAt}
      before={<ContactDetails settings={settings} lang={lang} />}
    />
  );
}
