import type { Metadata } from 'next';
import { QuizScreenPage } from '@/components/quiz/quiz-screen-page';

export const metadata: Metadata = { title: 'Practice', description: 'Practise a set of questions by design, category, concept or tag.' };

export default function PracticePage() {
  return <QuizScreenPage title="Practice" screen="practice" />;
}
