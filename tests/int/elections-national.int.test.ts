// zone-independent: nothing here depends on the server's time zone (tests/vitest.config.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { createElection, updateElection } from "@/lib/elections/actions";
import { provincesResponse, nationalStatusResponse, resultsResponse } from "@/lib/elections/download";
import { getNationalLink, getNationalPicture, listNationalElections } from "@/lib/elections/national-queries";
import { runForOffice } from "@/lib/offices/context";
import { loadDirectory } from "@/lib/offices/directory";
import type { DirectoryOffice } from "@/lib/offices/hosts";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { form, redirectOf, sessionSwitch } from "@/tests/helpers/manage-fixtures";
import { seedElectionFixtures, type ElectionFixtureIds } from "@/tests/helpers/public-election-fixtures";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// A general election exists once, at the central office; each province's own election names it
// as national. The central site adds up the provinces' published parts; a province links back to
// it; no office can attach its election to anything but a published central election, and only once.

let db: TestDatabase;
let ids: ElectionFixtureIds;
let offices: Record<string, DirectoryOffice>;
let nationalId: number;
let draftNationalId: number;
let phayaoPartId: number;
const session = sessionSwitch();
const bkkMidnight = new Date("2023-05-13T17:00:00Z");

const on = <T>(code: string, fn: () => Promise<T>) => runForOffice(offices[code]!, fn);

async function editorOf(code: string) {
  const u = await db.prisma.user.create({
    data: {
      officeId: offices[code]!.id,
      email: `editor@${code}.test.go.th`,
      name: `บรรณาธิการ ${code}`,
      role: "EDITOR",
      passwordHash: "!",
    },
  });
  return { id: u.id, email: u.email, name: u.name, role: "EDITOR" as const };
}

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  useTestSession(session.resolver);
  ids = await seedElectionFixtures(db.prisma); // Chiang Rai (the default office): all official
  offices = Object.fromEntries((await loadDirectory(db.prisma)).map((o) => [o.code, o]));
  const central = offices.ect!.id;
  const base = { kind: "MP" as const, pollingDay: bkkMidnight, officeId: central };
  nationalId = (
    await db.prisma.election.create({
      data: { ...base, title: "การเลือกตั้ง ส.ส. 2566", slug: "general-election-2566", published: true },
    })
  ).id;
  draftNationalId = (await db.prisma.election.create({ data: { ...base, title: "ร่าง: การเลือกตั้ง ส.ส. 2570" } })).id;
  await db.prisma.election.update({ where: { id: ids.general }, data: { nationalId } });
  const part = (
    code: string,
    published: boolean,
    contests: { status: "COUNTING" | "NOT_STARTED"; counted: number }[],
  ) =>
    db.prisma.election.create({
      data: {
        kind: "MP",
        pollingDay: bkkMidnight,
        officeId: offices[code]!.id,
        nationalId,
        title: `ส.ส. 2566 ${code}`,
        published,
        contests: {
          create: contests.map((c, i) => ({
            position: "ส.ส. แบบแบ่งเขต",
            area: `เขต ${i + 1}`,
            sortOrder: i,
            registered: 100_000,
            stations: 200,
            stationsCounted: c.counted,
            came: c.counted * 400,
            valid: c.counted * 380,
            invalid: c.counted * 20,
            status: c.status,
            countUpdatedAt: c.counted ? new Date("2023-05-14T13:10:00Z") : null,
            candidates: {
              create: [
                { number: 1, name: "ก", party: "พรรคเหนือ", votes: c.counted * 200 },
                { number: 2, name: "ข", party: "พรรคใต้", votes: c.counted * 180 },
              ],
            },
          })),
        },
      },
    });
  phayaoPartId = (
    await part("phayao", true, [
      { status: "COUNTING", counted: 200 },
      { status: "COUNTING", counted: 50 },
      { status: "NOT_STARTED", counted: 0 },
    ])
  ).id;
  await part("nan", false, [{ status: "COUNTING", counted: 200 }]); // not published: not reported
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db.close();
});

describe("the national picture on the central site", () => {
  it("adds up the provinces' published parts; the others say «ยังไม่มีข้อมูล»", async () => {
    const picture = (await on("ect", () => getNationalPicture(nationalId)))!;
    expect(picture.provinces).toHaveLength(77);
    expect(picture.reporting).toBe(2);
    const row = (code: string) => picture.provinces.find((p) => p.code === code)!;
    expect(row("chiangrai")).toMatchObject({ constituencies: 7, counted: 7, status: "OFFICIAL", registered: 944019 });
    expect(row("chiangrai").href).toMatch(new RegExp(`/elections/${ids.general}/general-election-2566$`));
    expect(row("phayao")).toMatchObject({ constituencies: 3, counted: 1, status: "COUNTING", came: 250 * 400 });
    expect(row("phayao").href).toMatch(/^http:\/\/phayao\.localhost(:\d+)?\/elections\/\d+$/);
    expect(row("nan")).toMatchObject({ href: null, constituencies: 0, status: null });
    expect(picture).toMatchObject({ constituencies: 10, counted: 8, status: "COUNTING" });
    const north = picture.tally.find((t) => t.party === "พรรคเหนือ")!;
    expect([north.won, north.leading]).toEqual([0, 2]);
  });

  it("is nothing on a province's site, for a province's election, or once the central election is hidden", async () => {
    expect(await on("phayao", () => getNationalPicture(nationalId))).toBeNull();
    expect(await on("ect", () => getNationalPicture(ids.general))).toBeNull();
    await db.prisma.election.update({ where: { id: nationalId }, data: { published: false } });
    try {
      expect(await on("ect", () => getNationalPicture(nationalId))).toBeNull();
      expect(await on("chiangrai", () => getNationalLink(nationalId))).toBeNull();
    } finally {
      await db.prisma.election.update({ where: { id: nationalId }, data: { published: true } });
    }
  });

  it("serves one row per province as CSV and JSON, and a status the page polls; 404 elsewhere", async () => {
    const csv = await on("ect", () => provincesResponse(String(nationalId), "csv"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="election-${nationalId}-provinces.csv"`);
    const lines = (await csv.text()).split("\r\n");
    expect(lines).toHaveLength(79); // header, 77 provinces, final CRLF
    expect(lines.find((l) => l.startsWith("phayao,"))).toMatch(/^phayao,พะเยา,3,1,COUNTING,300000,100000,33.33,/);
    const json = await (await on("ect", () => provincesResponse(String(nationalId), "json"))).json();
    expect(json.national).toMatchObject({ provinces_reporting: 2, constituencies: 10, counted: 8 });
    const status = await (await on("ect", () => nationalStatusResponse(String(nationalId)))).json();
    expect(status).toEqual({ status: "COUNTING", countUpdatedAt: "2023-05-14T21:30:00+07:00", counted: 8 });
    expect((await on("phayao", () => provincesResponse(String(nationalId), "csv"))).status).toBe(404);
    expect((await on("ect", () => provincesResponse("abc", "json"))).status).toBe(404);
    expect((await on("ect", () => nationalStatusResponse(String(draftNationalId)))).status).toBe(404);
    // The central election's own results file stays (no contests of its own).
    expect((await on("ect", () => resultsResponse(String(nationalId), "json"))).status).toBe(200);
  });

  it("before any province has published its part: every province listed, «ยังไม่มีข้อมูล»", async () => {
    const fresh = await db.prisma.election.create({
      data: { kind: "MP", pollingDay: bkkMidnight, officeId: offices.ect!.id, title: "ใหม่", published: true },
    });
    const picture = (await on("ect", () => getNationalPicture(fresh.id)))!;
    expect(picture).toMatchObject({ reporting: 0, constituencies: 0, status: "NOT_STARTED" });
    expect(picture.provinces.every((p) => p.href === null)).toBe(true);
    // A central election with constituencies of its own is not national.
    await db.prisma.contest.create({ data: { electionId: fresh.id, position: "ประชามติ", area: "ทั้งประเทศ" } });
    expect(await on("ect", () => getNationalPicture(fresh.id))).toBeNull();
  });

  it("a province's part links to the central page", async () => {
    const link = await on("chiangrai", () => getNationalLink(nationalId));
    expect(link?.title).toBe("การเลือกตั้ง ส.ส. 2566");
    expect(link?.href).toMatch(
      new RegExp(`^http://ect\\.localhost(:\\d+)?/elections/${nationalId}/general-election-2566$`),
    );
    expect(await on("chiangrai", () => getNationalLink(null))).toBeNull();
  });
});

describe("joining a national election from a province's staff form", () => {
  let lampangEditor: Awaited<ReturnType<typeof editorOf>>;
  beforeAll(async () => {
    lampangEditor = await editorOf("lampang");
  });
  const fields = (nationalId: number | string) => ({
    kind: "MP",
    title: "การเลือกตั้งของลำปาง",
    pollingDate: "2023-05-14",
    published: "on",
    nationalId: String(nationalId),
  });

  it("offers the central office's published elections to a province, none to the central office", async () => {
    expect(await on("lampang", () => listNationalElections())).toEqual([
      { id: nationalId, title: "การเลือกตั้ง ส.ส. 2566" },
    ]);
    expect(await on("ect", () => listNationalElections())).toEqual([]);
  });

  it.each([
    ["a province's election", () => ids.general, "ไม่พบการเลือกตั้งระดับประเทศที่เลือก โปรดเลือกใหม่"],
    ["a hidden central election", () => draftNationalId, "ไม่พบการเลือกตั้งระดับประเทศที่เลือก โปรดเลือกใหม่"],
    ["not a number", () => "1; DROP", "ไม่พบการเลือกตั้งระดับประเทศที่เลือก โปรดเลือกใหม่"],
  ])("refuses %s, in Thai, and creates nothing", async (_what, target, message) => {
    session.as(lampangEditor);
    const before = await db.prisma.election.count();
    const state = await on("lampang", () => createElection(IDLE, form(fields(target()))));
    expect(state).toMatchObject({ ok: false, fieldErrors: { nationalId: [message] } });
    expect(await db.prisma.election.count()).toBe(before);
  });

  it("joins a published central election once per office; a second election of the office is refused", async () => {
    session.as(lampangEditor);
    const created = await redirectOf(on("lampang", () => createElection(IDLE, form(fields(nationalId)))));
    const id = Number(/\/admin\/elections\/(\d+)/.exec(created)![1]);
    expect(await db.prisma.election.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nationalId,
      officeId: offices.lampang!.id,
    });
    const before = await db.prisma.election.count();
    const second = await on("lampang", () => createElection(IDLE, form({ ...fields(nationalId), title: "อีกครั้ง" })));
    expect(second).toMatchObject({
      ok: false,
      fieldErrors: { nationalId: ["สำนักงานนี้มีการเลือกตั้งอื่นเป็นส่วนของการเลือกตั้งระดับประเทศนี้อยู่แล้ว"] },
    });
    expect(await db.prisma.election.count()).toBe(before);
    // Editing the part itself keeps its link.
    const edited = await on("lampang", () =>
      updateElection(IDLE, form({ ...fields(nationalId), id, version: 1, title: "แก้ชื่อ" })),
    );
    expect(edited).toMatchObject({ ok: true });
    expect(await db.prisma.election.findUniqueOrThrow({ where: { id } })).toMatchObject({ nationalId, title: "แก้ชื่อ" });
  });

  it("the central office cannot make its own election a part", async () => {
    session.as(await editorOf("ect"));
    const state = await on("ect", () => createElection(IDLE, form(fields(nationalId))));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { nationalId: ["ไม่พบการเลือกตั้งระดับประเทศที่เลือก โปรดเลือกใหม่"] },
    });
  });

  it("Phayao's part stays Phayao's: its staff cannot point another office's election at the nation", async () => {
    session.as(await editorOf("phayao"));
    const state = await on("phayao", () =>
      updateElection(IDLE, form({ ...fields(""), id: ids.general, version: 1, title: "ยึด" })),
    );
    expect(state).toMatchObject({ ok: false });
    expect(await db.prisma.election.findUniqueOrThrow({ where: { id: ids.general } })).toMatchObject({ nationalId });
    expect(await db.prisma.election.findUniqueOrThrow({ where: { id: phayaoPartId } })).toMatchObject({ nationalId });
  });
});
