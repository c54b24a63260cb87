import { AuthError } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { exportSubscribers } from "@/lib/alerts/staff";
import { assertSameOrigin } from "@/lib/http/origin";
import { dayKeyString, todayInBangkok } from "@/lib/thai-date";

// POST (a button on /admin/alerts) → the current subscribers as CSV. Admins only; every export
// is written to the audit log with the number of addresses.
export async function POST(request: Request): Promise<Response> {
  const foreign = assertSameOrigin(request);
  if (foreign) return foreign;
  let userId: number;
  try {
    userId = (await requireRole("ADMIN")).id;
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    const status = e.code === "UNAUTHENTICATED" ? 401 : 403;
    return new Response(status === 401 ? "กรุณาเข้าสู่ระบบ" : "เฉพาะผู้ดูแลระบบส่งออกรายชื่อผู้รับข่าวได้", {
      status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const { csv } = await exportSubscribers(userId);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="subscribers-${dayKeyString(todayInBangkok())}.csv"`,
      "cache-control": "no-store",
    },
  });
}
