import { getPrisma } from "@/lib/db/client";

export type EventView = {
  id: number;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
};

export type HolidayView = { key: string; name: string };

/** Published events overlapping [start, end). */
export async function getEventsBetween(start: Date, end: Date): Promise<EventView[]> {
  const rows = await getPrisma().event.findMany({
    where: {
      published: true,
      startsAt: { lt: end },
      OR: [{ endsAt: { gt: start } }, { endsAt: null, startsAt: { gte: start } }],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, description: true, location: true, startsAt: true, endsAt: true, allDay: true },
  });
  return rows;
}

/** Holidays whose date falls in [start, end) given as Bangkok day keys "YYYY-MM-DD". */
export async function getHolidaysBetween(startKey: string, endKey: string): Promise<HolidayView[]> {
  const rows = await getPrisma().holiday.findMany({
    where: { date: { gte: new Date(`${startKey}T00:00:00Z`), lt: new Date(`${endKey}T00:00:00Z`) } },
    orderBy: { date: "asc" },
  });
  return rows.map((h) => ({ key: h.date.toISOString().slice(0, 10), name: h.name }));
}
