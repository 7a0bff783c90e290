import type { Metadata } from 'next';
import Link from 'next/link';
import { QuizIsland } from '@/components/quiz/quiz-island';

export const metadata: Metadata = { title: 'Review', description: 'Review the questions that are due today, scheduled by spaced repetition.' };

export default function ReviewPage() {
  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm muted">
        <Link href="/quiz/">Quiz</Link> <span aria-hidden>/</span> Review
      </nav>
      <h1 className="mt-2 text-3xl font-bold">Review</h1>
      <div className="mt-4">
        <QuizIsland screen="review" />
      </div>
    </div>
  );
}
