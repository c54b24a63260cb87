import Link from "next/link";
import { formatThaiDate, toBangkokIso } from "@/lib/thai-date";

type Props = { title: string; body: string; updatedAt: Date | null; before?: React.ReactNode; after?: React.ReactNode };

// One of the office's own pages: title, the editable body (sanitised HTML), and when it last changed.
export function OfficeArticle({ title, body, updatedAt, before, after }: Props) {
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8">
      <nav aria-label="ตำแหน่งของหน้านี้" className="mb-3 text-sm text-slate-600">
        <Link href="/" className="underline">
          หน้าแรก
        </Link>{" "}
        › <span aria-current="page">{title}</span>
      </nav>
      <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">{title}</h1>
      {before}
      {/* Bodies are sanitised HTML from the office's editor (lib/office/actions.ts). */}
      {body && <div className="prose-th mt-6 text-lg" dangerouslySetInnerHTML={{ __html: body }} />}
      {after}
      {updatedAt && (
        <p className="mt-8 border-t border-slate-200 pt-3 text-sm text-slate-700" data-testid="updated-at">
          ปรับปรุงล่าสุด <time dateTime={toBangkokIso(updatedAt)}>{formatThaiDate(updatedAt, "long")}</time>
        </p>
      )}
    </article>
  );
}
