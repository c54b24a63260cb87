import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExecutiveList } from "@/components/site/office/executive-list";
import { OfficeArticle } from "@/components/site/office/office-article";
import { langOf } from "@/lib/i18n/langs";
import { officePageMetadata, officePageTitle } from "@/lib/office/metadata";
import { getExecutives, getOfficePage } from "@/lib/office/queries";
import { isBareAddress } from "@/lib/office/route";

// About the office: history, powers, structure (editable text) and the executives.
export const revalidate = 3600;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ lang: string; rest?: string[] }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return officePageMetadata("ABOUT", params);
}

export default async function AboutPage({ params }: Props) {
  if (!(await isBareAddress(params))) notFound();
  const lang = langOf((await params).lang);
  const [page, executives] = await Promise.all([getOfficePage("ABOUT"), getExecutives()]);
  const changed = [page.updatedAt, ...executives.map((e) => e.updatedAt)].reduce<Date | null>(
    (a, b) => (b && (!a || b > a) ? b : a),
    null,
  );
  return (
    <OfficeArticle
      lang={lang}
      title={await officePageTitle("ABOUT", lang)}
      body={page.body}
      updatedAt={changed}
      after={<ExecutiveList executives={executives} lang={lang} />}
    />
  );
}
