import { kindInfo } from "@/lib/procurement/kinds";
import type { FiscalYearPage } from "@/lib/procurement/queries";
import { DisclosureItem } from "./disclosure-item";
import { MonthlyGrid } from "./monthly-grid";
import { YearNav } from "./year-nav";

// The public page of one fiscal year: the year switcher, then each kind of document in the order
// of the procurement cycle; the monthly summaries always as the twelve-month grid.
export function FiscalYearView({ page }: { page: FiscalYearPage }) {
  const { year } = page;
  const groups = page.groups.filter((g) => g.kind !== "MONTHLY_SUMMARY");
  const reportIndex = groups.findIndex((g) => g.kind === "ANNUAL_REPORT");
  const before = reportIndex === -1 ? groups : groups.slice(0, reportIndex);
  const after = reportIndex === -1 ? [] : groups.slice(reportIndex);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง ปีงบประมาณ {year}</h1>
      <p className="text-slate-700">
        ปีงบประมาณ {year} คือวันที่ 1 ตุลาคม {year - 1} ถึง 30 กันยายน {year}
      </p>
      <YearNav years={page.years} current={year} />
      {page.count === 0 && (
        <p className="my-6 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200">
          ยังไม่มีเอกสารการจัดซื้อจัดจ้างที่เผยแพร่สำหรับปีงบประมาณ {year} โปรดเลือกปีงบประมาณอื่นด้านบน
        </p>
      )}
      {before.map((g) => (
        <KindSection key={g.kind} kind={g.kind} items={g.items} />
      ))}
      {page.count > 0 && (
        <section aria-labelledby="k-MONTHLY_SUMMARY" className="mt-8">
          <h2 id="k-MONTHLY_SUMMARY" className="mb-3 text-xl font-bold text-brand-900">
            {kindInfo("MONTHLY_SUMMARY").heading}
          </h2>
          <MonthlyGrid year={year} monthly={page.monthly} />
        </section>
      )}
      {after.map((g) => (
        <KindSection key={g.kind} kind={g.kind} items={g.items} />
      ))}
    </>
  );
}

function KindSection({ kind, items }: FiscalYearPage["groups"][number]) {
  const info = kindInfo(kind);
  return (
    <section aria-labelledby={`k-${kind}`} className="mt-8">
      <h2 id={`k-${kind}`} className="mb-3 text-xl font-bold text-brand-900">
        {info.heading}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {items.map((item) => (
          <li key={item.id} className="p-4">
            <DisclosureItem item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
