import Link from "next/link";
import { formatCount, formatPercent } from "@/lib/elections/format";
import { contestOutcome, turnoutPercent } from "@/lib/elections/summary";
import { contestPath } from "@/lib/elections/url";
import type { ContestView } from "@/lib/elections/view";
import { partyName } from "./candidate-results";
import { StatusBadge } from "./count-status";

function Outcome({ contest }: { contest: ContestView }) {
  const o = contestOutcome(contest);
  if (o.state === "none") return <span className="text-slate-600">–</span>;
  if (o.state === "tied") return <span>คะแนนเท่ากัน: {o.candidates.map((c) => `${c.number} ${c.name}`).join(", ")}</span>;
  return (
    <span>
      {o.state === "leading" && <span className="text-amber-800">นำ: </span>}
      {o.candidate.number} {o.candidate.name} <span className="text-slate-600">({partyName(o.candidate.party)})</span>{" "}
      <span className="tabular-nums">{formatCount(o.candidate.votes)}</span>
    </span>
  );
}

/** Every contest of an election: winner (or leader), turnout and status, each linking to its page. */
export function ContestTable({ contests, caption }: { contests: ContestView[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
      <table className="res-table">
        <caption className="p-3 text-left text-lg font-bold text-brand-900">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-3 py-1">
              เขต
            </th>
            <th scope="col" className="px-3 py-1">
              ผู้ได้คะแนนสูงสุด
            </th>
            <th scope="col" className="num px-3 py-1">
              ผู้มาใช้สิทธิ
            </th>
            <th scope="col" className="px-3 py-1">
              สถานะ
            </th>
          </tr>
        </thead>
        <tbody>
          {contests.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="px-3 py-2">
                <Link href={contestPath(c.electionId, c.id)} className="title-link">
                  {c.area}
                </Link>
              </th>
              <td className="px-3 py-2">
                <Outcome contest={c} />
              </td>
              <td className="num px-3 py-2">{formatPercent(turnoutPercent(c))}</td>
              <td className="px-3 py-2">
                <StatusBadge status={c.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
