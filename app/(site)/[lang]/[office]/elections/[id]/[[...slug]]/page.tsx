import type { Metadata } from "next";
import { pageShareMeta } from "@/lib/seo/page-meta";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { Downloads } from "@/components/site/elections/downloads";
import { ElectionOverview } from "@/components/site/elections/election-overview";
import { NationalOverview } from "@/components/site/elections/national-overview";
import { LinkedPosts } from "@/components/site/elections/linked-posts";
import { describeElection } from "@/lib/elections/describe";
import { ELECTION_KIND_LABELS } from "@/lib/elections/labels";
import { loadElection, loadNational } from "@/lib/elections/load";
import { getNationalLink } from "@/lib/elections/national-queries";
import { electionPath } from "@/lib/elections/url";
import { siteUrl } from "@/lib/http/absolute";
import { formatThaiDate, toBangkokIso } from "@/lib/thai-date";
import { keepOnlyBriefly } from "@/lib/cache/keep-briefly";

// Permanent address /elections/{id}[/{slug}]: a missing, wrong or extra slug redirects (308) to
// the canonical address, as for posts. Counts change on election night: staff saves purge the
// caches (lib/cache/revalidate.ts), and 60 s bounds anything else.
export const revalidate = 60;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ id: string; slug?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const election = await loadElection((await params).id);
  if (!election) return { title: "ไม่พบหน้าที่ต้องการ" };
  const description = describeElection(election);
  return {
    metadataBase: new URL(siteUrl()),
    title: election.title,
    description,
    alternates: { canonical: election.path },
    ...(await pageShareMeta({ title: election.title, description, path: election.path })),
  };
}

export default async function ElectionPage({ params }: Props) {
  const { id, slug } = await params;
  const election = await loadElection(id);
  if (!election) {
    // Not published (yet): kept for seconds, so a render caught by its publishing cannot hide it.
    await keepOnlyBriefly();
    notFound();
  }
  if ((slug?.join("/") ?? null) !== election.slug) permanentRedirect(electionPath(election.id, election.slug));
  // The central site's national election: the provinces' parts added up. A province's part:
  // its own figures, and the way to the national page.
  const [national, nationalLink] = await Promise.all([loadNational(id), getNationalLink(election.nationalId)]);
  return (
    <article className="space-y-6">
      <header>
        <nav aria-label="ตำแหน่งของหน้านี้" className="mb-3 text-sm text-slate-600">
          <Link href="/" className="underline">
            หน้าแรก
          </Link>{" "}
          ›{" "}
          <Link href="/elections" className="underline">
            ผลการเลือกตั้ง
          </Link>
        </nav>
        <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">{election.title}</h1>
        <p className="mt-1 text-slate-700">
          {ELECTION_KIND_LABELS[election.kind].full} · วันเลือกตั้ง{" "}
          <time dateTime={toBangkokIso(election.pollingDay)}>{formatThaiDate(election.pollingDay, "full")}</time>
        </p>
        {election.description && <p className="mt-2">{election.description}</p>}
        {nationalLink && (
          <p className="mt-2">
            <a href={nationalLink.href} className="font-bold text-brand-700 underline" data-testid="national-link">
              ดูภาพรวมทั้งประเทศ: {nationalLink.title}
            </a>
          </p>
        )}
      </header>
      {national ? (
        <NationalOverview electionId={election.id} picture={national.picture} />
      ) : (
        <ElectionOverview contests={election.contests} />
      )}
      <LinkedPosts posts={election.posts} />
      {!national && <Downloads electionId={election.id} />}
    </article>
  );
}
