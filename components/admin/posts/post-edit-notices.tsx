import type { PostForEdit } from "@/lib/posts/admin-queries";
import { formatThaiDateTime } from "@/lib/thai-date";

const BOX = "rounded-md p-3 ring-1";

// What staff must know before touching the post: why it came back, why a schedule failed,
// that the form shows a pending draft rather than the public text.
export function PostEditNotices({ post, saved }: { post: PostForEdit; saved: boolean }) {
  return (
    <div className="space-y-2 empty:hidden">
      {saved && (
        <p role="status" className={`${BOX} bg-emerald-50 font-bold text-emerald-900 ring-emerald-300`}>
          บันทึกฉบับร่างแล้ว
        </p>
      )}
      {post.scheduleError && (
        <p className={`${BOX} bg-rose-50 text-rose-900 ring-rose-300`}>
          <strong>การเผยแพร่ตามเวลาที่ตั้งไว้ไม่สำเร็จ:</strong> {post.scheduleError}
        </p>
      )}
      {post.reviewNote && post.status === "DRAFT" && (
        <p className={`${BOX} bg-amber-50 text-amber-950 ring-amber-300`}>
          <strong>บรรณาธิการส่งกลับให้แก้ไข:</strong> <span className="whitespace-pre-line">{post.reviewNote}</span>
        </p>
      )}
      {post.status === "SCHEDULED" && post.scheduledAt && (
        <p className={`${BOX} bg-sky-50 text-sky-900 ring-sky-300`}>
          จะเผยแพร่อัตโนมัติ {formatThaiDateTime(post.scheduledAt, "long")}
        </p>
      )}
      {post.status === "WITHDRAWN" && (
        <p className={`${BOX} bg-rose-50 text-rose-900 ring-rose-300`}>
          <strong>ถอนการเผยแพร่แล้ว</strong>
          {post.withdrawnReason && <> · เหตุผลที่ผู้อ่านเห็น: {post.withdrawnReason}</>}
          {post.redirectToId && <> · พาผู้อ่านไปยังเรื่องที่ {post.redirectToId}</>}
        </p>
      )}
      {post.draft && (
        <p className={`${BOX} bg-violet-50 text-violet-950 ring-violet-300`}>
          <strong>มีฉบับร่างรอเผยแพร่</strong>
          {post.draftAuthorName && <> แก้ไขโดย {post.draftAuthorName}</>}
          {post.draftUpdatedAt && <> เมื่อ {formatThaiDateTime(post.draftUpdatedAt)}</>} · แบบฟอร์มด้านล่างแสดงฉบับร่างนี้
          หน้าเว็บยังแสดงฉบับที่เผยแพร่อยู่
        </p>
      )}
    </div>
  );
}
