/**
 * The review scheduler: FSRS (Free Spaced Repetition Scheduler) through the maintained ts-fsrs
 * package, with its default parameters and 90 % desired retention, and without same-day learning
 * steps: a glossary review is a daily habit, so every answer schedules a whole number of days
 * (at least one: Again on a new card means tomorrow). No fuzz, so the same answers on the same day give the same dates.
 * FSRS: https://github.com/open-spaced-repetition/ts-fsrs
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './deck-state';

export const GRADES = [
  { key: '1', rating: Rating.Again, label: 'Again' },
  { key: '2', rating: Rating.Hard, label: 'Hard' },
  { key: '3', rating: Rating.Good, label: 'Good' },
  { key: '4', rating: Rating.Easy, label: 'Easy' },
] as const satisfies readonly { key: string; rating: Grade; label: string }[];

export type GradeLabel = (typeof GRADES)[number]['label'];

const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

function toCard(stored: StoredCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  const { due, last_review, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) };
}

function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

/** The card after the reader answered `grade` at `now` (a new card when `stored` is undefined). */
export function answer(stored: StoredCard | undefined, grade: GradeLabel, now: Date): StoredCard {
  const rating = GRADES.find((g) => g.label === grade)!.rating;
  return toStored(scheduler.next(toCard(stored, now), now, rating).card);
}

/** For each answer, the days until the card would come back: shown on the answer buttons. */
export function intervals(stored: StoredCard | undefined, now: Date): Record<GradeLabel, number> {
  const preview = scheduler.repeat(toCard(stored, now), now);
  const days = (rating: Grade) => preview[rating].card.scheduled_days;
  return { Again: days(Rating.Again), Hard: days(Rating.Hard), Good: days(Rating.Good), Easy: days(Rating.Easy) };
}
