// The footer's wording, shared by the counter component and the image for visitors without
// JavaScript. Plain text: used in the browser bundle too.

/** «ผู้เข้าชมขณะนี้ 12 คน»; «ผู้เข้าชมขณะนี้ - คน» when the number is not known. */
export function onlineLabel(count: number | null): string {
  return `ผู้เข้าชมขณะนี้ ${onlineFigure(count)} คน`;
}

export function onlineFigure(count: number | null): string {
  return count === null ? "-" : count.toLocaleString("th-TH");
}
