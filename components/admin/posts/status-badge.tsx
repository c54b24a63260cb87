import type { PostStatus } from "@/lib/generated/prisma/enums";
import { POST_STATUS_LABELS } from "@/lib/posts/labels";

// Colour is never the only signal: the Thai label is always shown.
const TONES: Record<PostStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800 ring-slate-300",
  IN_REVIEW: "bg-amber-50 text-amber-900 ring-amber-300",
  SCHEDULED: "bg-sky-50 text-sky-900 ring-sky-300",
  PUBLISHED: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  WITHDRAWN: "bg-rose-50 text-rose-900 ring-rose-300",
};

export function StatusBadge({ status }: { status: PostStatus }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-bold ring-1 ${TONES[status]}`}
    >
      {POST_STATUS_LABELS[status]}
    </span>
  );
}

export function PendingDraftBadge() {
  return (
    <span className="inline-block whitespace-nowrap rounded-full bg-violet-50 px-2.5 py-0.5 text-sm font-bold text-violet-900 ring-1 ring-violet-300">
      มีฉบับร่างรอเผยแพร่
    </span>
  );
}
