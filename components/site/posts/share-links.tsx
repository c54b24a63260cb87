import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { shareLinks } from "@/lib/share/links";
import { CopyLink } from "./copy-link";

export function ShareLinks({ url, title, lang = "th" }: { url: string; title: string; lang?: SiteLang }) {
  const t = translator(lang);
  return (
    <section aria-labelledby="share-title" className="mt-8" data-no-print>
      <h2 id="share-title" className="mb-2 text-lg font-bold">
        {t("article.share")}
      </h2>
      <ul className="flex flex-wrap items-center gap-2">
        {shareLinks(url, title).map((l) => (
          <li key={l.key}>
            <a
              href={l.href}
              rel="noopener noreferrer"
              target="_blank"
              className="rounded-md bg-brand-700 px-3 py-1 font-bold text-white hover:bg-brand-800"
            >
              {l.label}
              <span className="sr-only"> {t("article.newWindow")}</span>
            </a>
          </li>
        ))}
        <li className="flex items-center gap-2">
          <CopyLink url={url} label={t("article.copyLink")} done={t("article.copied")} />
        </li>
      </ul>
    </section>
  );
}
