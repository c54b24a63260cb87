import Link from "next/link";
import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";

/**
 * «หน้าแรก › …» above a page's title: the home page, then `trail` (Thai addresses, put in the
 * page's language here); an item without `href` is the page itself.
 */
export function Breadcrumbs({ lang, trail }: { lang: SiteLang; trail: { label: string; href?: string }[] }) {
  const t = translator(lang);
  return (
    <nav aria-label={t("article.breadcrumb")} className="mb-3 text-sm text-slate-600">
      <Link href={localePath(lang, "/")} className="underline">
        {t("shell.home")}
      </Link>
      {trail.map((item) => (
        <span key={item.label}>
          {" › "}
          {item.href ? (
            <Link href={localePath(lang, item.href)} className="underline">
              {item.label}
            </Link>
          ) : (
            <span aria-current="page">{item.label}</span>
          )}
        </span>
      ))}
    </nav>
  );
}
