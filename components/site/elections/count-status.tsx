import { CONTEST_STATUS_LABELS } from "@/lib/elections/labels";
import type { ContestStatus } from "@/lib/generated/prisma/enums";
import { formatThaiDate, formatThaiTime, toBangkokIso } from "@/lib/thai-date";

const TONE: Record<ContestStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800 ring-slate-300",
  COUNTING: "bg-amber-50 text-amber-900 ring-amber-300",
  OFFICIAL: "bg-emerald-50 text-emerald-900 ring-emerald-300",
};

export function StatusBadge({ status }: { status: ContestStatus }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-bold ring-1 ${TONE[status]}`}>
      {CONTEST_STATUS_LABELS[status]}
    </span>
  );
}

/** "อัปเดต 21.30 น. (14 พ.ค. 2566)", always in Bangkok time. */
export function UpdatedAt({ at }: { at: Date | null }) {
  if (!at) return null;
  return (
    <time dateTime={toBangkokIso(at)} data-testid="count-updated">
      อัปเดต {formatThaiTime(at)} ({formatThaiDate(at, "medium")})
    </time>
  );
}
