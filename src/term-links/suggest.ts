/**
 * "Did you mean": the closest names to a misspelt one, by edit distance. Used by build errors
 * (unknown term in a link or a related list) and by search when a query finds nothing.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[rows - 1]![cols - 1]!;
}

/** How far off a name may be and still be suggested: about one edit per four letters, at least 1. */
export function tolerance(name: string): number {
  return Math.max(1, Math.floor(name.length / 4));
}

/**
 * Candidates within tolerance of `query`, closest first (ties keep the candidates' order).
 * Comparison is case-insensitive; the candidates are returned as given.
 */
export function closestMatches(query: string, candidates: readonly string[], limit = 3): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const max = tolerance(q);
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(q, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= max)
    .sort((x, y) => x.distance - y.distance || x.index - y.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
