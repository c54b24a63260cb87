import Link from "next/link";
import type { SiteLang } from "@/lib/i18n/langs";
import { hasEnglish, localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";
import { DOCUMENT_HITS_SHOWN, type DocumentHit } from "@/lib/search/office-documents";
import { SearchHit } from "./search-hit";
import { PostDate } from "../../ui/post-date";

/**
 * The office's pages and procurement documents that match, above the news results. Their text is
 * Thai: on the English page their titles and text are marked Thai, their kind named in English,
 * and an office page links to its English version (its chrome and title in English).
 */
export function DocumentResults({ hits, lang = "th" }: { hits: DocumentHit[]; lang?: SiteLang }) {
  if (hits.length === 0) return null;
  const t = translator(lang);
  const shown = hits.slice(0, DOCUMENT_HITS_SHOWN);
  const procurement = hits.filter((h) => h.kind === "procurement").length;
  return (
    <section aria-labelledby="documents-title" className="mt-6">
      <h2 id="documents-title" className="text-xl font-bold text-brand-900">
        {t("searchPage.documents", { count: hits.length })}
      </h2>
      <ul className="mt-3 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {shown.map((hit) => (
          <SearchHit
            key={hit.path}
            path={lang === "en" && hasEnglish(hit.path) ? localePath("en", hit.path) : hit.path}
            title={hit.title}
            snippet={hit.snippet}
            inThai={lang !== "th"}
          >
            {t(`searchPage.kinds.${hit.labelKey}`)}
            {hit.date && (
              <>
                {" · "}
                <PostDate date={hit.date} prefix={t("searchPage.documentDate")} lang={lang} />
              </>
            )}
          </SearchHit>
        ))}
      </ul>
      {hits.length > shown.length && procurement > 0 && (
        <p className="mt-2">
          <Link href="/procurement" className="text-brand-800 underline">
            {t("searchPage.allProcurement")}
          </Link>
        </p>
      )}
    </section>
  );
}
