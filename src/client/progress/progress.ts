/**
 * The reader's progress through the learning paths, kept by their browser only. Pure state logic.
 *
 * Stored under `lexicon:progress` as JSON, and only when the reader acts (marks a term understood,
 * starts a path, finishes a path test); reading pages stores nothing:
 *   { "understood": ["session", …],                      terms the reader marked understood
 *     "paths": { "measuring-a-website": { "best": { "score": 7, "total": 8 } } },
 *                                                         paths the reader started, with their best test score
 *     "current": "measuring-a-website" }                  the path the reader last worked on
 */
export { PROGRESS_KEY } from '../storage/names';

export interface TestScore {
  score: number;
  total: number;
}

export interface PathRecord {
  /** The best score of the path's test, once taken. */
  best?: TestScore;
}

export interface Progress {
  understood: string[];
  /** Started paths by guide slug. */
  paths: Record<string, PathRecord>;
  /** The path the reader last started or worked on: a term in two paths shows this one. */
  current?: string;
}

export const emptyProgress = (): Progress => ({ understood: [], paths: {} });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSlug = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

const isScore = (v: unknown) => isRecord(v) && isCount(v['score']) && isCount(v['total']) && v['score'] <= v['total'] && v['total'] > 0;

/**
 * The progress a parsed JSON value holds, or undefined when it is not progress at all (for an
 * import, which must refuse a bad file rather than lose anything). Progress saved before paths
 * were kept (`{ visited, understood }`) is read, and its visits dropped.
 */
export function validateProgress(value: unknown): Progress | undefined {
  if (!isRecord(value)) return undefined;
  const { understood = [], paths = {}, current } = value;
  const valid =
    Array.isArray(understood) &&
    understood.every(isSlug) &&
    isRecord(paths) &&
    Object.entries(paths).every(([slug, record]) => isSlug(slug) && isRecord(record) && (record['best'] === undefined || isScore(record['best']))) &&
    (current === undefined || (isSlug(current) && current in paths));
  return valid ? { understood: [...new Set(understood)], paths: paths as Record<string, PathRecord>, ...(current === undefined ? {} : { current }) } : undefined;
}

/**
 * The stored text as progress, leniently: what this site wrote is read as it is, and anything
 * unreadable counts as no progress. (Lenient because every page reads it; imports use the strict
 * `validateProgress`.)
 */
export function parseProgress(raw: string | null): Progress {
  try {
    const { understood, paths, current } = JSON.parse(raw!) as Record<string, unknown>;
    return {
      understood: Array.isArray(understood) ? understood.filter((s): s is string => typeof s === 'string') : [],
      paths: isRecord(paths) ? (paths as Progress['paths']) : {},
      ...(typeof current === 'string' ? { current } : {}),
    };
  } catch {
    return emptyProgress();
  }
}

/** The path becomes the current one, started if it was not. */
export function startPath(p: Progress, path: string): Progress {
  return { ...p, paths: { ...p.paths, [path]: p.paths[path] ?? {} }, current: path };
}

/** Marks the term understood or not; done from within a path, that path becomes the current one. */
export function setUnderstood(p: Progress, slug: string, understood: boolean, path?: string): Progress {
  const rest = p.understood.filter((s) => s !== slug);
  const next = { ...p, understood: understood ? [...rest, slug] : rest };
  return path ? startPath(next, path) : next;
}

/** How far a reader is through a path. */
export function pathProgress(p: Progress, steps: readonly string[]) {
  const understood = steps.filter((s) => p.understood.includes(s)).length;
  return { understood, total: steps.length, complete: understood === steps.length };
}

/**
 * Which of the paths a term belongs to its page shows: the current path, else a started one,
 * else the first. Before the reader starts a path, nothing is remembered, so it is the first.
 */
export function pathToShow(p: Progress, paths: readonly string[]): string | undefined {
  if (p.current && paths.includes(p.current)) return p.current;
  return paths.find((path) => path in p.paths) ?? paths[0];
}
