import Link from "next/link";
import type { Dashboard } from "@/lib/admin/dashboard";
import { DashboardList } from "./dashboard-list";
import { AlertTrouble } from "./alert-trouble";
import { FailedSchedules } from "./failed-schedules";

type Props = {
  data: Dashboard;
  user: { id: number; name: string };
  canReview: boolean;
  alertTrouble?: { failed: number; retrying: number } | null;
};

export function DashboardView({ data, user, canReview, alertTrouble = null }: Props) {
  // Authors' lists are their own posts: their "see all" links filter by author too.
  const scope = canReview ? "" : `&author=${user.id}`;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-900">สวัสดี {user.name}</h1>
        <Link
          href="/admin/posts/new"
          className="rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
        >
          + เขียนข่าวใหม่
        </Link>
      </div>
      <div className="space-y-4">
        <FailedSchedules list={data.failedSchedules} />
        <AlertTrouble trouble={alertTrouble} />
        <div className="grid gap-4 lg:grid-cols-2">
          <DashboardList
            id="my-drafts"
            title="ฉบับร่างของฉัน"
            list={data.myDrafts}
            empty="ไม่มีฉบับร่าง"
            when={(p) => ({ label: "แก้ไขล่าสุด", at: p.updatedAt })}
            moreHref={`/admin/posts?status=DRAFT&author=${user.id}`}
          />
          <DashboardList
            id="in-review"
            title={canReview ? "รอตรวจ" : "ข่าวของฉันที่รอตรวจ"}
            list={data.awaitingReview}
            empty="ไม่มีข่าวรอตรวจ"
            when={(p) => ({ label: "ส่งตรวจเมื่อ", at: p.updatedAt })}
            moreHref={`/admin/posts?status=IN_REVIEW${scope}`}
          />
          <DashboardList
            id="scheduled"
            title="ตั้งเวลาเผยแพร่"
            list={data.scheduled}
            empty="ไม่มีข่าวที่ตั้งเวลาไว้"
            when={(p) => ({ label: "จะเผยแพร่", at: p.scheduledAt })}
            moreHref={`/admin/posts?status=SCHEDULED${scope}`}
          />
          <DashboardList
            id="recent"
            title="เผยแพร่ล่าสุด"
            list={data.recentlyPublished}
            empty="ยังไม่มีข่าวที่เผยแพร่"
            when={(p) => ({ label: "เผยแพร่", at: p.publishedAt })}
            moreHref="/admin/posts?status=PUBLISHED"
          />
        </div>
      </div>
    </>
  );
}
