import { getDaysInMonth } from "date-fns";
import { z } from "zod";
import { checkbox } from "@/lib/admin/form-state";
import { civil, civilDay, fromBangkok, toBangkokParts } from "@/lib/thai-date";

// The event form, shared by the form and the server actions. Dates and times are what staff see
// on a Bangkok wall clock ("2022-06-01" + "00:30"); they become instants only here, through
// lib/thai-date, so the server's own time zone never matters.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
// CE years of BE 2500–2700: anything outside is a typo (or a BE year typed as CE).
const MIN_YEAR = 1957;
const MAX_YEAR = 2157;

export type DayParts = { year: number; month: number; day: number };

/** "2022-06-01" -> its parts when it is a real calendar day in range, else null. */
export function parseDay(s: string): DayParts | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  return day <= getDaysInMonth(civilDay(year, month), { in: civil }) ? { year, month, day } : null;
}

export function parseTime(s: string): { hour: number; minute: number } | null {
  const m = TIME.exec(s);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}ยาวได้ไม่เกิน ${max.toLocaleString("th-TH")} ตัวอักษร`);

export const eventFormSchema = z
  .object({
    title: z.string().trim().min(1, "กรุณากรอกชื่อกิจกรรม").max(200, "ชื่อกิจกรรมยาวได้ไม่เกิน 200 ตัวอักษร"),
    description: text(5000, "รายละเอียด").default(""),
    location: text(300, "สถานที่").default(""),
    allDay: checkbox,
    published: checkbox,
    startDate: z.string().trim().default(""),
    startTime: z.string().trim().default(""),
    endDate: z.string().trim().default(""),
    endTime: z.string().trim().default(""),
  })
  .transform((v, ctx) => {
    const issue = (path: string, message: string) => {
      ctx.addIssue({ code: "custom", path: [path], message });
      return z.NEVER;
    };
    const start = parseDay(v.startDate);
    if (!start) return issue("startDate", v.startDate ? "วันที่เริ่มไม่ถูกต้อง" : "กรุณาเลือกวันที่เริ่ม");
    const end = v.endDate ? parseDay(v.endDate) : null;
    if (v.endDate && !end) return issue("endDate", "วันที่สิ้นสุดไม่ถูกต้อง");

    let startsAt: Date;
    let endsAt: Date | null;
    if (v.allDay) {
      // Exclusive end: 00:00 Bangkok of the day after the last day (the Event model's rule).
      const last = end ?? start;
      startsAt = fromBangkok(start.year, start.month, start.day);
      endsAt = fromBangkok(last.year, last.month, last.day + 1);
      if (endsAt <= startsAt) return issue("endDate", "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม");
    } else {
      const t = parseTime(v.startTime);
      if (!t) return issue("startTime", v.startTime ? "เวลาเริ่มไม่ถูกต้อง" : "กรุณาระบุเวลาเริ่ม หรือเลือก «ทั้งวัน»");
      startsAt = fromBangkok(start.year, start.month, start.day, t.hour, t.minute);
      endsAt = null;
      if (v.endDate || v.endTime) {
        const et = parseTime(v.endTime);
        if (!et) return issue("endTime", v.endTime ? "เวลาสิ้นสุดไม่ถูกต้อง" : "กรุณาระบุเวลาสิ้นสุด หรือเว้นว่างทั้งวันและเวลาสิ้นสุด");
        const e = end ?? start;
        endsAt = fromBangkok(e.year, e.month, e.day, et.hour, et.minute);
        if (endsAt < startsAt) return issue(v.endDate ? "endDate" : "endTime", "เวลาสิ้นสุดต้องไม่ก่อนเวลาเริ่ม");
      }
    }
    return {
      title: v.title,
      description: v.description,
      location: v.location,
      allDay: v.allDay,
      published: v.published,
      startsAt,
      endsAt,
    };
  });

export type EventInput = z.output<typeof eventFormSchema>;

/** The form fields (Bangkok wall clock) of a stored event: the inverse of eventFormSchema. */
export type EventFormValues = {
  title: string;
  description: string;
  location: string;
  allDay: boolean;
  published: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
};

const pad2 = (n: number) => String(n).padStart(2, "0");
const dayString = (d: Date) => {
  const p = toBangkokParts(d);
  return `${String(p.year).padStart(4, "0")}-${pad2(p.month)}-${pad2(p.day)}`;
};
const timeString = (d: Date) => {
  const p = toBangkokParts(d);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
};

export function eventToFormValues(e: EventInput): EventFormValues {
  const base = {
    title: e.title,
    description: e.description,
    location: e.location,
    allDay: e.allDay,
    published: e.published,
  };
  if (e.allDay) {
    // Show the last day itself, not the exclusive end.
    const last = e.endsAt ? new Date(e.endsAt.getTime() - 1) : e.startsAt;
    const endDate = dayString(last);
    const startDate = dayString(e.startsAt);
    return { ...base, startDate, startTime: "", endDate: endDate === startDate ? "" : endDate, endTime: "" };
  }
  return {
    ...base,
    startDate: dayString(e.startsAt),
    startTime: timeString(e.startsAt),
    endDate: e.endsAt ? dayString(e.endsAt) : "",
    endTime: e.endsAt ? timeString(e.endsAt) : "",
  };
}

/** What the audit log keeps of an event (instants as ISO strings). */
export function eventAuditSnapshot(e: EventInput) {
  return {
    title: e.title,
    description: e.description,
    location: e.location,
    allDay: e.allDay,
    published: e.published,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt ? e.endsAt.toISOString() : null,
  };
}
