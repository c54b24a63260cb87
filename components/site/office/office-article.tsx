import { formatDate } from "@/lib/i18n/dates";
import type { SiteLang } from "@/lib/i18n/langs";
import { translator } from "@/lib/i18n/translator";
import { toBangkokIso } from "@/lib/thai-date";
import { Breadcrumbs } from "../shell/breadcrumbs";

type Props = {
  title: string;
  body: string;
  updatedAt: Date | null;
  before?: React.ReactNode;
  after?: React.ReactNode;
  lang?: SiteLang;
};

// One of the office's own pages: title, the editable body (sanitised HTML), and when it last
// changed. On English pages the body is the office's Thai text, marked Thai under a note.
export function OfficeArticle({ title, body, updatedAt, before, after, lang = "th" }: Props) {
  const t = translator(lang);
  const thai = lang === "th" ? undefined : "th";
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <Breadcrumbs lang={lang} trail={[{ label: title }]} />
      <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">{title}</h1>
      {before}
      {thai && body && (
        <p className="mt-6 rounded-md bg-amber-50 p-3 text-slate-800 ring-1 ring-amber-200" data-in-thai>
          {t("office.inThai")}
        </p>
      )}
      {/* Bodies are sanitised HTML from the office's editor (lib/office/actions.ts). */}
      {body && <div className="prose-th mt-6 text-lg" lang={thai} dangerouslySetInnerHTML={{ __html: body }} />}
      {after}
      {updatedAt && (
        <p className="mt-8 border-t border-slate-200 pt-3 text-sm text-slate-700" data-testid="updated-at">
          {t("article.updated")} <time dateTime={toBangkokIso(updatedAt)}>{formatDate(lang, updatedAt, "long")}</time>
        </p>
      )}
    </article>
  );
}
