import { formatCount, formatPercent } from "@/lib/elections/format";
import type { Ranked } from "@/lib/elections/summary";
import type { CandidateView } from "@/lib/elections/view";
import { BarChart } from "./bar-chart";

export function partyName(party: string): string {
  return party || "ไม่สังกัดพรรค";
}

/** Candidates ranked by votes: a bar chart and the same figures as a table. */
export function CandidateResults({ ranked, counting }: { ranked: Ranked<CandidateView>[]; counting: boolean }) {
  const title = counting ? "คะแนนของผู้สมัคร (ผลไม่เป็นทางการ)" : "คะแนนของผู้สมัคร";
  const chartLabel = `กราฟแท่ง${title}: ${ranked.map((c) => `หมายเลข ${c.number} ${c.name} ${formatCount(c.votes)} คะแนน`).join(", ")}`;
  return (
    <section aria-labelledby="candidates-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="candidates-title" className="mb-3 text-xl font-bold text-brand-900">
        {title}
      </h2>
      {ranked.length === 0 ? (
        <p className="text-slate-600">ยังไม่มีรายชื่อผู้สมัคร</p>
      ) : (
        <>
          <BarChart
            label={chartLabel}
            rows={ranked.map((c) => ({
              key: c.id,
              label: `${c.number} ${c.name} (${partyName(c.party)})`,
              value: c.votes,
              valueText: `${formatCount(c.votes)} (${formatPercent(c.share)})`,
              highlight: c.rank === 1 && c.votes > 0,
            }))}
          />
          <div className="mt-4 overflow-x-auto">
            <table className="res-table">
              <caption className="sr-only">{title} เรียงตามคะแนน</caption>
              <thead>
                <tr>
                  <th scope="col">อันดับ</th>
                  <th scope="col">หมายเลข</th>
                  <th scope="col">ชื่อ</th>
                  <th scope="col">พรรค</th>
                  <th scope="col" className="num">
                    คะแนน
                  </th>
                  <th scope="col" className="num">
                    ร้อยละ
                  </th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((c) => (
                  <tr key={c.id}>
                    <td>{c.rank}</td>
                    <td>{c.number}</td>
                    <th scope="row">
                      {c.name}
                      {c.isSample && <span className="text-slate-500">*</span>}
                    </th>
                    <td>{partyName(c.party)}</td>
                    <td className="num">{formatCount(c.votes)}</td>
                    <td className="num">{formatPercent(c.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ranked.some((c) => c.isSample) && (
            <p className="mt-2 text-sm text-slate-600">* ชื่อสมมุติสำหรับการสาธิต ไม่ใช่ชื่อผู้สมัครจริง</p>
          )}
        </>
      )}
    </section>
  );
}
