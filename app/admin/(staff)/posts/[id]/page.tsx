import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditSessionProvider } from "@/components/admin/posts/edit-session";
import { PostEditNotices } from "@/components/admin/posts/post-edit-notices";
import { PostForm } from "@/components/admin/posts/post-form";
import { formValuesOf } from "@/components/admin/posts/post-form-values";
import { PostWorkflowButtons } from "@/components/admin/posts/post-workflow-buttons";
import { PendingDraftBadge, StatusBadge } from "@/components/admin/posts/status-badge";
import { toWallTimeInput } from "@/lib/thai-date/wall-time";
import { requirePageRole } from "@/lib/admin/page-guard";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getPostForEdit } from "@/lib/posts/admin-queries";
import { parseId } from "@/lib/http/params";
import { postPath } from "@/lib/posts/url";
import { allowedActions, isLive } from "@/lib/posts/permissions";
import { formatThaiDateTime } from "@/lib/thai-date";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

async function load(params: Props["params"], viewer: SessionUser | null) {
  const id = parseId((await params).id);
  return id === null || viewer === null ? null : getPostForEdit(id, viewer);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The title is the post's: only for someone who may see the post (the page itself checks again).
  const viewer = await getCurrentUser();
  const post = viewer?.mustChangePassword ? null : await load(params, viewer);
  return { title: post ? `แก้ไข: ${post.working.title}` : "ไม่พบเรื่อง" };
}

export default async function EditPostPage({ params, searchParams }: Props) {
  const user = await requirePageRole("AUTHOR");
  const post = await load(params, user);
  if (!post) notFound();
  const { saved } = await searchParams;
  const hasDraft = post.draft !== null;
  const allowed = allowedActions(user, {
    status: post.status,
    authorId: post.authorId,
    everPublished: post.everPublished,
    hasDraft,
  });
  const canPublish = hasRole(user, "EDITOR");
  const live = isLive(post);
  const link = "rounded-md px-3 py-1.5 font-bold text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50";

  return (
    <EditSessionProvider>
      <p className="text-sm">
        <Link href="/admin/posts" className="text-brand-700 underline">
          ‹ ข่าวและประกาศทั้งหมด
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900 [overflow-wrap:anywhere]">
        {post.working.title || "(ไม่มีหัวข้อ)"}
      </h1>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={post.status} />
        {hasDraft && <PendingDraftBadge />}
        <span className="text-sm text-slate-700">
          เรื่องที่ {post.id} · ผู้เขียน {post.authorName ?? "ไม่ทราบ"} · แก้ไขล่าสุด {formatThaiDateTime(post.updatedAt)}
        </span>
      </div>
      <nav aria-label="เกี่ยวกับเรื่องนี้" className="my-3 flex flex-wrap gap-2">
        <Link href={`/admin/posts/${post.id}/preview`} className={link}>
          ดูตัวอย่าง
        </Link>
        <Link href={`/admin/posts/${post.id}/history`} className={link}>
          ประวัติการแก้ไข ({post.revisionCount})
        </Link>
        {post.status === "PUBLISHED" && (
          <a href={postPath(post.id, post.live.slug)} target="_blank" rel="noopener" className={link}>
            ดูหน้าเว็บจริง (แท็บใหม่)
          </a>
        )}
      </nav>
      <PostEditNotices post={post} saved={saved === "1"} />
      <div key={post.id} className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          {allowed.includes("edit") ? (
            <PostForm
              values={formValuesOf(post)}
              askChangeType={live && canPublish}
              becomesPendingDraft={live && !canPublish}
              maxUploadBytes={env().maxUploadBytes}
              saveLabel={live && canPublish && post.status === "PUBLISHED" ? "บันทึกและเผยแพร่การแก้ไข" : "บันทึก"}
            />
          ) : (
            <p className="rounded-md bg-slate-100 p-4 ring-1 ring-slate-300">
              คุณดูเรื่องนี้ได้แต่แก้ไขไม่ได้ ({canPublish ? "สถานะนี้แก้ไขไม่ได้" : "ผู้เขียนแก้ไขได้เฉพาะเรื่องของตนเองที่ยังไม่ได้ตั้งเวลาหรือถอน"}){" "}
              <Link href={`/admin/posts/${post.id}/preview`} className="text-brand-700 underline">
                ดูตัวอย่างเนื้อหา
              </Link>
            </p>
          )}
        </div>
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <PostWorkflowButtons
            post={{
              id: post.id,
              version: post.version,
              status: post.status,
              hasDraft,
              scheduledAtInput: toWallTimeInput(post.scheduledAt),
            }}
            allowed={allowed}
            canPublish={canPublish}
          />
        </aside>
      </div>
    </EditSessionProvider>
  );
}
