import Link from 'next/link';
import { QuizIsland } from './quiz-island';

/** The static frame of a quiz screen (breadcrumb and title); the screen itself loads in the browser. */
export function QuizScreenPage({ title, screen, wide = false }: { title: string; screen: 'practice' | 'review' | 'progress'; wide?: boolean }) {
  return (
    <div className={wide ? 'max-w-4xl' : 'max-w-3xl'}>
      <nav aria-label="Breadcrumb" className="text-sm muted">
        <Link href="/quiz/">Quiz</Link> <span aria-hidden>/</span> {title}
      </nav>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <div className="mt-4">
        <QuizIsland screen={screen} />
      </div>
    </div>
  );
}
