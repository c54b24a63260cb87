"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { langOf } from "@/lib/i18n/langs";
import { localePath } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";

// A not-found boundary gets no params: the language comes from the address's segments.
export default function NotFound() {
  const lang = langOf(String(useParams<{ lang?: string }>().lang ?? "th"));
  const t = translator(lang);
  return (
    <div className="py-12 text-center">
      <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound.hint")}</p>
      <ul className="mt-6 flex flex-wrap justify-center gap-4">
        <li>
          <Link href={localePath(lang, "/")} className="text-brand-700 underline">
            {t("notFound.home")}
          </Link>
        </li>
        <li>
          <Link href={localePath(lang, "/news/announcements")} className="text-brand-700 underline">
            {t("sections.ANNOUNCEMENT.label")}
          </Link>
        </li>
        <li>
          <Link href={localePath(lang, "/calendar")} className="text-brand-700 underline">
            {t("shell.calendar")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
