import Link from "next/link";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";

export function Pagination({
  page,
  pageCount,
  href,
  lang = "th",
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  lang?: SiteLang;
}) {
  const t = translator(lang);
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  return (
    <nav aria-label={t("pagination.nav")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link
              href={href(page - 1)}
              rel="prev"
              className="block rounded px-3 py-2 ring-1 ring-slate-300 hover:bg-brand-50"
            >
              ‹ {t("pagination.prev")}
            </Link>
          </li>
        )}
        {pages.map((p, i) => (
          <li key={p} className="flex items-center">
            {i > 0 && pages[i - 1]! < p - 1 && (
              <span className="px-1" aria-hidden="true">
                …
              </span>
            )}
            {p === page ? (
              <span aria-current="page" className="block rounded bg-brand-700 px-3 py-2 font-bold text-white">
                {p}
              </span>
            ) : (
              <Link
                href={href(p)}
                className="block rounded px-3 py-2 ring-1 ring-slate-300 hover:bg-brand-50"
                aria-label={t("pagination.page", { page: p })}
              >
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link
              href={href(page + 1)}
              rel="next"
              className="block rounded px-3 py-2 ring-1 ring-slate-300 hover:bg-brand-50"
            >
              {t("pagination.next")} ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
