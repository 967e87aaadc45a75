/** Quiz results through the site's storage door, written only when the reader answers. */
import { readStored, writeStored } from '../storage/site-storage';
import { parseQuizResults, QUIZ_KEY, recordAnswer } from './quiz-results';

export function saveAnswer(id: string, right: boolean): void {
  writeStored(QUIZ_KEY, JSON.stringify(recordAnswer(parseQuizResults(readStored(QUIZ_KEY)), id, right)));
}
