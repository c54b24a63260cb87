import type { Metadata } from "next";
import { DashboardView } from "@/components/admin/dashboard/dashboard-view";
import { getDashboard } from "@/lib/admin/dashboard";
import { requirePageRole } from "@/lib/admin/page-guard";
import { alertTrouble } from "@/lib/alerts/staff";
import { hasRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "แดชบอร์ด" };

// My drafts, awaiting review, scheduled, recently published; failed schedules first when any.
export default async function DashboardPage() {
  const user = await requirePageRole("AUTHOR");
  const editor = hasRole(user, "EDITOR");
  // Editors and admins see e-mail alerts that are not getting through.
  const [data, trouble] = await Promise.all([getDashboard(user), editor ? alertTrouble() : null]);
  return <DashboardView data={data} user={user} canReview={editor} alertTrouble={trouble} />;
}
