import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/admin/posts/revision-diff";
import { RevisionTable } from "@/components/admin/posts/revision-table";
import { requirePageRole } from "@/lib/admin/page-guard";
import { getPostForEdit, getRevision, listRevisions } from "@/lib/posts/admin-queries";
import { diffRevisions } from "@/lib/posts/revisions";
import { parseId } from "@/lib/http/params";
import { allowedActions } from "@/lib/posts/permissions";
import { formatThaiDateTime } from "@/lib/thai-date";

export const metadata: Metadata = { title: "ประวัติการแก้ไข" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

// /admin/posts/{id}/history?from={revisionId}&to={revisionId}: any two revisions, compared
// older → newer whichever way round they were picked. Without a choice: the last two saves.
export default async function HistoryPage({ params, searchParams }: Props) {
  const user = await requirePageRole("AUTHOR");
  const id = parseId((await params).id);
  const post = id === null ? null : await getPostForEdit(id, user);
  if (!post) notFound();
  const revisions = await listRevisions(post.id);
  const sp = await searchParams;
  const fromId = parseId(sp.from) ?? revisions[1]?.id ?? null;
  const toId = parseId(sp.to) ?? revisions[0]?.id ?? null;
  const [x, y] = await Promise.all([fromId ? getRevision(fromId) : null, toId ? getRevision(toId) : null]);
  // Only this post's revisions; ids from the address are not trusted to belong to it.
  const pair =
    x && y && x.postId === post.id && y.postId === post.id
      ? x.id <= y.id
        ? ([x, y] as const)
        : ([y, x] as const)
      : null;
  const allowed = allowedActions(user, {
    status: post.status,
    authorId: post.authorId,
    everPublished: post.everPublished,
    hasDraft: post.draft !== null,
  });
  const label = (r: { version: number; createdAt: Date }) => `ฉบับที่ ${r.version} (${formatThaiDateTime(r.createdAt)})`;

  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/posts/${post.id}`} className="text-brand-700 underline">
          ‹ กลับไปแก้ไข
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">
        ประวัติการแก้ไข: {post.working.title}
      </h1>
      <p className="mt-1 text-slate-700">
        ทุกครั้งที่บันทึกจะเก็บไว้หนึ่งฉบับ เลือกสองฉบับเพื่อดูว่าเปลี่ยนอะไร «กู้คืนเป็นฉบับร่าง» จะนำฉบับนั้นมาเป็นฉบับร่าง
        {post.status === "PUBLISHED" ? " โดยหน้าเว็บยังแสดงฉบับที่เผยแพร่อยู่จนกว่าบรรณาธิการจะเผยแพร่" : ""}
      </p>
      {revisions.length === 0 ? (
        <p className="mt-4">ยังไม่มีประวัติการแก้ไข</p>
      ) : (
        <RevisionTable
          postId={post.id}
          version={post.version}
          revisions={revisions}
          fromId={pair?.[0].id ?? fromId}
          toId={pair?.[1].id ?? toId}
          canRestore={allowed.includes("restore")}
        />
      )}
      {pair && pair[0].id !== pair[1].id && (
        <RevisionDiff
          title={`เปรียบเทียบ${label(pair[0])} กับ${label(pair[1])}`}
          diffs={diffRevisions(pair[0].data, pair[1].data)}
        />
      )}
      {pair && pair[0].id === pair[1].id && <p className="mt-4 font-bold">โปรดเลือกสองฉบับที่ต่างกันเพื่อเปรียบเทียบ</p>}
    </>
  );
}
