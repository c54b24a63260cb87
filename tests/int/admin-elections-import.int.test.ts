import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { saveContest } from "@/lib/elections/actions";
import { applyImport, previewImport } from "@/lib/elections/import-actions";
import { IMPORT_IDLE, type ImportState } from "@/lib/elections/import-state";
import { IDLE } from "@/lib/admin/form-state";
import { seedDemo } from "@/prisma/seed";
import { DEMO_CSV_PATH } from "@/prisma/seed/demo-csv";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { electionSnapshot } from "@/tests/helpers/election-fixtures";
import { createStaff, form, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

const revalidatePublic = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
let uploadsDir: string;
let demoCsv: string;
const session = sessionSwitch();

beforeAll(async () => {
  db = await createTestDatabase();
  uploadsDir = await mkdtemp(path.join(os.tmpdir(), "import-uploads-"));
  await seedDemo(db.prisma, { uploadsDir });
  useTestDatabase(db);
  useTestSession(session.resolver);
  staff = await createStaff(db.prisma);
  demoCsv = await readFile(path.resolve(import.meta.dirname, "../..", DEMO_CSV_PATH), "utf8");
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db.close();
  await rm(uploadsDir, { recursive: true, force: true });
});

beforeEach(() => {
  revalidatePublic.mockClear();
  session.as(null);
});

const ge2566 = () =>
  db.prisma.election.findFirstOrThrow({
    // Chiang Rai's (the demo's central office and Phayao hold one of that name too).
    where: { slug: "general-election-2566", office: { isDefault: true } },
    include: { contests: { orderBy: { sortOrder: "asc" }, include: { candidates: { orderBy: { number: "asc" } } } } },
  });

const csvFile = (text: string, name = "results.csv") =>
  new File([new TextEncoder().encode(text)], name, { type: "text/csv" });

async function preview(electionId: number, csv: string | File): Promise<ImportState> {
  const fd = form({ electionId });
  if (typeof csv === "string") fd.set("csv", csv);
  else fd.set("file", csv);
  return previewImport(IMPORT_IDLE, fd);
}

const confirm = (electionId: number, p: ImportState) =>
  applyImport(IMPORT_IDLE, form({ electionId, csv: p.csv, seen: p.seen }));

describe("CSV import", () => {
  it("refuses signed-out users and authors at both steps, changing nothing", async () => {
    const e = await ge2566();
    for (const who of [null, staff.author]) {
      session.as(who);
      const before = await electionSnapshot(db.prisma);
      const p = await preview(e.id, demoCsv);
      expect(p).toEqual({ ok: false, message: who ? "คุณไม่มีสิทธิ์ทำรายการนี้" : "กรุณาเข้าสู่ระบบก่อน" });
      const a = await applyImport(IMPORT_IDLE, form({ electionId: e.id, csv: demoCsv, seen: "[]" }));
      expect(a.ok).toBe(false);
      expect(await electionSnapshot(db.prisma)).toEqual(before);
    }
  });

  it("reports every wrong line with its column and applies nothing, even the good lines", async () => {
    session.as(staff.editor);
    const e = await ge2566();
    const lines = demoCsv.trimEnd().split("\r\n");
    lines[3] = lines[3]!.replace(/,(\d+),ใช่$/, ",-7,ใช่");
    lines[12] = lines[12]!.replace("กำลังนับ", "นับเสร็จ");
    const before = await electionSnapshot(db.prisma);
    const p = await preview(e.id, csvFile("\uFEFF" + lines.join("\r\n")));
    expect(p.ok).toBe(false);
    expect(p.plan).toBeUndefined();
    expect(p.errors?.map((x) => [x.line, x.column])).toEqual([
      [4, "คะแนน"],
      [13, "สถานะ"],
    ]);
    expect(p.errors?.[0]?.message).toBe("คะแนน: ต้องไม่ติดลบ (ได้ -7)");
    expect(p.message).toContain("ไฟล์มีข้อผิดพลาด 2 รายการ");
    // A confirmation forged around the preview is refused by the same checks.
    const forced = await applyImport(IMPORT_IDLE, form({ electionId: e.id, csv: lines.join("\n"), seen: "[]" }));
    expect(forced.ok).toBe(false);
    expect(forced.errors).toHaveLength(2);
    expect(await electionSnapshot(db.prisma)).toEqual(before);
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("refuses a file in TIS-620 with a hint", async () => {
    session.as(staff.editor);
    const e = await ge2566();
    const fd = form({ electionId: e.id });
    fd.set("file", new File([new Uint8Array([0xb5, 0xd3, 0xcb, 0xb9, 0xe8, 0xa7, 0x0a])], "ansi.csv"));
    const p = await previewImport(IMPORT_IDLE, fd);
    expect(p.ok).toBe(false);
    expect(p.message).toContain("UTF-8");
  });

  it("previews the demo file without writing, then applies it: seven contests, one audit entry each", async () => {
    session.as(staff.editor);
    const e = await ge2566();
    const before = await electionSnapshot(db.prisma);
    const p = await preview(e.id, csvFile(demoCsv, "election-2566-counting.csv"));
    expect(p.ok).toBe(true);
    expect(p.fileName).toBe("election-2566-counting.csv");
    expect(p.message).toBe("เพิ่มเขตใหม่ 0 เขต แก้ไข 7 เขต ไม่เปลี่ยน 0 เขต");
    const d1 = p.plan!.contests[0]!;
    expect(d1.changes).toContainEqual({
      label: "สถานะ",
      before: "ผลอย่างเป็นทางการ",
      after: "กำลังนับคะแนน (ผลไม่เป็นทางการ)",
    });
    expect(d1.changes).toContainEqual({ label: "หน่วยที่นับแล้ว", before: "287", after: "178" });
    expect(await electionSnapshot(db.prisma)).toEqual(before);

    const a = await confirm(e.id, p);
    expect(a).toMatchObject({ ok: true, message: "นำเข้าแล้ว: เพิ่มเขตใหม่ 0 เขต แก้ไข 7 เขต ไม่เปลี่ยน 0 เขต" });
    const after = await ge2566();
    expect(after.contests.every((c) => c.status === "COUNTING")).toBe(true);
    expect(after.contests[0]).toMatchObject({ stationsCounted: 178, version: e.contests[0]!.version + 1 });
    for (const c of after.contests) expect(c.candidates.reduce((s, x) => s + x.votes, 0)).toBe(c.valid);
    const entries = await db.prisma.auditLog.findMany({ where: { action: "contest.import" } });
    expect(entries.map((x) => Number(x.entityId)).sort((x, y) => x - y)).toEqual(e.contests.map((c) => c.id));
    expect(entries.every((x) => x.userId === staff.editor.id)).toBe(true);
    expect(await db.prisma.auditLog.count({ where: { action: "contest.status_change" } })).toBe(7);
    expect(revalidatePublic).toHaveBeenCalledTimes(1);

    // The same file again changes nothing and writes no entries.
    const again = await preview(e.id, demoCsv);
    expect(again.message).toBe("เพิ่มเขตใหม่ 0 เขต แก้ไข 0 เขต ไม่เปลี่ยน 7 เขต");
    expect((await confirm(e.id, again)).message).toBe("ไม่มีการเปลี่ยนแปลง: ข้อมูลในไฟล์ตรงกับที่บันทึกไว้แล้ว");
    expect(await db.prisma.auditLog.count({ where: { action: "contest.import" } })).toBe(7);
  });

  it("applies nothing when a contest changed after the preview, and says so", async () => {
    session.as(staff.editor);
    const e = await ge2566();
    const csv = demoCsv.replaceAll(",กำลังนับ,", ",เป็นทางการ,");
    const p = await preview(e.id, csv);
    expect(p.plan!.contests.every((c) => c.kind === "update")).toBe(true);

    // Another editor corrects เขต 2 in between.
    const d2 = e.contests[1]!;
    session.as(staff.admin);
    const values: Record<string, string | number> = {
      id: d2.id,
      version: d2.version,
      position: d2.position,
      area: d2.area,
      status: "COUNTING",
      registered: d2.registered,
      stations: d2.stations,
      stationsCounted: d2.stationsCounted,
      came: d2.came + 1,
      valid: d2.valid,
      invalid: d2.invalid + 1,
      noVote: d2.noVote,
    };
    d2.candidates.forEach((c, i) =>
      Object.assign(values, {
        [`cand.${i}.number`]: c.number,
        [`cand.${i}.name`]: c.name,
        [`cand.${i}.party`]: c.party,
        [`cand.${i}.votes`]: c.votes,
      }),
    );
    expect(await saveContest(IDLE, form(values))).toMatchObject({ ok: true });

    session.as(staff.editor);
    const before = await electionSnapshot(db.prisma);
    const a = await confirm(e.id, p);
    expect(a).toMatchObject({ ok: false, conflict: true });
    expect(a.message).toContain("ยังไม่มีการเปลี่ยนแปลงใด ๆ");
    expect(await electionSnapshot(db.prisma)).toEqual(before);
  });

  it("creates contests the election does not have yet, after the existing ones", async () => {
    session.as(staff.editor);
    const e = await ge2566();
    const csv = [
      "position,area,registered,stations,stations_counted,came,valid,invalid,no_vote,status,number,name,party,votes",
      "ส.ส. แบบแบ่งเขต,เขต 8 (ทดสอบ),1000,3,0,0,0,0,0,ยังไม่เริ่มนับ,,,,",
    ].join("\n");
    const p = await preview(e.id, csv);
    expect(p.plan?.contests.map((c) => c.kind)).toEqual(["create"]);
    expect(p.plan?.untouched).toHaveLength(7);
    expect(await confirm(e.id, p)).toMatchObject({ ok: true });
    const created = await db.prisma.contest.findFirstOrThrow({ where: { electionId: e.id, area: "เขต 8 (ทดสอบ)" } });
    expect(created).toMatchObject({ sortOrder: 8, registered: 1000, status: "NOT_STARTED" });
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "contest.import", entityId: String(created.id) },
    });
    expect(entry.before).toBeNull();
  });
});
