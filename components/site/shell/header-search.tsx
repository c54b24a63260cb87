import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";

// The site-wide search box: a plain GET form to the search page in the page's language
// (/search or /en/search), no JavaScript.
export function HeaderSearch({ lang = "th" }: { lang?: SiteLang }) {
  const t = translator(lang);
  return (
    <form
      role="search"
      aria-label={t("search.form")}
      action={localePath(lang, "/search")}
      method="get"
      className="flex w-full gap-1 sm:w-auto"
    >
      <label htmlFor="site-search" className="sr-only">
        {t("search.label")}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={100}
        placeholder={t("search.placeholder")}
        className="min-w-0 flex-1 rounded border-0 px-3 py-2 text-slate-900 placeholder:text-slate-600 sm:w-56"
      />
      <button type="submit" className="rounded bg-gold-500 px-3 py-2 font-bold text-brand-900 hover:bg-gold-400">
        {t("search.submit")}
      </button>
    </form>
  );
}
