import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getContestStamp, getPublicElection, getPublishedElections } from "@/lib/elections/queries";
import { parseId } from "@/lib/http/params";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { seedElectionFixtures, type ElectionFixtureIds } from "@/tests/helpers/public-election-fixtures";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

let db: TestDatabase;
let ids: ElectionFixtureIds;

beforeAll(async () => {
  db = await createTestDatabase();
  ids = await seedElectionFixtures(db.prisma);
  useTestDatabase(db);
});

afterAll(async () => {
  useTestDatabase(undefined);
  await db?.close();
});

describe("getPublishedElections", () => {
  it("lists published elections only, latest polling day first, with province totals", async () => {
    const list = await getPublishedElections();
    expect(list.map((e) => e.id)).toEqual([ids.byElection, ids.general]);
    const general = list[1]!;
    expect(general).toMatchObject({
      contestCount: 7,
      registered: 944019,
      came: 729334,
      status: "OFFICIAL",
      path: `/elections/${ids.general}/general-election-2566`,
    });
  });

  it("hides an election again when it is unpublished", async () => {
    await db.prisma.election.update({ where: { id: ids.byElection }, data: { published: false } });
    try {
      expect((await getPublishedElections()).map((e) => e.id)).toEqual([ids.general]);
      expect(await getPublicElection(ids.byElection)).toBeNull();
    } finally {
      await db.prisma.election.update({ where: { id: ids.byElection }, data: { published: true } });
    }
  });
});

describe("getPublicElection", () => {
  it("returns contests in order with their candidates by ballot number", async () => {
    const e = await getPublicElection(ids.general);
    expect(e?.contests.map((c) => c.area)).toEqual(["เขต 1", "เขต 2", "เขต 3", "เขต 4", "เขต 5", "เขต 6", "เขต 7"]);
    const first = e!.contests[0]!;
    expect(first).toMatchObject({
      registered: 136865,
      came: 109475,
      valid: 102861,
      invalid: 3628,
      noVote: 2985,
      status: "OFFICIAL",
    });
    expect(first.candidates.map((c) => c.number)).toEqual(
      [...first.candidates.map((c) => c.number)].sort((a, b) => a - b),
    );
    expect(first.candidates.find((c) => c.number === 3)).toMatchObject({
      party: "ก้าวไกล",
      votes: 43153,
      isSample: true,
    });
  });

  it("answers null for an unpublished or unknown election", async () => {
    expect(await getPublicElection(ids.unpublished)).toBeNull();
    expect(await getPublicElection(2_147_483_647)).toBeNull();
  });

  it("links published announcement posts with their files, never unpublished ones", async () => {
    const author = await db.prisma.user.create({
      data: { email: "e@example.go.th", name: "ทดสอบ", role: "EDITOR", passwordHash: "" },
    });
    const asset = await db.prisma.asset.create({
      data: {
        kind: "FILE",
        fileName: "ss-6-1.pdf",
        storagePath: "x/ss-6-1.pdf",
        mimeType: "application/pdf",
        size: 1234,
        sha256: "0".repeat(64),
        uploadedById: author.id,
      },
    });
    const mk = (title: string, status: "PUBLISHED" | "DRAFT") =>
      db.prisma.post.create({
        data: {
          section: "ELECTION_RESULT",
          status,
          title,
          summary: "",
          body: "",
          authorId: author.id,
          publishedAt: status === "PUBLISHED" ? new Date() : null,
        },
      });
    const shown = await mk("ประกาศผล เขต 1", "PUBLISHED");
    const hidden = await mk("ร่างประกาศ", "DRAFT");
    await db.prisma.postAttachment.create({
      data: { postId: shown.id, assetId: asset.id, position: 0, label: "แบบ ส.ส. 6/1" },
    });
    const contestId = ids.generalContests[0]!;
    await db.prisma.electionPost.createMany({
      data: [
        { electionId: ids.general, contestId, postId: shown.id },
        { electionId: ids.general, postId: hidden.id },
      ],
    });
    const e = await getPublicElection(ids.general);
    expect(e?.posts).toHaveLength(1);
    expect(e?.posts[0]).toMatchObject({ title: "ประกาศผล เขต 1", contestId, path: `/posts/${shown.id}` });
    expect(e?.posts[0]?.attachments[0]).toMatchObject({
      label: "แบบ ส.ส. 6/1",
      typeLabel: "PDF",
      href: `/files/${asset.id}-${asset.token}/ss-6-1.pdf`,
    });
  });
});

describe("getContestStamp", () => {
  it("answers for a contest of its own published election only", async () => {
    const contestId = ids.generalContests[2]!;
    expect(await getContestStamp(ids.general, contestId)).toMatchObject({ status: "OFFICIAL" });
    expect(await getContestStamp(ids.byElection, contestId)).toBeNull();
    const hiddenContest = await db.prisma.contest.findFirstOrThrow({ where: { electionId: ids.unpublished } });
    expect(await getContestStamp(ids.unpublished, hiddenContest.id)).toBeNull();
  });
});

describe("ids from the address", () => {
  it("accepts only plain positive 32-bit integers", () => {
    for (const raw of [
      "abc",
      "0",
      "-1",
      "01",
      "1e3",
      "1.5",
      "2147483648",
      "99999999999999999999",
      "",
      " 1",
      "1;DROP",
    ]) {
      expect(parseId(raw), raw).toBeNull();
    }
    expect(parseId("7")).toBe(7);
  });
});
