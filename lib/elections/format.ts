// Thai number formatting for results: thousands separators and percentages to two decimals,
// as Intl th-TH writes them. Formatters are made once: pages format hundreds of numbers.

const COUNT = new Intl.NumberFormat("th-TH", { maximumFractionDigits: 0 });
const PERCENT = new Intl.NumberFormat("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 136865 → "136,865". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** 79.987 → "79.99%"; null (nothing to divide by) → "–". */
export function formatPercent(p: number | null): string {
  return p === null ? "–" : `${PERCENT.format(p)}%`;
}
