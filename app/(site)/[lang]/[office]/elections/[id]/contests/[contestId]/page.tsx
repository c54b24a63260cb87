import type { Metadata } from "next";
import { pageShareMeta } from "@/lib/seo/page-meta";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BallotChart, TurnoutChart } from "@/components/site/elections/ballot-charts";
import { CandidateResults } from "@/components/site/elections/candidate-results";
import { ContestRefresher } from "@/components/site/elections/contest-refresher";
import { StatusBadge, UpdatedAt } from "@/components/site/elections/count-status";
import { Downloads } from "@/components/site/elections/downloads";
import { LinkedPosts } from "@/components/site/elections/linked-posts";
import { describeContest } from "@/lib/elections/describe";
import { formatCount } from "@/lib/elections/format";
import { loadContest } from "@/lib/elections/load";
import { rankCandidates } from "@/lib/elections/summary";
import { contestPath, contestStatusPath } from "@/lib/elections/url";
import { siteUrl } from "@/lib/http/absolute";
import { toBangkokIso } from "@/lib/thai-date";
import { keepOnlyBriefly } from "@/lib/cache/keep-briefly";

// Permanent address /elections/{electionId}/contests/{contestId}. Shorter revalidate than other
// pages: staff saves purge the caches at once, and 15 s bounds any change made another way.
export const revalidate = 15;
export { renderOnRequest as generateStaticParams } from "@/lib/cache/render-on-request";

type Props = { params: Promise<{ id: string; contestId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, contestId } = await params;
  const found = await loadContest(id, contestId);
  if (!found) return { title: "ไม่พบหน้าที่ต้องการ" };
  const { election, contest } = found;
  const title = `${contest.position} ${contest.area} · ${election.title}`;
  const description = describeContest(election, contest);
  const url = contestPath(election.id, contest.id);
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description,
    alternates: { canonical: url },
    ...(await pageShareMeta({ title, description, path: url })),
  };
}

export default async function ContestPage({ params }: Props) {
  const { id, contestId } = await params;
  const found = await loadContest(id, contestId);
  if (!found) {
    // Not published (yet): kept for seconds, so a render caught by its publishing cannot hide it.
    await keepOnlyBriefly();
    notFound();
  }
  const { election, contest } = found;
  const ranked = rankCandidates(contest.candidates, contest.valid);
  const posts = election.posts.filter((p) => p.contestId === contest.id || p.contestId === null);
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
          </Link>{" "}
          ›{" "}
          <Link href={election.path} className="underline">
            {election.title}
          </Link>
        </nav>
        <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">
          {contest.position} {contest.area}
        </h1>
        <p className="text-slate-700">{election.title}</p>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          <StatusBadge status={contest.status} />
          <UpdatedAt at={contest.countUpdatedAt} />
          <span>
            นับแล้ว {formatCount(contest.stationsCounted)} จาก {formatCount(contest.stations)} หน่วย
          </span>
        </p>
        <ContestRefresher
          statusUrl={contestStatusPath(election.id, contest.id)}
          status={contest.status}
          updatedIso={contest.countUpdatedAt ? toBangkokIso(contest.countUpdatedAt) : null}
        />
      </header>
      <CandidateResults ranked={ranked} counting={contest.status !== "OFFICIAL"} />
      <div className="grid gap-4 md:grid-cols-2">
        <TurnoutChart id="turnout" counts={contest} />
        <BallotChart id="ballots" counts={contest} />
      </div>
      <LinkedPosts posts={posts} />
      <Downloads electionId={election.id} notesAt={election.path} />
    </article>
  );
}
