import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchForm } from "@/components/site/search/search-form";
import { SearchResults } from "@/components/site/search/search-results";
import { parseSearchParams, searchHref, type RawParams } from "@/lib/search/params";
import { searchOfficeDocuments } from "@/lib/search/office-documents";
import { searchPosts } from "@/lib/search/queries";
import { parseQuery } from "@/lib/search/tsquery";

// Rendered per request (it reads the address), never at build time (the build has no database);
// answers are private, so the page cache never keeps them.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return {
    title: q ? `ผลการค้นหา “${q.slice(0, 60)}”` : "ค้นหาข่าวและประกาศ",
    alternates: { canonical: "/search" },
    // Result pages are endless variations of the listings: keep them out of search engines.
    robots: q ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams);
  const problems = Object.values(params.errors);
  const query = params.errors.q ? null : parseQuery(params.q);
  const searchable = query?.tsquery && query.candidates && problems.length === 0 ? query : null;
  const filters = { section: params.sectionKey, start: params.range.start, end: params.range.end };
  const [results, documents] = searchable
    ? await Promise.all([
        searchPosts({
          tsquery: searchable.tsquery!,
          candidates: searchable.candidates!,
          words: searchable.words,
          ...filters,
          page: params.page,
        }),
        // The office's pages and procurement documents head the first page only.
        params.page === 1 ? searchOfficeDocuments({ words: searchable.words, ...filters }) : [],
      ])
    : [undefined, []];
  if (results === null) notFound();

  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">ค้นหาข่าวและประกาศ</h1>
      {problems.length > 0 && (
        <div
          className="mt-4 rounded border-l-4 border-red-700 bg-red-50 p-4"
          role="alert"
          aria-labelledby="search-problems"
        >
          <p id="search-problems" className="font-bold text-red-800">
            ค้นหาไม่ได้ โปรดแก้ไขข้อมูลต่อไปนี้
          </p>
          <ul className="mt-1 list-disc pl-6">
            {problems.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <SearchForm params={params} />
      {results ? (
        <SearchResults q={params.q} results={results} documents={documents} href={(n) => searchHref(params, n)} />
      ) : (
        problems.length === 0 && (
          <p className="mt-6 text-slate-700">
            {params.q
              ? "คำค้นนี้ไม่มีตัวอักษรหรือตัวเลขให้ค้นหา ลองพิมพ์คำอื่น"
              : "พิมพ์คำที่ต้องการค้นหา เช่น เลือกตั้ง ประกาศผล หรือชื่ออำเภอ แล้วกด “ค้นหา”"}
          </p>
        )
      )}
    </>
  );
}
