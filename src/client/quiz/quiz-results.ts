/**
 * The reader's answers to "Check yourself" questions and path tests, kept by their browser only
 * and written only when the reader answers. Pure state logic.
 *
 * Stored under `lexicon:quiz` as JSON: whether the reader's latest answer to each question was right,
 * by question id (`<term slug>:a<n>` for an authored question, `<term slug>:g<n>` for a generated one):
 *   { "answers": { "session:a0": true, "bounce-rate:g1": false } }
 */
export { QUIZ_KEY } from '../storage/names';

export interface QuizResults {
  answers: Record<string, boolean>;
}

export const emptyQuizResults = (): QuizResults => ({ answers: {} });

const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:[ag]\d+$/;

/** The results a parsed JSON value holds, or undefined when it is not quiz results (a bad import). */
export function validateQuizResults(value: unknown): QuizResults | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const answers = (value as { answers?: unknown }).answers ?? {};
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  const entries = Object.entries(answers);
  if (!entries.every(([id, right]) => QUESTION_ID.test(id) && typeof right === 'boolean')) return undefined;
  return { answers: Object.fromEntries(entries) as Record<string, boolean> };
}

/** The stored text as results; anything unreadable counts as none. */
export function parseQuizResults(raw: string | null): QuizResults {
  if (!raw) return emptyQuizResults();
  try {
    return validateQuizResults(JSON.parse(raw)) ?? emptyQuizResults();
  } catch {
    return emptyQuizResults();
  }
}

export const recordAnswer = (r: QuizResults, id: string, right: boolean): QuizResults => ({ answers: { ...r.answers, [id]: right } });

/** The terms of the missed questions, once each, in the order asked. */
export function missedTerms(asked: readonly { term: string; right: boolean }[]): string[] {
  return [...new Set(asked.filter((a) => !a.right).map((a) => a.term))];
}
