import { describe, expect, it } from "vitest";
import { describeContest, describeElection } from "@/lib/elections/describe";
import { RESULT_COLUMNS, resultRows, resultsCsv, resultsFileName, resultsJson } from "@/lib/elections/export";
import type { ElectionView } from "@/lib/elections/view";
import { BY_ELECTION_2568, candidatesOf, contestViewOf, GENERAL_2566 } from "@/tests/helpers/public-election-fixtures";

// 00:00 Bangkok on 14 May 2566 is 17:00 UTC on the 13th: the date must not slip in any server zone.
const pollingDay = new Date("2023-05-13T17:00:00Z");

const election: ElectionView = {
  id: 5,
  kind: "MP",
  title: "การเลือกตั้ง ส.ส. จังหวัดเชียงราย",
  slug: "ge-2566",
  path: "/elections/5/ge-2566",
  pollingDay,
  description: "",
  contests: GENERAL_2566.map((f, i) => contestViewOf(f, i + 1)),
  nationalId: null,
  posts: [],
};

/** A small RFC 4180 reader: enough to prove the file reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("results CSV", () => {
  const csv = resultsCsv(election);

  it("starts with a UTF-8 byte-order mark and Thai headers, CRLF line ends", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(RESULT_COLUMNS.map((c) => c.head));
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("has one row per candidate with the contest's figures, winner first", () => {
    const rows = parseCsv(csv.slice(1));
    const head = rows[0]!;
    const col = (r: string[], key: string) => r[head.indexOf(RESULT_COLUMNS.find((c) => c.key === key)!.head)]!;
    const body = rows.slice(1);
    expect(body).toHaveLength(GENERAL_2566.reduce((a, f) => a + candidatesOf(f).length, 0));
    const first = body[0]!;
    expect(col(first, "area")).toBe("เขต 1");
    expect(col(first, "polling_day")).toBe("2023-05-14");
    expect(col(first, "count_updated_at")).toBe("2023-05-14T21:30:00+07:00");
    expect(col(first, "registered")).toBe("136865");
    expect(col(first, "turnout_percent")).toBe("79.99");
    expect(col(first, "candidate_number")).toBe("3");
    expect(col(first, "party")).toBe("ก้าวไกล");
    expect(col(first, "votes")).toBe("43153");
    expect(col(first, "vote_share_percent")).toBe("41.95");
    expect(col(first, "rank")).toBe("1");
    expect(col(first, "candidate_name_is_sample")).toBe("true");
  });

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const tricky = {
      ...election,
      title: 'เลือกตั้ง "ทดสอบ", รอบ 1\nบรรทัดสอง',
      contests: [contestViewOf(BY_ELECTION_2568, 9, { area: '=HYPERLINK("x")' })],
    };
    const rows = parseCsv(resultsCsv(tricky).slice(1));
    expect(rows[1]![1]).toBe('เลือกตั้ง "ทดสอบ", รอบ 1\nบรรทัดสอง');
    expect(rows[1]![5]).toBe('\'=HYPERLINK("x")');
    expect(rows).toHaveLength(3);
  });

  it("keeps a contest without candidates as one row with empty candidate cells", () => {
    const empty = {
      ...election,
      contests: [contestViewOf(BY_ELECTION_2568, 9, { candidates: [], status: "NOT_STARTED" })],
    };
    const rows = resultRows(empty);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "NOT_STARTED", candidate_number: null, votes: null });
  });

  it("is named by the election's id", () => {
    expect(resultsFileName(5, "csv")).toBe("election-5-results.csv");
  });
});

describe("results JSON", () => {
  it("nests ranked candidates in contests, with absolute addresses and documented keys", () => {
    const doc = resultsJson(election, "https://chiangrai.example.go.th");
    expect(doc.election).toMatchObject({
      id: 5,
      kind: "MP",
      polling_day: "2023-05-14",
      url: "https://chiangrai.example.go.th/elections/5/ge-2566",
    });
    expect(doc.contests).toHaveLength(7);
    const c7 = doc.contests[6]!;
    expect(c7).toMatchObject({
      area: "เขต 7",
      url: "https://chiangrai.example.go.th/elections/5/contests/7",
      status_label: "ผลอย่างเป็นทางการ",
      turnout_percent: 75.62,
    });
    expect(c7.candidates[0]).toMatchObject({ number: 9, party: "เพื่อไทย", votes: 31588, rank: 1 });
    expect(Object.keys(doc.columns)).toEqual(RESULT_COLUMNS.map((c) => c.key));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe("link-preview descriptions", () => {
  it("carry turnout, seats per party and the status", () => {
    const d = describeElection(election);
    expect(d).toContain("14 พฤษภาคม 2566");
    expect(d).toContain("ผู้มาใช้สิทธิ 729,334 คน (77.26%)");
    expect(d).toContain("เพื่อไทย 4 เขต, ก้าวไกล 3 เขต");
    expect(d).toContain("ผลอย่างเป็นทางการ");
  });

  it("name a contest's winner, or its leader while counting", () => {
    const byElection = contestViewOf(BY_ELECTION_2568, 9);
    expect(describeContest(election, byElection)).toContain(
      "ผู้ชนะ หมายเลข 1 นายสง่า พรมเมือง (เพื่อไทย) 45,615 คะแนน (69.67%)",
    );
    expect(describeContest(election, { ...byElection, status: "COUNTING" })).toContain("คะแนนนำ หมายเลข 1");
    expect(describeContest(election, byElection)).toContain("ผู้มาใช้สิทธิ 59.19%");
  });
});
