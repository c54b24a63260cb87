import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PreviewFrame } from "@/components/admin/posts/preview-frame";
import { previewViewOf } from "@/components/admin/posts/preview-view";
import { PostArticle } from "@/components/site/posts/post-article";
import { SiteFooter } from "@/components/site/shell/site-footer";
import { SiteHeader } from "@/components/site/shell/site-header";
import { requirePageRole } from "@/lib/admin/page-guard";
import { absolute } from "@/lib/http/absolute";
import { postPath } from "@/lib/posts/url";
import { getPostForEdit } from "@/lib/posts/admin-queries";
import { getPublicPost } from "@/lib/posts/queries";
import { parseId } from "@/lib/http/params";
import { getSiteSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ id: string }> };

// Staff only (the layout and this page both check), never indexed, never cached (next.config
// headers for /admin). It shows what publishing would show: the pending draft of a live post,
// else the post as saved.
export const metadata: Metadata = { title: "ตัวอย่างก่อนเผยแพร่", robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: Props) {
  const user = await requirePageRole("AUTHOR");
  const id = parseId((await params).id);
  const post = id === null ? null : await getPostForEdit(id, user);
  if (!post) notFound();
  const [settings, live] = await Promise.all([
    getSiteSettings(),
    post.status === "PUBLISHED" ? getPublicPost(post.id) : null,
  ]);
  const view = previewViewOf(post, live);
  const what = post.draft ? "ฉบับร่างที่รอเผยแพร่ของเรื่องที่เผยแพร่อยู่" : "เรื่องนี้ตามที่บันทึกไว้ล่าสุด";

  return (
    <PreviewFrame backHref={`/admin/posts/${post.id}`}>
      <div
        role="region"
        aria-label="ตัวอย่าง — ยังไม่เผยแพร่"
        className="sticky top-0 z-20 border-b-4 border-amber-600 bg-amber-300 text-amber-950"
      >
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <p>
            <strong className="text-lg">ตัวอย่าง — ยังไม่เผยแพร่</strong>
            <span className="block text-sm sm:inline sm:pl-2">แสดง{what} ผู้อ่านทั่วไปยังไม่เห็นหน้านี้</span>
          </p>
          <Link
            href={`/admin/posts/${post.id}`}
            className="rounded-md bg-white px-3 py-1.5 font-bold text-brand-900 ring-1 ring-amber-700 hover:bg-amber-50"
          >
            ‹ กลับไปแก้ไข
          </Link>
        </div>
      </div>
      <SiteHeader settings={settings} preview />
      {/* A <div>, not <main>: the preview sits inside the staff layout's <main>. */}
      <div id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {/* The address it will have, so the share links look as they will. */}
        <PostArticle post={view} url={absolute(postPath(view.id, view.slug))} />
      </div>
      <SiteFooter settings={settings} />
    </PreviewFrame>
  );
}
