"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import { hasEnglish, localePath } from "@/lib/i18n/paths";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";

// «English» / «ภาษาไทย»: the same page in the other language, a plain link (works without
// JavaScript: the server renders it from the page's own segments). A Thai page with no English
// version yet links to the English home page.
export function LanguageSwitch({ lang }: { lang: SiteLang }) {
  const t = translator(lang);
  // The segments under the office's layout are the reader's address (proxy.ts adds the language
  // and office in front), a catch-all's values joined with "/".
  const path = `/${useSelectedLayoutSegments()
    .filter((s) => s && !s.startsWith("("))
    .join("/")}`;
  const other: SiteLang = lang === "th" ? "en" : "th";
  const href = localePath(other, other === "en" && !hasEnglish(path) ? "/" : path);
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      className="rounded px-2 py-0.5 font-bold underline underline-offset-4"
      data-language-switch
    >
      {t("shell.otherLanguage")}
    </a>
  );
}
