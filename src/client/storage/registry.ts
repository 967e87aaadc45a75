/**
 * Every key the site may keep in this browser: what it is, in plain words for the "Your data on
 * this site" page, and how an imported value is checked before anything is written.
 * Each value is checked by the code that owns its format (deck, progress, quiz, session demo).
 */
import { deckCounts, deckProblems, parseDeck } from '../deck/deck-state';
import { validateProgress } from '../progress/progress';
import { parseQuizResults, validateQuizResults } from '../quiz/quiz-results';
import { parseData as parseSessionDemo } from '../session/store';
import { DECK_KEY, KEY_PREFIX, PREVIEWS_KEY, PROGRESS_KEY, QUIZ_KEY, SESSION_DEMO_KEY, THEME_KEY, type StoredKey } from './names';

export interface StoredDataKind {
  key: StoredKey;
  /** Short name for a list: "Theme". */
  label: string;
  /** What it is and when the site writes it, in plain words. */
  description: string;
  /** How the value is kept: a plain string or JSON text. */
  format: 'text' | 'json';
  /** Problems with a value (already parsed when `format` is json), each "where: what"; empty when fine. */
  check(value: unknown): string[];
  /** What this browser holds, in a few plain words: "12 cards, 3 due today". */
  describe(raw: string, now: Date): string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = (allowed: readonly string[]) => (v: unknown) =>
  typeof v === 'string' && allowed.includes(v) ? [] : [`${JSON.stringify(v)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`];
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const listLength = (raw: string, field: string): number | undefined => {
  try {
    const value: unknown = JSON.parse(raw);
    const list = isObject(value) ? value[field] : undefined;
    return Array.isArray(list) ? list.length : undefined;
  } catch {
    return undefined;
  }
};

export const STORED_DATA: readonly StoredDataKind[] = [
  {
    key: THEME_KEY,
    label: 'Theme',
    description: 'The colour theme you picked with the header’s theme button. Without it the site follows your system.',
    format: 'text',
    check: oneOf(['light', 'dark']),
    describe: (raw) => `${raw === 'dark' ? 'Dark' : 'Light'} theme`,
  },
  {
    key: PREVIEWS_KEY,
    label: 'Term previews setting',
    description: 'Whether term links open a preview card on hover or tap, kept when you switch previews off.',
    format: 'text',
    check: oneOf(['on', 'off']),
    describe: (raw) => (raw === 'off' ? 'Previews off' : 'Previews on'),
  },
  {
    key: PROGRESS_KEY,
    label: 'Reading progress',
    description: 'The terms you marked as understood, the learning paths you started with your best test score in each, and the path you last worked on.',
    format: 'json',
    check: (v) => (validateProgress(v) ? [] : ['not reading progress: expected { understood: [term slugs], paths: { guide slug: { best?: { score, total } } }, current? }']),
    describe: (raw) => {
      const understood = listLength(raw, 'understood');
      return understood === undefined ? 'Progress through the glossary' : `${plural(understood, 'term')} marked as understood`;
    },
  },
  {
    key: QUIZ_KEY,
    label: 'Quiz and test results',
    description: 'Whether your latest answer to each “Check yourself” and path test question was right.',
    format: 'json',
    check: (v) => (validateQuizResults(v) ? [] : ['not quiz results: expected { answers: { "<term>:a0": true|false, … } }']),
    describe: (raw) => {
      const n = Object.keys(parseQuizResults(raw).answers).length;
      return `${plural(n, 'question')} answered`;
    },
  },
  {
    key: DECK_KEY,
    label: 'Review deck',
    description: 'The terms you added to your review deck, and when each card you answered is next due.',
    format: 'json',
    check: deckProblems,
    describe: (raw, now) => {
      const deck = parseDeck(raw);
      const { scheduled, due } = deckCounts(deck, now);
      return `${plural(deck.mine.length, 'term')} in my deck; ${plural(scheduled, 'card')} reviewed, ${due} due today`;
    },
  },
  {
    key: SESSION_DEMO_KEY,
    label: 'Session demo log',
    description: 'The pages and activity the session demo recorded after you pressed “Start tracking my session”.',
    format: 'json',
    // The demo's own reader decides: it accepts its current format and migrates the older one.
    check: (v) => (isObject(v) && parseSessionDemo(JSON.stringify(v)).status !== 'corrupt' ? [] : ['not a session demo log (its own check refused it)']),
    describe: (raw) => {
      const n = listLength(raw, 'activities');
      return n === undefined ? 'The demo’s recording' : `${plural(n, 'recorded activity', 'recorded activities')}`;
    },
  },
];

/** Keys the site may add without this list knowing them yet, e.g. more of the session demo's. */
const FAMILY_PREFIX = `${KEY_PREFIX}session`;
/** The most an unknown key may hold: more than any of the site's own values needs. */
const UNKNOWN_MAX = 1_000_000;

/** What the site keeps under `key`, or a conservative description for a `lexicon:` key it does not know. */
export function storedDataKind(key: StoredKey): StoredDataKind {
  const known = STORED_DATA.find((kind) => kind.key === key);
  if (known) return known;
  const family = key.startsWith(FAMILY_PREFIX);
  return {
    key,
    label: family ? 'Session demo data' : 'Other site data',
    description: family ? 'More of the session demo’s data.' : 'Data a newer version of this site keeps.',
    format: 'text',
    check: (v) => (typeof v !== 'string' ? ['not text'] : v.length > UNKNOWN_MAX ? [`longer than ${UNKNOWN_MAX} characters`] : []),
    describe: (raw) => plural(raw.length, 'character'),
  };
}
