/** Reading progress through the glossary, kept by the reader's browser only. Pure state logic. */
export const PROGRESS_KEY = 'lexicon:progress';

export interface Progress {
  visited: string[];
  understood: string[];
}

export const emptyProgress = (): Progress => ({ visited: [], understood: [] });

export function parseProgress(raw: string | null): Progress {
  if (!raw) return emptyProgress();
  try {
    const value = JSON.parse(raw) as Partial<Progress>;
    const strings = (list: unknown) => (Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : []);
    return { visited: strings(value.visited), understood: strings(value.understood) };
  } catch {
    return emptyProgress();
  }
}

const add = (list: readonly string[], slug: string) => (list.includes(slug) ? [...list] : [...list, slug]);

export function markVisited(p: Progress, slug: string): Progress {
  return { ...p, visited: add(p.visited, slug) };
}

export function setUnderstood(p: Progress, slug: string, understood: boolean): Progress {
  return {
    visited: add(p.visited, slug),
    understood: understood ? add(p.understood, slug) : p.understood.filter((s) => s !== slug),
  };
}

/** How far a reader is through a path: understood and visited steps, out of all. */
export function pathProgress(p: Progress, steps: readonly string[]) {
  return {
    understood: steps.filter((s) => p.understood.includes(s)).length,
    visited: steps.filter((s) => p.visited.includes(s)).length,
    total: steps.length,
  };
}
