import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageShareMeta } from "@/lib/seo/page-meta";
import { FiscalYearView } from "@/components/site/procurement/fiscal-year-view";
import { parseFiscalYearParam } from "@/lib/procurement/fiscal-year";
import { getDefaultFiscalYear, getFiscalYearPage } from "@/lib/procurement/queries";
import { keepOnlyBriefly } from "@/lib/cache/keep-briefly";

// /procurement opens the newest fiscal year with disclosures; /procurement/2569 is any fiscal year
// (Buddhist era) and can be shared. Anything else under /procurement is a 404.
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ year?: string[] }> };

async function yearOf(params: Props["params"]): Promise<number | null> {
  const { year } = await params;
  if (!year || year.length === 0) return getDefaultFiscalYear();
  if (year.length > 1) return null;
  return parseFiscalYearParam(year[0]);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = await yearOf(params);
  if (year === null) return { title: "ไม่พบหน้าที่ต้องการ" };
  const title = `การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง ปีงบประมาณ ${year}`;
  const description = `แผนการจัดซื้อจัดจ้าง ประกาศ ราคากลาง ผลการจัดซื้อจัดจ้าง แบบ สขร.1 และรายงานประจำปี ปีงบประมาณ ${year}`;
  const path = `/procurement/${year}`;
  return {
    title,
    description,
    alternates: { canonical: path },
    ...(await pageShareMeta({ title, description, path })),
  };
}

export default async function ProcurementPage({ params }: Props) {
  const year = await yearOf(params);
  const page = year === null ? null : await getFiscalYearPage(year);
  if (!page) {
    // A year with nothing published (yet): kept for seconds, like any 404 that a publish can end.
    await keepOnlyBriefly();
    notFound();
  }
  return <FiscalYearView page={page} />;
}
