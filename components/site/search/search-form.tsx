import type { SiteLang } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { translator, type Translator } from "@/lib/i18n/translator";
import { SECTIONS } from "@/lib/posts/sections";
import type { SearchParams } from "@/lib/search/params";
import { MAX_QUERY_LENGTH } from "@/lib/search/tsquery";

// The search page's own form: words, section and a date range (Buddhist-era years on the Thai
// page, Common Era ones on the English page). A plain GET form (works without JavaScript);
// problems are shown under their field and named in aria-describedby.

const input = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm font-bold text-red-800">
      {message}
    </p>
  ) : null;
}

function DateField({
  name,
  label,
  value,
  error,
  t,
}: {
  name: "from" | "to";
  label: string;
  value: string;
  error?: string;
  t: Translator;
}) {
  const hint = `${name}-hint`;
  const err = `${name}-error`;
  return (
    <div>
      <label htmlFor={`search-${name}`} className="font-bold">
        {label}
      </label>
      <input
        id={`search-${name}`}
        name={name}
        defaultValue={value}
        inputMode="numeric"
        maxLength={10}
        placeholder={t("searchPage.datePlaceholder")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hint} ${err}` : hint}
        className={input}
      />
      <p id={hint} className="mt-1 text-sm text-slate-600">
        {t("searchPage.dateHint")}
      </p>
      <FieldError id={err} message={error} />
    </div>
  );
}

export function SearchForm({ params, lang = "th" }: { params: SearchParams; lang?: SiteLang }) {
  const { errors } = params;
  const t = translator(lang);
  return (
    <form
      role="search"
      aria-label={t("searchPage.form")}
      action={localePath(lang, "/search")}
      method="get"
      className="mt-4 grid gap-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 md:grid-cols-2"
    >
      <div className="md:col-span-2">
        <label htmlFor="search-q" className="font-bold">
          {t("searchPage.words")}
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={MAX_QUERY_LENGTH}
          aria-invalid={errors.q ? true : undefined}
          aria-describedby={errors.q ? "q-error" : undefined}
          className={input}
        />
        <FieldError id="q-error" message={errors.q} />
      </div>
      <div className="md:col-span-2">
        <label htmlFor="search-section" className="font-bold">
          {t("searchPage.section")}
        </label>
        <select
          id="search-section"
          name="section"
          defaultValue={params.section}
          aria-invalid={errors.section ? true : undefined}
          aria-describedby={errors.section ? "section-error" : undefined}
          className={input}
        >
          <option value="">{t("searchPage.allSections")}</option>
          {SECTIONS.map((s) => (
            <option key={s.slug} value={s.slug}>
              {t(`sections.${s.key}.label`)}
            </option>
          ))}
        </select>
        <FieldError id="section-error" message={errors.section} />
      </div>
      <DateField name="from" label={t("searchPage.from")} value={params.from} error={errors.from} t={t} />
      <DateField name="to" label={t("searchPage.to")} value={params.to} error={errors.to} t={t} />
      <div className="md:col-span-2">
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-bold text-white hover:bg-brand-800">
          {t("searchPage.submit")}
        </button>
      </div>
    </form>
  );
}
