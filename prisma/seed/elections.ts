import type { Prisma } from "@/lib/generated/prisma/client";
import { fromBangkok } from "@/lib/thai-date";

// Demo election results: Chiang Rai, general election of 14 May 2566 (7 constituencies) and the
// constituency 7 by-election of 14 Sep 2568. Figures from DOMAIN.md (public data). The 2566 data
// has no candidate names and no per-constituency polling stations: names are marked samples
// (isSample) and the 1,977 stations are split in proportion to registered voters. Candidates
// beyond the first two are samples too, sharing the rest of the valid ballots so that every
// contest's votes add up exactly to its valid ballots.

export const MP_POSITION = "ส.ส. แบบแบ่งเขต";
export const GE2566_SLUG = "general-election-2566";
export const BY7_SLUG = "by-election-district-7-2568";

type Placed = { party: string; number: number; votes: number };
export type DemoDistrict = {
  no: number;
  registered: number;
  stations: number;
  came: number;
  valid: number;
  invalid: number;
  noVote: number;
  first: Placed;
  second: Placed;
};

const p = (party: string, number: number, votes: number): Placed => ({ party, number, votes });

export const GE2566_DISTRICTS: DemoDistrict[] = [
  {
    no: 1,
    registered: 136865,
    stations: 287,
    came: 109475,
    valid: 102861,
    invalid: 3628,
    noVote: 2985,
    first: p("ก้าวไกล", 3, 43153),
    second: p("เพื่อไทย", 2, 36100),
  },
  {
    no: 2,
    registered: 132708,
    stations: 278,
    came: 103629,
    valid: 96192,
    invalid: 5316,
    noVote: 2121,
    first: p("เพื่อไทย", 4, 55778),
    second: p("ก้าวไกล", 5, 33085),
  },
  {
    no: 3,
    registered: 140001,
    stations: 293,
    came: 110706,
    valid: 101575,
    invalid: 7523,
    noVote: 1608,
    first: p("ก้าวไกล", 7, 25056),
    second: p("เพื่อไทย", 8, 23384),
  },
  {
    no: 4,
    registered: 143746,
    stations: 301,
    came: 113168,
    valid: 106011,
    invalid: 4947,
    noVote: 2210,
    first: p("เพื่อไทย", 4, 39589),
    second: p("ก้าวไกล", 6, 25502),
  },
  {
    no: 5,
    registered: 132463,
    stations: 277,
    came: 103456,
    valid: 97225,
    invalid: 4649,
    noVote: 1582,
    first: p("เพื่อไทย", 6, 35162),
    second: p("ภูมิใจไทย", 4, 27073),
  },
  {
    no: 6,
    registered: 124286,
    stations: 260,
    came: 87605,
    valid: 80461,
    invalid: 5494,
    noVote: 1651,
    first: p("ก้าวไกล", 2, 31789),
    second: p("เพื่อไทย", 1, 18027),
  },
  {
    no: 7,
    registered: 133950,
    stations: 281,
    came: 101295,
    valid: 93009,
    invalid: 6250,
    noVote: 2036,
    first: p("เพื่อไทย", 9, 31588),
    second: p("ก้าวไกล", 5, 25889),
  },
];

export type DemoCandidate = { number: number; name: string; party: string; isSample: boolean; votes: number };

const SAMPLE_PARTIES = ["ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ"];

export const sampleName = (number: number) => `ผู้สมัครหมายเลข ${number} (ชื่อตัวอย่าง)`;

/**
 * The candidates of one 2566 constituency: the real first two (with sample names) and sample
 * candidates numbered up to at least 8, who share the remaining valid ballots in falling
 * shares (the last takes the rounding), each below the runner-up.
 */
export function ge2566Candidates(d: DemoDistrict): DemoCandidate[] {
  const count = Math.max(8, d.first.number, d.second.number);
  const others = Array.from({ length: count }, (_, i) => i + 1).filter(
    (n) => n !== d.first.number && n !== d.second.number,
  );
  const rest = d.valid - d.first.votes - d.second.votes;
  const weights = others.map((_, i) => others.length - i);
  const total = weights.reduce((s, w) => s + w, 0);
  let left = rest;
  const sample = others.map((number, i) => {
    const votes = i === others.length - 1 ? left : Math.floor((rest * weights[i]!) / total);
    left -= votes;
    return { number, name: sampleName(number), party: `พรรคตัวอย่าง ${SAMPLE_PARTIES[i]}`, isSample: true, votes };
  });
  const placed = [d.first, d.second].map((c) => ({
    number: c.number,
    name: sampleName(c.number),
    party: c.party,
    isSample: true,
    votes: c.votes,
  }));
  return [...placed, ...sample].sort((a, b) => a.number - b.number);
}

export const BY7 = {
  // Stations are not in the data: assumed the same as the constituency's in 2566.
  registered: 133960,
  stations: 281,
  came: 79288,
  valid: 65477,
  invalid: 3072,
  noVote: 10739,
  // The two candidates' votes already add up to the valid ballots: no sample candidates needed.
  candidates: [
    { number: 1, name: "นายสง่า พรมเมือง", party: "เพื่อไทย", isSample: false, votes: 45615 },
    { number: 2, name: "นายสุทัศน์ ยาละ", party: "ประชาชน", isSample: false, votes: 19862 },
  ] satisfies DemoCandidate[],
};

// Announcement posts (prisma/seed/posts/elections.ts) each election links to, by title.
const GE2566_POSTS = [
  "ประกาศผลการเลือกตั้งสมาชิกสภาผู้แทนราษฎรแบบแบ่งเขตเลือกตั้ง จังหวัดเชียงราย",
  "ผลการนับคะแนนเลือกตั้ง ส.ส. แบบแบ่งเขตเลือกตั้ง จังหวัดเชียงราย (อย่างไม่เป็นทางการ)",
  "สรุปจำนวนผู้มาใช้สิทธิเลือกตั้ง ส.ส. จังหวัดเชียงราย วันที่ 14 พฤษภาคม 2566",
];
const BY7_POSTS = [
  "ประกาศผลการเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง จังหวัดเชียงราย เขตเลือกตั้งที่ 7",
  "ผลการนับคะแนนเลือกตั้ง ส.ส. แทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7 (อย่างไม่เป็นทางการ)",
];

/** Inserts both demo elections (after the posts, which they link to). Returns how many. */
export async function seedElections(tx: Prisma.TransactionClient): Promise<number> {
  const officialAt = fromBangkok(2023, 6, 20, 9, 0);
  const ge = await tx.election.create({
    data: {
      kind: "MP",
      title: "การเลือกตั้งสมาชิกสภาผู้แทนราษฎร พ.ศ. 2566 จังหวัดเชียงราย",
      slug: GE2566_SLUG,
      pollingDay: fromBangkok(2023, 5, 14),
      description: "ผลการเลือกตั้ง ส.ส. แบบแบ่งเขตเลือกตั้ง 7 เขต วันอาทิตย์ที่ 14 พฤษภาคม 2566 (ชื่อผู้สมัครเป็นชื่อตัวอย่าง)",
      published: true,
      contests: {
        create: GE2566_DISTRICTS.map((d) => ({
          position: MP_POSITION,
          area: `เขต ${d.no}`,
          sortOrder: d.no,
          registered: d.registered,
          stations: d.stations,
          stationsCounted: d.stations,
          came: d.came,
          valid: d.valid,
          invalid: d.invalid,
          noVote: d.noVote,
          status: "OFFICIAL" as const,
          countUpdatedAt: officialAt,
          candidates: { create: ge2566Candidates(d) },
        })),
      },
    },
  });
  const by7 = await tx.election.create({
    data: {
      kind: "MP",
      title: "การเลือกตั้งสมาชิกสภาผู้แทนราษฎรแทนตำแหน่งที่ว่าง เขตเลือกตั้งที่ 7 จังหวัดเชียงราย",
      slug: BY7_SLUG,
      pollingDay: fromBangkok(2025, 9, 14),
      description: "การเลือกตั้งแทนตำแหน่งที่ว่าง วันอาทิตย์ที่ 14 กันยายน 2568",
      published: true,
      contests: {
        create: {
          position: MP_POSITION,
          area: "เขต 7",
          sortOrder: 7,
          registered: BY7.registered,
          stations: BY7.stations,
          stationsCounted: BY7.stations,
          came: BY7.came,
          valid: BY7.valid,
          invalid: BY7.invalid,
          noVote: BY7.noVote,
          status: "OFFICIAL",
          countUpdatedAt: fromBangkok(2025, 9, 23, 14, 0),
          candidates: { create: BY7.candidates },
        },
      },
    },
  });
  await linkPosts(tx, ge.id, GE2566_POSTS);
  await linkPosts(tx, by7.id, BY7_POSTS);
  return 2;
}

async function linkPosts(tx: Prisma.TransactionClient, electionId: number, titles: string[]): Promise<void> {
  const found = await tx.post.findMany({
    where: { title: { in: titles }, section: "ELECTION_RESULT" },
    select: { id: true },
  });
  await tx.electionPost.createMany({ data: found.map((post) => ({ electionId, postId: post.id })) });
}
