import { formatInterval } from '@/lib/quiz/scheduler';

/** "now", "in 10 min", "in 3 d": when something falls due, for a sentence. */
export const dueIn = (due: number, now: number) => (due <= now ? 'now' : `in ${formatInterval(due - now)}`);

const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short' });

/** "Today", "Tomorrow", then weekday names, for a forecast row. */
export function dayLabel(day: string, index: number): string {
  if (index === 0) return 'Today';
  if (index === 1) return 'Tomorrow';
  const [y, m, d] = day.split('-').map(Number);
  return weekday.format(new Date(y, m - 1, d));
}
