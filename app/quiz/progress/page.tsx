import type { Metadata } from 'next';
import Link from 'next/link';
import { QuizIsland } from '@/components/quiz/quiz-island';

export const metadata: Metadata = { title: 'Progress', description: 'Mastery by category and concept, streak, due forecast, and your saved data.' };

export default function ProgressPage() {
  return (
    <div className="max-w-4xl">
      <nav aria-label="Breadcrumb" className="text-sm muted">
        <Link href="/quiz/">Quiz</Link> <span aria-hidden>/</span> Progress
      </nav>
      <h1 className="mt-2 text-3xl font-bold">Progress</h1>
      <div className="mt-4">
        <QuizIsland screen="progress" />
      </div>
    </div>
  );
}
