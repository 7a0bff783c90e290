import type { Metadata } from 'next';
import { QuizScreenPage } from '@/components/quiz/quiz-screen-page';

export const metadata: Metadata = { title: 'Progress', description: 'Mastery by category and concept, streak, due forecast, and your saved data.' };

export default function ProgressPage() {
  return <QuizScreenPage title="Progress" screen="progress" wide />;
}
