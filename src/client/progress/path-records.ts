/**
 * Progress changes and summaries used on guide pages and by path tests (a term page does not need
 * them, so they stay out of its code). Pure state logic over `Progress`.
 */
import { pathProgress, startPath, type Progress, type TestScore } from './progress';

/** Keeps the better of the path's best test score and this one (by share right). */
export function recordScore(p: Progress, path: string, score: TestScore): Progress {
  const started = startPath(p, path);
  const best = started.paths[path]!.best;
  const better = !best || score.score / score.total > best.score / best.total;
  return better ? { ...started, paths: { ...started.paths, [path]: { best: score } } } : started;
}

/**
 * Forgets one path: its steps are no longer understood, it is no longer started and its best
 * score is gone. Other paths keep their records (a step they share is unmarked for them too).
 */
export function resetPath(p: Progress, path: string, steps: readonly string[]): Progress {
  const { [path]: _forgotten, ...paths } = p.paths;
  const { current: _current, ...rest } = p;
  return { ...rest, understood: p.understood.filter((s) => !steps.includes(s)), paths, ...(p.current && p.current !== path ? { current: p.current } : {}) };
}

/** The first step the reader has not understood yet, or undefined when all are. */
export const nextStep = (p: Progress, steps: readonly string[]) => steps.find((s) => !p.understood.includes(s));

/** "1 of 3 understood · best test 7 of 8" */
export function progressLine(p: Progress, path: string, steps: readonly string[]): string {
  const { understood, total } = pathProgress(p, steps);
  const best = p.paths[path]?.best;
  return `${understood} of ${total} understood${best ? ` · best test score ${best.score} of ${best.total}` : ''}`;
}
