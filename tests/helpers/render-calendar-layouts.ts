// Prints, as JSON, the home page's calendar widget and the full calendar's month grid rendered
// by the site's own components for every layout case (tests/helpers/calendar-layouts.ts). Run
// with tsx by tests/e2e/calendar-layouts.e2e.spec.ts: Playwright's own loader cannot import
// next/link, and the site has no way to show a pinned "today" (nor should it).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CalendarWidget } from "@/components/site/calendar/calendar-widget";
import { MonthGrid } from "@/components/site/calendar/month-grid";
import { formatMonthParam } from "@/lib/thai-date";
import { CALENDAR_LAYOUT_CASES, layoutLabel, sampleCalendar } from "./calendar-layouts";

const rendered = CALENDAR_LAYOUT_CASES.map((c) => {
  const calendar = sampleCalendar(c);
  return {
    label: layoutLabel(c),
    month: formatMonthParam(c.ym),
    title: calendar.grid.title,
    widget: renderToStaticMarkup(createElement(CalendarWidget, { calendar })),
    grid: renderToStaticMarkup(createElement(MonthGrid, { calendar })),
  };
});
process.stdout.write(JSON.stringify(rendered));
