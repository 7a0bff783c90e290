/**
 * Local calendar days: streaks, "due today" and the daily new-card limit follow the reader's
 * own midnight, not UTC's. Days are keyed "YYYY-MM-DD" in local time.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, as "YYYY-MM-DD". */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of the day `days` after the day of `ms` (negative: before). */
export function startOfLocalDay(ms: number, days = 0): number {
  const d = new Date(ms);
  // Date arithmetic on calendar fields, so days across a daylight-saving change stay whole days.
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** The key of the day `days` after `day` ("2025-03-30" + 1 = "2025-03-31"). */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return localDay(new Date(y, m - 1, d + days).getTime());
}

export const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
