import { getPrisma } from "@/lib/db/client";
import { monthBounds, type YearMonth } from "@/lib/thai-date";

// Staff reads of the calendar: unlike lib/calendar/queries.ts these include unpublished events
// and carry the version a save must name. Never cached: staff must see the latest row.

export type AdminEventRow = {
  id: number;
  title: string;
  location: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  published: boolean;
  updatedAt: Date;
  createdByName: string | null;
};

export type AdminEvent = AdminEventRow & { description: string; version: number };

const rowSelect = {
  id: true,
  title: true,
  location: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  published: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
} as const;

/** Every event (published or not) that overlaps the Bangkok month, in start order. */
export async function listEventsOfMonth(ym: YearMonth): Promise<AdminEventRow[]> {
  const { start, end } = monthBounds(ym);
  const rows = await getPrisma().event.findMany({
    where: {
      startsAt: { lt: end },
      OR: [{ endsAt: { gt: start } }, { endsAt: null, startsAt: { gte: start } }],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: rowSelect,
  });
  return rows.map(({ createdBy, ...r }) => ({ ...r, createdByName: createdBy?.name ?? null }));
}

export async function getEventForEdit(id: number): Promise<AdminEvent | null> {
  const row = await getPrisma().event.findUnique({
    where: { id },
    select: { ...rowSelect, description: true, version: true },
  });
  if (!row) return null;
  const { createdBy, ...r } = row;
  return { ...r, createdByName: createdBy?.name ?? null };
}
