import { buildIcal } from "@/lib/feeds/ical";
import { icalEvent } from "@/lib/feeds/queries";
import { absolute } from "@/lib/http/absolute";
import { notFound, SHARED_CACHE } from "@/lib/feeds/respond";
import { parseIdFile } from "@/lib/posts/url";
import { getSiteSettings } from "@/lib/settings/queries";

// One event as a .ics file to add to a calendar: /events/{id}.ics
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const id = parseIdFile((await params).file, "ics");
  const event = id === null ? null : await icalEvent(id);
  if (!event) return notFound();
  const settings = await getSiteSettings();
  const body = buildIcal(
    { name: `ปฏิทินกิจกรรม ${settings.officeName}`, host: new URL(absolute("/")).host, now: new Date() },
    [event],
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="event-${event.id}.ics"`,
      "Cache-Control": SHARED_CACHE,
    },
  });
}
