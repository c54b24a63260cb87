import { formatCount, formatPercent } from "@/lib/elections/format";
import type { NationalPicture } from "@/lib/elections/national";
import { nationalStatusPath } from "@/lib/elections/url";
import { toBangkokIso } from "@/lib/thai-date";
import { TurnoutChart } from "./ballot-charts";
import { ContestRefresher } from "./contest-refresher";
import { StatusBadge, UpdatedAt } from "./count-status";
import { Fact } from "./election-overview";
import { NationalDownloads } from "./national-downloads";
import { PartyTallyBlock } from "./party-tally";
import { ProvinceTable } from "./province-table";

/**
 * The central site's page of a national election: the country's totals, seats by party and every
 * province's turnout and count («นับแล้ว 5 จาก 7 เขต»), refreshed in place while counting.
 */
export function NationalOverview({ electionId, picture }: { electionId: number; picture: NationalPicture }) {
  const t = picture.totals;
  const updatedIso = picture.updatedAt ? toBangkokIso(picture.updatedAt) : null;
  return (
    <>
      <section aria-labelledby="national-heading" className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="national-heading" className="text-xl font-bold text-brand-900">
            ภาพรวมทั้งประเทศ
          </h2>
          <StatusBadge status={picture.status} />
          <UpdatedAt at={picture.updatedAt} />
        </div>
        <ContestRefresher
          statusUrl={nationalStatusPath(electionId)}
          status={picture.status}
          updatedIso={updatedIso}
          beforeCount
        />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Fact
            label="จังหวัดที่รายงานผล"
            value={`${formatCount(picture.reporting)} / ${formatCount(picture.provinces.length)}`}
          />
          <Fact label="เขตที่นับแล้ว" value={`${formatCount(picture.counted)} / ${formatCount(picture.constituencies)}`} />
          <Fact label="ผู้มาใช้สิทธิ" value={formatCount(t.came)} />
          <Fact label="ร้อยละผู้มาใช้สิทธิ" value={formatPercent(t.turnout)} />
        </dl>
        <p className="meta">
          รวมจากข้อมูลที่สำนักงาน กกต. จังหวัดแต่ละแห่งบันทึกและเผยแพร่บนเว็บไซต์ของจังหวัด จังหวัดที่ยังไม่เผยแพร่ข้อมูลยังไม่นับรวม
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          <TurnoutChart id="national-turnout" counts={t} />
        </div>
        <PartyTallyBlock id="national-parties" tally={picture.tally} counting={picture.status !== "OFFICIAL"} />
      </section>
      <ProvinceTable picture={picture} />
      <NationalDownloads electionId={electionId} />
    </>
  );
}
