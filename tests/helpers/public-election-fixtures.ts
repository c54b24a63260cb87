import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ContestStatus } from "@/lib/generated/prisma/enums";
import type { ContestView } from "@/lib/elections/view";

// Election results for tests: the Chiang Rai figures of DOMAIN.md (general election 14 May 2566,
// seven constituencies; by-election เขต 7, 14 Sep 2568) with made-up sample names where the data
// set has none, plus an unpublished election that must never show. For unit and int tests of the
// public side (the demo seed, prisma/seed/elections.ts, serves the e2e tests and the bench).

export type FixtureContest = {
  area: string;
  registered: number;
  came: number;
  valid: number;
  invalid: number;
  noVote: number;
  first: { number: number; party: string; votes: number; name?: string };
  second: { number: number; party: string; votes: number; name?: string };
};

export const GENERAL_2566: FixtureContest[] = [
  {
    area: "เขต 1",
    registered: 136865,
    came: 109475,
    valid: 102861,
    invalid: 3628,
    noVote: 2985,
    first: { number: 3, party: "ก้าวไกล", votes: 43153 },
    second: { number: 2, party: "เพื่อไทย", votes: 36100 },
  },
  {
    area: "เขต 2",
    registered: 132708,
    came: 103629,
    valid: 96192,
    invalid: 5316,
    noVote: 2121,
    first: { number: 4, party: "เพื่อไทย", votes: 55778 },
    second: { number: 5, party: "ก้าวไกล", votes: 33085 },
  },
  {
    area: "เขต 3",
    registered: 140001,
    came: 110706,
    valid: 101575,
    invalid: 7523,
    noVote: 1608,
    first: { number: 7, party: "ก้าวไกล", votes: 25056 },
    second: { number: 8, party: "เพื่อไทย", votes: 23384 },
  },
  {
    area: "เขต 4",
    registered: 143746,
    came: 113168,
    valid: 106011,
    invalid: 4947,
    noVote: 2210,
    first: { number: 4, party: "เพื่อไทย", votes: 39589 },
    second: { number: 6, party: "ก้าวไกล", votes: 25502 },
  },
  {
    area: "เขต 5",
    registered: 132463,
    came: 103456,
    valid: 97225,
    invalid: 4649,
    noVote: 1582,
    first: { number: 6, party: "เพื่อไทย", votes: 35162 },
    second: { number: 4, party: "ภูมิใจไทย", votes: 27073 },
  },
  {
    area: "เขต 6",
    registered: 124286,
    came: 87605,
    valid: 80461,
    invalid: 5494,
    noVote: 1651,
    first: { number: 2, party: "ก้าวไกล", votes: 31789 },
    second: { number: 1, party: "เพื่อไทย", votes: 18027 },
  },
  {
    area: "เขต 7",
    registered: 133950,
    came: 101295,
    valid: 93009,
    invalid: 6250,
    noVote: 2036,
    first: { number: 9, party: "เพื่อไทย", votes: 31588 },
    second: { number: 5, party: "ก้าวไกล", votes: 25889 },
  },
];

export const BY_ELECTION_2568: FixtureContest = {
  area: "เขต 7",
  registered: 133960,
  came: 79288,
  valid: 65477,
  invalid: 3072,
  noVote: 10739,
  first: { number: 1, party: "เพื่อไทย", votes: 45615, name: "นายสง่า พรมเมือง" },
  second: { number: 2, party: "ประชาชน", votes: 19862, name: "นายสุทัศน์ ยาละ" },
};

const OTHER_PARTIES = ["ภูมิใจไทย", "พลังประชารัฐ", "ประชาธิปัตย์", "รวมไทยสร้างชาติ", "ไทยสร้างไทย", "ชาติไทยพัฒนา"];

type CandidateRow = { number: number; name: string; party: string; isSample: boolean; votes: number };

/** The two named results, plus sample candidates sharing the rest of the valid votes (each below 2nd place). */
export function candidatesOf(c: FixtureContest): CandidateRow[] {
  const named = [c.first, c.second].map((k) => ({
    number: k.number,
    name: k.name ?? `ผู้สมัครตัวอย่าง หมายเลข ${k.number}`,
    party: k.party,
    isSample: !k.name,
    votes: k.votes,
  }));
  const rest = c.valid - c.first.votes - c.second.votes;
  if (rest <= 0) return named;
  const count = Math.ceil(rest / (c.second.votes * 0.8));
  const used = new Set(named.map((k) => k.number));
  const numbers: number[] = [];
  for (let n = 1; numbers.length < count; n++) if (!used.has(n)) numbers.push(n);
  const parties = OTHER_PARTIES.filter((p) => p !== c.first.party && p !== c.second.party);
  const base = Math.floor(rest / count);
  const others = numbers.map((number, i) => ({
    number,
    name: `ผู้สมัครตัวอย่าง หมายเลข ${number}`,
    party: parties[i % parties.length]!,
    isSample: true,
    votes: i === count - 1 ? rest - base * (count - 1) : base,
  }));
  return [...named, ...others].sort((a, b) => a.number - b.number);
}

const bkkMidnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

export type ElectionFixtureIds = {
  general: number;
  byElection: number;
  unpublished: number;
  generalContests: number[];
};

/** Inserts the fixture elections (published general and by-election, one unpublished draft). */
export async function seedElectionFixtures(
  prisma: PrismaClient,
  opts: { status?: ContestStatus; updatedAt?: Date } = {},
): Promise<ElectionFixtureIds> {
  const status = opts.status ?? "OFFICIAL";
  const updatedAt = opts.updatedAt ?? new Date("2023-05-14T14:30:00Z"); // 21:30 in Bangkok
  const contestData = (c: FixtureContest, i: number) => ({
    position: "ส.ส. แบบแบ่งเขต",
    area: c.area,
    sortOrder: i,
    registered: c.registered,
    stations: 280,
    stationsCounted: status === "NOT_STARTED" ? 0 : 280,
    came: c.came,
    valid: c.valid,
    invalid: c.invalid,
    noVote: c.noVote,
    status,
    countUpdatedAt: updatedAt,
    candidates: { create: candidatesOf(c) },
  });
  const general = await prisma.election.create({
    data: {
      kind: "MP",
      title: "การเลือกตั้งสมาชิกสภาผู้แทนราษฎร จังหวัดเชียงราย พ.ศ. 2566",
      slug: "general-election-2566",
      pollingDay: bkkMidnight(2023, 5, 14),
      description: "ผลการเลือกตั้ง ส.ส. แบบแบ่งเขตเลือกตั้ง 7 เขต",
      published: true,
      contests: { create: GENERAL_2566.map(contestData) },
    },
    include: { contests: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
  });
  const byElection = await prisma.election.create({
    data: {
      kind: "MP",
      title: "การเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง จังหวัดเชียงราย เขตเลือกตั้งที่ 7",
      slug: "by-election-district-7-2568",
      pollingDay: bkkMidnight(2025, 9, 14),
      published: true,
      contests: {
        create: [
          {
            ...contestData(BY_ELECTION_2568, 0),
            status: "OFFICIAL",
            stations: 256,
            stationsCounted: 256,
            countUpdatedAt: new Date("2025-09-14T13:05:00Z"),
          },
        ],
      },
    },
  });
  const unpublished = await prisma.election.create({
    data: {
      kind: "PAO_CHIEF",
      title: "ร่าง การเลือกตั้งนายก อบจ. (ยังไม่เผยแพร่)",
      pollingDay: bkkMidnight(2028, 2, 1),
      published: false,
      contests: { create: [{ position: "นายก อบจ.", area: "ทั้งจังหวัด", registered: 900000 }] },
    },
  });
  // The demo's results announcements (when the demo posts are there) with their PDFs.
  const links = [
    { slug: "general-election-2566-results", electionId: general.id },
    { slug: "by-election-district-7-2568-result", electionId: byElection.id },
  ];
  for (const l of links) {
    const post = await prisma.post.findFirst({ where: { slug: l.slug }, select: { id: true } });
    if (post) await prisma.electionPost.create({ data: { electionId: l.electionId, postId: post.id } });
  }
  return {
    general: general.id,
    byElection: byElection.id,
    unpublished: unpublished.id,
    generalContests: general.contests.map((c) => c.id),
  };
}

/** A fixture contest as the public pages get it (official, every station counted), for unit tests. */
export function contestViewOf(f: FixtureContest, id: number, over: Partial<ContestView> = {}): ContestView {
  return {
    id,
    electionId: 5,
    position: "ส.ส. แบบแบ่งเขต",
    area: f.area,
    registered: f.registered,
    stations: 280,
    stationsCounted: 280,
    came: f.came,
    valid: f.valid,
    invalid: f.invalid,
    noVote: f.noVote,
    status: "OFFICIAL",
    countUpdatedAt: new Date("2023-05-14T14:30:00Z"),
    candidates: candidatesOf(f).map((c, i) => ({ ...c, id: id * 100 + i })),
    ...over,
  };
}
