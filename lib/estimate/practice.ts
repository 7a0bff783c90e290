/**
 * Scoring an estimate the reader makes in practice mode against the worked figure: within the
 * tolerance band is right, within a factor of ten is the right order of magnitude, anything else
 * is off. Back-of-the-envelope estimates are judged by magnitude first, so the middle grade
 * counts for something.
 */

export const PRACTICE_TOLERANCE = 0.3;

export type PracticeGrade = 'right' | 'magnitude' | 'off';

export type PracticeScore = {
  grade: PracticeGrade;
  /** The guess over the answer (1 is exact); NaN when the answer is zero. */
  ratio: number;
};

export function scoreEstimate(guess: number, answer: number, tolerance = PRACTICE_TOLERANCE): PracticeScore {
  if (answer === 0) return { grade: guess === 0 ? 'right' : 'off', ratio: NaN };
  const ratio = guess / answer;
  // A hair of slack, so a guess of exactly answer x (1 + tolerance) counts despite rounding.
  if (Math.abs(ratio - 1) <= tolerance + 1e-9) return { grade: 'right', ratio };
  if (ratio > 0 && ratio <= 10 && ratio >= 0.1) return { grade: 'magnitude', ratio };
  return { grade: 'off', ratio };
}
