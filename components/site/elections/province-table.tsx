import { formatCount, formatPercent } from "@/lib/elections/format";
import { countedText, type NationalPicture } from "@/lib/elections/national";
import { StatusBadge } from "./count-status";

// Turnout and count of every province, grouped by region: a table (what screen readers read)
// with a small SVG bar of each province's turnout drawn in its row.

function TurnoutBar({ percent }: { percent: number | null }) {
  if (percent === null) return null;
  return (
    <svg aria-hidden="true" width="100%" height="10" className="mt-1 block min-w-16">
      <rect width="100%" height="10" rx="2" className="fill-slate-100" />
      <rect
        width={`${Math.min(100, Math.round(percent * 100) / 100)}%`}
        height="10"
        rx="2"
        className="fill-brand-700"
      />
    </svg>
  );
}

export function ProvinceTable({ picture }: { picture: NationalPicture }) {
  return (
    <section aria-labelledby="provinces-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="provinces-title" className="mb-3 text-xl font-bold text-brand-900">
        ผู้มาใช้สิทธิและการนับคะแนน รายจังหวัด
      </h2>
      {picture.regions.map((region, i) => (
        <div key={region.name} className="mt-4 overflow-x-auto first:mt-0">
          <table className="res-table" aria-labelledby={`region-${i}`}>
            <caption id={`region-${i}`} className="mb-1 text-left text-lg font-bold text-brand-900">
              {region.name}
            </caption>
            <thead>
              <tr>
                <th scope="col">จังหวัด</th>
                <th scope="col">การนับคะแนน</th>
                <th scope="col" className="num">
                  ผู้มีสิทธิ
                </th>
                <th scope="col" className="num">
                  ผู้มาใช้สิทธิ
                </th>
                <th scope="col" className="num">
                  ร้อยละ
                </th>
              </tr>
            </thead>
            <tbody>
              {region.offices.map((p) => (
                <tr key={p.code} data-province={p.code}>
                  <th scope="row">
                    {p.href ? (
                      <a href={p.href} className="text-brand-700 underline">
                        {p.province}
                      </a>
                    ) : (
                      p.province
                    )}
                  </th>
                  <td>
                    <span className="mr-2">{countedText(p)}</span>
                    {p.status && p.status !== "NOT_STARTED" && <StatusBadge status={p.status} />}
                  </td>
                  <td className="num">{p.href ? formatCount(p.registered) : "–"}</td>
                  <td className="num">{p.href ? formatCount(p.came) : "–"}</td>
                  <td className="num">
                    {formatPercent(p.turnout)}
                    <TurnoutBar percent={p.turnout} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
