// Baht amounts as exact decimal strings ("1234567.50"): never through floating point, so what
// staff type is what is stored (Postgres numeric(14,2)) and what readers see.

const THAI_DIGITS = /[๐-๙]/g;
const AMOUNT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * What staff typed → "1234567.50"; "" → null; not an amount → undefined.
 * Accepts "1,234,567.5", "1234567", "๑๒๓", a trailing "บาท", spaces.
 */
export function parseAmount(raw: string): string | null | undefined {
  const s = raw
    .replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/บาท$/, "")
    .replace(/[\s,]/g, "");
  if (s === "") return null;
  const m = AMOUNT.exec(s);
  if (!m) return undefined;
  const whole = m[1]!.replace(/^0+(?=\d)/, "");
  return `${whole}.${(m[2] ?? "").padEnd(2, "0")}`;
}

/** "1234567.5" (or a Prisma Decimal) → "1,234,567.50" — Thai style, as Intl th-TH groups. */
export function formatAmount(value: string | { toFixed(n: number): string }): string {
  const fixed = typeof value === "string" ? toFixed2(value) : value.toFixed(2);
  const [whole, cents] = fixed.split(".") as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/** "1,234,567.50 บาท" */
export function formatBaht(value: string | { toFixed(n: number): string }): string {
  return `${formatAmount(value)} บาท`;
}

function toFixed2(s: string): string {
  const parsed = parseAmount(s);
  if (parsed == null) throw new RangeError(`not an amount: ${s}`);
  return parsed;
}
