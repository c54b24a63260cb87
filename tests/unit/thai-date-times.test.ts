// Every clock time a person reads — public pages, the calendar, election counts, staff tables and
// the audit log — is printed «00.30 น.» by lib/thai-date, never «00:30». Rendered as users see it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { eventWhen } from "@/components/admin/events/event-table";
import { describeWallTime } from "@/lib/thai-date/wall-time";
import { EventList } from "@/components/site/calendar/event-list";
import { MonthGrid } from "@/components/site/calendar/month-grid";
import { UpdatedAt } from "@/components/site/elections/count-status";
import { assembleMonthCalendar } from "@/lib/calendar/assemble";
import type { EventView } from "@/lib/calendar/queries";
import { buildMonthGrid, fromBangkok } from "@/lib/thai-date";

/** The text a reader sees: tags (and so machine-readable attributes such as dateTime) removed. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const COLON_TIME = /\d{1,2}:\d{2}/;

const event = (id: number, title: string, startsAt: Date, endsAt: Date | null = null): EventView => ({
  id,
  title,
  description: "",
  location: "",
  startsAt,
  endsAt,
  allDay: false,
});
const night = event(1, "ประชุมคณะทำงาน", fromBangkok(2022, 6, 1, 0, 30));
const morning = event(2, "อบรมกรรมการประจำหน่วย", fromBangkok(2022, 6, 8, 9, 30), fromBangkok(2022, 6, 8, 11, 0));
const overnight = event(3, "นับคะแนน", fromBangkok(2022, 6, 14, 17, 0), fromBangkok(2022, 6, 15, 2, 15));

describe("clock times people read", () => {
  it("the calendar's event list: start, a range on one day, and across midnight", () => {
    const text = textOf(
      renderToStaticMarkup(createElement(EventList, { events: [night, morning, overnight], title: "กิจกรรม" })),
    );
    expect(text).toContain("วันพุธที่ 1 มิถุนายน พ.ศ. 2565 เวลา 00.30 น.");
    expect(text).toContain("วันพุธที่ 8 มิถุนายน พ.ศ. 2565 เวลา 09.30–11.00 น.");
    expect(text).toContain("วันอังคารที่ 14 มิถุนายน พ.ศ. 2565 เวลา 17.00 น. ถึง วันพุธที่ 15 มิถุนายน พ.ศ. 2565 เวลา 02.15 น.");
    expect(text).not.toMatch(COLON_TIME);
  });

  it("the month grid's event lines", () => {
    const calendar = assembleMonthCalendar(
      buildMonthGrid({ year: 2022, month: 6 }, { year: 2022, month: 6, day: 1 }),
      [night],
      [],
    );
    const text = textOf(renderToStaticMarkup(createElement(MonthGrid, { calendar })));
    expect(text).toContain("00.30 น. ประชุมคณะทำงาน");
    expect(text).not.toMatch(COLON_TIME);
  });

  it("an election count's «อัปเดต» line", () => {
    const text = textOf(renderToStaticMarkup(createElement(UpdatedAt, { at: fromBangkok(2025, 9, 23, 14, 0) })));
    expect(text.trim()).toBe("อัปเดต 14.00 น. (23 ก.ย. 2568)");
  });

  it("staff: the events table, the schedule preview and the audit log", () => {
    expect(eventWhen(night)).toBe("1 มิ.ย. 2565 00.30 น.");
    expect(eventWhen(morning)).toBe("8 มิ.ย. 2565 09.30–11.00 น.");
    expect(eventWhen(overnight)).toBe("14 มิ.ย. 2565 17.00 น. – 15 มิ.ย. 2565 02.15 น.");
    expect(describeWallTime("2026-03-05T00:30")).toBe("5 มี.ค. 2569 เวลา 00.30 น.");
    const row = {
      id: 1,
      at: fromBangkok(2026, 12, 6, 0, 30),
      action: "create",
      entity: "event",
      entityId: "5",
      userId: 1,
      userName: "สมชาย",
      before: null,
      after: { title: "ประชุม", startsAt: fromBangkok(2027, 3, 10, 0, 30).toISOString() },
    };
    const text = textOf(renderToStaticMarkup(createElement(AuditTable, { rows: [row] })));
    expect(text).toContain("6 ธ.ค. 2569 เวลา 00.30 น.");
    expect(text).toContain("10 มี.ค. 2570 เวลา 00.30 น.");
    expect(text).not.toMatch(COLON_TIME);
  });
});
