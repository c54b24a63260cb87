import Link from "next/link";
import { DOCUMENT_HITS_SHOWN, type DocumentHit } from "@/lib/search/office-documents";
import { SearchHit } from "./search-hit";
import { PostDate } from "../../ui/post-date";

/** The office's pages and procurement documents that match, above the news results. */
export function DocumentResults({ hits }: { hits: DocumentHit[] }) {
  if (hits.length === 0) return null;
  const shown = hits.slice(0, DOCUMENT_HITS_SHOWN);
  const procurement = hits.filter((h) => h.kind === "procurement").length;
  return (
    <section aria-labelledby="documents-title" className="mt-6">
      <h2 id="documents-title" className="text-xl font-bold text-brand-900">
        หน้าเว็บและเอกสารจัดซื้อจัดจ้าง {hits.length.toLocaleString("th-TH")} รายการ
      </h2>
      <ul className="mt-3 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {shown.map((hit) => (
          <SearchHit key={hit.path} path={hit.path} title={hit.title} snippet={hit.snippet}>
            {hit.label}
            {hit.date && (
              <>
                {" · "}
                <PostDate date={hit.date} prefix="ลงวันที่ " />
              </>
            )}
          </SearchHit>
        ))}
      </ul>
      {hits.length > shown.length && procurement > 0 && (
        <p className="mt-2">
          <Link href="/procurement" className="text-brand-800 underline">
            ดูเอกสารจัดซื้อจัดจ้างทั้งหมดตามปีงบประมาณ
          </Link>
        </p>
      )}
    </section>
  );
}
