import type { Metadata } from "next";
import Link from "next/link";
import { PostFilters } from "@/components/admin/posts/post-filters";
import { PostTable } from "@/components/admin/posts/post-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/admin/page-guard";
import { listPostsForAdmin } from "@/lib/posts/admin-queries";
import { listUsers } from "@/lib/users/queries";
import { listHref, parseListParams, type ListParams } from "./list-params";

export const metadata: Metadata = { title: "ข่าวและประกาศ" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PostsPage({ searchParams }: Props) {
  const user = await requirePageRole("AUTHOR");
  const raw = await searchParams;
  const params = parseListParams(raw);
  const [result, users] = await Promise.all([listPostsForAdmin(params, user), listUsers()]);
  const authors = users.map((u) => ({ id: u.id, name: u.name }));
  const quick: { label: string; params: Partial<ListParams> }[] = [
    { label: "ทั้งหมด", params: {} },
    { label: "ของฉัน", params: { authorId: user.id } },
    { label: "ฉบับร่าง", params: { status: "DRAFT" } },
    { label: "รอตรวจ", params: { status: "IN_REVIEW" } },
    { label: "ตั้งเวลาเผยแพร่", params: { status: "SCHEDULED" } },
    { label: "เผยแพร่แล้ว", params: { status: "PUBLISHED" } },
  ];
  const current = listHref({ ...params, page: 1 });

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">ข่าวและประกาศ</h1>
        <Link
          href="/admin/posts/new"
          className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          + เขียนเรื่องใหม่
        </Link>
      </div>
      {raw.deleted === "1" && (
        <p
          role="status"
          className="mt-4 rounded-md bg-emerald-50 p-3 font-bold text-emerald-900 ring-1 ring-emerald-300"
        >
          ลบเรื่องแล้ว
        </p>
      )}
      <nav aria-label="มุมมองด่วน" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {quick.map((v) => {
            const href = listHref(v.params);
            const active = href === current;
            return (
              <li key={v.label}>
                <Link
                  href={href}
                  aria-current={active ? "page" : undefined}
                  className={`block rounded-full px-3 py-1 ring-1 ${active ? "bg-brand-700 font-bold text-white ring-brand-700" : "ring-slate-300 hover:bg-brand-50"}`}
                >
                  {v.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {/* Keyed by the filters: after a link changes them, the form shows the new choice. */}
      <PostFilters key={current} params={params} authors={authors} />
      <p role="status" className="mt-4 text-slate-700">
        {result.total === 0
          ? "ไม่พบเรื่องตามเงื่อนไขนี้"
          : `พบ ${result.total.toLocaleString("th-TH")} เรื่อง · หน้า ${result.page} จาก ${result.pageCount}`}
      </p>
      {result.items.length > 0 && <PostTable posts={result.items} />}
      <Pagination page={result.page} pageCount={result.pageCount} href={(page) => listHref({ ...params, page })} />
    </>
  );
}
