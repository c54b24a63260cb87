import Link from "next/link";
import type { PostStatus, Section } from "@/lib/generated/prisma/enums";
import { SECTIONS } from "@/lib/posts/sections";
import { POST_STATUS_LABELS } from "@/lib/posts/labels";

type Params = { section?: Section; status?: PostStatus; authorId?: number; q?: string };

const CONTROL = "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2";

// A plain GET form: works without JavaScript, and the result is an address staff can bookmark.
export function PostFilters({ params, authors }: { params: Params; authors: { id: number; name: string }[] }) {
  return (
    <form
      method="get"
      action="/admin/posts"
      role="search"
      aria-label="ค้นหาและกรองเรื่อง"
      className="mt-4 grid gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 md:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
    >
      <div className="md:col-span-2 lg:col-span-1">
        <label htmlFor="filter-q" className="block font-bold">
          ค้นหา
        </label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={params.q}
          placeholder="คำในหัวข้อหรือเนื้อหา"
          className={CONTROL}
        />
      </div>
      <div>
        <label htmlFor="filter-section" className="block font-bold">
          หมวด
        </label>
        <select id="filter-section" name="section" defaultValue={params.section ?? ""} className={CONTROL}>
          <option value="">ทุกหมวด</option>
          {SECTIONS.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block font-bold">
          สถานะ
        </label>
        <select id="filter-status" name="status" defaultValue={params.status ?? ""} className={CONTROL}>
          <option value="">ทุกสถานะ</option>
          {(Object.keys(POST_STATUS_LABELS) as PostStatus[]).map((s) => (
            <option key={s} value={s}>
              {POST_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-author" className="block font-bold">
          ผู้เขียน
        </label>
        <select id="filter-author" name="author" defaultValue={params.authorId?.toString() ?? ""} className={CONTROL}>
          <option value="">ทุกคน</option>
          {authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800">
          ค้นหา
        </button>
        <Link href="/admin/posts" className="whitespace-nowrap rounded-md px-3 py-2 text-brand-700 underline">
          ล้างตัวกรอง
        </Link>
      </div>
    </form>
  );
}
