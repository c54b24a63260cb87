import { sectionInfo } from "@/lib/posts/sections";
import type { SearchResults as Results } from "@/lib/search/queries";
import type { DocumentHit } from "@/lib/search/office-documents";
import { DocumentResults } from "./document-results";
import { SearchHit } from "./search-hit";
import { Pagination } from "../../ui/pagination";
import { PostDate } from "../../ui/post-date";

type Props = { q: string; results: Results; documents: DocumentHit[]; href: (page: number) => string };

export function SearchResults({ q, results, documents, href }: Props) {
  const n = results.total.toLocaleString("th-TH");
  return (
    <>
      <DocumentResults hits={documents} />
      <section aria-labelledby="results-title" className="mt-6">
        <h2 id="results-title" className="text-xl font-bold text-brand-900">
          {results.more ? `พบมากกว่า ${n} รายการ` : `พบ ${n} รายการ`}
        </h2>
        {results.more && (
          <p className="text-slate-700">แสดงรายการที่ตรงที่สุดจาก {n} รายการล่าสุด เลือกหมวดหรือช่วงวันที่เพื่อให้ผลแคบลง</p>
        )}
        {results.pageCount > 1 && (
          <p className="text-slate-600">
            หน้า {results.page} จาก {results.pageCount}
          </p>
        )}
        {results.items.length === 0 ? (
          <div className="mt-4 rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <p>ไม่พบข่าวหรือประกาศที่ตรงกับ “{q}”</p>
            <ul className="mt-2 list-disc pl-6 text-slate-700">
              <li>ตรวจการสะกดคำ หรือใช้คำที่สั้นลง เช่น “เลือกตั้ง” แทน “การเลือกตั้งสมาชิกสภาผู้แทนราษฎร”</li>
              <li>เลือก “ทุกหมวด” หรือขยายช่วงวันที่</li>
            </ul>
          </div>
        ) : (
          <ol className="mt-4 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            {results.items.map((hit) => (
              <SearchHit key={hit.id} path={hit.path} title={hit.title} snippet={hit.snippet}>
                {sectionInfo(hit.section).label} · <PostDate date={hit.publishedAt} />
              </SearchHit>
            ))}
          </ol>
        )}
        <Pagination page={results.page} pageCount={results.pageCount} href={href} />
      </section>
    </>
  );
}
