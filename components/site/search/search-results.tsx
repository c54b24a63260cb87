import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import type { SearchResults as Results } from "@/lib/search/queries";
import type { DocumentHit } from "@/lib/search/office-documents";
import { DocumentResults } from "./document-results";
import { SearchHit } from "./search-hit";
import { Pagination } from "../../ui/pagination";
import { PostDate } from "../../ui/post-date";

type Props = {
  q: string;
  results: Results;
  documents: DocumentHit[];
  href: (page: number) => string;
  lang?: SiteLang;
};

export function SearchResults({ q, results, documents, href, lang = "th" }: Props) {
  const t = translator(lang);
  const count = results.total;
  return (
    <>
      <DocumentResults hits={documents} lang={lang} />
      <section aria-labelledby="results-title" className="mt-6">
        <h2 id="results-title" className="text-xl font-bold text-brand-900">
          {results.more ? t("searchPage.foundMore", { count }) : t("searchPage.found", { count })}
        </h2>
        {results.more && <p className="text-slate-700">{t("searchPage.moreHint", { count })}</p>}
        {results.pageCount > 1 && (
          <p className="text-slate-600">
            {t("searchPage.pageOf", { page: results.page, pageCount: results.pageCount })}
          </p>
        )}
        {results.items.length === 0 ? (
          <div className="mt-4 rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <p>{t("searchPage.none", { q })}</p>
            <ul className="mt-2 list-disc pl-6 text-slate-700">
              <li>{t("searchPage.noneSpelling")}</li>
              <li>{t("searchPage.noneWiden")}</li>
            </ul>
          </div>
        ) : (
          <ol className="mt-4 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            {results.items.map((hit) => (
              <SearchHit
                key={hit.id}
                path={hit.path}
                title={hit.title}
                snippet={hit.snippet}
                inThai={hit.inThai}
                badge={hit.inThai}
              >
                {t(`sections.${hit.section}.label`)} · <PostDate date={hit.publishedAt} lang={lang} />
              </SearchHit>
            ))}
          </ol>
        )}
        <Pagination page={results.page} pageCount={results.pageCount} href={href} lang={lang} />
      </section>
    </>
  );
}
