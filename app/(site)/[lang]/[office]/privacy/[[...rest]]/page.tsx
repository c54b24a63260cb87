import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfficeArticle } from "@/components/site/office/office-article";
import { langOf } from "@/lib/i18n/langs";
import { officePageMetadata, officePageTitle } from "@/lib/office/metadata";
import { getOfficePage } from "@/lib/office/queries";
import { isBareAddress } from "@/lib/office/route";

// The privacy policy (PDPA), written and kept up to date by the office's editors.
export const revalidate = 3600;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; rest?: string[] }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return officePageMetadata("PRIVACY", params);
}

export default async function PrivacyPage({ params }: Props) {
  if (!(await isBareAddress(params))) notFound();
  const lang = langOf((await params).lang);
  const page = await getOfficePage("PRIVACY");
  return (
    <OfficeArticle
      lang={lang}
      title={await officePageTitle("PRIVACY", lang)}
      body={page.body}
      updatedAt={page.updatedAt}
    />
  );
}
