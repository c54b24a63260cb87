import { COLUMNS, STATUS_WORD } from "@/lib/elections/columns";
import { csvField } from "@/lib/elections/csv";
import { GE2566_DISTRICTS, MP_POSITION, ge2566Candidates } from "./elections";

// The demo import file public/samples/election-2566-counting.csv: the 2566 general election as it
// might have stood during the count on election night: part of each constituency's stations
// counted, status "กำลังนับ". The figures are a made-up share of the official ones (not real
// partial results), kept consistent with every rule. Importing it into the seeded 2566 election
// visibly turns its official results back into a count in progress.
// Regenerate with: npx tsx prisma/seed/demo-csv.ts > public/samples/election-2566-counting.csv

export const DEMO_CSV_PATH = "public/samples/election-2566-counting.csv";

const SHARE = [0.62, 0.55, 0.71, 0.48, 0.66, 0.59, 0.52];

export function demoCountingCsv(): string {
  const lines = [COLUMNS.map((c) => c.th).join(",")];
  GE2566_DISTRICTS.forEach((d, i) => {
    const share = SHARE[i]!;
    const part = (n: number) => Math.floor(n * share);
    const candidates = ge2566Candidates(d).map((c) => ({ ...c, votes: part(c.votes) }));
    const valid = candidates.reduce((s, c) => s + c.votes, 0);
    const invalid = part(d.invalid);
    const noVote = part(d.noVote);
    const contest = [
      MP_POSITION,
      `เขต ${d.no}`,
      d.registered,
      d.stations,
      Math.round(d.stations * share),
      valid + invalid + noVote,
      valid,
      invalid,
      noVote,
      STATUS_WORD.COUNTING,
    ];
    for (const c of candidates) {
      lines.push([...contest, c.number, c.name, c.party, c.votes, "ใช่"].map(csvField).join(","));
    }
  });
  return lines.join("\r\n") + "\r\n";
}

if (process.argv[1]?.endsWith("demo-csv.ts")) process.stdout.write(demoCountingCsv());
