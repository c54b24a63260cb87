import Link from "next/link";
import type { SectionPage } from "@/lib/posts/queries";
import type { PostSummary } from "@/lib/posts/view";
import { sectionPath, type SectionInfo } from "@/lib/posts/sections";
import { FeedLinks } from "./feed-links";
import { SubscribeForm } from "../alerts/subscribe-form";
import { Pagination } from "../../ui/pagination";
import { PostDate } from "../../ui/post-date";

// Shared by /news/{section} and /news/{section}/page/{n}; the routes read the page (./section-page.ts).
// Page 1 of a provincial site also carries the central office's posts the office pinned there.
export function SectionListing({
  section,
  result,
  pinned = [],
}: {
  section: SectionInfo;
  result: SectionPage;
  pinned?: PostSummary[];
}) {
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{section.label}</h1>
      <p className="text-slate-600">
        {section.description} · ทั้งหมด {result.total.toLocaleString("th-TH")} รายการ
        {result.pageCount > 1 && ` · หน้า ${result.page} จาก ${result.pageCount}`}
      </p>
      <FeedLinks section={section} />
      {section.key === "PROCUREMENT" && (
        <p className="mt-3 rounded-md bg-brand-50 p-3 ring-1 ring-brand-100">
          <Link href="/procurement" className="font-bold text-brand-800 underline">
            การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายปีงบประมาณ
          </Link>{" "}
          — แผนการจัดซื้อจัดจ้าง ราคากลาง ผลการจัดซื้อจัดจ้าง แบบ สขร.1 และรายงานประจำปี
        </p>
      )}
      {pinned.length > 0 && <PinnedCentral posts={pinned} />}
      {result.items.length === 0 ? (
        <p className="mt-6">ยังไม่มีรายการในหมวดนี้</p>
      ) : (
        <ol className="mt-4 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          {result.items.map((p) => (
            <li key={p.id} className="flex gap-4 p-4">
              {p.cover && (
                // eslint-disable-next-line @next/next/no-img-element -- see PostCards
                <img
                  src={p.cover.src}
                  alt=""
                  width={160}
                  height={90}
                  loading="lazy"
                  className="hidden h-[90px] w-[160px] rounded object-cover sm:block"
                />
              )}
              <div>
                <h2 className="font-bold">
                  <Link href={p.path} className="text-brand-800 hover:underline">
                    {p.title}
                  </Link>
                </h2>
                <p className="text-sm text-slate-600">
                  <PostDate date={p.publishedAt} />
                </p>
                {p.summary && <p className="mt-1 line-clamp-2 text-slate-700">{p.summary}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(n) => sectionPath(section.key, n)} />
      <SubscribeForm sections={[section.key]} />
    </>
  );
}

/** The central office's posts pinned by this office: links to their addresses on the central site. */
function PinnedCentral({ posts }: { posts: PostSummary[] }) {
  return (
    <section aria-labelledby="pinned-central" className="mt-4 rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100">
      <h2 id="pinned-central" className="font-bold text-brand-900">
        ปักหมุดจากสำนักงาน กกต. ส่วนกลาง
      </h2>
      <ul className="mt-2 space-y-2">
        {posts.map((p) => (
          <li key={p.id}>
            <a href={p.path} className="font-bold text-brand-800 underline">
              {p.title}
            </a>{" "}
            <span className="text-sm text-slate-600">
              <PostDate date={p.publishedAt} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
