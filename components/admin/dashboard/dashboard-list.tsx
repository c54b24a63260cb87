import Link from "next/link";
import type { DashboardList as List, DashboardPost } from "@/lib/admin/dashboard";
import { formatThaiDateTime, toBangkokIso } from "@/lib/thai-date";
import { PendingDraftBadge } from "../posts/status-badge";

// One short list on the dashboard: a heading with the count, up to five posts linking to the
// editor, and a link to the full filtered list when there are more.

type Props = {
  id: string;
  title: string;
  list: List;
  empty: string;
  /** The date line under each title. */
  when: (p: DashboardPost) => { label: string; at: Date | null };
  moreHref?: string;
};

export function DashboardList({ id, title, list, empty, when, moreHref }: Props) {
  return (
    <section aria-labelledby={id} className="rounded-md bg-white p-4 ring-1 ring-slate-200">
      <h2 id={id} className="mb-2 text-lg font-bold text-brand-900">
        {title} <span className="font-normal text-slate-600">({list.total.toLocaleString("th-TH")})</span>
      </h2>
      {list.posts.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {list.posts.map((p) => {
            const w = when(p);
            return (
              <li key={p.id} className="py-2">
                <Link href={`/admin/posts/${p.id}`} className="font-bold text-brand-700 underline">
                  {p.title || "(ไม่มีหัวข้อ)"}
                </Link>
                {p.hasPendingDraft && (
                  <>
                    {" "}
                    <PendingDraftBadge />
                  </>
                )}
                <p className="text-sm text-slate-600">
                  {w.label}
                  {w.at && (
                    <>
                      {" "}
                      <time dateTime={toBangkokIso(w.at)}>{formatThaiDateTime(w.at)}</time>
                    </>
                  )}
                  {p.authorName && <> · {p.authorName}</>}
                </p>
                {p.reviewNote && p.status === "DRAFT" && (
                  <p className="text-sm text-amber-900">หมายเหตุจากผู้ตรวจ: {p.reviewNote}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {moreHref && list.total > list.posts.length && (
        <p className="mt-2 text-sm">
          <Link href={moreHref} className="text-brand-700 underline">
            ดูทั้งหมด {list.total.toLocaleString("th-TH")} รายการ
          </Link>
        </p>
      )}
    </section>
  );
}
