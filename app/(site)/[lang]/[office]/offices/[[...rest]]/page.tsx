import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { feedAlternates } from "@/lib/feeds/links";
import { isBareAddress } from "@/lib/office/route";
import { listOffices } from "@/lib/offices/queries";
import { pageShareMeta } from "@/lib/seo/page-meta";

// Every office of the Election Commission, by region, each linking to its own site.
export const revalidate = 3600;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ rest?: string[] }> };

const TITLE = "สำนักงาน กกต. ทั่วประเทศ";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await isBareAddress(params))) return { title: "ไม่พบหน้าที่ต้องการ" };
  const description = "เว็บไซต์ของสำนักงานคณะกรรมการการเลือกตั้งและสำนักงาน กกต. ประจำจังหวัดทั้ง 77 จังหวัด แยกตามภาค";
  return {
    title: TITLE,
    description,
    alternates: { canonical: "/offices", types: feedAlternates("th") },
    ...(await pageShareMeta({ title: TITLE, description, path: "/offices" })),
  };
}

export default async function OfficesPage({ params }: Props) {
  if (!(await isBareAddress(params))) notFound();
  const { central, regions, count } = await listOffices();
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <nav aria-label="ตำแหน่งของหน้านี้" className="mb-3 text-sm text-slate-600">
        <Link href="/" className="underline">
          หน้าแรก
        </Link>{" "}
        › <span aria-current="page">{TITLE}</span>
      </nav>
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{TITLE}</h1>
      <p className="mt-2 text-slate-700">เว็บไซต์ของสำนักงาน {count} แห่ง แยกตามภาค</p>
      {central && (
        <p className="mt-4">
          ส่วนกลาง:{" "}
          <a href={central.href} className="font-bold text-brand-700 underline">
            {central.name}
          </a>
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        {regions.map((r, i) => (
          <section key={r.name} aria-labelledby={`region-${i}`}>
            <h2 id={`region-${i}`} className="text-xl font-bold text-brand-900">
              {r.name} ({r.offices.length} จังหวัด)
            </h2>
            <table className="mt-2 w-full text-left">
              <caption className="sr-only">สำนักงาน กกต. ประจำจังหวัดใน{r.name}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">
                    จังหวัด
                  </th>
                  <th scope="col" className="py-1">
                    เว็บไซต์
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.offices.map((o) => (
                  <tr key={o.code} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{o.province}</td>
                    <td className="py-1">
                      <a href={o.href} className="break-words text-brand-700 underline">
                        {o.name}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </article>
  );
}
