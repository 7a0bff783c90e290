'use client';
import dynamic from 'next/dynamic';

/**
 * The quiz screens load on demand, in the browser only: their code (the store with zod and
 * ts-fsrs, the simulator engines) is not part of the page's entry chunk, so links to quiz pages
 * prefetch almost nothing, and the static HTML is the same with or without saved progress.
 */
const loading = () => <p className="muted">Loading the quiz…</p>;
const screens = {
  hub: dynamic(() => import('./hub-screen'), { ssr: false, loading }),
  practice: dynamic(() => import('./practice-screen'), { ssr: false, loading }),
  review: dynamic(() => import('./review-screen'), { ssr: false, loading }),
  progress: dynamic(() => import('./progress-screen'), { ssr: false, loading }),
};

export function QuizIsland({ screen }: { screen: keyof typeof screens }) {
  const Screen = screens[screen];
  return <Screen />;
}
