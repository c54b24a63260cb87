import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fromBangkok } from "@/lib/thai-date";

// A small election for the staff-area tests: one contest with the real by-election figures.

export const BY7_FIGURES = {
  registered: 133960,
  stations: 281,
  stationsCounted: 281,
  came: 79288,
  valid: 65477,
  invalid: 3072,
  noVote: 10739,
};

export async function createBy7(prisma: PrismaClient) {
  return prisma.election.create({
    data: {
      kind: "MP",
      title: "เลือกตั้งแทนตำแหน่งที่ว่าง เขต 7 (ทดสอบ)",
      pollingDay: fromBangkok(2025, 9, 14),
      published: true,
      contests: {
        create: {
          position: "ส.ส. แบบแบ่งเขต",
          area: "เขต 7",
          sortOrder: 1,
          ...BY7_FIGURES,
          status: "COUNTING",
          candidates: {
            create: [
              { number: 1, name: "นายสง่า พรมเมือง", party: "เพื่อไทย", votes: 45615 },
              { number: 2, name: "นายสุทัศน์ ยาละ", party: "ประชาชน", votes: 19862 },
            ],
          },
        },
      },
    },
    include: { contests: true },
  });
}

/** The contest form's fields for the by-election contest, with overrides. */
export function by7Form(contest: { id: number; version: number }, over: Record<string, string | number> = {}) {
  return {
    id: contest.id,
    version: contest.version,
    position: "ส.ส. แบบแบ่งเขต",
    area: "เขต 7",
    status: "COUNTING",
    ...Object.fromEntries(Object.entries(BY7_FIGURES).map(([k, v]) => [k, String(v)])),
    "cand.0.number": "1",
    "cand.0.name": "นายสง่า พรมเมือง",
    "cand.0.party": "เพื่อไทย",
    "cand.0.votes": "45,615",
    "cand.1.number": "2",
    "cand.1.name": "นายสุทัศน์ ยาละ",
    "cand.1.party": "ประชาชน",
    "cand.1.votes": "19862",
    ...over,
  };
}

/** Everything a refused election action must leave as it was. */
export async function electionSnapshot(prisma: PrismaClient) {
  const [elections, contests, candidates, audit] = await Promise.all([
    prisma.election.findMany({ orderBy: { id: "asc" } }),
    prisma.contest.findMany({ orderBy: { id: "asc" } }),
    prisma.candidate.findMany({ orderBy: { id: "asc" } }),
    prisma.auditLog.count(),
  ]);
  return { elections, contests, candidates, audit };
}
