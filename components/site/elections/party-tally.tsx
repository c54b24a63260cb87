import { formatCount, formatPercent } from "@/lib/elections/format";
import { percentOf, type PartyTally } from "@/lib/elections/summary";
import { BarChart } from "./bar-chart";
import { partyName } from "./candidate-results";

/** Seats per party (won, or led while counting) as a bar chart, and the full tally as a table. */
export function PartyTallyBlock({ id, tally, counting }: { id: string; tally: PartyTally[]; counting: boolean }) {
  const votes = tally.reduce((a, t) => a + t.votes, 0);
  const seated = tally.filter((t) => t.won + t.leading > 0);
  const title = counting ? "จำนวนเขตที่ชนะหรือนำอยู่ แยกตามพรรค" : "จำนวนเขตที่ชนะ แยกตามพรรค";
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h3 id={`${id}-title`} className="mb-3 text-lg font-bold text-brand-900">
        {title}
      </h3>
      {seated.length > 0 && (
        <BarChart
          label={`กราฟแท่ง${title}: ${seated.map((t) => `${partyName(t.party)} ${t.won + t.leading} เขต`).join(", ")}`}
          rows={seated.map((t, i) => ({
            key: t.party,
            label: partyName(t.party),
            value: t.won + t.leading,
            valueText: t.leading > 0 ? `${t.won + t.leading} เขต (นำ ${t.leading})` : `${t.won} เขต`,
            highlight: i === 0,
          }))}
        />
      )}
      <div className="mt-3 overflow-x-auto">
        <table className="res-table">
          <caption className="sr-only">{title} และคะแนนรวมของแต่ละพรรค</caption>
          <thead>
            <tr>
              <th scope="col">พรรค</th>
              <th scope="col" className="num">
                ชนะ
              </th>
              {counting && (
                <th scope="col" className="num">
                  นำอยู่
                </th>
              )}
              <th scope="col" className="num">
                คะแนนรวม
              </th>
              <th scope="col" className="num">
                ร้อยละ
              </th>
            </tr>
          </thead>
          <tbody>
            {tally.map((t) => (
              <tr key={t.party}>
                <th scope="row">{partyName(t.party)}</th>
                <td className="num">{t.won}</td>
                {counting && <td className="num">{t.leading}</td>}
                <td className="num">{formatCount(t.votes)}</td>
                <td className="num">{formatPercent(percentOf(t.votes, votes))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
