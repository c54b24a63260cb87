import { formatCount, formatPercent } from "@/lib/elections/format";
import { groupByPosition, overallStatus, partyTally, totals } from "@/lib/elections/summary";
import type { ContestView } from "@/lib/elections/view";
import { BallotChart, TurnoutChart } from "./ballot-charts";
import { ContestTable } from "./contest-table";
import { PartyTallyBlock } from "./party-tally";

/** The province summary and every contest, for each position elected on the day. */
export function ElectionOverview({ contests }: { contests: ContestView[] }) {
  if (contests.length === 0) return <p className="text-slate-600">ยังไม่มีข้อมูลเขตเลือกตั้ง</p>;
  const groups = groupByPosition(contests);
  return (
    <>
      {groups.map((g, i) => {
        const t = totals(g.contests);
        const counting = overallStatus(g.contests) !== "OFFICIAL";
        const id = `g${i}`;
        return (
          <section key={g.position} aria-labelledby={`${id}-heading`} className="mt-6 space-y-4">
            <h2 id={`${id}-heading`} className="text-xl font-bold text-brand-900">
              สรุปผลทั้งจังหวัด: {g.position}
            </h2>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <Fact label="ผู้มีสิทธิเลือกตั้ง" value={formatCount(t.registered)} />
              <Fact label="ผู้มาใช้สิทธิ" value={formatCount(t.came)} />
              <Fact label="ร้อยละผู้มาใช้สิทธิ" value={formatPercent(t.turnout)} />
              <Fact label="หน่วยที่นับแล้ว" value={`${formatCount(t.stationsCounted)} / ${formatCount(t.stations)}`} />
            </dl>
            <div className="grid gap-4 md:grid-cols-2">
              <TurnoutChart id={`${id}-turnout`} counts={t} />
              <BallotChart id={`${id}-ballots`} counts={t} />
            </div>
            <PartyTallyBlock id={`${id}-parties`} tally={partyTally(g.contests)} counting={counting} />
            <ContestTable contests={g.contests} caption={`ผลรายเขต: ${g.position}`} />
          </section>
        );
      })}
    </>
  );
}

export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-xl font-bold tabular-nums text-brand-900">{value}</dd>
    </div>
  );
}
