import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactDetails } from "@/components/site/office/contact-details";
import { OfficeArticle } from "@/components/site/office/office-article";
import { officePageMetadata } from "@/lib/office/metadata";
import { getOfficePage } from "@/lib/office/queries";
import { isBareAddress } from "@/lib/office/route";
import { getSiteSettings } from "@/lib/settings/queries";

// Contact: address and numbers from the site settings, then the editable text (hours, directions).
export const revalidate = 3600;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ rest?: string[] }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return officePageMetadata("CONTACT", params);
}

export default async function ContactPage({ params }: Props) {
  if (!(await isBareAddress(params))) notFound();
  const [page, settings] = await Promise.all([getOfficePage("CONTACT"), getSiteSettings()]);
  return (
    <OfficeArticle
      title={page.title}
      body={page.body}
      updatedAt={page.updatedAt}
      before={<ContactDetails settings={settings} />}
    />
  );
}
