import type { Metadata } from "next";
import Link from "next/link";
import { EditSessionProvider } from "@/components/admin/posts/edit-session";
import { PostForm } from "@/components/admin/posts/post-form";
import { EMPTY_POST } from "@/components/admin/posts/post-form-values";
import { requirePageRole } from "@/lib/admin/page-guard";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "เขียนเรื่องใหม่" };

export default async function NewPostPage() {
  await requirePageRole("AUTHOR");
  return (
    <EditSessionProvider>
      <p className="text-sm">
        <Link href="/admin/posts" className="text-brand-700 underline">
          ‹ ข่าวและประกาศทั้งหมด
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold text-brand-900">เขียนเรื่องใหม่</h1>
      <p className="mb-4 text-slate-700">บันทึกเป็นฉบับร่างก่อน แล้วจึงส่งตรวจหรือเผยแพร่ได้</p>
      <div className="max-w-4xl">
        <PostForm
          values={EMPTY_POST}
          askChangeType={false}
          becomesPendingDraft={false}
          maxUploadBytes={env().maxUploadBytes}
        />
      </div>
    </EditSessionProvider>
  );
}
