// The one parser of ids and page numbers, from an address segment, a query value or a form field.
// Ids are Postgres `Int`s, so anything past 2³¹−1 cannot name a row. The form is strict on purpose
// ("12" only; not "012", " 12", "1e3", "+1", "๑๒"): the old three parsers disagreed on leading
// zeros and spaces, and an address must have one spelling (the public pages answer 404 to "01").

const MAX_ID = 2_147_483_647;

/** A positive 32-bit integer written plainly ("12"), or null for anything else ("012", "1e3", "-1", a file). */
export function parseId(raw: string | FormDataEntryValue | null | undefined): number | null {
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= MAX_ID ? n : null;
}

/** Page numbers from the address: "2" → 2; "0", "-1", "abc", "02", huge → null (the caller answers 404). */
export function parsePageParam(raw: string | undefined): number | null {
  const n = parseId(raw);
  return n !== null && n <= 100_000 ? n : null;
}
