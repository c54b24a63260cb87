import { formatThaiDateTime } from "./format";
import { fromBangkok, toBangkokParts } from "./parts";

// The value of an <input type="datetime-local"> is a wall-clock time with no zone; the office
// means Bangkok time, whatever zone the browser or server is in.

const pad = (n: number) => String(n).padStart(2, "0");
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A stored instant as the Bangkok wall time a datetime-local input takes ("2026-03-05T09:30"). */
export function toWallTimeInput(d: Date | null): string {
  if (!d) return "";
  const p = toBangkokParts(d);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-03-05T09:30" → "5 มี.ค. 2569 เวลา 09.30 น." (Buddhist era), or null for anything else. */
export function describeWallTime(value: string): string | null {
  const m = WALL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const at = fromBangkok(y, mo, d, h, mi);
  // 31 February rolls over in fromBangkok; say nothing rather than describe another day.
  if (toBangkokParts(at).day !== d) return null;
  return formatThaiDateTime(at);
}
