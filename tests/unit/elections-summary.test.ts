import { describe, expect, it } from "vitest";
import { formatCount, formatPercent } from "@/lib/elections/format";
import {
  contestOutcome,
  groupByPosition,
  overallStatus,
  partyTally,
  rankCandidates,
  totals,
  turnoutPercent,
} from "@/lib/elections/summary";
import { BY_ELECTION_2568, candidatesOf, GENERAL_2566 } from "@/tests/helpers/public-election-fixtures";

const contest = (
  over: Partial<{ status: "NOT_STARTED" | "COUNTING" | "OFFICIAL"; valid: number }>,
  candidates: { number: number; votes: number; party?: string }[],
) => ({
  status: over.status ?? "OFFICIAL",
  valid: over.valid ?? candidates.reduce((a, c) => a + c.votes, 0),
  candidates: candidates.map((c) => ({ party: "", ...c })),
});

describe("Thai number formatting", () => {
  it("writes thousands separators and two-decimal percentages", () => {
    expect(formatCount(944019)).toBe("944,019");
    expect(formatCount(0)).toBe("0");
    expect(formatPercent(turnoutPercent({ came: 79288, registered: 133960 }))).toBe("59.19%");
    expect(formatPercent(turnoutPercent({ came: 109475, registered: 136865 }))).toBe("79.99%");
    expect(formatPercent(100)).toBe("100.00%");
    expect(formatPercent(null)).toBe("–");
  });
});

describe("turnout", () => {
  it("is null, not NaN or Infinity, when nobody is registered yet", () => {
    expect(turnoutPercent({ came: 0, registered: 0 })).toBeNull();
    expect(turnoutPercent({ came: 5, registered: 10 })).toBe(50);
  });
});

describe("rankCandidates", () => {
  it("ranks by votes, shares ranks on ties and skips the next rank", () => {
    const ranked = rankCandidates(
      [
        { number: 1, votes: 10 },
        { number: 2, votes: 30 },
        { number: 3, votes: 30 },
        { number: 4, votes: 5 },
      ],
      75,
    );
    expect(ranked.map((c) => [c.number, c.rank])).toEqual([
      [2, 1],
      [3, 1],
      [1, 3],
      [4, 4],
    ]);
    expect(ranked[0]!.share).toBeCloseTo(40);
  });

  it("gives no share when there are no valid ballots yet", () => {
    expect(rankCandidates([{ number: 1, votes: 0 }], 0)[0]!.share).toBeNull();
  });

  it("puts the DOMAIN.md winners first in every Chiang Rai constituency", () => {
    for (const c of GENERAL_2566) {
      const ranked = rankCandidates(candidatesOf(c), c.valid);
      expect(ranked[0]).toMatchObject({ number: c.first.number, party: c.first.party, votes: c.first.votes, rank: 1 });
      expect(ranked[1]).toMatchObject({ number: c.second.number, votes: c.second.votes, rank: 2 });
      expect(ranked.reduce((a, k) => a + k.votes, 0)).toBe(c.valid);
    }
  });
});

describe("contestOutcome", () => {
  it("names the winner of an official result with the margin", () => {
    const o = contestOutcome({
      ...contest({}, []),
      status: "OFFICIAL" as const,
      valid: BY_ELECTION_2568.valid,
      candidates: candidatesOf(BY_ELECTION_2568),
    });
    expect(o.state).toBe("won");
    if (o.state !== "won") return;
    expect(o.candidate.name).toBe("นายสง่า พรมเมือง");
    expect(o.margin).toBe(45615 - 19862);
  });

  it("says leading while counting, tied on equal top votes, nothing before counting or without votes", () => {
    expect(
      contestOutcome(
        contest({ status: "COUNTING" }, [
          { number: 1, votes: 3 },
          { number: 2, votes: 1 },
        ]),
      ).state,
    ).toBe("leading");
    const tied = contestOutcome(
      contest({}, [
        { number: 1, votes: 3 },
        { number: 2, votes: 3 },
        { number: 3, votes: 1 },
      ]),
    );
    expect(tied.state).toBe("tied");
    if (tied.state === "tied") expect(tied.candidates.map((c) => c.number)).toEqual([1, 2]);
    expect(contestOutcome(contest({ status: "NOT_STARTED" }, [{ number: 1, votes: 3 }])).state).toBe("none");
    expect(
      contestOutcome(
        contest({ status: "COUNTING" }, [
          { number: 1, votes: 0 },
          { number: 2, votes: 0 },
        ]),
      ).state,
    ).toBe("none");
    expect(contestOutcome(contest({}, [])).state).toBe("none");
  });
});

describe("partyTally", () => {
  it("counts the 2566 Chiang Rai seats: เพื่อไทย 4, ก้าวไกล 3", () => {
    const contests = GENERAL_2566.map((c) => ({
      status: "OFFICIAL" as const,
      valid: c.valid,
      candidates: candidatesOf(c),
    }));
    const tally = partyTally(contests);
    expect(tally.slice(0, 2).map((t) => [t.party, t.won, t.leading])).toEqual([
      ["เพื่อไทย", 4, 0],
      ["ก้าวไกล", 3, 0],
    ]);
    expect(tally.slice(2).every((t) => t.won === 0)).toBe(true);
    const votes = tally.reduce((a, t) => a + t.votes, 0);
    expect(votes).toBe(GENERAL_2566.reduce((a, c) => a + c.valid, 0));
    const ptt = tally.find((t) => t.party === "เพื่อไทย")!;
    expect(ptt.candidates).toBe(7);
  });

  it("keeps leads apart from wins and gives ties no seat", () => {
    const tally = partyTally([
      contest({ status: "COUNTING" }, [
        { number: 1, votes: 5, party: "ก" },
        { number: 2, votes: 1, party: "ข" },
      ]),
      contest({}, [
        { number: 1, votes: 2, party: "ก" },
        { number: 2, votes: 2, party: "ข" },
      ]),
      contest({}, [
        { number: 1, votes: 1, party: "ก" },
        { number: 2, votes: 9, party: "ข" },
      ]),
    ]);
    expect(tally.map((t) => [t.party, t.won, t.leading, t.votes])).toEqual([
      ["ข", 1, 0, 12],
      ["ก", 0, 1, 8],
    ]);
  });
});

describe("totals and grouping", () => {
  it("sums the province: 944,019 registered over the seven constituencies", () => {
    const t = totals(GENERAL_2566.map((c) => ({ ...c, stations: 1, stationsCounted: 1 })));
    expect(t.registered).toBe(944019);
    expect(t.came).toBe(729334);
    expect(formatPercent(t.turnout)).toBe("77.26%");
  });

  it("groups by position in order and derives one status", () => {
    const groups = groupByPosition([{ position: "นายก อบจ." }, { position: "ส.อบจ." }, { position: "นายก อบจ." }]);
    expect(groups.map((g) => [g.position, g.contests.length])).toEqual([
      ["นายก อบจ.", 2],
      ["ส.อบจ.", 1],
    ]);
    expect(overallStatus([{ status: "OFFICIAL" }, { status: "OFFICIAL" }])).toBe("OFFICIAL");
    expect(overallStatus([{ status: "OFFICIAL" }, { status: "NOT_STARTED" }])).toBe("COUNTING");
    expect(overallStatus([{ status: "NOT_STARTED" }])).toBe("NOT_STARTED");
    expect(overallStatus([])).toBe("NOT_STARTED");
  });
});
