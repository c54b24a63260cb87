import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { CALENDAR_LAYOUT_CASES, layoutLabel } from "../helpers/calendar-layouts";
import { expectAccessible, todayMarkerContrasts } from "../helpers/axe-check";
import { laterZoneRun, ONCE } from "../helpers/e2e-page";

test.skip(laterZoneRun, ONCE);

// Every month layout, not only the current month's: for each case of tests/helpers/calendar-layouts.ts
// (first day in each column, leading and trailing days, 4/5/6-week months, today in each column
// and among another month's days) the site's own components are rendered with a pinned "today"
// and sample events and holidays, put in place of the home page's widget and of the calendar
// page's grid — so the site's real CSS and surroundings apply — and checked with axe (WCAG 2.1
// A/AA, colour contrast included) and for the today marker's 3:1 non-text contrast. The calendar
// page of each month is also checked as the server renders it.

type Rendered = { label: string; month: string; title: string; widget: string; grid: string };

const root = path.resolve(import.meta.dirname, "../..");
let rendered: Rendered[] = [];

test.beforeAll(() => {
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["tests/helpers/render-calendar-layouts.ts"], {
    cwd: root,
    encoding: "utf8",
  });
  rendered = JSON.parse(out) as Rendered[];
});

const WIDGET = 'section[aria-labelledby="calendar-widget-title"]';
const GRID = "main table";

async function replace(page: Page, selector: string, html: string) {
  await page
    .locator(selector)
    .first()
    .evaluate((el, markup) => {
      el.outerHTML = markup;
    }, html);
}

async function expectTodayMarkerVisible(page: Page, selector: string, label: string) {
  const marks = await todayMarkerContrasts(page.locator(selector).first());
  expect(marks.length, `${label}: one today marker`).toBe(1);
  for (const m of marks) expect(m.ratio, `${label}: today marker contrast`).toBeGreaterThanOrEqual(3);
}

for (const [i, c] of CALENDAR_LAYOUT_CASES.entries()) {
  const label = layoutLabel(c);

  test(`home page calendar widget, ${label}`, async ({ page }) => {
    const r = rendered[i]!;
    await page.goto("/");
    await replace(page, WIDGET, r.widget);
    await expect(page.locator(WIDGET).getByText(r.title, { exact: true })).toBeVisible();
    await expectAccessible(page, `widget ${label}`, WIDGET);
    await expectTodayMarkerVisible(page, WIDGET, `widget ${label}`);
  });

  test(`calendar page, ${label}`, async ({ page }) => {
    const r = rendered[i]!;
    await page.goto(`/calendar/${r.month}`);
    await expectAccessible(page, `/calendar/${r.month} as served`);
    await replace(page, GRID, r.grid);
    await expect(page.locator(`${GRID} caption`)).toHaveText(`ปฏิทินกิจกรรมเดือน${r.title}`);
    await expectAccessible(page, `grid ${label}`, GRID);
    await expectTodayMarkerVisible(page, GRID, `grid ${label}`);
  });
}
