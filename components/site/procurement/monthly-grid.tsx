import { fiscalMonths } from "@/lib/procurement/fiscal-year";
import type { DisclosureView } from "@/lib/procurement/view";
import { PostDate } from "@/components/ui/post-date";

// แบบ สขร.1 as twelve months of the fiscal year, ต.ค. to ก.ย.; a month without a published
// summary says so instead of silently missing.
export function MonthlyGrid({ year, monthly }: { year: number; monthly: Map<number, DisclosureView> }) {
  return (
    <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4" data-testid="skr1-grid">
      {fiscalMonths(year).map((m) => {
        const item = monthly.get(m.month);
        return (
          <li
            key={m.month}
            data-month={m.month}
            className={`rounded-md p-3 ring-1 ${item ? "bg-white ring-slate-300" : "bg-slate-50 ring-slate-200"}`}
          >
            <h3 className="font-bold">
              {m.name} {m.yearBE}
            </h3>
            {item ? (
              <>
                <p className="meta">
                  <PostDate date={item.documentDate} prefix="ลงวันที่ " />
                </p>
                <p>
                  <a href={item.file.href} className="font-bold text-brand-800 underline">
                    ดาวน์โหลด
                    <span className="sr-only">
                      {" "}
                      แบบ สขร.1 เดือน{m.name} {m.yearBE}
                    </span>
                  </a>{" "}
                  <span className="text-sm text-slate-600">
                    ({item.file.typeLabel} {item.file.size})
                  </span>
                </p>
                {item.amount && <p className="text-sm tabular-nums">รวม {item.amount}</p>}
              </>
            ) : (
              <p className="text-slate-700">ยังไม่เผยแพร่</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
