import { beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/admin/form-state";
import { createElection, saveContest, updateElection } from "@/lib/elections/actions";
import type { TestDatabase } from "@/tests/helpers/db";
import { by7Form, createBy7, electionSnapshot } from "@/tests/helpers/election-fixtures";
import { form, redirectOf, sessionSwitch, type Staff } from "@/tests/helpers/manage-fixtures";
import { useStaffTestDatabase } from "@/tests/helpers/staff-database";

const revalidatePublic = vi.hoisted(() => vi.fn());
vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let db: TestDatabase;
let staff: Staff;
const session = sessionSwitch();

useStaffTestDatabase(session, (d, s) => {
  db = d;
  staff = s;
});

beforeEach(() => {
  revalidatePublic.mockClear();
  session.as(null);
});

const contestOf = (id: number) =>
  db.prisma.contest.findUniqueOrThrow({ where: { id }, include: { candidates: { orderBy: { number: "asc" } } } });

describe("election and contest actions refuse signed-out users and authors", () => {
  it("changes nothing and says why in Thai", async () => {
    const e = await createBy7(db.prisma);
    const c = e.contests[0]!;
    for (const who of [null, staff.author]) {
      session.as(who);
      const before = await electionSnapshot(db.prisma);
      const results = [
        await createElection(IDLE, form({ kind: "MP", title: "x", pollingDate: "2026-01-01" })),
        await updateElection(
          IDLE,
          form({ id: e.id, version: e.version, kind: "MP", title: "x", pollingDate: "2026-01-01" }),
        ),
        await saveContest(IDLE, form(by7Form(c, { "cand.0.votes": "45616", valid: "65478", came: "79289" }))),
        await saveContest(IDLE, form({ ...by7Form(c), id: undefined, electionId: e.id, area: "เขต 8" })),
      ];
      for (const s of results) {
        expect(s.ok).toBe(false);
        expect(s.message).toBe(who ? "คุณไม่มีสิทธิ์ทำรายการนี้" : "กรุณาเข้าสู่ระบบก่อน");
      }
      expect(await electionSnapshot(db.prisma)).toEqual(before);
      expect(revalidatePublic).not.toHaveBeenCalled();
    }
  });
});

describe("saveContest", () => {
  it("saves corrected counts, bumps the version, audits before/after and refreshes the public pages", async () => {
    session.as(staff.editor);
    const e = await createBy7(db.prisma);
    const c = e.contests[0]!;
    const s = await saveContest(
      IDLE,
      form(by7Form(c, { status: "OFFICIAL", "cand.0.votes": "45,600", "cand.1.votes": "19877" })),
    );
    expect(s).toMatchObject({ ok: true, message: "บันทึกผลคะแนนแล้ว" });
    expect(s.values?.version).toBe(String(c.version + 1));
    const after = await contestOf(c.id);
    expect(after.status).toBe("OFFICIAL");
    expect(after.version).toBe(c.version + 1);
    expect(after.countUpdatedAt).not.toBeNull();
    expect(after.candidates.map((x) => x.votes)).toEqual([45600, 19877]);
    expect(revalidatePublic).toHaveBeenCalledTimes(1);

    const entries = await db.prisma.auditLog.findMany({
      where: { entity: "contest", entityId: String(c.id) },
      orderBy: { id: "asc" },
    });
    expect(entries.map((x) => [x.action, x.userId])).toEqual([
      ["contest.update", staff.editor.id],
      ["contest.status_change", staff.editor.id],
    ]);
    expect(entries[0]!.before).toEqual({
      status: "COUNTING",
      "candidate.1": "นายสง่า พรมเมือง (เพื่อไทย): 45,615 คะแนน",
      "candidate.2": "นายสุทัศน์ ยาละ (ประชาชน): 19,862 คะแนน",
    });
    expect(entries[0]!.after).toEqual({
      status: "OFFICIAL",
      "candidate.1": "นายสง่า พรมเมือง (เพื่อไทย): 45,600 คะแนน",
      "candidate.2": "นายสุทัศน์ ยาละ (ประชาชน): 19,877 คะแนน",
    });
    expect(entries[1]!.before).toEqual({ status: "COUNTING" });
    expect(entries[1]!.after).toEqual({ status: "OFFICIAL" });
  });

  it("refuses figures that break a rule, names each rule in Thai on its fields, keeps the typed values and changes nothing", async () => {
    session.as(staff.editor);
    const e = await createBy7(db.prisma);
    const c = e.contests[0]!;
    const before = await electionSnapshot(db.prisma);
    const typed = by7Form(c, { invalid: "3,100", stationsCounted: "290", "cand.1.votes": "19000" });
    const s = await saveContest(IDLE, form(typed));
    expect(s.ok).toBe(false);
    expect(s.message).toBe("บันทึกไม่ได้: ตัวเลขไม่ผ่านการตรวจสอบ 3 ข้อ");
    expect(s.fieldErrors?.rules).toEqual([
      "บัตรดี + บัตรเสีย + ไม่ประสงค์ลงคะแนน (65,477 + 3,100 + 10,739 = 79,316) ต้องเท่ากับผู้มาใช้สิทธิ (79,288)",
      "คะแนนของผู้สมัครรวมกัน (64,615) ต้องเท่ากับบัตรดี (65,477)",
      "หน่วยที่นับแล้ว (290) ต้องไม่เกินหน่วยเลือกตั้งทั้งหมด (281)",
    ]);
    // Each rule is explained under its first field; the others taking part are marked.
    expect(s.fieldErrors?.valid).toEqual(["คะแนนของผู้สมัครรวมกัน (64,615) ต้องเท่ากับบัตรดี (65,477)"]);
    expect(s.fieldErrors?.came).toEqual([s.fieldErrors!.rules![0]]);
    expect(s.fieldErrors?.stationsCounted).toEqual([s.fieldErrors!.rules![2]]);
    expect(s.fieldErrors?.marked).toEqual(
      expect.arrayContaining(["invalid", "noVote", "cand.0.votes", "cand.1.votes", "stations"]),
    );
    expect(s.fieldErrors?.["cand.1.votes"]).toBeUndefined();
    expect(s.values?.invalid).toBe("3,100");
    expect(await electionSnapshot(db.prisma)).toEqual(before);
    expect(revalidatePublic).not.toHaveBeenCalled();
  });

  it("refuses negative and non-numeric counts and more voters than registered", async () => {
    session.as(staff.editor);
    const e = await createBy7(db.prisma);
    const c = e.contests[0]!;
    const before = await electionSnapshot(db.prisma);
    const neg = await saveContest(IDLE, form(by7Form(c, { noVote: "-1", "cand.0.votes": "สี่หมื่น" })));
    expect(neg.fieldErrors?.noVote).toEqual(["ไม่ประสงค์ลงคะแนน: ต้องไม่ติดลบ (ได้ -1)"]);
    expect(neg.fieldErrors?.["cand.0.votes"]?.[0]).toContain("คะแนน: ต้องเป็นจำนวนเต็ม");
    const over = await saveContest(IDLE, form(by7Form(c, { registered: "70000" })));
    expect(over.fieldErrors?.rules).toEqual(["ผู้มาใช้สิทธิ (79,288) ต้องไม่เกินผู้มีสิทธิเลือกตั้ง (70,000)"]);
    expect(await electionSnapshot(db.prisma)).toEqual(before);
  });

  it("lets exactly one of two editors who opened the same version win; the other keeps their values and is told", async () => {
    const e = await createBy7(db.prisma);
    const c = e.contests[0]!;
    session.as(staff.editor);
    const a = by7Form(c, { "cand.0.votes": "45,000", "cand.1.votes": "20477" });
    const b = by7Form(c, { "cand.0.votes": "46,000", "cand.1.votes": "19477" });
    const results = await Promise.all([saveContest(IDLE, form(a)), saveContest(IDLE, form(b))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(loser.conflict).toBe(true);
    expect(loser.message).toContain("มีผู้อื่นแก้ไขผลคะแนนของเขตนี้ไปแล้ว");
    const winnerVotes = results[0]!.ok ? 45000 : 46000;
    expect(loser.values?.["cand.0.votes"]).toBe(results[0]!.ok ? "46,000" : "45,000");
    const after = await contestOf(c.id);
    expect(after.version).toBe(c.version + 1);
    expect(after.candidates[0]!.votes).toBe(winnerVotes);
    expect(
      await db.prisma.auditLog.count({
        where: { entity: "contest", entityId: String(c.id), action: "contest.update" },
      }),
    ).toBe(1);
  });

  it("adds a contest to an election, removes a candidate left out, and refuses a second contest with the same area", async () => {
    session.as(staff.admin);
    const e = await createBy7(db.prisma);
    const fields = {
      ...by7Form({ id: 0, version: 0 }),
      id: undefined,
      version: undefined,
      electionId: e.id,
      area: "เขต 8",
    };
    const to = await redirectOf(saveContest(IDLE, form(fields)));
    expect(to).toMatch(/^\/admin\/elections\/contests\/\d+\?saved=created$/);
    const id = Number(/contests\/(\d+)/.exec(to)![1]);
    const created = await contestOf(id);
    expect([created.electionId, created.area, created.sortOrder, created.candidates.length]).toEqual([
      e.id,
      "เขต 8",
      2,
      2,
    ]);
    expect(await db.prisma.auditLog.count({ where: { action: "contest.create", entityId: String(id) } })).toBe(1);

    const dup = await saveContest(IDLE, form(fields));
    expect(dup.ok).toBe(false);
    expect(dup.fieldErrors?.area).toEqual(["การเลือกตั้งนี้มีตำแหน่งและเขตนี้อยู่แล้ว"]);

    const one = by7Form(created, {
      area: "เขต 8",
      valid: "45615",
      came: "59426",
      "cand.1.number": "",
      "cand.1.name": "",
      "cand.1.party": "",
      "cand.1.votes": "",
    });
    expect(await saveContest(IDLE, form(one))).toMatchObject({ ok: true });
    expect((await contestOf(id)).candidates.map((x) => x.number)).toEqual([1]);
    const entry = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "contest.update", entityId: String(id) },
    });
    expect(entry.after).toMatchObject({ "candidate.2": "" });
  });
});

describe("createElection / updateElection", () => {
  it("creates an election at 00:00 Bangkok of its polling day, audits it, and refuses a stale update", async () => {
    session.as(staff.editor);
    const fields = {
      kind: "PAO_CHIEF",
      title: "การเลือกตั้งนายก อบจ.เชียงราย (ทดสอบ)",
      pollingDate: "2025-02-01",
      description: "",
      published: "on",
    };
    const to = await redirectOf(createElection(IDLE, form(fields)));
    const id = Number(/elections\/(\d+)/.exec(to)![1]);
    const row = await db.prisma.election.findUniqueOrThrow({ where: { id } });
    expect(row.pollingDay.toISOString()).toBe("2025-01-31T17:00:00.000Z");
    expect(row.published).toBe(true);
    expect(await db.prisma.auditLog.count({ where: { action: "election.create", entityId: String(id) } })).toBe(1);

    const ok = await updateElection(IDLE, form({ ...fields, id, version: row.version, title: "แก้ชื่อ" }));
    expect(ok.ok).toBe(true);
    const stale = await updateElection(IDLE, form({ ...fields, id, version: row.version, title: "อีกชื่อ" }));
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect((await db.prisma.election.findUniqueOrThrow({ where: { id } })).title).toBe("แก้ชื่อ");
    const bad = await createElection(IDLE, form({ ...fields, pollingDate: "", slug: "ภาษาไทย" }));
    expect(bad.fieldErrors?.pollingDate).toEqual(["กรุณาเลือกวันเลือกตั้ง"]);
    expect(bad.fieldErrors?.slug?.[0]).toContain("a–z");
  });
});

describe("saveContest without changes", () => {
  it("writes nothing and no audit entry, but still refuses a stale form", async () => {
    session.as(staff.editor);
    const e = await createBy7(db.prisma);
    const c = e.contests[0]!;
    const audits = await db.prisma.auditLog.count();
    const same = await saveContest(IDLE, form(by7Form(c)));
    expect(same).toMatchObject({ ok: true, values: expect.objectContaining({ version: String(c.version) }) });
    expect((await contestOf(c.id)).version).toBe(c.version);
    expect(await db.prisma.auditLog.count()).toBe(audits);
    await saveContest(IDLE, form(by7Form(c, { status: "OFFICIAL" })));
    const stale = await saveContest(IDLE, form(by7Form(c, { status: "OFFICIAL" })));
    expect(stale).toMatchObject({ ok: false, conflict: true });
  });
});
