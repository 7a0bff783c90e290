import type { Metadata } from 'next';
import { QuizScreenPage } from '@/components/quiz/quiz-screen-page';

export const metadata: Metadata = { title: 'Review', description: 'Review the questions that are due today, scheduled by spaced repetition.' };

export default function ReviewPage() {
  return <QuizScreenPage title="Review" screen="review" />;
}
