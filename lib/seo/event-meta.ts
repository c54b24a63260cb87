import type { EventView } from "@/lib/calendar/queries";
import { dayKeyOf, dayKeyString, toBangkokIso } from "@/lib/thai-date";

// schema.org Event data for the office calendar: timed events in Bangkok time with their
// offset, all-day events as dates (the end date is the last day, inclusive, as schema.org reads it).

export function eventJsonLd(
  events: EventView[],
  organizer: { name: string; url: string },
  pageUrl: string,
): Record<string, unknown>[] {
  return events.map((e) => {
    const lastDay = e.allDay && e.endsAt ? new Date(e.endsAt.getTime() - 1) : e.endsAt;
    return {
      "@context": "https://schema.org",
      "@type": "Event",
      name: e.title,
      description: e.description || undefined,
      startDate: e.allDay ? dayKeyString(dayKeyOf(e.startsAt)) : toBangkokIso(e.startsAt),
      endDate: lastDay ? (e.allDay ? dayKeyString(dayKeyOf(lastDay)) : toBangkokIso(lastDay)) : undefined,
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: e.location ? { "@type": "Place", name: e.location, address: e.location } : undefined,
      organizer: { "@type": "GovernmentOrganization", name: organizer.name, url: organizer.url },
      url: `${pageUrl}#e-${e.id}`,
    };
  });
}
