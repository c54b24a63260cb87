import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMonthCalendar, type MonthCalendar } from "@/lib/calendar/month";
import { seedDemo } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { useTestDatabase } from "@/tests/helpers/app-doubles";

// The demo is seeded as if today were Monday 30 May 2565, 10:00 Bangkok: its "this month" events
// then fall at the end of May, and its "next month" ones (with the unpublished draft) in June.
const seededNow = new Date("2022-05-30T03:00:00Z");
const june = { year: 2022, month: 6 };

const NIGHT_DRILL = "ซ้อมแผนการขนส่งหีบบัตรเลือกตั้งในเวลากลางคืน";
const TRAINING = "อบรมเชิงปฏิบัติการเตรียมความพร้อมการจัดการเลือกตั้ง";
const JUNE_EXHIBITION = 'นิทรรศการ "ประชาธิปไตยใกล้ตัว" ณ ศูนย์การค้า';
const MAY_EXHIBITION = 'นิทรรศการเคลื่อนที่ "รู้ทันข่าวปลอม"';
const STOCKTAKE = "ตรวจสอบพัสดุประจำปี";
const MAY_30_MEETING = "ประชุมบุคลากรประจำเดือน";
const DRAFT_PREFIX = "ร่าง:";

let db: TestDatabase;
let uploadsDir: string;
let cal: MonthCalendar;

beforeAll(async () => {
  db = await createTestDatabase();
  uploadsDir = await mkdtemp(path.join(os.tmpdir(), "calendar-uploads-"));
  await seedDemo(db.prisma, { uploadsDir, now: seededNow });
  useTestDatabase(db);
  cal = await getMonthCalendar(june, seededNow);
});

afterAll(async () => {
  useTestDatabase(undefined);
  await db?.close();
  if (uploadsDir) await rm(uploadsDir, { recursive: true, force: true });
});

const titlesOn = (key: string) => (cal.eventsByDay.get(key) ?? []).map((e) => e.title);
const daysOf = (title: string) =>
  [...cal.eventsByDay]
    .filter(([, list]) => list.some((e) => e.title === title))
    .map(([key]) => key)
    .sort();

describe("getMonthCalendar, June 2565", () => {
  it("shows a grid from Sunday 29 May to Saturday 2 July", () => {
    const days = cal.grid.weeks.flat();
    expect(days[0]!.key).toBe("2022-05-29");
    expect(days[days.length - 1]!.key).toBe("2022-07-02");
    expect(days.filter((d) => d.inMonth)).toHaveLength(30);
  });

  it("puts the 00:30 Bangkok night drill on 1 June, not 31 May", () => {
    expect(titlesOn("2022-06-01")).toContain(NIGHT_DRILL);
    expect(titlesOn("2022-05-31")).not.toContain(NIGHT_DRILL);
    expect(daysOf(NIGHT_DRILL)).toEqual(["2022-06-01"]);
  });

  it("shows a multi-day all-day event on each of its days and not the day after", () => {
    expect(daysOf(TRAINING)).toEqual(["2022-06-06", "2022-06-07", "2022-06-08"]);
    // 29 June to 2 July: the grid's last day is its last day.
    expect(daysOf(JUNE_EXHIBITION)).toEqual(["2022-06-29", "2022-06-30", "2022-07-01", "2022-07-02"]);
    // 31 May to 2 June, begun in the previous month.
    expect(daysOf(MAY_EXHIBITION)).toEqual(["2022-05-31", "2022-06-01", "2022-06-02"]);
    // A one-day all-day event stays on its day.
    expect(daysOf(STOCKTAKE)).toEqual(["2022-06-22"]);
  });

  it("never shows the unpublished event", async () => {
    // Guard: the draft is really there, in June, for this test to mean something.
    const draft = await db.prisma.event.findFirstOrThrow({ where: { published: false } });
    expect(draft.title.startsWith(DRAFT_PREFIX)).toBe(true);
    expect(draft.startsAt.toISOString()).toBe("2022-06-20T03:00:00.000Z");

    expect(cal.events.map((e) => e.id)).not.toContain(draft.id);
    for (const list of cal.eventsByDay.values()) expect(list.map((e) => e.id)).not.toContain(draft.id);
  });

  it("lists exactly the events overlapping June, in start order", () => {
    const starts = cal.events.map((e) => e.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(cal.events.map((e) => e.title)).toEqual([
      MAY_EXHIBITION,
      NIGHT_DRILL,
      "ประชุมประจำเดือนร่วมกับหัวหน้าส่วนราชการ",
      "ประชุมประจำเดือนมิถุนายน 2565",
      TRAINING,
      "ให้ความรู้เรื่องการเลือกตั้งท้องถิ่นแก่ผู้นำชุมชน",
      "ลงพื้นที่ให้ความรู้ประชาธิปไตยแก่นักเรียน",
      "ซ้อมแผนรายงานผลคะแนนอย่างไม่เป็นทางการ",
      STOCKTAKE,
      "ประชุมคณะทำงานประชาสัมพันธ์การเลือกตั้ง",
      JUNE_EXHIBITION,
    ]);
  });

  it("still paints the grid's days in May with May's events, outside the month's list", () => {
    expect(titlesOn("2022-05-30")).toContain(MAY_30_MEETING);
    expect(cal.events.map((e) => e.title)).not.toContain(MAY_30_MEETING);
  });

  it("marks the Queen's birthday on 3 June 2565 and no day outside the grid", () => {
    expect(cal.holidaysByDay.get("2022-06-03")?.name).toBe(
      "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี",
    );
    const gridKeys = new Set(cal.grid.weeks.flat().map((d) => d.key));
    for (const key of cal.holidaysByDay.keys()) expect(gridKeys.has(key), key).toBe(true);
  });

  it("marks today from `now` in Bangkok time", async () => {
    const todays = (c: MonthCalendar) =>
      c.grid.weeks
        .flat()
        .filter((d) => d.isToday)
        .map((d) => d.key);
    expect(todays(cal)).toEqual(["2022-05-30"]);
    // 00:30 on 16 June in Bangkok is still 15 June in UTC and in Los Angeles.
    expect(todays(await getMonthCalendar(june, new Date("2022-06-15T17:30:00Z")))).toEqual(["2022-06-16"]);
    expect(todays(await getMonthCalendar(june, new Date("2022-06-30T16:59:59Z")))).toEqual(["2022-06-30"]);
    expect(todays(await getMonthCalendar(june, new Date("2022-07-02T17:00:00Z")))).toEqual([]);
    expect(todays(await getMonthCalendar(june, new Date("2026-06-10T05:00:00Z")))).toEqual([]);
  });
});
