import { buildIcal } from "@/lib/feeds/ical";
import { icalEvents } from "@/lib/feeds/queries";
import { absolute } from "@/lib/http/absolute";
import { xmlResponse } from "@/lib/feeds/respond";
import { getSiteSettings } from "@/lib/settings/queries";

// The office calendar as an iCalendar subscription (webcal-friendly).
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const now = new Date();
  const [settings, events] = await Promise.all([getSiteSettings(), icalEvents(now)]);
  const body = buildIcal({ name: `ปฏิทินกิจกรรม ${settings.officeName}`, host: new URL(absolute("/")).host, now }, events);
  return xmlResponse(body, "text/calendar");
}
