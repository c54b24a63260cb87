import { dayBounds, dayKeyOf } from "@/lib/thai-date";

// iCalendar (RFC 5545) for the office calendar. Timed events are written in UTC ("…Z"), all-day
// ones as Bangkok dates (VALUE=DATE), so any calendar app shows the Bangkok time and day whatever
// its own zone. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.

export type IcalEvent = {
  id: number;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  url: string;
  updatedAt: Date;
};

export type IcalMeta = { name: string; host: string; now: Date };

/** TEXT value escaping: backslash, semicolon, comma and newlines. */
export function icalText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines lose one octet to the space
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function bangkokDate(d: Date): string {
  const k = dayKeyOf(d);
  return `${k.year}${String(k.month).padStart(2, "0")}${String(k.day).padStart(2, "0")}`;
}

function eventLines(e: IcalEvent, meta: IcalMeta): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:event-${e.id}@${meta.host}`,
    `DTSTAMP:${utcStamp(meta.now)}`,
    `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
  ];
  if (e.allDay) {
    // endsAt of an all-day event is 00:00 Bangkok of the day after its last day: DTEND is exclusive
    // too. Without one the event is its first day only.
    const end = e.endsAt ?? dayBounds(dayKeyOf(e.startsAt)).end;
    lines.push(`DTSTART;VALUE=DATE:${bangkokDate(e.startsAt)}`, `DTEND;VALUE=DATE:${bangkokDate(end)}`);
  } else {
    lines.push(`DTSTART:${utcStamp(e.startsAt)}`);
    if (e.endsAt) lines.push(`DTEND:${utcStamp(e.endsAt)}`);
  }
  lines.push(`SUMMARY:${icalText(e.title)}`);
  if (e.location) lines.push(`LOCATION:${icalText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${icalText(e.description)}`);
  lines.push(`URL:${e.url}`, "END:VEVENT");
  return lines;
}

export function buildIcal(meta: IcalMeta, events: IcalEvent[]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${meta.host}//ปฏิทินกิจกรรม//TH`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icalText(meta.name)}`,
    "X-WR-TIMEZONE:Asia/Bangkok",
    ...events.flatMap((e) => eventLines(e, meta)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
