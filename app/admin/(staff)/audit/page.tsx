import type { Metadata } from "next";
import { AuditFilter, type AuditFilterValues } from "@/components/admin/audit/audit-filter";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { parseId } from "@/lib/http/params";
import { requirePageRole } from "@/lib/admin/page-guard";
import { parseDay } from "@/lib/calendar/schema";
import { auditFilterOptions, listAuditEntries, type AuditFilter as Filter } from "@/lib/audit/queries";

export const metadata: Metadata = { title: "ประวัติการใช้งาน" };

type Search = Partial<Record<keyof AuditFilterValues | "page", string | string[]>>;
type Props = { searchParams: Promise<Search> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/** Only well-formed filters reach the query; anything else is ignored rather than an error. */
function filterOf(s: Search): { filter: Filter; values: AuditFilterValues; page: number } {
  const values: AuditFilterValues = {
    entity: one(s.entity),
    action: one(s.action),
    userId: one(s.userId),
    from: one(s.from),
    to: one(s.to),
  };
  const from = parseDay(values.from);
  const to = parseDay(values.to);
  const filter: Filter = {
    entity: /^[a-z_]{1,30}$/.test(values.entity) ? values.entity : undefined,
    action: /^[a-z_.]{1,60}$/.test(values.action) ? values.action : undefined,
    userId: parseId(values.userId) ?? undefined,
    from: from ?? undefined,
    to: to ?? undefined,
  };
  return { filter, values, page: parseId(one(s.page)) ?? 1 };
}

export default async function AuditPage({ searchParams }: Props) {
  await requirePageRole("ADMIN");
  const { filter, values, page } = filterOf(await searchParams);
  const [result, options] = await Promise.all([listAuditEntries(filter, page), auditFilterOptions()]);
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ""));
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `/admin/audit?${s}` : "/admin/audit";
  };
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">ประวัติการใช้งาน</h1>
      <p className="mb-4 text-slate-700">
        ใครทำอะไร เมื่อไร (เวลาประเทศไทย) ทั้งหมด {result.total.toLocaleString("th-TH")} รายการ
      </p>
      <AuditFilter values={values} options={options} />
      <AuditTable rows={result.rows} />
      <Pagination page={result.page} pageCount={result.pageCount} href={href} />
    </>
  );
}
