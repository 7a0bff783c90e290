import type { Metadata } from 'next';
import Link from 'next/link';
import { QuizIsland } from '@/components/quiz/quiz-island';

export const metadata: Metadata = { title: 'Practice', description: 'Practise a set of questions by design, category, concept or tag.' };

export default function PracticePage() {
  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm muted">
        <Link href="/quiz/">Quiz</Link> <span aria-hidden>/</span> Practice
      </nav>
      <h1 className="mt-2 text-3xl font-bold">Practice</h1>
      <div className="mt-4">
        <QuizIsland screen="practice" />
      </div>
    </div>
  );
}
