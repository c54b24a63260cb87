import type { Metadata } from "next";
import { pageShareMeta } from "@/lib/seo/page-meta";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/site/elections/count-status";
import { getNationalPicture } from "@/lib/elections/national-queries";
import { formatCount, formatPercent } from "@/lib/elections/format";
import { ELECTION_KIND_LABELS } from "@/lib/elections/labels";
import { getPublishedElections } from "@/lib/elections/queries";
import { turnoutPercent } from "@/lib/elections/summary";
import { formatThaiDate, toBangkokIso } from "@/lib/thai-date";

// /elections: every published election, latest first. An optional catch-all so that the build
// never renders it (it reads the database); anything deeper that no other route takes is a 404.
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

const TITLE = "ผลการเลือกตั้ง";
const DESCRIPTION = "ผลการเลือกตั้งและการนับคะแนนในจังหวัด รายเขต พร้อมดาวน์โหลดข้อมูล CSV และ JSON";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: TITLE,
    description: DESCRIPTION,
    alternates: { canonical: "/elections" },
    ...(await pageShareMeta({ title: TITLE, description: DESCRIPTION, path: "/elections" })),
  };
}

export default async function ElectionsIndex({ params }: { params: Promise<{ index?: string[] }> }) {
  const { index } = await params;
  if (index && index.length > 0) notFound();
  const elections = await getPublishedElections();
  // On the central site, an election of no contests of its own is national: its provinces' totals.
  const national = await Promise.all(elections.map((e) => (e.contestCount === 0 ? getNationalPicture(e.id) : null)));
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">ผลการเลือกตั้ง</h1>
      {elections.length === 0 ? (
        <p className="mt-4">ยังไม่มีผลการเลือกตั้งที่เผยแพร่</p>
      ) : (
        <ol className="mt-4 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          {elections.map((e, i) => (
            <li key={e.id} className="p-4">
              <h2 className="text-lg font-bold">
                <Link href={e.path} className="text-brand-800 hover:underline">
                  {e.title}
                </Link>
              </h2>
              <p className="meta">
                {ELECTION_KIND_LABELS[e.kind].short} · วันเลือกตั้ง{" "}
                <time dateTime={toBangkokIso(e.pollingDay)}>{formatThaiDate(e.pollingDay, "long")}</time> ·{" "}
                {national[i]
                  ? `ทั้งประเทศ ${formatCount(national[i].constituencies)} เขต`
                  : `${formatCount(e.contestCount)} เขต`}
              </p>
              {national[i] ? (
                <p className="mt-1">
                  รายงานผลแล้ว {formatCount(national[i].reporting)} จาก {formatCount(national[i].provinces.length)} จังหวัด
                  · นับแล้ว {formatCount(national[i].counted)} จาก {formatCount(national[i].constituencies)} เขต ·
                  ผู้มาใช้สิทธิ {formatPercent(national[i].totals.turnout)} <StatusBadge status={national[i].status} />
                </p>
              ) : (
                <p className="mt-1">
                  ผู้มาใช้สิทธิ {formatCount(e.came)} จาก {formatCount(e.registered)} คน ({formatPercent(turnoutPercent(e))}){" "}
                  <StatusBadge status={e.status} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
