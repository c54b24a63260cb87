import type { ContestStatus } from "@/lib/generated/prisma/enums";

// Pure arithmetic of results: turnout, ranking, the winner of a contest and the party tally.
// Pages, charts and the open-data files all take their figures from here.

/** Share of `part` in `whole` as a percentage (0–100), or null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

/** Voters who came ÷ registered voters, in %. */
export function turnoutPercent(c: { came: number; registered: number }): number | null {
  return percentOf(c.came, c.registered);
}

export type Ranked<T> = T & {
  /** 1 for the most votes; equal votes share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
  /** Votes ÷ valid ballots, in %. */
  share: number | null;
};

/** Most votes first (equal votes in ballot-number order), with shared ranks for ties. */
export function rankCandidates<T extends { votes: number; number: number }>(
  candidates: readonly T[],
  valid: number,
): Ranked<T>[] {
  const sorted = [...candidates].sort((a, b) => b.votes - a.votes || a.number - b.number);
  const out: Ranked<T>[] = [];
  sorted.forEach((c, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.votes === c.votes ? prev.rank : i + 1;
    out.push({ ...c, rank, share: percentOf(c.votes, valid) });
  });
  return out;
}

type ContestLike<C> = { status: ContestStatus; valid: number; candidates: readonly C[] };

export type Outcome<C> =
  | { state: "none" }
  | { state: "tied"; candidates: Ranked<C>[] }
  | { state: "leading" | "won"; candidate: Ranked<C>; margin: number };

/**
 * Who won (official result), who leads (counting), a tie at the top, or nothing yet (count not
 * started, no votes).
 */
export function contestOutcome<C extends { votes: number; number: number }>(contest: ContestLike<C>): Outcome<C> {
  if (contest.status === "NOT_STARTED") return { state: "none" };
  const ranked = rankCandidates(contest.candidates, contest.valid);
  const first = ranked[0];
  if (!first || first.votes === 0) return { state: "none" };
  const top = ranked.filter((c) => c.rank === 1);
  if (top.length > 1) return { state: "tied", candidates: top };
  const margin = first.votes - (ranked[1]?.votes ?? 0);
  return { state: contest.status === "OFFICIAL" ? "won" : "leading", candidate: first, margin };
}

export type PartyTally = {
  /** "" stands for candidates without a party. */
  party: string;
  /** Contests won (official results). */
  won: number;
  /** Contests led while counting. */
  leading: number;
  votes: number;
  candidates: number;
};

const collator = new Intl.Collator("th");

/** Seats won and led, and votes, per party; most seats first, then most votes, then by name. */
export function partyTally<C extends { votes: number; number: number; party: string }>(
  contests: readonly ContestLike<C>[],
): PartyTally[] {
  const byParty = new Map<string, PartyTally>();
  const row = (party: string) => {
    let r = byParty.get(party);
    if (!r) byParty.set(party, (r = { party, won: 0, leading: 0, votes: 0, candidates: 0 }));
    return r;
  };
  for (const contest of contests) {
    for (const c of contest.candidates) {
      const r = row(c.party);
      r.votes += c.votes;
      r.candidates += 1;
    }
    const outcome = contestOutcome(contest);
    if (outcome.state === "won") row(outcome.candidate.party).won += 1;
    if (outcome.state === "leading") row(outcome.candidate.party).leading += 1;
  }
  return [...byParty.values()].sort(
    (a, b) =>
      b.won + b.leading - (a.won + a.leading) ||
      b.won - a.won ||
      b.votes - a.votes ||
      collator.compare(a.party, b.party),
  );
}

export type Totals = {
  registered: number;
  came: number;
  valid: number;
  invalid: number;
  noVote: number;
  stations: number;
  stationsCounted: number;
  turnout: number | null;
};

type Counts = Omit<Totals, "turnout">;

/** Sums over contests (of one position: a voter is counted once per position). */
export function totals(contests: readonly Counts[]): Totals {
  const t: Counts = { registered: 0, came: 0, valid: 0, invalid: 0, noVote: 0, stations: 0, stationsCounted: 0 };
  for (const c of contests) {
    for (const k of Object.keys(t) as (keyof Counts)[]) t[k] += c[k];
  }
  return { ...t, turnout: turnoutPercent(t) };
}

/** Contests grouped by position ("ส.ส. แบบแบ่งเขต", "นายก อบจ." …), in their given order. */
export function groupByPosition<T extends { position: string }>(
  contests: readonly T[],
): { position: string; contests: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const c of contests) {
    const list = groups.get(c.position) ?? [];
    list.push(c);
    groups.set(c.position, list);
  }
  return [...groups].map(([position, list]) => ({ position, contests: list }));
}

/** One status for several contests: official when all are, not started when none has started. */
export function overallStatus(contests: readonly { status: ContestStatus }[]): ContestStatus {
  if (contests.length > 0 && contests.every((c) => c.status === "OFFICIAL")) return "OFFICIAL";
  if (contests.every((c) => c.status === "NOT_STARTED")) return "NOT_STARTED";
  return "COUNTING";
}
