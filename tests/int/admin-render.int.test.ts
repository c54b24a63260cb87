import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { EventForm } from "@/components/admin/events/event-form";
import { EventTable } from "@/components/admin/events/event-table";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { EventList } from "@/components/site/calendar/event-list";
import { SiteFooter } from "@/components/site/shell/site-footer";
import { IDLE } from "@/lib/admin/form-state";
import { listAuditEntries } from "@/lib/audit/queries";
import { createEvent } from "@/lib/calendar/actions";
import { getEventForEdit, listEventsOfMonth } from "@/lib/calendar/admin-queries";
import { getEventsBetween } from "@/lib/calendar/queries";
import { eventToFormValues } from "@/lib/calendar/schema";
import { updateSettings } from "@/lib/settings/actions";
import { getSettingsForEdit } from "@/lib/settings/admin-queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { fromBangkok } from "@/lib/thai-date";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/db";
import { createStaff, form, redirectOf, sessionSwitch } from "@/tests/helpers/manage-fixtures";
import { useTestDatabase, useTestSession } from "@/tests/helpers/app-doubles";

vi.mock("@/lib/cache/revalidate", () => ({ revalidatePublic: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

// Stored XSS: whatever staff type into events and settings is stored as typed and every page that
// shows it (staff and public) prints it as text. The markup below must never contain the payload
// as live HTML.
const XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
const LIVE = [/<script>alert/, /<img src=x/, /onerror=alert\(2\)>/];

let db: TestDatabase;
const session = sessionSwitch();

beforeAll(async () => {
  db = await createTestDatabase();
  useTestDatabase(db);
  useTestSession(session.resolver);
  const staff = await createStaff(db.prisma);
  session.as(staff.admin);
});

afterAll(async () => {
  useTestSession(null);
  useTestDatabase(undefined);
  await db.close();
});

function expectInert(html: string) {
  for (const re of LIVE) expect(html).not.toMatch(re);
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
}

describe("XSS payloads in event and settings fields are shown as text", () => {
  it("event title, description and location: admin list, edit form and public calendar", async () => {
    const to = await redirectOf(
      createEvent(
        IDLE,
        form({
          title: XSS,
          description: XSS,
          location: XSS,
          published: "on",
          startDate: "2022-06-01",
          startTime: "09:00",
        }),
      ),
    );
    const id = Number(/events\/(\d+)/.exec(to)![1]);

    const rows = await listEventsOfMonth({ year: 2022, month: 6 });
    expectInert(renderToStaticMarkup(createElement(EventTable, { events: rows, caption: "มิ.ย." })));

    const event = await getEventForEdit(id);
    expectInert(
      renderToStaticMarkup(
        createElement(EventForm, { initial: eventToFormValues(event!), id, version: event!.version }),
      ),
    );

    const publicEvents = await getEventsBetween(fromBangkok(2022, 6, 1), fromBangkok(2022, 7, 1));
    const html = renderToStaticMarkup(createElement(EventList, { events: publicEvents, title: "กิจกรรม" }));
    expectInert(html);
    // Title (heading and the .ics link's hidden label), description and location.
    expect(html.match(/&lt;script&gt;/g)?.length).toBe(4);
  });

  it("settings: the settings form, the public footer and the audit log", async () => {
    const { version } = await getSettingsForEdit();
    const s = await updateSettings(
      IDLE,
      form({
        officeName: XSS,
        officeShortName: XSS,
        province: "เชียงราย",
        address: XSS,
        phone: "053 150 100",
        fax: "",
        hotline: "1444",
        email: "",
        facebookUrl: "",
        youtubeUrl: "",
        lineUrl: "",
        mapUrl: "",
        copyrightStartYear: "2559",
        version,
      }),
    );
    expect(s.ok).toBe(true);

    const edit = await getSettingsForEdit();
    expectInert(renderToStaticMarkup(createElement(SettingsForm, { initial: edit.values, version: edit.version })));
    expectInert(renderToStaticMarkup(createElement(SiteFooter, { settings: await getSiteSettings() })));

    const audit = await listAuditEntries({ entity: "settings" });
    expect(audit.rows).toHaveLength(1);
    const html = renderToStaticMarkup(createElement(AuditTable, { rows: audit.rows }));
    expectInert(html);
    // Field by field in Thai, not raw JSON.
    expect(html).toContain("ชื่อสำนักงาน");
    expect(html).not.toContain("officeName");
    expect(html).not.toContain("{&quot;");
  });
});
