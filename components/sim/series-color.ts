/** Colors for the nth node, algorithm or strategy; defined per theme in app/globals.css. */
export const SERIES_COLORS = 10;
export const seriesColor = (n: number) => `var(--series-${n % SERIES_COLORS})`;
