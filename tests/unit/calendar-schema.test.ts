import { describe, expect, it } from "vitest";
import { eventFormSchema, eventToFormValues, parseDay } from "@/lib/calendar/schema";

const base = { title: "ประชุม", description: "", location: "", published: "on" };

function parse(fields: Record<string, string>) {
  return eventFormSchema.safeParse({ ...base, ...fields });
}

function errorsOf(fields: Record<string, string>) {
  const r = parse(fields);
  if (r.success) throw new Error("expected a refusal");
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0] ?? ""), i.message]));
}

describe("eventFormSchema: Bangkok wall time to instants, whatever the server's TZ", () => {
  it("00:30 on 1 June Bangkok is 17:30 UTC on 31 May and reads back as 1 June 00:30", () => {
    const r = parse({ startDate: "2022-06-01", startTime: "00:30" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.startsAt.toISOString()).toBe("2022-05-31T17:30:00.000Z");
    expect(r.data.endsAt).toBeNull();
    expect(eventToFormValues(r.data)).toMatchObject({
      startDate: "2022-06-01",
      startTime: "00:30",
      endDate: "",
      endTime: "",
    });
  });

  it("an all-day event runs from 00:00 Bangkok of the first day to 00:00 of the day after the last", () => {
    const r = parse({ allDay: "on", startDate: "2022-06-01", endDate: "2022-06-03", startTime: "10:00" });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.startsAt.toISOString()).toBe("2022-05-31T17:00:00.000Z");
    expect(r.data.endsAt?.toISOString()).toBe("2022-06-03T17:00:00.000Z");
    expect(eventToFormValues(r.data)).toMatchObject({
      allDay: true,
      startDate: "2022-06-01",
      endDate: "2022-06-03",
      startTime: "",
    });
  });

  it("a one-day all-day event without an end date ends at the next Bangkok midnight", () => {
    const r = parse({ allDay: "on", startDate: "2022-12-31" });
    if (!r.success) throw r.error;
    expect(r.data.endsAt?.toISOString()).toBe("2022-12-31T17:00:00.000Z");
    expect(eventToFormValues(r.data).endDate).toBe("");
  });

  it("a timed end on another day, and an end time alone meaning the same day", () => {
    const a = parse({ startDate: "2022-06-01", startTime: "23:00", endDate: "2022-06-02", endTime: "01:00" });
    if (!a.success) throw a.error;
    expect(a.data.endsAt?.toISOString()).toBe("2022-06-01T18:00:00.000Z");
    const b = parse({ startDate: "2022-06-01", startTime: "09:00", endTime: "12:00" });
    if (!b.success) throw b.error;
    expect(b.data.endsAt?.toISOString()).toBe("2022-06-01T05:00:00.000Z");
  });

  it("refuses, in Thai, an end before the start, missing or impossible dates and times", () => {
    expect(
      errorsOf({ startDate: "2022-06-02", startTime: "09:00", endDate: "2022-06-01", endTime: "10:00" }).endDate,
    ).toBe("เวลาสิ้นสุดต้องไม่ก่อนเวลาเริ่ม");
    expect(errorsOf({ startDate: "2022-06-01", startTime: "09:00", endTime: "08:59" }).endTime).toBe(
      "เวลาสิ้นสุดต้องไม่ก่อนเวลาเริ่ม",
    );
    expect(errorsOf({ allDay: "on", startDate: "2022-06-02", endDate: "2022-06-01" }).endDate).toBe(
      "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม",
    );
    expect(errorsOf({ startDate: "", startTime: "09:00" }).startDate).toBe("กรุณาเลือกวันที่เริ่ม");
    expect(errorsOf({ startDate: "2022-02-30", startTime: "09:00" }).startDate).toBe("วันที่เริ่มไม่ถูกต้อง");
    expect(errorsOf({ startDate: "2565-06-01", startTime: "09:00" }).startDate).toBe("วันที่เริ่มไม่ถูกต้อง");
    expect(errorsOf({ startDate: "2022-06-01", startTime: "" }).startTime).toMatch(/กรุณาระบุเวลาเริ่ม/);
    expect(errorsOf({ startDate: "2022-06-01", startTime: "24:00" }).startTime).toBe("เวลาเริ่มไม่ถูกต้อง");
    expect(errorsOf({ startDate: "2022-06-01", startTime: "09:00", endDate: "2022-06-01" }).endTime).toMatch(
      /กรุณาระบุเวลาสิ้นสุด/,
    );
    expect(errorsOf({ title: "   ", startDate: "2022-06-01", startTime: "09:00" }).title).toBe("กรุณากรอกชื่อกิจกรรม");
    expect(errorsOf({ title: "ก".repeat(201), startDate: "2022-06-01", startTime: "09:00" }).title).toBe(
      "ชื่อกิจกรรมยาวได้ไม่เกิน 200 ตัวอักษร",
    );
  });

  it("keeps markup as plain text (it is escaped when rendered, never sanitised into something else)", () => {
    const r = parse({ title: "<script>alert(1)</script>", startDate: "2022-06-01", startTime: "09:00" });
    if (!r.success) throw r.error;
    expect(r.data.title).toBe("<script>alert(1)</script>");
  });

  it("parseDay accepts real days in BE 2500–2700 only", () => {
    expect(parseDay("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDay("2023-02-29")).toBeNull();
    expect(parseDay("1900-01-01")).toBeNull();
    expect(parseDay("2022-6-1")).toBeNull();
  });
});
