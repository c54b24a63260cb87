import Link from "next/link";
import type { PostStatus, Section } from "@/lib/generated/prisma/enums";
import { sectionInfo } from "@/lib/posts/sections";
import { formatThaiDateTime, toBangkokIso } from "@/lib/thai-date";
import { PendingDraftBadge, StatusBadge } from "./status-badge";

export type PostRow = {
  id: number;
  title: string;
  section: Section;
  status: PostStatus;
  authorName: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  hasDraft: boolean;
};

function When({ label, at }: { label: string; at: Date }) {
  return (
    <span className="mb-1 block">
      <span className="block text-slate-600">{label}</span>
      <time dateTime={toBangkokIso(at)} className="whitespace-nowrap">
        {formatThaiDateTime(at)}
      </time>
    </span>
  );
}

// Four columns so that the table still fits a tablet held upright (768 px).
export function PostTable({ posts }: { posts: PostRow[] }) {
  return (
    <table className="mt-3 w-full border-collapse rounded-lg bg-white text-left ring-1 ring-slate-200">
      <caption className="sr-only">รายการข่าวและประกาศ</caption>
      <thead className="bg-slate-100 text-sm">
        <tr>
          <th scope="col" className="p-3">
            เรื่อง
          </th>
          <th scope="col" className="p-3">
            สถานะ
          </th>
          <th scope="col" className="hidden p-3 md:table-cell">
            ผู้เขียน
          </th>
          <th scope="col" className="p-3">
            วันที่
          </th>
        </tr>
      </thead>
      <tbody>
        {posts.map((p) => (
          <tr key={p.id} className="border-t border-slate-200 align-top">
            <td className="p-3">
              <Link
                href={`/admin/posts/${p.id}`}
                className="font-bold text-brand-800 underline [overflow-wrap:anywhere]"
              >
                {p.title || "(ไม่มีหัวข้อ)"}
              </Link>
              <span className="block text-sm text-slate-600">
                {sectionInfo(p.section).label} · เรื่องที่ {p.id}
                <span className="md:hidden"> · {p.authorName ?? "ไม่ทราบผู้เขียน"}</span>
              </span>
            </td>
            <td className="p-3">
              <div className="flex flex-col items-start gap-1">
                <StatusBadge status={p.status} />
                {p.hasDraft && <PendingDraftBadge />}
              </div>
            </td>
            <td className="hidden p-3 md:table-cell">{p.authorName ?? "—"}</td>
            <td className="p-3 text-sm">
              {p.status === "SCHEDULED" && p.scheduledAt && <When label="จะเผยแพร่" at={p.scheduledAt} />}
              {p.publishedAt && p.status !== "SCHEDULED" && <When label="เผยแพร่" at={p.publishedAt} />}
              <When label="แก้ไขล่าสุด" at={p.updatedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
